import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { AppState, AppStore } from '../store/store';
import { arrangeNewDataset, fitNodes, runCameraIntent } from './camera';
import { toElements } from './elements';
import { DRAFT_ABOVE, RELAYOUT_IN_WORKER_ABOVE, relayoutVisible } from './layout';
import { LargeGraphLayer } from './largeLayer';
import { LARGE_ABOVE, LARGE_EXPORT_STYLESHEET, LARGE_STYLESHEET, STYLESHEET } from './stylesheet';
import { syncToCy } from './sync';

declare global {
  interface Window {
    /** The map's cytoscape instance, for console scripting and automation. */
    cy?: Core;
  }
}

const FIT_PADDING = 30;

/**
 * A large graph goes onto the map in slices of at most about this many milliseconds of work each,
 * with the page free to answer (and to paint the part already added) in between. Each frame between
 * slices costs cytoscape time in proportion to all it holds, so slices are not made smaller.
 */
export const SLICE_MS = 100;

/**
 * The graph adapter: the one place where the store meets cytoscape. Store changes become elements,
 * classes and camera moves; cytoscape events become store actions. It owns the elements: a new
 * dataset replaces them all, at once when small, in timed slices when large (so a 25,000-element
 * import never blocks the page for long), and the store learns of the progress through mapActivity.
 */
