import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type SingularElementArgument,
} from 'cytoscape';
import type { AppState, AppStore } from '../store/store';
import { arrangeNewDataset, fitNodes, runCameraIntent } from './camera';
import { toElements } from './elements';
import { DRAFT_ABOVE, RELAYOUT_IN_WORKER_ABOVE, relayoutVisible } from './layout';
import { LargeGraphLayer, nodeRadius } from './largeLayer';
import { LARGE_ABOVE, LARGE_EXPORT_STYLESHEET, LARGE_STYLESHEET, STYLESHEET } from './stylesheet';
import { HIGHLIGHT_BITS, stateBits, syncToCy, type GraphElements } from './sync';

declare global {
  interface Window {
    /** The map's cytoscape instance (what it draws), for console scripting and automation. */
    cy?: Core;
    /**
     * The cytoscape instance holding every element of the map's graph, with its classes and
     * positions: `window.cy` itself up to LARGE_ABOVE elements; for a larger graph a headless one
     * (`window.cy` then holds only the highlighted elements it draws over the batched layer).
     */
    cyGraph?: Core;
  }
}

const FIT_PADDING = 30;

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

/**
 * The graph adapter: the one place where the store meets cytoscape. Store changes become elements,
 * classes and camera moves; cytoscape events become store actions. It owns the elements: a new
 * dataset replaces them all.
 *
 * An article-sized graph lives in the drawn cytoscape instance itself. A large one (over
 * LARGE_ABOVE elements) lives in a headless, style-less cytoscape instance, the model: classes,
 * positions, layouts and graph queries work there as on the map, without cytoscape's renderer
 * visiting 25,000 elements in every frame (300–900 ms a frame here) or restyling the thousands a
 * filter touches. The batched layer (largeLayer.ts) draws the model; the drawn instance holds only
 * copies of the few highlighted elements (selection, hover, path), which it draws on top as usual.
 * A large model is filled in timed slices, and the store learns of the progress through mapActivity.
 */
