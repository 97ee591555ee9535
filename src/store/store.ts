import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { useStore } from 'zustand';
import type { ElementRef, Selection } from '../domain/evidence';
import { ALL_FILTERS, allFilters, type Filters } from '../domain/filters';
import { ARTICLE_SPHERES } from '../domain/palette';
import type { SizeBy } from '../domain/metrics';
import type {
  Article,
  EdgeStatus,
  Graph,
  NodeKind,
  Positions,
  Sphere,
  SphereDef,
} from '../domain/schema';
import { DEFAULT_VIEW, type ViewState } from '../domain/urlState';
import { clampStep, stepView, type TourSlice } from './tourSlice';

/** An imperative request to the map (panels never call cytoscape): the graph adapter carries it out. */
export type CameraIntent =
  | { kind: 'fit'; seq: number }
  | { kind: 'center'; id: string; seq: number }
  | { kind: 'relayout'; seq: number }
  | { kind: 'frame'; ids: readonly string[]; seq: number }
  /**
   * A new dataset was put on the map: once its elements are drawn, lay out the nodes it added when
   * it came without positions (an import), then fit. Deferred by the adapter until the elements exist.
   */
  | { kind: 'arrange'; layout: boolean; seq: number };

/** A request for an image of the map, carried out by the graph adapter (only it can draw the map). */
export type ExportRequest =
  { format: 'png'; scale: 1 | 2 | 4; seq: number } | { format: 'svg'; seq: number };

/** What the map is busy with, shown as progress: drawing a large graph's elements, or laying one out. */
export type MapActivity =
  | { kind: 'drawing'; done: number; total: number }
  | { kind: 'layout'; nodes: number; draft: boolean; startedAt: number };

export interface DatasetSlice {
  article: Article;
  graph: Graph;
  positions: Positions;
  /** The categories this dataset filters and colours by: the article's four spheres unless it says otherwise. */
  spheres: readonly SphereDef[];
}

/**
 * Where the graph on the map comes from: the article the app is built around (the dataset the store
 * was made with, or the one "Back to the article" puts back), or an imported file. The guided tour
 * walks through the article, so it is offered only while the article is shown.
 */
export type DatasetOrigin = 'article' | 'import';

/** A dataset as loaders hand it over; without its own spheres it uses the article's. */
export type DatasetInput = Omit<DatasetSlice, 'spheres'> & { spheres?: readonly SphereDef[] };

const withSpheres = (d: DatasetInput): DatasetSlice => ({
  ...d,
  spheres: d.spheres ?? ARTICLE_SPHERES,
});
const sphereIds = (s: { spheres: readonly SphereDef[] }) => s.spheres.map((d) => d.id);

export interface FiltersSlice {
  filters: Filters;
  toggleSphere: (sphere: Sphere) => void;
  showAllSpheres: () => void;
  showNoSpheres: () => void;
  showOnlySphere: (sphere: Sphere) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleStatus: (status: EdgeStatus) => void;
  resetFilters: () => void;
}

export interface SelectionSlice {
  selection: Selection | null;
  hovered: string | null;
  /** Select a node, an edge or a passage (whose supported elements light up); null clears. */
  selectElement: (ref: Selection | null) => void;
  /** Select a node and bring it to the middle of the map (search, lists). */
  selectAndCenter: (ref: ElementRef) => void;
  hoverNode: (id: string | null) => void;
}

export interface ViewSlice {
  focusDepth: 0 | 1 | 2;
  path: [string, string] | null;
  sizeBy: SizeBy;
  notices: string[];
  camera: CameraIntent | null;
  exportRequest: ExportRequest | null;
  /** Set by the graph adapter while it draws or lays out a new graph; null when the map is ready. */
  mapActivity: MapActivity | null;
  setMapActivity: (activity: MapActivity | null) => void;
  setFocusDepth: (depth: 0 | 1 | 2) => void;
  setPath: (path: [string, string] | null) => void;
  setSizeBy: (by: SizeBy) => void;
  fitView: () => void;
  rearrangeVisible: () => void;
  notify: (message: string) => void;
  dismissNotice: (index: number) => void;
  applyView: (view: ViewState) => void;
  requestExport: (request: { format: 'png'; scale: 1 | 2 | 4 } | { format: 'svg' }) => void;
  /** Which graph is on the map: the article's, or an imported one. */
  origin: DatasetOrigin;
  /**
   * Puts another dataset on the map with a fresh view: an import (the default), or the built-in
   * article again (`'article'`). A tour in progress ends.
   */
  replaceDataset: (dataset: DatasetInput, origin?: DatasetOrigin) => void;
}

export type AppState = DatasetSlice & FiltersSlice & SelectionSlice & ViewSlice & TourSlice;
/** The store, whose `subscribe` also takes a selector (one concern per subscriber). */
export type AppStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

const toggle = <T>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item)
    ? list.filter((x) => x !== item)
    : order.filter((x) => x === item || list.includes(x));

let seq = 0;

