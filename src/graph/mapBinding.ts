import type { NodeSingular, Core, EventObject } from 'cytoscape';
import { shallow } from 'zustand/shallow';
import { selectDisplayed, selectPath, selectSizes } from '../store/derived';
import type { AppState, AppStore, CameraIntent } from '../store/store';
import { ArticleMap } from './articleMap';
import { arrangeNewDataset, openBundle, runCameraIntent } from './camera';
import type { LargeMap } from './largeMap';
import { DRAFT_ABOVE, RELAYOUT_IN_WORKER_ABOVE } from './layoutOptions';
import { mapKeyAction, moveCamera } from './mapKeys';
import { installPatches } from './patches';
import type { SizedMap } from './sizedMap';
import { LARGE_ABOVE } from './stylesheet';
import { ViewportSync } from './viewportSync';
import { t } from '../i18n/core';

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

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether a dataset is drawn by the large map (a headless model and a layer). */
const isLarge = (state: AppState) =>
  state.graph.nodes.length + state.graph.edges.length > LARGE_ABOVE;

// The large map's code loads with the first large graph: the first view does not need it.
let LargeMapClass: typeof LargeMap | null = null;
/** Loads the large map's code (the binding does on the first large graph; tests may before). */
export const loadLargeMap = () =>
  import('./largeMap').then((m) => {
    LargeMapClass = m.LargeMap;
  });

/**
 * Binds one drawn cytoscape instance to the store, from the binding component's `cy` callback to its
 * unmount. The store's concerns reach the map through one subscription each (the dataset, what the
 * map shows, camera intents, export requests); cytoscape's events become store actions. The graph
 * itself is held by a SizedMap for its size, swapped when a dataset crosses LARGE_ABOVE.
 */
export class MapBinding {
  private map: SizedMap;
  /** Counts loads: the arrangement or layout of a load that was replaced since does nothing. */
  private seq = 0;
  /** Stops the layout of the previous dataset when another one comes. */
  private layoutAbort: AbortController | null = null;
  /** A new dataset's 'arrange' intent, carried out once all of its elements are on the map. */
  private pendingArrange: { layout: boolean; before: ReadonlySet<string> } | null = null;
  /** The 'arrange' intent already taken, so that it is taken once. */
  private arrangeTaken: CameraIntent | null = null;
  /** The tour step's framing while it holds: a change of the map's size frames the step again. */
  private framing: CameraIntent | null = null;
  /** The state last brought to the map, so that a load's own sync is not repeated. */
  private synced: AppState | null = null;
  private readonly disposers: (() => void)[] = [];
  /** A large graph waits for the large map's code: the map on screen is no longer the store's. */
  private awaitingLargeMap = false;
  /** The camera as the store's `viewport`: reported when it settles, applied from a link. */
  private readonly viewport: ViewportSync;

  constructor(
    readonly cy: Core,
    private readonly store: AppStore,
    onFirstPaint?: () => void,
  ) {
    performance.mark('silkgraph:cytoscape-made');
    const patches = installPatches(cy);
    this.disposers.push(patches.uninstall);
    window.cy = cy;
    this.watchFirstPaint(onFirstPaint);
    this.wireEvents();
    this.viewport = new ViewportSync(cy, store, {
      ready: () => !this.loading,
      fit: () => this.map.fit(),
    });
    this.disposers.push(() => this.viewport.destroy());
    this.watchSize();

    const state = store.getState();
    this.map = this.mapFor(state, false);
    this.takeArrange(state);
    this.load(state);
    // One subscription per concern, in this order: a new dataset first (taking its 'arrange' intent
    // before the elements it compares with are replaced), then what the map shows, then the camera,
    // which frames what is shown.
    this.disposers.push(
      store.subscribe(
        (s) => [s.graph, s.positions, s.spheres] as const,
        ([graph, positions, spheres], [graphBefore, , spheresBefore]) => {
          const s = store.getState();
          this.takeArrange(s);
          // An edit of one's own map changes the map in place: the camera stays where it is.
          const edit = s.editable && !this.pendingArrange && !this.loading && !this.map.large;
          if (edit && graph === graphBefore && spheres === spheresBefore) this.place(positions);
          else this.load(s, edit);
        },
        { equalityFn: shallow },
      ),
      store.subscribe(mapView, () => this.sync(store.getState()), { equalityFn: shallow }),
      store.subscribe(
        (s) => s.camera,
        (camera) => camera && this.onCamera(camera),
      ),
      store.subscribe(
        (s) => s.exportRequest,
        (request) => {
          if (request) void this.map.exportImage(request, store.getState());
        },
      ),
    );
    this.viewport.listen();
  }

