import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type SingularElementArgument,
} from 'cytoscape';
import type { AppState, AppStore, ExportRequest } from '../store/store';
import { fitNodes } from './camera';
import { LargeGraphLayer, nodeRadius } from './largeLayer';
import { copyOf, elementsOf, type LayoutOptions, type Places, type SizedMap } from './sizedMap';
import { LARGE_STYLESHEET } from './stylesheet';
import { HIGHLIGHT_BITS, stateBits, syncToCy } from './sync';

const FIT_PADDING = 30;
/** A large graph framed whole needs to zoom out further than the article ever does. */
const LARGE_MIN_ZOOM = 0.01;

/**
 * A large graph goes into its model in slices of at most about this many milliseconds of work each,
 * with the page free to answer (and the layer to draw the part already added) in between.
 */
export const SLICE_MS = 100;

/** A large graph's node box for layouts, as the layer and the large stylesheet size it. */
const largeNodeBox = (node: SingularElementArgument) => {
  const side = 2 * nodeRadius(Number(node.data('size')) || 0);
  return { width: side, height: side };
};

interface ModelElements {
  nodes: NodeSingular[];
  edges: EdgeSingular[];
}

/**
 * A large graph (over LARGE_ABOVE elements) lives in a headless, style-less cytoscape instance, the
 * model: classes, positions, layouts and graph queries work there as on the map, without
 * cytoscape's renderer visiting 25,000 elements in every frame or restyling the thousands a filter
 * touches. The batched layer (largeLayer.ts) draws the model; the drawn instance holds only copies
 * of the few highlighted elements (selection, hover, path), which it draws on top as usual. The
 * model is filled in timed slices, and the store learns of the progress through mapActivity.
 */
