import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLanguage, useT } from '../i18n/react';

/** Whether the header's controls stand in more than one row. */
function wraps(header: HTMLElement): boolean {
  const boxes = [...header.children]
    .map((child) => child.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  // A second row starts below where the first row's shortest control ends.
  const firstRowEnds = Math.min(...boxes.map((box) => box.bottom));
  return boxes.some((box) => box.top >= firstRowEnds - 1);
}

/**
 * Whether the header is too crowded for its controls to stand in its row at this width: longer
 * words, as Russian and Kazakh have, or an import's two more buttons. It gives up room in steps,
 * each marked on the header for the stylesheet: first `data-compact` (the article's title, the
 * panel toggles' words and the words a label can do without leave the row, as between 1561 and
 * 2000 px), then, where the screen is wide enough for the actions to stand in the row,
 * `data-crowded` (they go behind "Menu", as on a narrow screen). The marks go when the header is
 * wider than where they came, or when the language changes.
 */
function useCrowdedHeader(root: RefObject<HTMLElement | null>) {
  const language = useLanguage();
  useLayoutEffect(() => {
    const header = root.current?.closest('header');
    const toggle = root.current?.querySelector<HTMLElement>('.header-menu-toggle');
    if (!header || !toggle) return;
    let markedAt = 0;
    const unmark = () => {
      delete header.dataset.compact;
      delete header.dataset.crowded;
    };
    const check = () => {
      if (markedAt > 0) {
        if (header.clientWidth <= markedAt) return;
        markedAt = 0;
        unmark();
      }
      if (!wraps(header)) return;
      markedAt = header.clientWidth;
      header.dataset.compact = 'true';
      // Measured again with the words gone; the actions go behind Menu only if it still wraps.
      if (wraps(header) && getComputedStyle(toggle).display === 'none')
        header.dataset.crowded = 'true';
    };
    check();
    // Where there is no layout (a test's DOM) there is nothing to measure.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(header);
    return () => {
      observer.disconnect();
      unmark();
    };
  }, [root, language]);
}

/**
 * The header's map actions: in the header's row on a wide screen; on a narrow one, or where they
 * would not fit the row, behind a "Menu" button (a disclosure), so the header stays one or two rows
 * high and the map keeps its room.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useCrowdedHeader(root);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    // Escape from inside the menu closes it, and goes no further (it is not the map's Escape).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    const element = root.current;
    document.addEventListener('pointerdown', onPointer);
    element?.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="header-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t('app.menu')}
      </button>
      <div id={id} className="header-actions" data-open={open}>
        {children}
      </div>
    </div>
  );
}
