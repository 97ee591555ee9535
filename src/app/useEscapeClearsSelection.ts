import { useEffect } from 'react';
import { useAppStore } from '../store/context';

/** A key press meant for a field: Escape there closes its popup or clears its text. */
function inField(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    (target.closest('input, textarea, select') !== null ||
      (target instanceof HTMLElement && target.isContentEditable))
  );
}

/**
 * Escape anywhere on the page clears the selection, unless something nearer took it first (a menu
 * or dialog closing, a field's popup) or the tour is on, where Escape leaves the tour.
 */
export function useEscapeClearsSelection(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || inField(e.target)) return;
      const { selection, tourStep, selectElement } = store.getState();
      if (tourStep !== null || selection === null) return;
      selectElement(null);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
