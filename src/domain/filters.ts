import type { Attribution, EdgeStatus, Graph, NodeKind, Sphere } from './schema';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS, SPHERES } from './vocabulary';

/** What the user has switched on. An empty list hides everything of that dimension. */
export interface Filters {
  spheres: readonly Sphere[];
  kinds: readonly NodeKind[];
  statuses: readonly EdgeStatus[];
  /** Whose claims are shown; a relation that does not say (an import) is not filtered by it. */
  attributions: readonly Attribution[];
}

export const ALL_FILTERS: Filters = {
  spheres: SPHERES,
  kinds: NODE_KINDS,
  statuses: EDGE_STATUSES,
  attributions: ATTRIBUTIONS,
};

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The visibility rule, stated once and shown in the UI:
 * an edge is visible when one of its spheres is on, its status and whose claim it is are on (a relation
 * that does not say whose is not held back by that) and both ends are of a kind that is on;
 * a node is visible when its kind is on and one of its spheres is on or it has a visible edge.
 */
export function visibleElements(graph: Graph, filters: Filters): Visible {
  const spheres = new Set(filters.spheres);
  const kinds = new Set(filters.kinds);
  const statuses = new Set(filters.statuses);
  const attributions = new Set(filters.attributions);
  // Per node id: whether its kind is on (the last node of a repeated id decides, as a Map built from
  // the list would) and whether a visible edge touches it. One map, one pass each over nodes and
  // edges, no closures per element: on a 5,000-node, 20,000-edge graph this runs in the task that
  // puts the graph on the map.
  const ends = new Map<string, { on: boolean; linked: boolean }>();
  for (const node of graph.nodes) {
    const end = ends.get(node.id);
    if (end) end.on = kinds.has(node.kind);
    else ends.set(node.id, { on: kinds.has(node.kind), linked: false });
  }

  const edges = new Set<string>();
  for (const edge of graph.edges) {
    if (!anyOn(edge.domains, spheres)) continue;
    if (!statuses.has(edge.status)) continue;
    if (edge.attribution !== undefined && !attributions.has(edge.attribution)) continue;
    const source = ends.get(edge.source);
    const target = ends.get(edge.target);
    if (!source?.on || !target?.on) continue;
    edges.add(edge.id);
    source.linked = true;
    target.linked = true;
  }
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!kinds.has(node.kind)) continue;
    if (anyOn(node.domains, spheres) || ends.get(node.id)!.linked) nodes.add(node.id);
  }
  return { nodes, edges };
}

function anyOn(domains: readonly string[], on: ReadonlySet<string>): boolean {
  for (let i = 0; i < domains.length; i++) if (on.has(domains[i]!)) return true;
  return false;
}

/** Restricts a visible set to the nodes within `depth` visible steps of `center`, and the edges among them. */
export function neighbourhood(
  graph: Graph,
  visible: Visible,
  center: string,
  depth: number,
): Visible {
  if (!visible.nodes.has(center)) return { nodes: new Set(), edges: new Set() };
  const adjacency = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    // Appended in place: copying the list per edge made a hub of k edges cost k² steps.
    const fromSource = adjacency.get(edge.source);
    if (fromSource) fromSource.push(edge.target);
    else adjacency.set(edge.source, [edge.target]);
    const fromTarget = adjacency.get(edge.target);
    if (fromTarget) fromTarget.push(edge.source);
    else adjacency.set(edge.target, [edge.source]);
  }
  const nodes = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacency.get(id) ?? [])
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
    frontier = next;
  }
  const edges = new Set(
    graph.edges
      .filter((e) => visible.edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target))
      .map((e) => e.id),
  );
  return { nodes, edges };
}

export interface SphereCount {
  sphere: Sphere;
  nodes: number;
  edges: number;
}

/** Everything on, for a dataset with these spheres. */
export function allFilters(sphereIds: readonly Sphere[]): Filters {
  return { ...ALL_FILTERS, spheres: sphereIds };
}

/** How many nodes and edges carry each sphere, whatever the filters: the number next to each toggle. */
export function sphereCounts(graph: Graph, sphereIds: readonly Sphere[] = SPHERES): SphereCount[] {
  // One pass over the graph whatever the number of spheres (an import may have dozens); an element
  // that lists a sphere twice counts once, as `includes` counted it.
  const slot = new Map<Sphere, number>();
  for (const sphere of sphereIds) if (!slot.has(sphere)) slot.set(sphere, slot.size);
  const tally = (elements: readonly { domains: readonly Sphere[] }[]) => {
    const counts = new Array<number>(slot.size).fill(0);
    for (const { domains } of elements)
      for (let i = 0; i < domains.length; i++) {
        const at = slot.get(domains[i]!);
        if (at !== undefined && (i === 0 || domains.indexOf(domains[i]!) === i)) counts[at]!++;
      }
    return counts;
  };
  const nodes = tally(graph.nodes);
  const edges = tally(graph.edges);
  return sphereIds.map((sphere) => {
    const at = slot.get(sphere)!;
    return { sphere, nodes: nodes[at]!, edges: edges[at]! };
  });
}

/** How many nodes of each kind the graph has (kinds it lacks are left out). */
export function kindCounts(graph: Graph): { kind: NodeKind; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return NODE_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 })).filter(
    (k) => k.count > 0,
  );
}

/** How many edges of each status the graph has. */
export function statusCounts(graph: Graph): { status: EdgeStatus; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of graph.edges) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  return EDGE_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** How many edges carry each attribution (whose claim), attributions with none included. */
export function attributionCounts(graph: Graph): { attribution: Attribution; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of graph.edges)
    if (e.attribution !== undefined)
      counts.set(e.attribution, (counts.get(e.attribution) ?? 0) + 1);
  return ATTRIBUTIONS.map((attribution) => ({ attribution, count: counts.get(attribution) ?? 0 }));
}

/** Whether two lists of filter values hold the same values, whatever their order. */
export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
