import type { Graph } from './schema';
import type { Visible } from './filters';

// Breadth-first search and Brandes' betweenness on an unweighted graph are a few dozen lines;
// graphology would add about 20 kB gzip to the first view for the same.

export type SizeBy = 'none' | 'degree' | 'betweenness';

/** Visible neighbours of each visible node, ignoring direction; parallel edges count once. */
function adjacency(graph: Graph, visible: Visible): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const node of graph.nodes) if (visible.nodes.has(node.id)) sets.set(node.id, new Set());
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id) || edge.source === edge.target) continue;
    const a = sets.get(edge.source);
    const b = sets.get(edge.target);
    if (!a || !b) continue;
    a.add(edge.target);
    b.add(edge.source);
  }
  return new Map([...sets].map(([id, set]) => [id, [...set]]));
}

/** Brandes' algorithm: for every node, how many shortest paths between other nodes pass through it. */
function betweenness(adj: Map<string, string[]>): Map<string, number> {
  const score = new Map([...adj.keys()].map((id) => [id, 0]));
  for (const source of adj.keys()) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[source, 1]]);
    const dist = new Map<string, number>([[source, 0]]);
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          preds.set(w, [...(preds.get(w) ?? []), v]);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds.get(w) ?? [])
        delta.set(
          v,
          (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0)),
        );
      if (w !== source) score.set(w, score.get(w)! + (delta.get(w) ?? 0));
    }
  }
  return score;
}

/** A score per visible node, scaled to 0..1 (largest = 1), for sizing nodes. */
export function centrality(
  graph: Graph,
  visible: Visible,
  by: Exclude<SizeBy, 'none'>,
): Map<string, number> {
  const adj = adjacency(graph, visible);
  const raw =
    by === 'degree' ? new Map([...adj].map(([id, n]) => [id, n.length])) : betweenness(adj);
  const max = Math.max(0, ...raw.values());
  return new Map([...raw].map(([id, v]) => [id, max > 0 ? v / max : 0]));
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
  const adj = adjacency(graph, visible);
  if (!adj.has(from) || !adj.has(to)) return null;
  if (from === to) return [];
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !previous.has(to); head++)
    for (const next of adj.get(queue[head]!)!)
      if (!previous.has(next)) {
        previous.set(next, queue[head]!);
        queue.push(next);
      }
  if (!previous.has(to)) return null;
  const nodes = [to];
  while (nodes[0] !== from) nodes.unshift(previous.get(nodes[0]!)!);
  return nodes.slice(1).map((b, i) => {
    const a = nodes[i]!;
    const edge = graph.edges.find(
      (e) =>
        visible.edges.has(e.id) &&
        ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
    )!;
    return { from: a, to: b, edgeId: edge.id };
  });
}