  /** Stops listening, and any load or layout in flight; the instance itself is its owner's. */
  destroy(): void {
    this.seq++;
    this.layoutAbort?.abort();
    this.map.destroy();
    for (const dispose of this.disposers.splice(0)) dispose();
    this.cy.removeAllListeners();
    if (window.cy === this.cy) delete window.cy;
    if (window.cyGraph === this.map.graph || window.cyGraph === this.cy) delete window.cyGraph;
  }

  /**
   * A key pressed while the map has focus: arrows pan, + and − zoom about the middle, 0 frames
   * what is shown. Returns whether the key was the map's (the caller then keeps it from the page).
   */
  key(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) {
    const { cy } = this;
    // In the tour the arrows step through it, whatever has focus (as a clicker sends them).
    const presenting = this.store.getState().tourStep !== null;
    const action = mapKeyAction(e, { width: cy.width(), height: cy.height() }, !presenting);
    if (!action || this.loading) return false;
    if (action.kind === 'fit') {
      this.store.getState().fitView();
      return true;
    }
    moveCamera(cy, action);
    this.viewport.place();
    return true;
  }

  /** Whether the map is still taking in the store's dataset (or the code to draw it). */
  private get loading(): boolean {
    return this.awaitingLargeMap || this.map.loading;
  }

  /** The instance holding every element of the graph on the map. */
  get graph(): Core {
    return this.map.graph;
  }

  private mapFor(state: AppState, restyle: boolean): SizedMap {
    return isLarge(state) && LargeMapClass
      ? new LargeMapClass(this.cy, this.store)
      : new ArticleMap(this.cy, this.store, restyle);
  }

  /** Moves the nodes to where the store places them (a drag undone, a layout kept). */
  private place(positions: AppState['positions']): void {
    const cy = this.map.graph;
    cy.batch(() => {
      for (const node of cy.nodes()) {
        const p = positions[node.id()];
        if (p && (p.x !== node.position('x') || p.y !== node.position('y'))) node.position(p);
      }
    });
    cy.emit('dragfree');
  }

  /**
   * Replaces the map's elements with the state's dataset, in the map for its size; `edit`: the same
   * map changed by an edit, drawn where the camera is (not framed again).
   */
  private load(state: AppState, edit = false): void {
    const seq = ++this.seq;
    this.layoutAbort?.abort();
    this.layoutAbort = null;
    this.awaitingLargeMap = false;
    // A large graph's map loads its code first; the graph on the map stays until it has come.
    if (isLarge(state) && !LargeMapClass) {
      // Waiting before anything is said: the store's listeners (the camera's) run within the set.
      this.awaitingLargeMap = true;
      const total = state.graph.nodes.length + state.graph.edges.length;
      this.store.getState().setMapActivity({ kind: 'drawing', done: 0, total });
      loadLargeMap().then(
        () => {
          if (seq !== this.seq) return;
          this.awaitingLargeMap = false;
          this.load(this.store.getState());
        },
        (error: unknown) => {
          if (seq !== this.seq) return;
          this.awaitingLargeMap = false;
          const { notify, setMapActivity } = this.store.getState();
          setMapActivity(null);
          notify('error', t('graph.error.draw', { error: errorText(error) }));
        },
      );
      return;
    }
    // Nodes the new dataset does not place keep their places from the graph on the map now.
    const placed = this.map.places();
    this.cy.stop();
    const large = isLarge(state);
    if (large !== this.map.large) {
      this.map.destroy();
      this.map = this.mapFor(state, true);
    }
    this.synced = null;
    this.map.load(state, placed, () => this.loaded(seq, edit), edit);
    window.cyGraph = this.map.graph;
  }

  /** All elements are on the map: classes as the store says, then the pending arrangement or a fit. */
  private loaded(seq: number, edit = false): void {
    this.sync(this.store.getState());
    if (edit) {
      // An edit keeps the camera, unless what it made lies outside the view (the first nodes).
      const view = this.cy.extent();
      const outside = this.cy
        .nodes()
        .toArray()
        .some((n) => {
          const p = (n as NodeSingular).position();
          return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
        });
      if (outside) {
        this.map.fit();
        this.viewport.fitted();
      }
      return;
    }
    const then = () => {
      if (seq !== this.seq) return;
      if (this.pendingArrange) this.arrange(seq);
      else {
        // Where a link put the camera, or what is shown framed.
        if (!this.viewport.applyStored()) {
          this.map.fit();
          this.viewport.fitted();
        }
        const { mapActivity, setMapActivity } = this.store.getState();
        if (mapActivity) setMapActivity(null);
      }
    };
    // A large graph's first sync and its framing (or layout) are tasks of their own.
    if (this.map.large) setTimeout(then, 0);
    else then();
  }

