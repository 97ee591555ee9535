import type { Attribution, EdgeStatus, Evidence, Graph, GraphEdge } from '../schema';
import { checkGraph, newEvidence, refuse, type EditContext, type EditResult } from './editResult';
import { slugOf, uniqueId } from './slug';
import { t } from '../../i18n/core';

/** What a new relation is until the author says otherwise (docs/data-rubric.md). */
export const DEFAULT_STATUS: EdgeStatus = 'established';
export const DEFAULT_ATTRIBUTION: Attribution = 'author';

export interface NewRelation {
  source: string;
  target: string;
  /** The phrase read from source to target: "develops oil and gas fields in". */
  relation: string;
  evidence: readonly Evidence[];
  /** The map's categories it belongs to (the schema's `domains`); at least one. */
  domains: readonly string[];
  status?: EdgeStatus;
  attribution?: Attribution;
  year?: number | null;
}

/**
 * Adds a relation from source to target with its passages; status `established` and attribution
 * `author` unless given. Its id is the slug of "source relation target", with a counter when taken.
 */
export function addRelation(
  graph: Graph,
  context: EditContext,
  input: NewRelation,
): EditResult<{ id: string }> {
  const relation = input.relation.trim();
  const taken = new Set(graph.edges.map((e) => e.id));
  const id = uniqueId(slugOf(`${input.source} ${relation} ${input.target}`, 'relation', 60), taken);
  const edge: GraphEdge = {
    id,
    source: input.source,
    target: input.target,
    relation,
    domains: [...input.domains],
    status: input.status ?? DEFAULT_STATUS,
    attribution: input.attribution ?? DEFAULT_ATTRIBUTION,
    year: input.year ?? null,
    evidence: newEvidence([], input.evidence),
  };
  return checkGraph({ ...graph, edges: [...graph.edges, edge] }, context, { id });
}

/** The fields of a relation an author edits; `domains` are its categories. */
export type RelationPatch = Partial<
  Pick<GraphEdge, 'relation' | 'domains' | 'tags' | 'status' | 'attribution' | 'year'>
>;

function withEdge(
  graph: Graph,
  context: EditContext,
  id: string,
  change: (edge: GraphEdge) => GraphEdge | EditResult,
): EditResult {
  const i = graph.edges.findIndex((e) => e.id === id);
  if (i === -1) return refuse('unknown-relation', t('authoring.edit.unknownRelation', { id }));
  const next = change(graph.edges[i]!);
  if ('ok' in next) return next;
  const edges = graph.edges.map((e, j) => (j === i ? next : e));
  return checkGraph({ ...graph, edges }, context, {});
}

/** Changes a relation's fields; its id and its ends stay. */
export function editRelation(
  graph: Graph,
  context: EditContext,
  id: string,
  patch: RelationPatch,
): EditResult {
  return withEdge(graph, context, id, (edge) => ({
    ...edge,
    ...patch,
    id,
    ...(patch.relation === undefined ? {} : { relation: patch.relation.trim() }),
  }));
}

/** Turns a relation round: target becomes source (its phrase is then to be read the other way). */
export function reverseRelation(graph: Graph, context: EditContext, id: string): EditResult {
  return withEdge(graph, context, id, (edge) => ({
    ...edge,
    source: edge.target,
    target: edge.source,
  }));
}

/** Adds passages to a relation's evidence; refused when every one is already there. */
export function addRelationEvidence(
  graph: Graph,
  context: EditContext,
  id: string,
  evidence: readonly Evidence[],
): EditResult {
  return withEdge(graph, context, id, (edge) => {
    const fresh = newEvidence(edge.evidence, evidence);
    if (fresh.length === 0)
      return refuse('duplicate-evidence', t('authoring.edit.relationHasPassage', { id }));
    return { ...edge, evidence: [...edge.evidence, ...fresh] };
  });
}

/** Deletes one relation; its ends stay. */
export function deleteRelation(graph: Graph, context: EditContext, id: string): EditResult {
  if (!graph.edges.some((e) => e.id === id))
    return refuse('unknown-relation', t('authoring.edit.unknownRelation', { id }));
  return checkGraph({ ...graph, edges: graph.edges.filter((e) => e.id !== id) }, context, {});
}
