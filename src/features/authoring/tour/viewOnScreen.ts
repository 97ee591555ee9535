import { selectDisplayed } from '../../../store/derived';
import type { AppState } from '../../../store/store';
import type { ViewToCapture } from '../../../domain/authoring/tourSteps';

/** How many of the passages the reader shows a step keeps when nothing is selected. */
const READER_PASSAGES = 4;

/**
 * The nodes in the map's view (their middles inside it), or null while the map frames everything
 * it displays by itself. Read from the map's cytoscape instances (`window.cy` for the view,
 * `window.cyGraph` for every node's place), as the app exposes them.
 */
export function nodesInView(s: AppState): string[] | null {
  const cy = window.cy;
  const model = window.cyGraph ?? cy;
  if (!cy || !model || s.viewport === null || cy.width() === 0) return null;
  const { x1, y1, x2, y2 } = cy.extent();
  return model
    .nodes()
    .filter((n) => {
      if (n.hasClass('hidden')) return false;
      const p = n.position();
      return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
    })
    .map((n) => n.id());
}

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

/** The view on screen, as a step is made of it. */
export const viewToCapture = (s: AppState): ViewToCapture => ({
  graph: s.graph,
  article: s.article,
  filters: s.filters,
  selection: s.selection,
  focusDepth: s.focusDepth,
  displayed: selectDisplayed(s),
  inView: nodesInView(s),
  readerBlocks: readerBlocksInView(),
});
