import { attributionCounts, neighbourhood, visibleElements, type Visible } from '../domain/filters';
import { elementsByBlock } from '../domain/evidence';
import { centrality, shortestPath, type PathStep } from '../domain/metrics';
import { memoizeLast } from '../domain/memo';
import { wordingOf } from '../domain/wording';
import type { AppState } from './store';

// Derived data is computed from the store by pure domain functions and memoized here, never stored.

const filtered = memoizeLast(visibleElements);
const focused = memoizeLast(neighbourhood);

/** What the map shows: the filters' result, narrowed to the focus neighbourhood when one is on. */
export function selectDisplayed(s: AppState): Visible {
  const visible = filtered(s.graph, s.filters);
  if (s.focusDepth > 0 && s.selection?.type === 'node')
    return focused(s.graph, visible, s.selection.id, s.focusDepth);
  return visible;
}

const pathOf = memoizeLast(
  (graph: AppState['graph'], visible: Visible, path: AppState['path']): PathStep[] | null =>
    path ? shortestPath(graph, visible, path[0], path[1]) : null,
);

/** The shortest path between the chosen ends over what is displayed; null when none is asked or none exists. */
export function selectPath(s: AppState): PathStep[] | null {
  return pathOf(s.graph, selectDisplayed(s), s.path);
}

const sizes = memoizeLast(centrality);
const noSizes = new Map<string, number>();

/** Node size scores (0..1) for the chosen measure over what is displayed. */
export function selectSizes(s: AppState): Map<string, number> {
  return s.sizeBy === 'none' ? noSizes : sizes(s.graph, selectDisplayed(s), s.sizeBy);
}

const byBlock = memoizeLast(elementsByBlock);

/** For each article block, the elements whose evidence lies in it. */
export function selectElementsByBlock(s: AppState) {
  return byBlock(s.graph);
}

const claimCounts = memoizeLast(attributionCounts);

/** How many relations carry each attribution (whose claim), whatever the filters. */
export function selectAttributionCounts(s: AppState) {
  return claimCounts(s.graph);
}

/** Whether the relations say whose claims they are (a map of a text does; an import seldom). */
export function selectAttributed(s: AppState): boolean {
  return claimCounts(s.graph).some((row) => row.count > 0);
}

const wording = memoizeLast(wordingOf);

/** The words for the dataset's categories and statuses: the article's, or neutral ones for an import. */
export function selectWording(s: AppState) {
  return wording(s.article, s.spheres);
}
