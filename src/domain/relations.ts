import type { ElementRef } from './evidence';
import { fillRelation } from './mapTranslation';
import type { Visible } from './filters';
import { graphIndex } from './graphIndex';
import { t } from '../i18n/core';
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
  return fillRelation(edge.relation, source, target);
}

/**
 * A relation as the claim it is, saying whose: "The author argues that Beta exports oil to Alpha.",
 * "From a constructivist point of view, …" (the article's own framings, as paragraph 7 has them),
 * one message per attribution so that a language puts the sentence where it goes. A relation that
 * does not say (an import) is its sentence.
 */
export function claimSentence(edge: GraphEdge, labels: ReadonlyMap<string, string>): string {
  const sentence = relationSentence(edge, labels);
  return t(`graph.claim.${edge.attribution ?? 'none'}`, { sentence });
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
 * The node's edges come from the graph's adjacency index, so a filter change costs its degree only.
 */
export function relationsOf(
  graph: Graph,
  nodeId: string,
  displayedEdges: ReadonlySet<string>,
  activeSpheres: readonly Sphere[],
  labels: ReadonlyMap<string, string>,
): NodeRelations {
  const incident = graphIndex(graph).incident(nodeId);
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

export interface PassageSupport {
  /** The displayed nodes a passage supports, in the order given. */
  nodes: ElementRef[];
  /** The displayed relations it supports, in the order given. */
  edges: ElementRef[];
  /** How many elements it supports that are not displayed. */
  hidden: number;
}

/** Splits a passage's element references into the displayed nodes, the displayed relations and a count of the rest. */
export function splitSupport(refs: readonly ElementRef[], displayed: Visible): PassageSupport {
  const nodes: ElementRef[] = [];
  const edges: ElementRef[] = [];
  for (const ref of refs)
    if (ref.type === 'node') {
      if (displayed.nodes.has(ref.id)) nodes.push(ref);
    } else if (displayed.edges.has(ref.id)) edges.push(ref);
  return { nodes, edges, hidden: refs.length - nodes.length - edges.length };
}
