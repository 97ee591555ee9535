import type { Evidence, Graph, GraphNode, NodeKind } from '../schema';
import { checkGraph, newEvidence, refuse, type EditContext, type EditResult } from './editResult';
import { normaliseBlockText } from './article';
import { slugOf, uniqueId } from './slug';
import { t } from '../../i18n/core';

/** The kind a node made from a quote gets until the author says otherwise. */
export const DEFAULT_NODE_KIND: NodeKind = 'concept';

const LABEL_MAX = 60;

/**
 * A node's label made of a quote: its words on one line, without the punctuation that ends a clause,
 * cut after the last whole word that fits in 60 characters (with "…") when longer.
 */
export function labelOfQuote(quote: string): string {
  const label = withoutClauseEnd(normaliseBlockText(quote));
  if (label.length <= LABEL_MAX) return label;
  const cut = label.lastIndexOf(' ', LABEL_MAX - 1);
  return `${withoutClauseEnd(label.slice(0, cut > LABEL_MAX / 2 ? cut : LABEL_MAX - 1))}…`;
}

function withoutClauseEnd(text: string): string {
  let end = text.length;
  while (end > 0 && '.,;:!?'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export interface NewNode {
  /** The passages it comes from: the first gives its label and summary unless they are given. */
  evidence: Evidence | readonly Evidence[];
  label?: string;
  kind?: NodeKind;
  /** The map's categories it belongs to (the schema's `domains`); at least one. */
  domains: readonly string[];
  summary?: string;
  aliases?: readonly string[];
}

/**
 * Adds a node made from a quote: its label the quote shortened (`labelOfQuote`), its kind
 * `DEFAULT_NODE_KIND`, its summary the quote, and the label as an alias when the text says it so.
 * Its id is the label's slug, with a counter when taken.
 */
export function addNode(
  graph: Graph,
  context: EditContext,
  input: NewNode,
): EditResult<{ id: string }> {
  const evidence = newEvidence(
    [],
    Array.isArray(input.evidence) ? input.evidence : [input.evidence as Evidence],
  );
  const first = evidence[0];
  if (!first) return refuse('invalid', t('authoring.edit.nodeNeedsPassage'), '$.evidence');
  const label = (input.label ?? labelOfQuote(first.quote)).trim();
  const taken = new Set(graph.nodes.map((n) => n.id));
  const id = uniqueId(slugOf(label, 'node'), taken);
  const node: GraphNode = {
    id,
    label,
    aliases: [...(input.aliases ?? (first.quote.includes(label) && label !== '' ? [label] : []))],
    kind: input.kind ?? DEFAULT_NODE_KIND,
    domains: [...input.domains],
    summary: input.summary ?? normaliseBlockText(first.quote),
    evidence,
  };
  return checkGraph({ ...graph, nodes: [...graph.nodes, node] }, context, { id });
}

/** The fields of a node an author edits; `domains` are its categories. */
export type NodePatch = Partial<
  Pick<GraphNode, 'label' | 'aliases' | 'kind' | 'domains' | 'summary' | 'tags' | 'otherNames'>
>;

function nodeIndex(graph: Graph, id: string): number {
  return graph.nodes.findIndex((n) => n.id === id);
}

const replaceAt = <T>(items: readonly T[], i: number, item: T): T[] =>
  items.map((x, j) => (j === i ? item : x));

/** Changes a node's fields; its id stays, so evidence, links and tours keep pointing at it. */
export function editNode(
  graph: Graph,
  context: EditContext,
  id: string,
  patch: NodePatch,
): EditResult {
  const i = nodeIndex(graph, id);
  if (i === -1) return refuse('unknown-node', t('authoring.edit.unknownNode', { id }));
  const node: GraphNode = { ...graph.nodes[i]!, ...patch, id };
  return checkGraph({ ...graph, nodes: replaceAt(graph.nodes, i, node) }, context, {});
}

/** Merges a node's evidence with more passages; refused when every one is already there. */
export function addNodeEvidence(
  graph: Graph,
  context: EditContext,
  id: string,
  evidence: readonly Evidence[],
): EditResult<{ added: number }> {
  const i = nodeIndex(graph, id);
  if (i === -1) return refuse('unknown-node', t('authoring.edit.unknownNode', { id }));
  const node = graph.nodes[i]!;
  const fresh = newEvidence(node.evidence, evidence);
  if (fresh.length === 0)
    return refuse('duplicate-evidence', t('authoring.edit.nodeHasPassage', { name: node.label }));
  const next = { ...node, evidence: [...node.evidence, ...fresh] };
  return checkGraph({ ...graph, nodes: replaceAt(graph.nodes, i, next) }, context, {
    added: fresh.length,
  });
}

/**
 * Merges `dropId` into `keepId`: the kept node takes the other's aliases, categories, tags, other
 * names and evidence (duplicates dropped), and its relations; a relation between the two would join
 * the kept node to itself and is dropped, and its id reported.
 */
export function mergeNodes(
  graph: Graph,
  context: EditContext,
  keepId: string,
  dropId: string,
): EditResult<{ moved: number; selfLoops: string[] }> {
  if (keepId === dropId) return refuse('same-node', t('authoring.edit.mergeIntoItself'));
  const keep = graph.nodes.find((n) => n.id === keepId);
  const drop = graph.nodes.find((n) => n.id === dropId);
  if (!keep) return refuse('unknown-node', t('authoring.edit.unknownNode', { id: keepId }));
  if (!drop) return refuse('unknown-node', t('authoring.edit.unknownNode', { id: dropId }));
  const aliases = union(keep.aliases, drop.aliases);
  const merged: GraphNode = {
    ...keep,
    aliases,
    domains: union(keep.domains, drop.domains),
    evidence: [...keep.evidence, ...newEvidence(keep.evidence, drop.evidence)],
  };
  const tags = union(keep.tags ?? [], drop.tags ?? []);
  if (tags.length > 0) merged.tags = tags;
  const otherNames = union(keep.otherNames ?? [], drop.otherNames ?? []).filter(
    (name) => !aliases.includes(name),
  );
  if (otherNames.length > 0) merged.otherNames = otherNames;
  else delete merged.otherNames;

  const selfLoops: string[] = [];
  let moved = 0;
  const edges: Graph['edges'] = [];
  for (const edge of graph.edges) {
    const source = edge.source === dropId ? keepId : edge.source;
    const target = edge.target === dropId ? keepId : edge.target;
    if (source === edge.source && target === edge.target) edges.push(edge);
    else if (source === target) selfLoops.push(edge.id);
    else {
      moved++;
      edges.push({ ...edge, source, target });
    }
  }
  const nodes = graph.nodes.flatMap((n) =>
    n.id === dropId ? [] : n.id === keepId ? [merged] : [n],
  );
  return checkGraph({ ...graph, nodes, edges }, context, { moved, selfLoops });
}

/** The relations a node takes with it when deleted: what to tell the author before asking. */
export function relationsOfNode(graph: Graph, id: string): Graph['edges'] {
  return graph.edges.filter((e) => e.source === id || e.target === id);
}

/** Deletes a node and its relations, reporting how many relations went with it. */
export function deleteNode(
  graph: Graph,
  context: EditContext,
  id: string,
): EditResult<{ removedRelations: number }> {
  if (nodeIndex(graph, id) === -1)
    return refuse('unknown-node', t('authoring.edit.unknownNode', { id }));
  const edges = graph.edges.filter((e) => e.source !== id && e.target !== id);
  return checkGraph({ ...graph, nodes: graph.nodes.filter((n) => n.id !== id), edges }, context, {
    removedRelations: graph.edges.length - edges.length,
  });
}
