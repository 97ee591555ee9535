import { ALL_FILTERS } from '../domain/filters';
import type { Tour } from '../domain/tour';
import type { ViewState } from '../domain/urlState';

/** The guided tour: which step is presented, and the view to give back when the tour ends. */
export interface TourSlice {
  tour: Tour | null;
  /** Index of the step presented (from 0); null when not presenting. */
  tourStep: number | null;
  /** A step asked for before the tour data is loaded (from the toolbar or a link); the tour loader answers it. */
  pendingTourStep: number | null;
  /** What the user had before the tour began; restored when it ends. */
  viewBeforeTour: ViewState | null;
  requestTour: (index?: number) => void;
  startTour: (tour: Tour, index?: number) => void;
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
}

/** The view a tour step shows: its spheres, everything else open, nothing selected. */
export function stepView(tour: Tour, index: number): Omit<ViewState, 'step'> {
  const step = tour.steps[index]!;
  return {
    filters: { ...ALL_FILTERS, spheres: step.spheres },
    selection: null,
    focusDepth: 0,
    path: null,
    sizeBy: 'none',
  };
}

/** Keeps an index inside the tour. */
export const clampStep = (tour: Tour, index: number) =>
  Math.min(Math.max(0, index), tour.steps.length - 1);