export class LargeMap implements SizedMap {
  readonly large = true;
  readonly layoutOptions: LayoutOptions = { box: largeNodeBox, inWorker: true };
  private model: Core = cytoscape({ headless: true, styleEnabled: false });
  /** The model's elements, in the order added (cy.nodes() on 25,000 elements is a long call). */
  private elements: ModelElements = { nodes: [], edges: [] };
  /** Draws the model; null on a headless map (tests), which has nowhere to draw. */
  private readonly layer: LargeGraphLayer | null;
  /** Counts loads: a slice of a load that was replaced since does nothing. */
  private seq = 0;
  private filling = false;
  /** A frame is booked to bring the drawn copies and the layer in line with the model's positions. */
  private positionsFrame = 0;

  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
  ) {
    cy.style(LARGE_STYLESHEET);
    cy.minZoom(LARGE_MIN_ZOOM);
    const { selectElement, hoverNode } = store.getState();
    this.layer = cy.container()
      ? new LargeGraphLayer(cy, {
          select: (id) => selectElement(id ? { type: 'node', id } : null),
          hover: hoverNode,
        })
      : null;
  }

  get graph(): Core {
    return this.model;
  }

  get loading(): boolean {
    return this.filling;
  }

  load(state: AppState, placed: Places, done: () => void): void {
    const seq = ++this.seq;
    this.dropModel();
    this.cy.batch(() => this.cy.elements().remove());
    const model = cytoscape({ headless: true, styleEnabled: false });
    const into: ModelElements = { nodes: [], edges: [] };
    this.model = model;
    this.elements = into;
    model.on('position', this.positionsChanged);
    this.layer?.setGraph(model, into);
    this.filling = true;
    this.layer?.setLoading(true);
    const total = state.graph.nodes.length + state.graph.edges.length;
    this.store.getState().setMapActivity({ kind: 'drawing', done: 0, total });
    // The elements are made in a task of their own, not in the store update that brought the dataset
    // (which the panels' render shares), and the graph is complete in another after the last slice.
    setTimeout(() => {
      if (seq !== this.seq) return;
      this.addInSlices(model, into, elementsOf(state, placed, true), seq, () =>
        setTimeout(() => {
          if (seq === this.seq) done();
        }, 0),
      );
    }, 0);
  }

  sync(state: AppState): void {
    syncToCy(this.model, state, this.elements);
    this.mirror();
    this.layer?.requestDraw();
  }

  fit(): void {
    fitNodes(this.cy, FIT_PADDING, this.elements.nodes);
  }

  places(): Places {
    return new Map(this.elements.nodes.map((n) => [n.id(), { ...n.position() }]));
  }

  nodeDragged(id: string, position: { x: number; y: number }): void {
    const original = this.model.getElementById(id);
    if (original.empty()) return;
    original.position({ ...position });
    this.layer?.requestDraw();
  }

  async exportImage(request: ExportRequest, state: AppState): Promise<void> {
    const { runLargeExportRequest } = await import('./exportRequest');
    const { layer } = this;
    await runLargeExportRequest(
      this.cy,
      this.model,
      request,
      state,
      layer ? (scale) => layer.snapshot(scale) : null,
    );
  }

  destroy(): void {
    this.seq++;
    this.layer?.destroy();
    this.dropModel();
    this.cy.batch(() => this.cy.elements().remove());
  }

  private dropModel(): void {
    if (this.positionsFrame) cancelAnimationFrame(this.positionsFrame);
    this.positionsFrame = 0;
    this.model.destroy();
    this.elements = { nodes: [], edges: [] };
  }

  /**
   * Brings the drawn instance in line with the model: it holds a copy of every element in a
   * highlight state, with the same classes, data and position, and the ends of each such edge (the
   * large stylesheet hides an element that is in no highlight state).
   */
  private mirror(): void {
    const { cy } = this;
    const wanted = new Map<string, SingularElementArgument>();
    const { nodes, edges } = this.elements;
    for (const ele of [...nodes, ...edges] as SingularElementArgument[]) {
      if ((stateBits(ele) & HIGHLIGHT_BITS) === 0) continue;
      wanted.set(ele.id(), ele);
      if (ele.isEdge()) {
        const source = ele.source();
        const target = ele.target();
        wanted.set(source.id(), source);
        wanted.set(target.id(), target);
      }
    }
    const stale = cy.elements().filter((ele) => !wanted.has(ele.id()));
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      stale.remove();
      for (const [id, original] of wanted) {
        const copy = cy.getElementById(id);
        if (copy.empty()) {
          added.push(copyOf(original));
          continue;
        }
        const classes = original.classes();
        if (classes.join(' ') !== copy.classes().join(' ')) copy.classes(classes);
        if (copy.data('size') !== original.data('size')) copy.data('size', original.data('size'));
        if (original.isNode()) {
          const p = original.position();
          const q = copy.position();
          if (p.x !== q.x || p.y !== q.y) copy.position({ ...p });
        }
      }
      // Nodes before the edges between them.
      added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      if (added.length > 0) cy.add(added);
    });
  }

  /** The model's nodes moved (a layout placed them): the copies and the layer follow, once a frame. */
  private positionsChanged = () => {
    if (this.positionsFrame) return;
    this.positionsFrame = requestAnimationFrame(() => {
      this.positionsFrame = 0;
      if (this.filling) return;
      this.mirror();
      this.layer?.requestDraw();
    });
  };

  /**
   * Adds elements to the model a slice at a time, each slice within about SLICE_MS: the slice size
   * adapts to what the last one cost. Nodes and edges cost differently, so a slice holds one or the
   * other, and the size starts small again with the edges.
   */
  private addInSlices(
    model: Core,
    into: ModelElements,
    elements: ElementDefinition[],
    seq: number,
    done: () => void,
  ): void {
    const { setMapActivity } = this.store.getState();
    const firstEdge = elements.findIndex((e) => e.group === 'edges');
    const boundary = firstEdge < 0 ? elements.length : firstEdge;
    const START = 200;
    let next = 0;
    let size = START;
    let framed = false;
    const step = () => {
      if (seq !== this.seq) return;
      const started = performance.now();
      while (next < elements.length && performance.now() - started < SLICE_MS / 2) {
        if (next === boundary && next > 0) size = START;
        const end = next < boundary ? Math.min(next + size, boundary) : next + size;
        const slice = elements.slice(next, end);
        const t0 = performance.now();
        const added = model.add(slice);
        if (next < boundary) into.nodes.push(...(added.toArray() as NodeSingular[]));
        else into.edges.push(...(added.toArray() as EdgeSingular[]));
        next += slice.length;
        const took = Math.max(performance.now() - t0, 0.5);
        size = Math.min(4000, Math.max(50, Math.round((slice.length * SLICE_MS) / 2 / took)));
      }
      this.layer?.invalidate();
      if (next < elements.length) {
        // Nodes come first: once they are all there, frame them, and the edges fill in the picture.
        if (!framed && next >= boundary) {
          framed = true;
          this.fit();
        }
        this.layer?.requestDraw();
        setMapActivity({ kind: 'drawing', done: next, total: elements.length });
        setTimeout(step, 0);
      } else {
        this.filling = false;
        this.layer?.setLoading(false);
        done();
      }
    };
    setTimeout(step, 0);
  }
}
