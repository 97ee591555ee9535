import type { ElementRef } from './evidence';
import type { Visible } from './filters';
import type { Graph, GraphEdge, Sphere } from './schema';

/** Node labels by id, for naming the ends of edges. */
export function labelsById(graph: Graph): Map<string, string> {
  return new Map(graph.nodes.map((n) => [n.id, n.label]));
}

/** An edge read as a sentence in its own direction, e.g. "Beta exports oil to Alpha". */
export function relationSentence(edge: GraphEdge, labels: ReadonlyMap<string, string>): string {
  // An end missing from the graph (a broken import) is named by its id rather than dropped.
  const source = labels.get(edge.source) ?? edge.source;
  const target = labels.get(edge.target) ?? edge.target;
  return `${source} ${edge.relation} ${target}`;
}

export interface SphereRelations {
  sphere: Sphere;
  edges: GraphEdge[];
}

export interface NodeRelations {
  /** One group per active sphere that a displayed relation carries, in sphere order. */
  groups: SphereRelations[];
  /** Relations of the node that are not displayed. */
  hidden: number;
}

/**
 * A node's displayed relations grouped by sphere: an edge appears under each of its spheres that is
 * switched on (a sphere that is off would name a group the map no longer shows), sorted by sentence.
 */
export function relationsOf(
  graph: Graph,
  nodeId: string,
  displayedEdges: ReadonlySet<string>,
  activeSpheres: readonly Sphere[],
  labels: ReadonlyMap<string, string>,
): NodeRelations {
  const incident = graph.edges.filter((e) => e.source === nodeId || e.target === nodeId);
  const shown = incident
    .filter((e) => displayedEdges.has(e.id))
    .map((edge) => ({ edge, sentence: relationSentence(edge, labels) }))
    .sort((a, b) => a.sentence.localeCompare(b.sentence));
  // activeSpheres is in the dataset's order (the store keeps it so).
  const groups = activeSpheres
    .map((sphere) => ({
      sphere,
      edges: shown.filter((r) => r.edge.domains.includes(sphere)).map((r) => r.edge),
    }))
    .filter((g) => g.edges.length > 0);
  return { groups, hidden: incident.length - shown.length };
}

export interface SplitElements {
  shown: ElementRef[];
  hidden: number;
}

/** Splits element references into those displayed and a count of the rest. */
export function splitDisplayed(refs: readonly ElementRef[], displayed: Visible): SplitElements {
  const shown = refs.filter((r) =>
    (r.type === 'node' ? displayed.nodes : displayed.edges).has(r.id),
  );
  return { shown, hidden: refs.length - shown.length };
}