export class MapAdapter {
  private large = false;
  /** Draws a large graph's elements (see largeLayer.ts); null for an article-sized one. */
  private layer: LargeGraphLayer | null = null;
  /** Counts loads: a slice or a layout of a load that was replaced since does nothing. */
  private loadSeq = 0;
  private loading = false;
  /** Stops the layout of the previous dataset when another one comes. */
  private layoutAbort: AbortController | null = null;
  /** A new dataset's 'arrange' intent, carried out once all of its elements are on the map. */
  private pendingArrange: { layout: boolean; before: ReadonlySet<string> } | null = null;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
  ) {
    window.cy = cy;
    this.wireEvents();
    const state = store.getState();
    if (state.camera?.kind === 'arrange')
      this.pendingArrange = { layout: state.camera.layout, before: new Set() };
    this.load(state);

    // The container's size is only final after the page lays out (and changes with the window):
    // keep cytoscape's idea of it current and fit what is shown.
    const resizeObserver = new ResizeObserver(() => {
      cy.resize();
      this.fitShown();
    });
    const container = cy.container();
    if (container) resizeObserver.observe(container);
    this.disposers.push(() => resizeObserver.disconnect());
    this.disposers.push(store.subscribe((next, prev) => this.onChange(next, prev)));
  }

  /** Stops listening, and any load or layout in flight. */
  destroy(): void {
    this.loadSeq++;
    this.layoutAbort?.abort();
    this.layer?.destroy();
    this.layer = null;
    for (const dispose of this.disposers.splice(0)) dispose();
    this.cy.removeAllListeners();
    if (window.cy === this.cy) delete window.cy;
  }

  private wireEvents(): void {
    const { cy } = this;
    const { selectElement, hoverNode } = this.store.getState();
    cy.on('tap', 'node', (e: EventObject) => selectElement({ type: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e: EventObject) => selectElement({ type: 'edge', id: e.target.id() }));
    cy.on('tap', (e: EventObject) => {
      // On a large graph the layer finds the node under a tap on the background.
      if (e.target === cy && !this.layer) selectElement(null);
    });
    cy.on('mouseover', 'node', (e: EventObject) => hoverNode(e.target.id()));
    cy.on('mouseout', 'node', () => hoverNode(null));
  }

  private onChange(state: AppState, prev: AppState): void {
    const { cy } = this;
    const newCamera = state.camera !== prev.camera ? state.camera : null;
    const datasetChanged =
      state.graph !== prev.graph ||
      state.positions !== prev.positions ||
      state.spheres !== prev.spheres;
    if (newCamera?.kind === 'arrange')
      this.pendingArrange = {
        layout: newCamera.layout,
        before: new Set(cy.nodes().map((n) => n.id())),
      };
    if (datasetChanged) this.load(state);
    else if (!this.loading) {
      syncToCy(cy, state);
      if (newCamera?.kind === 'arrange') this.arrange();
    }
    if (newCamera?.kind === 'relayout' && !this.loading) this.relayout();
    else if (newCamera && newCamera.kind !== 'arrange' && !this.loading)
      runCameraIntent(cy, newCamera);
    if (state.exportRequest && state.exportRequest !== prev.exportRequest)
      // Drawing exports is code most visits never run: it loads on the first export.
      void this.exportImage(state);
  }

  /** Draws the map into a PNG or SVG file: a large graph's layer is cytoscape's to draw for it. */
  private async exportImage(state: AppState): Promise<void> {
    const { runExportRequest } = await import('./exportRequest');
    const { cy } = this;
    const large = this.layer !== null;
    if (large) cy.style(LARGE_EXPORT_STYLESHEET);
    try {
      await runExportRequest(cy, state.exportRequest!, state);
    } finally {
      if (large && this.layer) cy.style(LARGE_STYLESHEET);
    }
  }

  /** Replaces the map's elements with the state's dataset. */
  private load(state: AppState): void {
    const { cy } = this;
    const seq = ++this.loadSeq;
    this.layoutAbort?.abort();
    this.layoutAbort = null;
    const elements = toElements(state.graph, state.positions, state.spheres);
    // A node the new dataset does not place stays where it is on the map (re-colouring an import by
    // another attribute keeps the nodes its layout placed).
    for (const element of elements) {
      if (element.group !== 'nodes' || element.position) continue;
      const node = cy.getElementById(element.data.id!);
      if (node.nonempty()) element.position = { ...node.position() };
    }
    cy.stop();
    cy.batch(() => cy.elements().remove());
    this.layer?.invalidate();
    this.setSize(elements.length > LARGE_ABOVE);
    if (!this.large) {
      cy.add(elements);
      this.loading = false;
      this.loaded(seq);
      return;
    }
    this.loading = true;
    this.layer?.setLoading(true);
    const { setMapActivity } = this.store.getState();
    setMapActivity({ kind: 'drawing', done: 0, total: elements.length });
    this.addInSlices(elements, seq, () => this.loaded(seq));
  }

  /**
   * Adds elements a slice at a time, each slice within about SLICE_MS: the slice size adapts to
   * what the last one cost (nodes cost less than edges, and machines differ).
   */
  private addInSlices(elements: ElementDefinition[], seq: number, done: () => void): void {
    const { cy } = this;
    const { setMapActivity } = this.store.getState();
    let next = 0;
    let size = 50;
    let framed = false;
    const step = () => {
      if (seq !== this.loadSeq) return;
      const started = performance.now();
      while (next < elements.length && performance.now() - started < SLICE_MS / 2) {
        const slice = elements.slice(next, next + size);
        const t0 = performance.now();
        // Styles and bounding boxes are computed here, in the slice, not all in the next frame.
        cy.add(slice).boundingBox();
        next += slice.length;
        this.layer?.invalidate();
        const took = Math.max(performance.now() - t0, 0.5);
        size = Math.min(5000, Math.max(50, Math.round((size * SLICE_MS) / 2 / took)));
      }
      if (next < elements.length) {
        // Nodes come first: once they are all there, frame them, and the edges fill in the picture.
        if (!framed && elements[next]?.group === 'edges') {
          framed = true;
          this.fitShown();
        }
        setMapActivity({ kind: 'drawing', done: next, total: elements.length });
        setTimeout(step, 0);
      } else {
        this.loading = false;
        this.layer?.setLoading(false);
        done();
      }
    };
    setTimeout(step, 0);
  }

  /** Switches the look and the renderer between an article-sized graph and a large one. */
  private setSize(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    const { cy } = this;
    cy.style(large ? LARGE_STYLESHEET : STYLESHEET);
    // A large graph framed whole needs to zoom out further than the article ever does.
    cy.minZoom(large ? 0.01 : 0.15);
    this.layer?.destroy();
    const { selectElement, hoverNode } = this.store.getState();
    // A headless core (tests) has no container to draw in: cytoscape's own (unused) drawing stays.
    this.layer =
      large && cy.container()
        ? new LargeGraphLayer(cy, {
            select: (id) => selectElement(id ? { type: 'node', id } : null),
            hover: hoverNode,
          })
        : null;
  }

  /** All elements are on the map: classes as the store says, then the pending arrangement or a fit. */
  private loaded(seq: number): void {
    const state = this.store.getState();
    syncToCy(this.cy, state);
    if (this.pendingArrange) this.arrange(seq);
    else {
      this.fitShown();
      if (state.mapActivity) state.setMapActivity(null);
    }
  }

  private arrange(seq = this.loadSeq): void {
    const pending = this.pendingArrange;
    this.pendingArrange = null;
    const { setMapActivity } = this.store.getState();
    if (!pending) return;
    this.layoutAbort = new AbortController();
    const layout = arrangeNewDataset(
      this.cy,
      pending.layout,
      pending.before,
      this.layoutAbort.signal,
    );
    if (!layout) {
      if (this.store.getState().mapActivity) setMapActivity(null);
      return;
    }
    setMapActivity({
      kind: 'layout',
      nodes: this.cy.nodes().length,
      draft: layout.draft,
      startedAt: Date.now(),
    });
    void layout.done
      .catch((error: unknown) =>
        this.store
          .getState()
          .notify(
            `The map could not be laid out: ${error instanceof Error ? error.message : String(error)}`,
          ),
      )
      .finally(() => {
        if (seq === this.loadSeq) setMapActivity(null);
      });
  }

  /** "Re-arrange visible": a large one runs in the layout worker, with its progress shown. */
  private relayout(): void {
    const shown = this.cy.elements().not('.hidden');
    const count = shown.nodes().length;
    const { setMapActivity, notify } = this.store.getState();
    const seq = this.loadSeq;
    const inWorker = count > RELAYOUT_IN_WORKER_ABOVE;
    if (inWorker)
      setMapActivity({
        kind: 'layout',
        nodes: count,
        draft: count > DRAFT_ABOVE,
        startedAt: Date.now(),
      });
    relayoutVisible(shown)
      .catch((error: unknown) =>
        notify(
          `The map could not be laid out: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => {
        if (inWorker && seq === this.loadSeq) setMapActivity(null);
      });
  }

  private fitShown(): void {
    const { cy } = this;
    if (this.large) {
      fitNodes(cy, FIT_PADDING);
      return;
    }
    const shown = cy.elements().not('.hidden');
    cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
  }
}
