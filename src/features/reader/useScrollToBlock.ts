import { useEffect, type RefObject } from 'react';

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Brings a block of the reader into view whenever `key` (the selection) changes. Keyed on the selection
 * rather than the block, so changing filters never scrolls the text out from under the reader.
 */
export function useScrollToBlock(
  root: RefObject<HTMLElement | null>,
  blockId: string | undefined,
  key: unknown,
) {
  useEffect(() => {
    if (!blockId || !root.current) return;
    // Compared as data, not put into a selector: ids from an imported file need no escaping this way.
    const target = Array.from(root.current.querySelectorAll<HTMLElement>('[data-block]')).find(
      (el) => el.dataset.block === blockId,
    );
    // jsdom has no scrollIntoView.
    target?.scrollIntoView?.({
      block: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [root, blockId, key]);
}
