import type { SizeBy } from '../../domain/metrics';
import {
  DEFAULT_VIEW,
  type MapViewport,
  type ToolsTab,
  type ViewState,
} from '../../domain/urlState';
import { selectPath } from '../derived';
import type { AppState, SliceCreator } from '../store';
import { nextSeq } from './intents';

/** How the map is looked at beyond its filters: focus, path, sizes, camera, tab (a link keeps them). */
export interface ViewSlice {
  focusDepth: 0 | 1 | 2;
  path: [string, string] | null;
  sizeBy: SizeBy;
  /**
   * Where the map looks, as the map reports it once its camera has settled; null while the map
   * frames what is shown by itself. A value that the map did not report (from a link, or the view
   * a tour gives back) is one for the map to apply. Not an intent: it says where the camera is.
   */
  viewport: MapViewport | null;
  /** The tools panel's open tab. */
  tab: ToolsTab;
  setFocusDepth: (depth: 0 | 1 | 2) => void;
  /** Shows the shortest path between two nodes (null: none), with the camera on it. */
  setPath: (path: [string, string] | null) => void;
  setSizeBy: (by: SizeBy) => void;
  /** The map's report of where its camera settled (null: where it frames what is shown by itself). */
  setViewport: (viewport: MapViewport | null) => void;
  setTab: (tab: ToolsTab) => void;
  /** Puts a whole view in place (from a link, or the one a tour gives back), tour step included. */
  applyView: (view: ViewState) => void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  focusDepth: 0,
  path: null,
  sizeBy: 'none',
  viewport: null,
  tab: DEFAULT_VIEW.tab,
  setFocusDepth: (depth) => set((s) => ({ focusDepth: s.selection?.type === 'node' ? depth : 0 })),
  setPath: (path) => {
    set({ path });
    // Framed whatever was selected or looked at before: the path is what the user asked to see.
    const steps = path ? selectPath(get()) : null;
    if (steps && steps.length > 0)
      set({
        camera: { kind: 'frame', ids: steps.map((step) => step.edgeId), seq: nextSeq() },
      });
  },
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setViewport: (viewport) => set({ viewport }),
  setTab: (tab) => set({ tab }),
  applyView: (view) => {
    set({
      filters: view.filters,
      selection: view.selection,
      focusDepth: view.focusDepth,
      path: view.path,
      sizeBy: view.sizeBy,
      viewport: view.viewport,
      tab: view.tab,
    });
    const { tourStep, tour, origin } = get();
    if (view.step !== null && origin !== 'article' && !tour) {
      // A link into a tour while a graph without one is shown.
      get().notify(
        'info',
        `The link’s tour step ${view.step} was ignored: the map shown has no tour.`,
      );
    } else if (view.step === null) {
      if (tourStep !== null) set({ tourStep: null, viewBeforeTour: null, tourBlanked: false });
    } else {
      // Opened straight into a step from a link: leaving the tour goes to the full map.
      if (tourStep === null) set({ viewBeforeTour: DEFAULT_VIEW });
      if (tour) get().startTour(tour, view.step - 1);
      else set({ pendingTourStep: view.step - 1 });
    }
  },
});

/** The view part of the state, as a copied link carries it. */
export function viewOf(s: AppState): ViewState {
  const step = s.tourStep === null ? null : s.tourStep + 1;
  return {
    filters: s.filters,
    selection: s.selection,
    focusDepth: s.focusDepth,
    path: s.path,
    sizeBy: s.sizeBy,
    step,
    // In the tour the step frames the map: a link to it needs no camera of its own.
    viewport: step === null ? s.viewport : null,
    tab: s.tab,
  };
}
