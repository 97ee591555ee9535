import { ARTICLE_SPHERES, STATUS_HELP } from './palette';
import type { Article, EdgeStatus, SphereDef } from './schema';

/**
 * The words the interface uses for a dataset's categories and statuses: the article's own
 * ("Cooperation spheres", "the text states it as fact") for the article and any graph filtered by
 * its four spheres, neutral ones for an imported graph with other categories or without a text.
 */
export interface Wording {
  /** The categories' filter heading: "Cooperation spheres", or "Categories". */
  categories: string;
  /** One of them in a sentence: "sphere", or "category". */
  category: string;
  /** Several of them in a sentence: "spheres", or "categories". */
  categoryPlural: string;
  /** What each status says about a relation. */
  statusHelp: Readonly<Record<EdgeStatus, string>>;
  /** Whether passages of a text back the map: a graph without one has nothing to read. */
  hasText: boolean;
}

/** Status help without a text to refer to. */
const NEUTRAL_STATUS_HELP: Record<EdgeStatus, string> = {
  established: 'stated as fact',
  proposed: 'a proposal, prospect, recommendation or plan',
  risk: 'a challenge, concern or danger',
  contested: 'parties at odds over it',
};

const ARTICLE_IDS = ARTICLE_SPHERES.map((s) => s.id).join('\u0000');

/** Whether a dataset filters by the article's four cooperation spheres (the article, or a graph made for it). */
export const bySpheres = (spheres: readonly SphereDef[]) =>
  spheres.map((s) => s.id).join('\u0000') === ARTICLE_IDS;

/** The wording for a dataset, from its text and its categories. */
export function wordingOf(article: Article, spheres: readonly SphereDef[]): Wording {
  const cooperation = bySpheres(spheres);
  const hasText = article.blocks.length > 0;
  return {
    categories: cooperation ? 'Cooperation spheres' : 'Categories',
    category: cooperation ? 'sphere' : 'category',
    categoryPlural: cooperation ? 'spheres' : 'categories',
    statusHelp: hasText ? STATUS_HELP : NEUTRAL_STATUS_HELP,
    hasText,
  };
}
