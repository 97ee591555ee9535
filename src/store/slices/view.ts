import type { SizeBy } from '../../domain/metrics';
import { DEFAULT_VIEW, type ViewState } from '../../domain/urlState';
import type { AppState, SliceCreator } from '../store';

/** How the map is looked at beyond its filters: focus, path and node sizes (a copied link keeps them). */
export interface ViewSlice {
  focusDepth: 0 | 1 | 2;
  path: [string, string] | null;
  sizeBy: SizeBy;
  setFocusDepth: (depth: 0 | 1 | 2) => void;
  setPath: (path: [string, string] | null) => void;
  setSizeBy: (by: SizeBy) => void;
  /** Puts a whole view in place (from a link, or the one a tour gives back), tour step included. */
  applyView: (view: ViewState) => void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  focusDepth: 0,
  path: null,
  sizeBy: 'none',
  setFocusDepth: (depth) => set((s) => ({ focusDepth: s.selection?.type === 'node' ? depth : 0 })),
  setPath: (path) => set({ path }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
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
        'info',
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
});

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
