import type { EdgeStatus, Graph, NodeKind, Sphere } from './schema';
import { EDGE_STATUSES, NODE_KINDS, SPHERES } from './vocabulary';

/** What the user has switched on. An empty list hides everything of that dimension. */
export interface Filters {
  spheres: readonly Sphere[];
  kinds: readonly NodeKind[];
  statuses: readonly EdgeStatus[];
}

export const ALL_FILTERS: Filters = {
  spheres: SPHERES,
  kinds: NODE_KINDS,
  statuses: EDGE_STATUSES,
};

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The visibility rule, stated once and shown in the UI:
 * an edge is visible when one of its spheres is on, its status is on and both ends are of a kind that is on;
 * a node is visible when its kind is on and one of its spheres is on or it has a visible edge.
 */
export function visibleElements(graph: Graph, filters: Filters): Visible {
  const spheres = new Set(filters.spheres);
  const kinds = new Set(filters.kinds);
  const statuses = new Set(filters.statuses);
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const kindOn = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && kinds.has(kind);
  };

  const edges = new Set<string>();
  const withVisibleEdge = new Set<string>();
  for (const edge of graph.edges) {
    if (!edge.domains.some((d) => spheres.has(d))) continue;
    if (!statuses.has(edge.status)) continue;
    if (!kindOn(edge.source) || !kindOn(edge.target)) continue;
    edges.add(edge.id);
    withVisibleEdge.add(edge.source);
    withVisibleEdge.add(edge.target);
  }
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!kinds.has(node.kind)) continue;
    if (node.domains.some((d) => spheres.has(d)) || withVisibleEdge.has(node.id))
      nodes.add(node.id);
  }
  return { nodes, edges };
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
    adjacency.set(edge.source, [...(adjacency.get(edge.source) ?? []), edge.target]);
    adjacency.set(edge.target, [...(adjacency.get(edge.target) ?? []), edge.source]);
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
  return sphereIds.map((sphere) => ({
    sphere,
    nodes: graph.nodes.filter((n) => n.domains.includes(sphere)).length,
    edges: graph.edges.filter((e) => e.domains.includes(sphere)).length,
  }));
}

/** How many nodes of each kind the graph has (kinds it lacks are left out). */
export function kindCounts(graph: Graph): { kind: NodeKind; count: number }[] {
  return NODE_KINDS.map((kind) => ({
    kind,
    count: graph.nodes.filter((n) => n.kind === kind).length,
  })).filter((k) => k.count > 0);
}

/** How many edges of each status the graph has. */
export function statusCounts(graph: Graph): { status: EdgeStatus; count: number }[] {
  return EDGE_STATUSES.map((status) => ({
    status,
    count: graph.edges.filter((e) => e.status === status).length,
  }));
}