  private sync(state: AppState): void {
    if (this.loading || state === this.synced) return;
    this.synced = state;
    this.map.sync(state);
  }

  private onCamera(camera: CameraIntent): void {
    if (camera.kind === 'arrange') {
      // Without a new dataset (the same one put back), nothing else would carry it out.
      this.takeArrange(this.store.getState());
      if (!this.loading) this.arrange();
      return;
    }
    if (this.loading) return;
    this.framing = camera.kind === 'frame' ? camera : null;
    if (camera.kind === 'relayout') this.relayout();
    else {
      runCameraIntent(this.cy, camera, this.map.graph, this.map.viewportFor?.bind(this.map));
      if (camera.kind === 'fit') this.viewport.fitted();
      else this.viewport.place();
    }
  }

  /** Notes a new 'arrange' intent with the nodes on the map before its dataset replaces them. */
  private takeArrange(state: AppState): void {
    const camera = state.camera;
    if (camera?.kind !== 'arrange' || camera === this.arrangeTaken) return;
    this.arrangeTaken = camera;
    this.pendingArrange = {
      layout: camera.layout,
      // On the first load there is no graph before it.
      before: new Set(this.seq > 0 ? this.map.places().keys() : []),
    };
  }

  private arrange(seq = this.seq): void {
    const pending = this.pendingArrange;
    this.pendingArrange = null;
    if (!pending) return;
    const { setMapActivity, notify } = this.store.getState();
    this.layoutAbort = new AbortController();
    const graph = this.map.graph;
    const layout = arrangeNewDataset(this.cy, pending.layout, pending.before, {
      signal: this.layoutAbort.signal,
      graph,
      ...(this.map.layoutOptions.box ? { box: this.map.layoutOptions.box } : {}),
      ...(this.map.viewportFor ? { framer: this.map.viewportFor.bind(this.map) } : {}),
    });
    if (!layout) {
      // Framed by arrangeNewDataset, unless a link says where to look (an import kept from the
      // last visit, opened with a link).
      if (!this.viewport.applyStored()) this.viewport.fitted();
      if (this.store.getState().mapActivity) setMapActivity(null);
      return;
    }
    setMapActivity({
      kind: 'layout',
      nodes: graph.nodes().length,
      draft: layout.draft,
      startedAt: Date.now(),
    });
    void layout.done
      .catch((error: unknown) =>
        notify('error', t('graph.error.layout', { error: errorText(error) })),
      )
      .finally(() => {
        if (seq !== this.seq) return;
        setMapActivity(null);
        this.viewport.fitted();
        this.keepPlaces(false);
      });
  }

  /**
   * One's own map keeps where a layout put its nodes, so that they are saved and an edit redraws
   * them there: a "Re-arrange" as a step of undo, the first layout of a map without places as is.
   */
  private keepPlaces(undoable: boolean): void {
    const s = this.store.getState();
    if (!s.editable || this.map.large) return;
    const places: AppState['positions'] = {};
    for (const [id, p] of this.map.places()) places[id] = { x: p.x, y: p.y };
    if (undoable) s.changeMap({ positions: places });
    else s.keepPositions(places);
  }

  /** "Re-arrange visible": a large one runs in the layout worker, with its progress shown. */
  private relayout(): void {
    const shown = this.map.graph.elements().not('.hidden');
    const count = shown.nodes().length;
    const { setMapActivity, notify } = this.store.getState();
    const seq = this.seq;
    const { box, inWorker: modelOnly } = this.map.layoutOptions;
    const inWorker = count > RELAYOUT_IN_WORKER_ABOVE || !!modelOnly;
    if (inWorker)
      setMapActivity({
        kind: 'layout',
        nodes: count,
        draft: count > DRAFT_ABOVE,
        startedAt: Date.now(),
      });
    // The layout code (and fcose) loads on first use: the first view has positions.
    import('./layout')
      .then(({ relayoutVisible }) =>
        relayoutVisible(shown, {
          view: this.cy,
          ...(box ? { box } : {}),
          ...(modelOnly ? { inWorker: true } : {}),
        }),
      )
      .catch((error: unknown) =>
        notify('error', t('graph.error.layout', { error: errorText(error) })),
      )
      .finally(() => {
        if (seq !== this.seq) return;
        if (inWorker) setMapActivity(null);
        // Re-arranged, the map is framed anew; one's own map keeps the new places (one undo step).
        this.viewport.fitted();
        this.keepPlaces(true);
      });
  }

