import { isLarge } from './mapSize';
import type { Graph, GraphEdge } from './schema';

/**
 * More relations than this between the same two nodes (either way) are drawn as one bundled link:
 * 17 curves between China and Kazakhstan made a ring that dominated the map, and 4 already crowd a
 * short link, where 3 still fan out legibly.
 */
export const BUNDLE_ABOVE = 3;

/** A pair of nodes with more than BUNDLE_ABOVE relations between them. */
export interface ParallelBundle {
  /** An id of its own, unused by the graph's nodes and edges. */
  id: string;
  /** The ends as the pair's first relation names them. */
  source: string;
  target: string;
  /** Its relations' ids, in the graph's order. */
  edges: readonly string[];
}

/** The pairs of nodes the map draws as one bundled link, in the order of their first relation. */
export function parallelBundles(graph: Graph, above = BUNDLE_ABOVE): ParallelBundle[] {
  const pairs = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const [a, b] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    if (pair) pair.push(edge);
    else pairs.set(key, [edge]);
  }
  const taken = new Set<string>([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
  const bundles: ParallelBundle[] = [];
  for (const edges of pairs.values()) {
    if (edges.length <= above) continue;
    const { source, target } = edges[0]!;
    let id = `bundle:${source}|${target}`;
    while (taken.has(id)) id += "'";
    taken.add(id);
    bundles.push({ id, source, target, edges: edges.map((e) => e.id) });
  }
  return bundles;
}

/** The bundles the map draws: none on a large graph, whose edges are drawn straight and plain. */
export function drawnBundles(graph: Graph): ParallelBundle[] {
  return isLarge(graph) ? [] : parallelBundles(graph);
}

/** What a bundle shows of its relations: how many are displayed, and their spheres. */
export interface BundleSummary {
  count: number;
  /** The displayed relations' spheres, in the order of `sphereOrder`. */
  spheres: string[];
}

/** A bundle's summary over the displayed relations: the filters count only what is shown. */
export function bundleSummary(
  bundle: ParallelBundle,
  edgeSpheres: ReadonlyMap<string, readonly string[]>,
  displayed: ReadonlySet<string>,
  sphereOrder: readonly string[],
): BundleSummary {
  const spheres = new Set<string>();
  let count = 0;
  for (const id of bundle.edges) {
    if (!displayed.has(id)) continue;
    count++;
    for (const sphere of edgeSpheres.get(id) ?? []) spheres.add(sphere);
  }
  const rank = (s: string) => {
    const i = sphereOrder.indexOf(s);
    return i < 0 ? sphereOrder.length : i;
  };
  return { count, spheres: [...spheres].sort((a, b) => rank(a) - rank(b)) };
}

/**
 * Whether a bundle is drawn as one link rather than as its relations: when more than `above` of
 * them are displayed, none of them is asked for (selected, on the path, in the tour's focus), and
 * the map is not zoomed in enough to tell them apart.
 */
export function bundleCollapsed(
  summary: BundleSummary,
  revealed: boolean,
  zoomedIn: boolean,
  above = BUNDLE_ABOVE,
): boolean {
  return summary.count > above && !revealed && !zoomedIn;
}
