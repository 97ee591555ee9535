import Graphology from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { Graph } from './schema';
import type { Visible } from './filters';

export type SizeBy = 'none' | 'degree' | 'betweenness';

/** An undirected simple graph of what is visible (parallel edges collapse into one link). */
function toGraphology(graph: Graph, visible: Visible): Graphology {
  const g = new Graphology({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of graph.nodes) if (visible.nodes.has(node.id)) g.addNode(node.id);
  for (const edge of graph.edges)
    if (visible.edges.has(edge.id) && g.hasNode(edge.source) && g.hasNode(edge.target))
      g.mergeEdge(edge.source, edge.target);
  return g;
}

/** A score per visible node, scaled to 0..1 (largest = 1), for sizing nodes. */
export function centrality(
  graph: Graph,
  visible: Visible,
  by: Exclude<SizeBy, 'none'>,
): Map<string, number> {
  const g = toGraphology(graph, visible);
  const raw: Record<string, number> =
    by === 'degree' ? Object.fromEntries(g.nodes().map((n) => [n, g.degree(n)])) : betweenness(g);
  const max = Math.max(0, ...Object.values(raw));
  return new Map(Object.entries(raw).map(([id, v]) => [id, max > 0 ? v / max : 0]));
}

/** One step of a path: the edge taken between two consecutive nodes. */
export interface PathStep {
  from: string;
  to: string;
  edgeId: string;
}

/**
 * The shortest path between two nodes over visible edges, ignoring direction;
 * null when there is none. Each step names a visible edge joining its two nodes.
 */
export function shortestPath(
  graph: Graph,
  visible: Visible,
  from: string,
  to: string,
): PathStep[] | null {
  const g = toGraphology(graph, visible);
  if (!g.hasNode(from) || !g.hasNode(to)) return null;
  if (from === to) return [];
  const nodes = bidirectional(g, from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const edge = graph.edges.find(
      (e) =>
        visible.edges.has(e.id) &&
        ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
    );
    if (!edge) return null;
    steps.push({ from: a, to: b, edgeId: edge.id });
  }
  return steps;
}