  private wireEvents(): void {
    const { cy } = this;
    const { selectElement, hoverNode } = this.store.getState();
    // A bundled link stands for its relations: a click on it or on its count (which may lie over
    // other elements) opens it rather than selecting anything.
    const bundleAt = (e: EventObject) =>
      e.target !== cy && e.target.hasClass('bundle') ? e.target : this.map.bundleAt?.(e.position);
    cy.on('tap', (e: EventObject) => {
      const link = bundleAt(e);
      if (link) openBundle(cy, link);
      else if (e.target === cy) {
        // On a large graph the layer finds the node under a tap on the background.
        if (!this.map.large) selectElement(null);
      } else selectElement({ type: e.target.isNode() ? 'node' : 'edge', id: e.target.id() });
    });
    cy.on('mouseover', 'node', (e: EventObject) => hoverNode(e.target.id()));
    cy.on('mouseout', 'node', () => hoverNode(null));
    // A touch screen has no hover: a long press shows what hovering shows, until the next tap.
    cy.on('taphold', 'node', (e: EventObject) => hoverNode(e.target.id()));
    cy.on('tapstart', (e: EventObject) => {
      if (e.originalEvent?.type.startsWith('touch') && this.store.getState().hovered)
        hoverNode(null);
    });
    cy.on('drag', 'node', (e: EventObject) =>
      this.map.nodeDragged(e.target.id(), e.target.position()),
    );
    // On one's own map a node dropped somewhere stays there: one step of undo for what moved at once.
    let dropped: Record<string, { x: number; y: number }> | null = null;
    cy.on('dragfree', 'node', (e: EventObject) => {
      if (!this.store.getState().editable || this.map.large) return;
      if (!dropped) {
        dropped = {};
        queueMicrotask(() => {
          const moved = dropped!;
          dropped = null;
          const { positions, changeMap } = this.store.getState();
          changeMap({ positions: { ...positions, ...moved } });
        });
      }
      dropped[e.target.id()] = { ...e.target.position() };
    });
  }

  /**
   * Keeps cytoscape's idea of the container's size current (it is final only after the page lays
   * out, and changes with the window and the panels), and fits what is shown, or keeps a camera
   * someone placed on the same middle. Only a real change of size: the observer also reports the
   * first size, and again when the panels mount beside the map.
   */
  private watchSize(): void {
    const { cy } = this;
    const container = cy.container();
    if (!container) return;
    let size = { width: cy.width(), height: cy.height() };
    const observer = new ResizeObserver(() => {
      const now = { width: container.clientWidth, height: container.clientHeight };
      if (now.width === size.width && now.height === size.height) return;
      const before = size;
      size = now;
      cy.resize();
      // Starting the tour halves the map's width: the step's framing is made again for the new size.
      if (this.framing && this.store.getState().tourStep !== null)
        runCameraIntent(cy, this.framing, this.map.graph);
      else this.viewport.resized(before);
    });
    observer.observe(container);
    this.disposers.push(() => observer.disconnect());
  }

  /**
   * Calls `onFirstPaint` once, in a task of its own after the frame that put the map's first drawing
   * on screen: 'render' is emitted when cytoscape has drawn a frame, the next animation frame comes
   * after it was painted, and a task after that leaves the frame's own callbacks undisturbed.
   */
  private watchFirstPaint(onFirstPaint?: () => void): void {
    if (!onFirstPaint) return;
    let frame = 0;
    let timer = 0;
    this.cy.one('render', () => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(onFirstPaint, 0);
      });
    });
    this.disposers.push(() => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    });
  }
}

/** What the map shows of the state beyond its dataset: a change of any of these is synced. */
function mapView(s: AppState) {
  return [
    selectDisplayed(s),
    selectPath(s),
    selectSizes(s),
    s.selection,
    s.hovered,
    s.tour,
    s.tourStep,
  ] as const;
}
