import { t } from '../i18n/core';
import { ARTICLE_SPHERES, STATUS_HELP, words } from './palette';
import type { Article, EdgeStatus, SphereDef } from './schema';
import { EDGE_STATUSES } from './vocabulary';

/**
 * The words the interface uses for a dataset's categories and statuses: the article's own
 * ("Cooperation spheres", "the text states it as fact") for the article and any graph filtered by
 * its four spheres, neutral ones for an imported graph with other categories or without a text.
 * The words are read in the interface's language of the moment they are read.
 */
export interface Wording {
  /** The categories' filter heading: "Cooperation spheres", or "Categories". */
  readonly categories: string;
  /** What the categories are: the article's spheres, or a graph's categories of its own. */
  category: 'sphere' | 'category';
  /** What each status says about a relation. */
  statusHelp: Readonly<Record<EdgeStatus, string>>;
  /** Whether passages of a text back the map: a graph without one has nothing to read. */
  hasText: boolean;
}

/** Status help without a text to refer to. */
const NEUTRAL_STATUS_HELP = words(
  EDGE_STATUSES,
  (status) => `graph.statusHelpNeutral.${status}` as const,
);

const ARTICLE_IDS = ARTICLE_SPHERES.map((s) => s.id).join('\u0000');

/** Whether a dataset filters by the article's four cooperation spheres (the article, or a graph made for it). */
export const bySpheres = (spheres: readonly SphereDef[]) =>
  spheres.map((s) => s.id).join('\u0000') === ARTICLE_IDS;

/** The wording for a dataset, from its text and its categories. */
export function wordingOf(article: Article, spheres: readonly SphereDef[]): Wording {
  const category = bySpheres(spheres) ? 'sphere' : 'category';
  const hasText = article.blocks.length > 0;
  return {
    get categories() {
      return t(`filters.categories.${category}`);
    },
    category,
    statusHelp: hasText ? STATUS_HELP : NEUTRAL_STATUS_HELP,
    hasText,
  };
}