export class MapAdapter {
  private large = false;
  /** A large graph's headless model; null when the drawn instance holds the graph itself. */
  private model: Core | null = null;
  /** The model's elements, in the order added (cy.nodes() on 25,000 elements is a long call). */
  private modelElements: { nodes: NodeSingular[]; edges: EdgeSingular[] } | null = null;
  /** Draws a large graph's elements (see largeLayer.ts); null for an article-sized one. */
  private layer: LargeGraphLayer | null = null;
  /** Counts loads: a slice or a layout of a load that was replaced since does nothing. */
  private loadSeq = 0;
  private loading = false;
  /** Stops the layout of the previous dataset when another one comes. */
  private layoutAbort: AbortController | null = null;
  /** A new dataset's 'arrange' intent, carried out once all of its elements are on the map. */
  private pendingArrange: { layout: boolean; before: ReadonlySet<string> } | null = null;
  /** A frame is booked to bring the drawn copies and the layer in line with the model's positions. */
  private positionsFrame = 0;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
  ) {
    window.cy = cy;
    window.cyGraph = cy;
    this.wireEvents();
    const state = store.getState();
    if (state.camera?.kind === 'arrange')
      this.pendingArrange = { layout: state.camera.layout, before: new Set() };
    this.load(state);

    // The container's size is only final after the page lays out (and changes with the window):
    // keep cytoscape's idea of it current and fit what is shown.
    // Only a real change of size: the observer also reports the first size, and again when the
    // panels mount beside the map, each a full redraw for nothing.
    let size = { width: cy.width(), height: cy.height() };
    const resizeObserver = new ResizeObserver(() => {
      const container = cy.container();
      if (!container) return;
      const now = { width: container.clientWidth, height: container.clientHeight };
      if (now.width === size.width && now.height === size.height) return;
      size = now;
      cy.resize();
      this.fitShown();
    });
    const container = cy.container();
    if (container) resizeObserver.observe(container);
    this.disposers.push(() => resizeObserver.disconnect());
    this.disposers.push(store.subscribe((next, prev) => this.onChange(next, prev)));
  }

  /** The instance holding every element of the graph on the map. */
  get graph(): Core {
    return this.model ?? this.cy;
  }

  /** Stops listening, and any load or layout in flight. */
  destroy(): void {
    this.loadSeq++;
    this.layoutAbort?.abort();
    this.layer?.destroy();
    this.layer = null;
    this.detachModel()?.destroy();
    for (const dispose of this.disposers.splice(0)) dispose();
    this.cy.removeAllListeners();
    if (window.cy === this.cy) delete window.cy;
    if (window.cyGraph === this.cy) delete window.cyGraph;
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
    // A highlighted node of a large graph dragged on the map moves in the model too.
    cy.on('drag', 'node', (e: EventObject) => {
      const original = this.model?.getElementById(e.target.id());
      if (original?.nonempty()) {
        original.position({ ...e.target.position() });
        this.layer?.requestDraw();
      }
    });
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
        before: new Set(this.graph.nodes().map((n) => n.id())),
      };
    if (datasetChanged) this.load(state);
    else if (!this.loading) {
      this.sync(state);
      if (newCamera?.kind === 'arrange') this.arrange();
    }
    if (newCamera?.kind === 'relayout' && !this.loading) this.relayout();
    else if (newCamera && newCamera.kind !== 'arrange' && !this.loading)
      runCameraIntent(cy, newCamera, this.graph);
    if (state.exportRequest && state.exportRequest !== prev.exportRequest)
      // Drawing exports is code most visits never run: it loads on the first export.
      void this.exportImage(state);
  }

  /** Classes as the store says; for a large graph, then the drawn copies and the layer. */
  private sync(state: AppState): void {
    syncToCy(this.graph, state, this.modelElements ?? undefined);
    if (!this.model) return;
    this.mirror();
    this.layer?.requestDraw();
  }

  /**
   * Brings the drawn instance in line with a large graph's model: it holds a copy of every element
   * in a highlight state, with the same classes, data and position, and the ends of each such edge
   * (the large stylesheet hides an element that is in no highlight state).
   */
  private mirror(): void {
    const { cy } = this;
    const wanted = new Map<string, SingularElementArgument>();
    const { nodes, edges } = this.modelElements!;
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

  /** The model's nodes moved (a layout placed them): the drawn copies and the layer follow, once a frame. */
  private positionsChanged = () => {
    if (this.positionsFrame) return;
    this.positionsFrame = requestAnimationFrame(() => {
      this.positionsFrame = 0;
      if (!this.model || !this.modelElements || this.loading) return;
      this.mirror();
      this.layer?.requestDraw();
    });
  };

  /** Lets go of a large graph's model (returned, for a caller that still reads it). */
  private detachModel(): Core | null {
    if (this.positionsFrame) cancelAnimationFrame(this.positionsFrame);
    this.positionsFrame = 0;
    const { model } = this;
    this.model = null;
    this.modelElements = null;
    return model;
  }

  /**
   * Draws the map into a PNG or SVG file. A large graph's PNG is the layer's picture with
   * cytoscape's highlighted copies over it, as on screen; its SVG is drawn whole by cytoscape, from
   * a copy of the model (seconds for 25,000 elements).
   */
  private async exportImage(state: AppState): Promise<void> {
    const { runExportRequest } = await import('./exportRequest');
    const request = state.exportRequest!;
    const { layer } = this;
    if (!this.model) {
      await runExportRequest(this.cy, request, state);
      return;
    }
    if (request.format === 'png' && layer) {
      await runExportRequest(this.cy, request, state, (scale) => layer.snapshot(scale));
      return;
    }
    const exporter = this.exportCore(this.model);
    try {
      await runExportRequest(exporter, request, state);
    } finally {
      const container = exporter.container();
      exporter.destroy();
      container?.remove();
    }
  }

  /**
   * A cytoscape instance the size of the map, out of sight, holding all of a large graph as the
   * map shows it (the same classes, positions and camera), to draw an export from.
   */
  private exportCore(model: Core): Core {
    const { cy } = this;
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    Object.assign(container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${cy.width()}px`,
      height: `${cy.height()}px`,
    });
    document.body.append(container);
    return cytoscape({
      container,
      elements: model.elements().map(copyOf),
      style: LARGE_EXPORT_STYLESHEET,
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      autoungrabify: true,
    });
  }

  /** Replaces the map's elements with the state's dataset. */
  private load(state: AppState): void {
    const { cy } = this;
    const seq = ++this.loadSeq;
    this.layoutAbort?.abort();
    this.layoutAbort = null;
    // Nodes the new dataset does not place keep their places from the graph on the map now: read
    // from the drawn instance before it is emptied, from a large graph's model when needed.
    const previousModel = this.detachModel();
    const placed = previousModel ?? placesOf(cy);
    cy.stop();
    cy.batch(() => cy.elements().remove());
    const count = state.graph.nodes.length + state.graph.edges.length;
    this.setSize(count > LARGE_ABOVE);
    if (!this.large) {
      const elements = elementsOf(state, placed, false);
      previousModel?.destroy();
      window.cyGraph = cy;
      this.loading = false;
      // Added and classed in one batch, so styles are computed once, then framed.
      cy.batch(() => {
        cy.add(elements);
        this.sync(this.store.getState());
      });
      performance.mark('silkgraph:elements-added');
      this.loaded(seq);
      // Framing computes every element's style, label and bounds: most of the first paint's work.
      performance.mark('silkgraph:framed');
      return;
    }
    const model = cytoscape({ headless: true, styleEnabled: false });
    const modelElements: GraphElements & { nodes: NodeSingular[]; edges: EdgeSingular[] } = {
      nodes: [],
      edges: [],
    };
    this.model = model;
    this.modelElements = modelElements;
    window.cyGraph = model;
    model.on('position', this.positionsChanged);
    this.layer?.setGraph(model, modelElements);
    this.loading = true;
    this.layer?.setLoading(true);
    const { setMapActivity } = this.store.getState();
    setMapActivity({ kind: 'drawing', done: 0, total: count });
    // The elements are made in a task of their own, not in the store update that brought the dataset
    // (which the panels' render shares), and the graph is complete in another after the last slice.
    setTimeout(() => {
      if (seq === this.loadSeq) {
        const elements = elementsOf(state, placed, true);
        this.addInSlices(model, modelElements, elements, seq, () =>
          setTimeout(() => {
            if (seq === this.loadSeq) this.loaded(seq);
          }, 0),
        );
      }
      previousModel?.destroy();
    }, 0);
  }

  /**
   * Adds elements to a large graph's model a slice at a time, each slice within about SLICE_MS: the
   * slice size adapts to what the last one cost. Nodes and edges cost differently, so a slice holds
   * one or the other, and the size starts small again with the edges.
   */
  private addInSlices(
    model: Core,
    into: { nodes: NodeSingular[]; edges: EdgeSingular[] },
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
      if (seq !== this.loadSeq) return;
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
          this.fitShown();
        }
        this.layer?.requestDraw();
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
    // A headless core (tests) has no container to draw in: the model is all there is.
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
    this.sync(this.store.getState());
    const then = () => {
      if (seq !== this.loadSeq) return;
      const state = this.store.getState();
      if (this.pendingArrange) this.arrange(seq);
      else {
        this.fitShown();
        if (state.mapActivity) state.setMapActivity(null);
      }
    };
    // A large graph's first sync and its framing (or layout) are tasks of their own.
    if (this.model) setTimeout(then, 0);
    else then();
  }

  private arrange(seq = this.loadSeq): void {
    const pending = this.pendingArrange;
    this.pendingArrange = null;
    const { setMapActivity } = this.store.getState();
    if (!pending) return;
    this.layoutAbort = new AbortController();
    const layout = arrangeNewDataset(this.cy, pending.layout, pending.before, {
      signal: this.layoutAbort.signal,
      graph: this.graph,
      ...(this.model ? { box: largeNodeBox } : {}),
    });
    if (!layout) {
      if (this.store.getState().mapActivity) setMapActivity(null);
      return;
    }
    setMapActivity({
      kind: 'layout',
      nodes: this.graph.nodes().length,
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
    const shown = this.graph.elements().not('.hidden');
    const count = shown.nodes().length;
    const { setMapActivity, notify } = this.store.getState();
    const seq = this.loadSeq;
    // A large graph's model has no styles to lay out on the page with: its layouts run in the worker.
    const inWorker = count > RELAYOUT_IN_WORKER_ABOVE || this.model !== null;
    if (inWorker)
      setMapActivity({
        kind: 'layout',
        nodes: count,
        draft: count > DRAFT_ABOVE,
        startedAt: Date.now(),
      });
    relayoutVisible(shown, {
      view: this.cy,
      ...(this.model ? { box: largeNodeBox, inWorker: true } : {}),
    })
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
      fitNodes(cy, FIT_PADDING, this.modelElements?.nodes ?? this.graph.nodes());
      return;
    }
    const shown = cy.elements().not('.hidden');
    cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
  }
}

/** An element of the model as a definition for another instance: data, classes and position. */
function copyOf(ele: SingularElementArgument): ElementDefinition {
  return {
    group: ele.isNode() ? 'nodes' : 'edges',
    data: { ...ele.data() },
    classes: ele.classes(),
    ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
  };
}

/** Where the nodes of a (small) map are, as elementsOf reads places. */
function placesOf(cy: Core): Map<string, { x: number; y: number }> {
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
}

/**
 * The state's dataset as cytoscape elements; a node the dataset does not place keeps its place in
 * the graph it replaces (re-colouring an import by another attribute keeps the nodes its layout
 * placed): `placed` is that graph's model, or its places.
 */
function elementsOf(
  state: AppState,
  placed: Core | Map<string, { x: number; y: number }>,
  large: boolean,
): ElementDefinition[] {
  const elements = toElements(state.graph, state.positions, state.spheres, { large });
  const placeOf =
    placed instanceof Map
      ? (id: string) => placed.get(id)
      : (id: string) => {
          if (placed.destroyed()) return undefined;
          const node = placed.getElementById(id);
          return node.nonempty() ? { ...node.position() } : undefined;
        };
  for (const element of elements) {
    if (element.group !== 'nodes' || element.position) continue;
    const p = placeOf(element.data.id!);
    if (p) element.position = p;
  }
  return elements;
}
