import { pathOf } from '../validate';
import { graphSchema, type Article, type Evidence, type Graph } from '../schema';
import { t } from '../../i18n/core';

/** What an edit is checked against: the map's text, and the categories the map defines. */
export interface EditContext {
  article: Article;
  /** The ids of the map's categories (the built-in map's four spheres, or a map's own). */
  categories: readonly string[];
}

export type EditProblemCode =
  | 'unknown-node'
  | 'unknown-relation'
  | 'unknown-block'
  | 'quote-not-in-block'
  | 'unknown-category'
  | 'alias-not-in-text'
  | 'self-loop'
  | 'same-node'
  | 'duplicate-evidence'
  | 'last-evidence'
  | 'invalid';

/** Why an edit was refused: a code, a sentence for the user, and the JSON path it concerns. */
export interface EditProblem {
  code: EditProblemCode;
  message: string;
  path?: string;
}

/** A new map and what the edit has to report about it, or the problem that refused it. */
export type EditResult<Report extends object = object> =
  ({ ok: true; graph: Graph } & Report) | { ok: false; problem: EditProblem };

export const refuse = (code: EditProblemCode, message: string, path?: string) =>
  ({
    ok: false,
    problem: path === undefined ? { code, message } : { code, message, path },
  }) as const;

/**
 * The schema of a map being authored: the data contract's, except that it may have no node yet
 * (a new map starts empty).
 */
const authoringGraphSchema = graphSchema.extend({
  nodes: graphSchema.shape.nodes.unwrap().array(),
});

const evidenceKey = (ev: Evidence) => `${ev.block}\u0000${ev.quote}`;

/** The evidence items of a list that are not in `existing` (nor earlier in the list). */
export function newEvidence(existing: readonly Evidence[], added: readonly Evidence[]): Evidence[] {
  const seen = new Set(existing.map(evidenceKey));
  const fresh: Evidence[] = [];
  for (const ev of added) {
    const key = evidenceKey(ev);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({ block: ev.block, quote: ev.quote });
  }
  return fresh;
}

/**
 * Checks a map after an edit as the data contract would: the schema, unique ids, relations between
 * two different existing nodes, categories the map defines, every quote verbatim in a block of the
 * text, every alias in the text. The first problem found refuses the edit.
 */
export function checkGraph<Report extends object>(
  graph: Graph,
  context: EditContext,
  report: Report,
): EditResult<Report> {
  const parsed = authoringGraphSchema.safeParse(graph);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse('invalid', issue.message, pathOf(issue.path));
  }
  const blocks = new Map(context.article.blocks.map((b) => [b.id, b.text]));
  const categories = new Set(context.categories);
  const ids = new Set<string>();
  let text: string | null = null;
  const check = (
    at: string,
    domains: readonly string[],
    evidence: readonly Evidence[],
  ): EditResult<Report> | null => {
    for (const [j, d] of domains.entries())
      if (!categories.has(d))
        return refuse(
          'unknown-category',
          t('authoring.edit.unknownCategory', { id: d }),
          `${at}.domains[${j}]`,
        );
    for (const [j, ev] of evidence.entries()) {
      const blockText = blocks.get(ev.block);
      if (blockText === undefined)
        return refuse(
          'unknown-block',
          t('authoring.edit.unknownBlock', { block: ev.block }),
          `${at}.evidence[${j}]`,
        );
      if (!blockText.includes(ev.quote))
        return refuse(
          'quote-not-in-block',
          t('authoring.edit.quoteNotInBlock', { block: ev.block }),
          `${at}.evidence[${j}].quote`,
        );
    }
    return null;
  };
  for (const [i, node] of graph.nodes.entries()) {
    const at = `$.nodes[${i}]`;
    if (ids.has(node.id))
      return refuse('invalid', t('authoring.edit.duplicateNode', { id: node.id }), `${at}.id`);
    ids.add(node.id);
    const problem = check(at, node.domains, node.evidence);
    if (problem) return problem;
    for (const [j, alias] of node.aliases.entries()) {
      text ??= context.article.blocks.map((b) => b.text).join('\n');
      if (!text.includes(alias))
        return refuse(
          'alias-not-in-text',
          t('authoring.edit.aliasNotInText', { alias }),
          `${at}.aliases[${j}]`,
        );
    }
  }
  const edgeIds = new Set<string>();
  for (const [i, edge] of graph.edges.entries()) {
    const at = `$.edges[${i}]`;
    if (edgeIds.has(edge.id))
      return refuse('invalid', t('authoring.edit.duplicateRelation', { id: edge.id }), `${at}.id`);
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const)
      if (!ids.has(edge[end]))
        return refuse(
          'unknown-node',
          t('authoring.edit.unknownNode', { id: edge[end] }),
          `${at}.${end}`,
        );
    if (edge.source === edge.target)
      return refuse('self-loop', t('authoring.edit.selfLoop', { id: edge.source }), at);
    const problem = check(at, edge.domains, edge.evidence);
    if (problem) return problem;
  }
  return { ok: true, graph, ...report };
}
