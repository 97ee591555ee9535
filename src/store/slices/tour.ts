import { ALL_FILTERS } from '../../domain/filters';
import type { Tour, TourStep } from '../../domain/tour';
import type { ViewState } from '../../domain/urlState';
import type { SliceCreator } from '../store';
import { nextSeq } from './intents';
import { viewOf } from './view';

/** The guided tour: which step is presented, and the view to give back when the tour ends. */
export interface TourSlice {
  tour: Tour | null;
  /** Index of the step presented (from 0); null when not presenting. */
  tourStep: number | null;
  /** A step asked for before the tour data is loaded (from the toolbar or a link); the tour loader answers it. */
  pendingTourStep: number | null;
  /** What the user had before the tour began; restored when it ends. */
  viewBeforeTour: ViewState | null;
  /**
   * The audience's screen blacked out (the clicker's B or .), from this window or the presenter
   * view; the tour's step stays as it was.
   */
  tourBlanked: boolean;
  setTourBlanked: (blanked: boolean) => void;
  requestTour: (index?: number) => void;
  startTour: (tour: Tour, index?: number) => void;
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
}

/**
 * The view a tour step shows: its spheres, and the other filters, selection and focus depth it
 * keeps (an authored step); a step that keeps none has everything else open and nothing selected.
 * Its camera frames `stepFrame`.
 */
export function stepView(tour: Tour, index: number): Omit<ViewState, 'step' | 'viewport' | 'tab'> {
  const step = tour.steps[index]!;
  const selection = step.selection ?? null;
  return {
    filters: {
      spheres: step.spheres,
      kinds: step.kinds ?? ALL_FILTERS.kinds,
      statuses: step.statuses ?? ALL_FILTERS.statuses,
      attributions: step.attributions ?? ALL_FILTERS.attributions,
    },
    selection,
    focusDepth: selection?.type === 'node' ? (step.focusDepth ?? 0) : 0,
    path: null,
    sizeBy: 'none',
  };
}

/** What the camera frames in a step: what was in view when it was made, else its focus. */
export const stepFrame = (step: TourStep): readonly string[] => step.frame ?? step.focus;

/** Keeps an index inside the tour. */
export const clampStep = (tour: Tour, index: number) =>
  Math.min(Math.max(0, index), tour.steps.length - 1);

export const createTourSlice: SliceCreator<TourSlice> = (set, get) => ({
  tour: null,
  tourStep: null,
  pendingTourStep: null,
  viewBeforeTour: null,
  tourBlanked: false,
  setTourBlanked: (blanked) => {
    if (get().tourBlanked !== blanked) set({ tourBlanked: blanked });
  },
  requestTour: (index = 0) => {
    const { tour, origin } = get();
    // The article's tour is loaded on first use; any other map presents only a tour of its own.
    if (tour) get().startTour(tour, index);
    else if (origin !== 'article') return;
    else set({ pendingTourStep: index });
  },
  startTour: (tour, index = 0) => {
    const s = get();
    // A tour belongs to its map: the article's, or the one an opened map file brought.
    if (s.origin !== 'article' && tour !== s.tour) {
      if (s.pendingTourStep !== null) set({ pendingTourStep: null });
      return;
    }
    if (s.tourStep === null && s.viewBeforeTour === null)
      set({ viewBeforeTour: viewOf(s), tourBlanked: false });
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
      camera: { kind: 'frame', ids: stepFrame(tour.steps[at]!), seq: nextSeq() },
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
    set({ tourStep: null, pendingTourStep: null, viewBeforeTour: null, tourBlanked: false });
    if (viewBeforeTour) get().applyView({ ...viewBeforeTour, step: null });
    // The camera goes back where it was (the map applies the view's viewport), or frames the map.
    if (!viewBeforeTour?.viewport) set({ camera: { kind: 'fit', seq: nextSeq() } });
  },
});