/** Builds the app's one store from its slices, around a dataset. */
export function createAppStore(input: DatasetInput): AppStore {
  const dataset = withSpheres(input);
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => ({
      ...dataset,

      filters: allFilters(sphereIds(dataset)),
      toggleSphere: (sphere) =>
        set((s) => ({
          filters: { ...s.filters, spheres: toggle(s.filters.spheres, sphere, sphereIds(s)) },
        })),
      showAllSpheres: () => set((s) => ({ filters: { ...s.filters, spheres: sphereIds(s) } })),
      showNoSpheres: () => set((s) => ({ filters: { ...s.filters, spheres: [] } })),
      showOnlySphere: (sphere) => set((s) => ({ filters: { ...s.filters, spheres: [sphere] } })),
      toggleKind: (kind) =>
        set((s) => ({
          filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind, ALL_FILTERS.kinds) },
        })),
      toggleStatus: (status) =>
        set((s) => ({
          filters: {
            ...s.filters,
            statuses: toggle(s.filters.statuses, status, ALL_FILTERS.statuses),
          },
        })),
      resetFilters: () => set((s) => ({ filters: allFilters(sphereIds(s)), focusDepth: 0 })),

      selection: null,
      hovered: null,
      selectElement: (ref) =>
        set((s) => ({
          selection: ref,
          // Focus is centred on the selected node: it ends when the selection is no longer a node.
          focusDepth: ref?.type === 'node' ? s.focusDepth : 0,
        })),
      selectAndCenter: (ref) => {
        get().selectElement(ref);
        if (ref.type === 'node') set({ camera: { kind: 'center', id: ref.id, seq: ++seq } });
      },
      hoverNode: (id) => set({ hovered: id }),

      focusDepth: 0,
      path: null,
      sizeBy: 'none',
      notices: [],
      camera: null,
      exportRequest: null,
      mapActivity: null,
      setMapActivity: (mapActivity) => set({ mapActivity }),
      setFocusDepth: (depth) =>
        set((s) => ({ focusDepth: s.selection?.type === 'node' ? depth : 0 })),
      setPath: (path) => set({ path }),
      setSizeBy: (sizeBy) => set({ sizeBy }),
      fitView: () => set({ camera: { kind: 'fit', seq: ++seq } }),
      rearrangeVisible: () => set({ camera: { kind: 'relayout', seq: ++seq } }),
      notify: (message) => set((s) => ({ notices: [...s.notices, message] })),
      dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
      requestExport: (request) => set({ exportRequest: { ...request, seq: ++seq } }),
      origin: 'article',
      replaceDataset: (dataset, origin = 'import') =>
        set({
          origin,
          camera: {
            kind: 'arrange',
            layout: dataset.graph.nodes.some((n) => !Object.hasOwn(dataset.positions, n.id)),
            seq: ++seq,
          },
          ...withSpheres(dataset),
          filters: allFilters(sphereIds(withSpheres(dataset))),
          selection: null,
          hovered: null,
          focusDepth: 0,
          path: null,
          sizeBy: 'none',
          // A tour belongs to the dataset it was written for.
          tour: null,
          tourStep: null,
          pendingTourStep: null,
          viewBeforeTour: null,
        }),
      applyView: (view) => {
        set({
          filters: view.filters,
          selection: view.selection,
          focusDepth: view.focusDepth,
          path: view.path,
          sizeBy: view.sizeBy,
        });
        const { tourStep, tour, origin } = get();
        if (view.step !== null && origin !== 'article') {
          // A link into the tour while an imported graph is shown: the tour is about the article.
          get().notify(
            `The link’s tour step ${view.step} was ignored: the tour presents the article, and an imported graph is on the map.`,
          );
        } else if (view.step === null) {
          if (tourStep !== null) set({ tourStep: null, viewBeforeTour: null });
        } else {
          // Opened straight into a step from a link: leaving the tour goes to the full map.
          if (tourStep === null) set({ viewBeforeTour: DEFAULT_VIEW });
          if (tour) get().startTour(tour, view.step - 1);
          else set({ pendingTourStep: view.step - 1 });
        }
      },

      tour: null,
      tourStep: null,
      pendingTourStep: null,
      viewBeforeTour: null,
      requestTour: (index = 0) => {
        const { tour, origin } = get();
        if (origin !== 'article') return;
        if (tour) get().startTour(tour, index);
        else set({ pendingTourStep: index });
      },
      startTour: (tour, index = 0) => {
        const s = get();
        // The tour walks through the article: there is none over an imported graph.
        if (s.origin !== 'article') {
          if (s.pendingTourStep !== null) set({ pendingTourStep: null });
          return;
        }
        if (s.tourStep === null && s.viewBeforeTour === null) set({ viewBeforeTour: viewOf(s) });
        set({ tour, pendingTourStep: null });
        get().goToStep(index);
      },
      goToStep: (index) => {
        const { tour } = get();
        if (!tour) return;
        const at = clampStep(tour, index);
        set({
          ...stepView(tour, at),
          tourStep: at,
          hovered: null,
          camera: { kind: 'frame', ids: tour.steps[at]!.focus, seq: ++seq },
        });
      },
      nextStep: () => {
        const { tourStep } = get();
        if (tourStep !== null) get().goToStep(tourStep + 1);
      },
      previousStep: () => {
        const { tourStep } = get();
        if (tourStep !== null) get().goToStep(tourStep - 1);
      },
      endTour: () => {
        const { viewBeforeTour } = get();
        set({ tourStep: null, pendingTourStep: null, viewBeforeTour: null });
        if (viewBeforeTour) get().applyView({ ...viewBeforeTour, step: null });
        set({ camera: { kind: 'fit', seq: ++seq } });
      },
    })),
  );
}

/** The view part of the state, as a copied link carries it. */
export function viewOf(s: AppState): ViewState {
  return {
    filters: s.filters,
    selection: s.selection,
    focusDepth: s.focusDepth,
    path: s.path,
    sizeBy: s.sizeBy,
    step: s.tourStep === null ? null : s.tourStep + 1,
  };
}

export type { StoreApi };
export { useStore };
