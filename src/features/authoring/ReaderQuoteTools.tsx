import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { selectionPoints } from '../../domain/authoring/domSelection';
import { quotesOfSelection } from '../../domain/authoring/quotes';
import type { Evidence } from '../../domain/schema';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { QuoteActionButtons } from './QuoteActionButtons';
import './authoring.css';

interface Selected {
  quotes: Evidence[];
  /** Where the selection is on screen: the menu goes just below it, or above when there is no room. */
  at: { left: number; top: number; bottom: number };
}

const MENU_WIDTH = 300;

/**
 * Words selected in the article's reader on one's own map: a small menu beside them to make a node
 * of them, add them as evidence to what is selected, or start a relation. Each block the selection
 * touches gives one quote, cut from the text itself.
 */
export default function ReaderQuoteTools() {
  const t = useT();
  const article = useApp((s) => s.article);
  const [selected, setSelected] = useState<Selected | null>(null);

  useEffect(() => {
    const read = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return setSelected(null);
      const range = sel.getRangeAt(0);
      const common = range.commonAncestorContainer;
      const reader = (common instanceof Element ? common : common.parentElement)?.closest(
        '.rd-reader',
      );
      if (!reader) return setSelected(null);
      const points = selectionPoints(reader, range);
      if (!points) return setSelected(null);
      let quotes: Evidence[];
      try {
        quotes = quotesOfSelection(article, points.start, points.end);
      } catch {
        return setSelected(null);
      }
      if (quotes.length === 0) return setSelected(null);
      const rects = range.getClientRects();
      const box = range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? box;
      setSelected({
        quotes,
        at: {
          left: Math.max(8, Math.min(last.left, window.innerWidth - MENU_WIDTH - 8)),
          top: box.top,
          bottom: last.bottom,
        },
      });
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [article]);

  // Below the selection when the menu fits there, else above it: always inside the window.
  const menu = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el || !selected) return;
    const height = el.offsetHeight;
    const below = selected.at.bottom + 6;
    const top =
      below + height <= window.innerHeight - 8
        ? below
        : Math.max(8, Math.min(selected.at.top - 6 - height, window.innerHeight - height - 8));
    el.style.top = `${top}px`;
  }, [selected]);

  if (!selected) return null;
  const n = selected.quotes.length;
  return createPortal(
    <div
      className="au-quote-menu"
      role="toolbar"
      aria-label={t('authoring.quote.toolbar')}
      ref={menu}
      style={{ left: selected.at.left, top: selected.at.bottom + 6 }}
    >
      <span className="au-quote-count">{t('authoring.count.passages', { count: n })}</span>
      <QuoteActionButtons
        quotes={selected.quotes}
        keepSelection
        onDone={() => {
          document.getSelection()?.removeAllRanges();
          setSelected(null);
        }}
      />
    </div>,
    document.body,
  );
}
