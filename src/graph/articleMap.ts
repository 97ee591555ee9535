import type { Core, EdgeSingular } from 'cytoscape';
import type { AppState, AppStore, ExportRequest } from '../store/store';
import { MapLabels } from './labels';
import { MAP_ZOOM, elementsOf, type Places, type SizedMap, type Viewport } from './sizedMap';
import { STYLESHEET } from './stylesheet';
import {
  BUNDLE_OPEN_ZOOM,
  bundleLinksOf,
  syncToCy,
  type BundleLinks,
  type GraphElements,
} from './sync';

const FIT_PADDING = 30;
/** How long the camera stands still before the labels follow its zoom and pan. */
const SETTLE_MS = 120;

/**
 * An article-sized graph: cytoscape holds, styles and draws every element itself. Pairs of nodes
 * with many relations get a bundled link drawn in their place (syncToCy opens it), and the labels
 * are kept legible and apart (MapLabels) after every sync and whenever the zoom settles.
 */
export class ArticleMap implements SizedMap {
  readonly large = false;
  readonly loading = false;
  readonly layoutOptions = {};
  private readonly labels: MapLabels;
  private elements: GraphElements = { nodes: [], edges: [] };
  private links: BundleLinks['links'] = [];
  private zoomedIn = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Whether the map has been framed since its load: labels are placed for the zoom they are seen
   * at, not for the zoom of the moment between adding the elements and framing them (placing
   * them twice restyles every moved label twice, on the first paint's path).
   */
  private framed = false;
  /**
   * Once the camera has stood still for SETTLE_MS, not on every frame of a pan, a wheel or an
   * animation: the labels keep their size in the graph's units meanwhile. The map's container says
   * `data-labels-pending` until then (the end-to-end tests wait for it).
   */
  private readonly onViewport = () => {
    clearTimeout(this.timer);
    this.cy.container()?.setAttribute('data-labels-pending', '');
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  };

  /** `restyle`: the instance has another map's look (a large graph was on it before). */
  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
    restyle: boolean,
  ) {
    if (restyle) {
      cy.style(STYLESHEET);
      cy.minZoom(MAP_ZOOM.min);
    }
    this.labels = new MapLabels(cy);
    // Zooming resizes the labels and opens or closes bundles; moved nodes move their labels.
    cy.on('viewport layoutstop dragfree', this.onViewport);
  }

  get graph(): Core {
    return this.cy;
  }

  load(state: AppState, placed: Places, done: () => void, edit = false): void {
    const { cy } = this;
    const elements = elementsOf(state, placed, false);
    cy.batch(() => cy.elements().remove());
    // Added and classed in one batch, so styles are computed once, then framed.
    cy.batch(() => {
      cy.add(elements);
      this.elements = {
        nodes: cy.nodes().toArray(),
        edges: cy.edges().not('.bundle').toArray() as EdgeSingular[],
      };
      this.links = bundleLinksOf(cy, state.graph);
      this.labels.reset(this.elements, this.links);
      // After an edit the camera stays: the labels are placed for it at once.
      this.framed = edit;
      this.syncClasses(this.store.getState());
    });
    if (edit) this.labels.apply(this.store.getState());
    performance.mark('silkgraph:elements-added');
    done();
    // Framing computes every element's style, label and bounds: most of the first paint's work.
    performance.mark('silkgraph:framed');
  }

  sync(state: AppState): void {
    this.syncClasses(state);
    if (this.framed) this.labels.apply(state);
  }

  fit(): void {
    const { cy } = this;
    if (cy.destroyed()) return;
    const shown = cy.elements().not('.hidden');
    const state = this.store.getState();
    const view = this.labels.viewportFor(
      state,
      shown.nonempty() ? shown : cy.elements(),
      FIT_PADDING,
    );
    if (view) cy.viewport(view);
    else cy.fit(undefined, FIT_PADDING);
    this.framed = true;
    this.settle();
  }

  viewportFor(eles: Parameters<MapLabels['viewportFor']>[1], padding: number): Viewport | null {
    return this.labels.viewportFor(this.store.getState(), eles, padding);
  }

  bundleAt(position: { x: number; y: number }): EdgeSingular | undefined {
    return this.links.find(({ edge }) => {
      if (edge.style('display') !== 'element' || edge.hasClass('label-hidden')) return false;
      const box = edge.boundingBox({ includeNodes: false, includeEdges: false } as never);
      return (
        position.x >= box.x1 && position.x <= box.x2 && position.y >= box.y1 && position.y <= box.y2
      );
    })?.edge;
  }

  places(): Places {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  nodeDragged(): void {}

  async exportImage(request: ExportRequest, state: AppState): Promise<void> {
    // Drawing exports is code most visits never run: it loads on the first export.
    const { runExportRequest } = await import('./exportRequest');
    await runExportRequest(this.cy, request, state);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.cy.off('viewport layoutstop dragfree', this.onViewport);
    this.cy.batch(() => this.cy.elements().remove());
  }

  private syncClasses(state: AppState): void {
    this.zoomedIn = this.cy.zoom() >= BUNDLE_OPEN_ZOOM;
    syncToCy(this.cy, state, this.elements, { links: this.links, zoomedIn: this.zoomedIn });
  }

  /** The camera moved: bundles open or close at BUNDLE_OPEN_ZOOM, and the labels follow the zoom. */
  private settle(): void {
    clearTimeout(this.timer);
    if (this.cy.destroyed()) return;
    this.cy.container()?.removeAttribute('data-labels-pending');
    const state = this.store.getState();
    if (this.cy.zoom() >= BUNDLE_OPEN_ZOOM !== this.zoomedIn) this.sync(state);
    else this.labels.apply(state);
  }
}
