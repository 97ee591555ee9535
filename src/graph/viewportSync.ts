import type { Core } from 'cytoscape';
import type { MapViewport } from '../domain/urlState';
import type { AppStore } from '../store/store';

/** How long the camera must stand still before where it stands is reported (a drag, a wheel spin). */
export const SETTLE_MS = 250;

/** Two viewports closer than this show the same picture (a rounding in a link, a resize of a pixel). */
const sameViewport = (a: MapViewport | null, b: MapViewport | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    Math.abs(a.zoom - b.zoom) <= 1e-3 * Math.max(a.zoom, b.zoom) &&
    Math.abs(a.x - b.x) * a.zoom < 1 &&
    Math.abs(a.y - b.y) * a.zoom < 1);

/** The graph point at the middle of the map, and the zoom. */
export function viewportOf(cy: Core): MapViewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Puts the map's camera on a viewport: that graph point in the middle, at that zoom (within limits). */
export function applyViewport(cy: Core, viewport: MapViewport): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), viewport.zoom));
  cy.stop();
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * viewport.x, y: cy.height() / 2 - zoom * viewport.y },
  });
}

/**
 * Keeps the store's `viewport` and the map's camera in step. The map reports where its camera
 * settled, or null while it stands where the map framed what is shown by itself (a fit, on load,
 * on resize, asked for): a link then leaves the camera out and frames the map in any window. The
 * camera counts as placed once the user moves it (drag, wheel, pinch, keys) or asks to look
 * somewhere (centre on a node, frame a path or a tour step). A viewport the map did not report
 * (a link, the view given back after the tour) is applied, once the elements are on the map.
 */
export class ViewportSync {
  /** The camera was put where it is by the user or a request, not by a fit. */
  private placed = false;
  /** The last value this class put in the store: a change to anything else came from outside. */
  private reported: MapViewport | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
    private readonly map: { ready: () => boolean; fit: () => void },
  ) {
    this.reported = store.getState().viewport;
    const onViewport = () => this.scheduleReport();
    const onGesture = () => this.place();
    cy.on('viewport', onViewport);
    cy.on('dragpan scrollzoom pinchzoom', onGesture);
    this.disposers.push(
      () => cy.off('viewport', onViewport),
      () => cy.off('dragpan scrollzoom pinchzoom', onGesture),
    );
  }

  /**
   * Follows the store's viewport from now on. Called after the binding's other subscriptions, so a
   * change that also brings a new dataset finds its elements on the map.
   */
  listen(): void {
    this.disposers.push(
      this.store.subscribe(
        (s) => s.viewport,
        (viewport) => {
          if (viewport !== this.reported && this.map.ready()) this.apply(viewport);
        },
      ),
    );
  }

  /** The map framed what is shown by itself: nothing for a link to keep. */
  fitted(): void {
    this.placed = false;
    this.scheduleReport();
  }

  /** The camera moves where someone wants it: a link keeps it. */
  place(): void {
    this.placed = true;
    this.scheduleReport();
  }

  /**
   * The elements are on the map: puts the camera where the store's viewport says (a link), or
   * returns false when it has none, and the map frames itself.
   */
  applyStored(): boolean {
    const { viewport } = this.store.getState();
    if (!viewport) return false;
    this.apply(viewport);
    return true;
  }

  /**
   * The map's container changed size (a window resized, a panel folded): a placed camera keeps
   * the same graph point in the middle; a fitted one is fitted again. `before`: the old size.
   */
  resized(before: { width: number; height: number }): void {
    if (!this.placed) {
      this.map.fit();
      this.fitted();
      return;
    }
    const pan = this.cy.pan();
    this.cy.pan({
      x: pan.x + (this.cy.width() - before.width) / 2,
      y: pan.y + (this.cy.height() - before.height) / 2,
    });
  }

  destroy(): void {
    clearTimeout(this.timer);
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  private apply(viewport: MapViewport | null): void {
    this.reported = viewport;
    if (viewport) {
      applyViewport(this.cy, viewport);
      this.place();
    } else {
      this.map.fit();
      this.fitted();
    }
  }

  private scheduleReport(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.report(), SETTLE_MS);
  }

  private report(): void {
    // An animation (a fit, a frame) reports once it has come to rest.
    if (this.cy.animated()) {
      this.scheduleReport();
      return;
    }
    const now = this.placed ? viewportOf(this.cy) : null;
    const stored = this.store.getState().viewport;
    if (sameViewport(now, stored)) return;
    this.reported = now;
    this.store.getState().setViewport(now);
  }
}
