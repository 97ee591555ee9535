import articleJson from '../../data/article.json';
import graphJson from '../../data/graph.json';
import positionsJson from '../../data/positions.json';
import type { Article, Graph, Positions } from '../domain/schema';
import type { DatasetSlice } from '../store/store';
import { ARTICLE_SPHERES } from '../domain/palette';

// The built-in dataset is checked against the schema by `npm run validate` and the unit tests,
// so the app does not pay for parsing it again at start-up.
export const builtInDataset: DatasetSlice = {
  article: articleJson as unknown as Article,
  graph: graphJson as unknown as Graph,
  positions: positionsJson as unknown as Positions,
  spheres: ARTICLE_SPHERES,
};

/** The offline page's tour and view (src/app/dataset.page.ts); the app has neither. */
export const pageOpenView = '';
export const pageProblem: (() => string) | null = null;
