import { t } from '../i18n/core';
import { emptyArticle } from '../domain/importDataset';
import { PAGE_BLOCK_ID, pageView } from '../domain/offlinePage';
import { readPageMap } from '../domain/pageMap';
import { ARTICLE_SPHERES } from '../domain/palette';
import type { Tour } from '../domain/tour';
import type { ImportedDataset } from '../domain/importDataset';

// The offline page's map (the single-file build, see build/pageMode.ts): read from the page's own
// JSON block (src/domain/pageMap.ts), not bundled. src/app/dataset.page.ts gives it to the app where the app has the
// article's map: the map the page opens on, and the one "Back to …" returns to after an import.

export interface PageMap {
  dataset: Omit<ImportedDataset, 'tour'>;
  tour: Tour | null;
  view: string;
  /** Why the page shows no map, in the interface's language when asked. */
  problem: (() => string) | null;
}

/** The map of the page's JSON block as the document has it now (read once, on import, below). */
export function pageMapOfDocument(): PageMap {
  const block = document.getElementById(PAGE_BLOCK_ID);
  const empty = (problem: () => string): PageMap => ({
    dataset: {
      article: emptyArticle(t('maps.page.noMap')),
      graph: { nodes: [], edges: [] },
      positions: {},
      spheres: ARTICLE_SPHERES,
    },
    tour: null,
    view: '',
    problem,
  });
  if (!(block instanceof HTMLScriptElement) || block.type !== 'application/json')
    return empty(() => t('maps.page.missing', { id: PAGE_BLOCK_ID }));
  try {
    const { tour, ...dataset } = readPageMap(block.text);
    return {
      dataset,
      tour: tour ?? null,
      view: pageView(block.dataset.view),
      problem: null,
    };
  } catch {
    // Read again when said, so that the reason too is in the language shown by then (once).
    const reason = () => {
      try {
        readPageMap(block.text);
        return '';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    return empty(() => t('maps.page.unreadable', { reason: reason() }));
  }
}

const page = pageMapOfDocument();

/** The page's map, as the store starts with it. */
export const pageDataset = page.dataset;
/** The page's tour, when its map has one. */
export const pageTour: Tour | null = page.tour;
/** The view the page opens on when its address names none (a fragment without `#`). */
export const pageOpenView: string = page.view;
/**
 * Why the page shows no map, when its block could not be read: said in the language the page is
 * shown in, once its words have come.
 */
export const pageProblem: (() => string) | null = page.problem;
