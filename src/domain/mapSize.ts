import type { Graph } from './schema';

/**
 * Above this many elements (nodes and edges) a graph is drawn simplified (the map's large model:
 * src/graph/largeMap.ts) and loaded in slices; it has no bundled links.
 */
export const LARGE_ABOVE = 2500;

/** Whether a graph is drawn as a large one. */
export function isLarge(graph: Graph): boolean {
  return graph.nodes.length + graph.edges.length > LARGE_ABOVE;
}
