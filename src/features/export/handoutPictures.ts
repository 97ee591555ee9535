import type { Tour } from '../../domain/tour';
import { formatNumber, t } from '../../i18n/core';
import type { AppStore, MapPicture } from '../../store/store';

/** Pictures are drawn at twice the view's CSS size: sharp on paper at a printer's resolution. */
export const PICTURE_SCALE = 2;
/** How long one step's picture may take before the handout goes on without pictures. */
export const PICTURE_LIMIT_MS = 15_000;

/** One step's picture, or why there is none. */
export type StepPicture = { picture: MapPicture } | { problem: string };

export interface PictureOptions {
  signal: AbortSignal;
  /** Called before each step is drawn, with its index (from 0). */
  onStep?: (index: number) => void;
  limitMs?: number;
}

/**
 * What the camera frames in a step (the tour slice's `stepFrame`, said again here: importing the
 * slice from this lazily loaded module splits it out of the entry into a chunk of its own).
 */
const framed = (step: Tour['steps'][number]) => step.frame ?? step.focus;

/** The map drew nothing in time: it is not on screen, or busy; the other steps would wait as long. */
class NoPicture extends Error {}

/** Asks the map for a picture of what it shows now; rejects after `limitMs` or on abort. */
function askPicture(
  store: AppStore,
  frame: readonly string[],
  signal: AbortSignal,
  limitMs: number,
): Promise<MapPicture> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (done) return;
      finish();
      reject(
        signal.reason instanceof Error
          ? signal.reason
          : new DOMException('Cancelled', 'AbortError'),
      );
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(
        new NoPicture(
          t('export.handout.noPicture.late', { seconds: formatNumber(limitMs / 1000) }),
        ),
      );
    }, limitMs);
    signal.addEventListener('abort', onAbort);
    store.getState().requestExport({
      format: 'picture',
      scale: PICTURE_SCALE,
      frame,
      deliver: (result) => {
        if (done) return;
        finish();
        if (result instanceof Error) reject(result);
        else resolve(result);
      },
    });
  });
}

/**
 * Walks the tour on the map, step by step (its filters, selection and framing, as presented), and
 * has the map draw each step; then gives back the view the user had: the step being presented, or
 * the view before the tour. A step the map fails to draw gets its reason; a map that draws nothing
 * in time ends the walk (the remaining steps get the reason), so it never hangs. Rejects with an
 * AbortError when cancelled, after giving the view back.
 */
export async function stepPictures(
  store: AppStore,
  tour: Tour,
  { signal, onStep, limitMs = PICTURE_LIMIT_MS }: PictureOptions,
): Promise<StepPicture[]> {
  const presenting = store.getState().tourStep;
  const results: StepPicture[] = [];
  try {
    for (let i = 0; i < tour.steps.length; i++) {
      signal.throwIfAborted();
      onStep?.(i);
      const s = store.getState();
      if (s.tourStep === null) s.startTour(tour, i);
      else s.goToStep(i);
      try {
        results.push({
          picture: await askPicture(store, framed(tour.steps[i]!), signal, limitMs),
        });
      } catch (error) {
        signal.throwIfAborted();
        const reason = error instanceof Error ? error.message : String(error);
        const problem = t('export.handout.noPicture', {
          reason: `${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/[.。]$/, '')}`,
        });
        results.push({ problem });
        if (error instanceof NoPicture) {
          while (results.length < tour.steps.length) results.push({ problem });
          break;
        }
      }
    }
    return results;
  } finally {
    const s = store.getState();
    if (presenting === null) {
      if (s.tourStep !== null) s.endTour();
    } else s.goToStep(presenting);
  }
}
