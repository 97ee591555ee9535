import { selectDisplayed } from '../../../store/derived';
import type { AppState } from '../../../store/store';
import type { ViewToCapture } from '../../../domain/authoring/tourSteps';

/** How many of the passages the reader shows a step keeps when nothing is selected. */
const READER_PASSAGES = 4;

/** The nearest ancestor that scrolls, or null (the page itself). */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** The blocks of the text the reader shows on screen now, in order (none while it is closed). */
export function readerBlocksInView(): string[] {
  const blocks = [...document.querySelectorAll<HTMLElement>('.rd-reader [data-block]')];
  if (blocks.length === 0) return [];
  const box = scroller(blocks[0]!)?.getBoundingClientRect();
  const top = Math.max(box?.top ?? 0, 0);
  const bottom = Math.min(box?.bottom ?? window.innerHeight, window.innerHeight);
  const ids: string[] = [];
  for (const el of blocks) {
    const r = el.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= top || r.top >= bottom) continue;
    const id = el.dataset.block!;
    if (!ids.includes(id)) ids.push(id);
    if (ids.length >= READER_PASSAGES) break;
  }
  return ids;
}

/**
 * The view on screen, as a step is made of it; `nodesInView` says which nodes the map's view
 * shows (given by the app, which may reach the map; null while the map frames itself).
 */
export const viewToCapture = (
  s: AppState,
  nodesInView: (placed: boolean) => string[] | null,
): ViewToCapture => ({
  graph: s.graph,
  article: s.article,
  filters: s.filters,
  selection: s.selection,
  focusDepth: s.focusDepth,
  displayed: selectDisplayed(s),
  inView: nodesInView(s.viewport !== null),
  readerBlocks: readerBlocksInView(),
});
