import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../store/context';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);
const DIGIT_WAIT_MS = 700;

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Toggles full screen for the whole page; browsers only allow it from a key press or click. */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The keys clickers send for "blank screen" (PowerPoint's B and full stop). */
export const BLANK_KEYS = new Set(['b', 'B', '.']);

/** The audience screen blacked out, and how the keys bring it back. */
export interface Blanking {
  blanked: boolean;
  setBlanked: (blanked: boolean) => void;
}

/**
 * Presenter keys, as clicker remotes send them: → Space PageDown next, ← PageUp previous,
 * Home End, digits then a pause (or Enter) to jump, Esc to leave, F for full screen, B or . to
 * black out the screen. While it is black, any of these keys only brings the step back, so a
 * presenter never moves on unseen.
 */
export function usePresenterKeys(active: boolean, blanking?: Blanking): void {
  const store = useAppStore();
  const digits = useRef('');
  const timer = useRef<number | undefined>(undefined);

  // Listening from before the step is painted: a clicker pressed as soon as it shows is not lost
  // (the presenter's code may have just arrived, and a passive effect runs after the paint).
  useLayoutEffect(() => {
    if (!active) return;
    const jump = () => {
      window.clearTimeout(timer.current);
      const n = Number(digits.current);
      digits.current = '';
      if (n > 0) store.getState().goToStep(n - 1);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
      // A focused button answers Space and Enter itself: do not also step.
      if (
        (e.key === ' ' || e.key === 'Enter') &&
        e.target instanceof HTMLButtonElement &&
        !digits.current
      )
        return;
      const s = store.getState();
      if (blanking?.blanked) {
        if (BLANK_KEYS.has(e.key) || NEXT.has(e.key) || PREVIOUS.has(e.key) || e.key === 'Escape') {
          blanking.setBlanked(false);
          e.preventDefault();
        }
        return;
      }
      if (blanking && BLANK_KEYS.has(e.key)) blanking.setBlanked(true);
      else if (/^[0-9]$/.test(e.key)) {
        digits.current += e.key;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(jump, DIGIT_WAIT_MS);
      } else if (e.key === 'Enter' && digits.current) jump();
      else if (NEXT.has(e.key)) s.nextStep();
      else if (PREVIOUS.has(e.key)) s.previousStep();
      else if (e.key === 'Home') s.goToStep(0);
      else if (e.key === 'End') s.goToStep(Number.MAX_SAFE_INTEGER);
      else if (e.key === 'Escape') s.endTour();
      else if (e.key === 'f' || e.key === 'F') toggleFullScreen();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(timer.current);
      digits.current = '';
    };
  }, [active, store, blanking]);
}
