import type { z } from 'zod';
import { articleSchema, graphSchema, newGraphSchema, type Article, type Graph } from './schema';
import { ATTRIBUTIONS, SPHERES } from './vocabulary';
import { currentLanguage, t } from '../i18n/core';

/** One thing wrong with a data file: where (file and JSON path) and what. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** A zod issue path written as a JSON path, e.g. `$.edges[3].evidence[0].quote`. */
export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : `${acc}.${String(seg)}`),
    '$',
  );
}

type Issue = z.ZodError['issues'][number];

/**
 * What a schema issue says, in the interface's language: zod's own English words in English, and
 * in the other languages a sentence for each kind of issue (zod has no Kazakh).
 */
export function issueMessage(issue: Issue): string {
  if (currentLanguage() === 'en') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? t('import.schema.required')
        : t('import.schema.invalidType', { expected: issue.expected });
    case 'too_small':
      return t('import.schema.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return t('import.schema.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_format':
      return t('import.schema.format', { format: issue.format });
    case 'invalid_value':
      return t('import.schema.value', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('import.schema.keys', { keys: issue.keys.join(', ') });
    default:
      return t('import.schema.invalid');
  }
}

/** A schema's issues as problems of `file`; `prefix` goes before each issue's path. */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: pathOf([...prefix, ...issue.path]),
    message: issueMessage(issue),
  }));
}

/** What a map of a text must say beyond the schema; an imported file may leave it out. */
export interface DatasetRules {
  /** Every relation says whose claim it is (`attribution`), as the built-in map must. */
  attribution: boolean;
  /**
   * The ids of the map's categories, every node and relation in at least one of them: the
   * article's four spheres unless the map has its own.
   */
  categories?: readonly string[];
  /** The graph may have no node yet (a new map of a text); the built-in one may not. */
  emptyGraph?: boolean;
}

/** Checks the article and graph against their schemas and against each other; returns every problem found. */
export function validateDataset(
  articleInput: unknown,
  graphInput: unknown,
  files = { article: 'data/article.json', graph: 'data/graph.json' },
  rules: DatasetRules = { attribution: true },
): Problem[] {
  const articleResult = articleSchema.safeParse(articleInput);
  const graphResult = (rules.emptyGraph ? newGraphSchema : graphSchema).safeParse(graphInput);
  const problems: Problem[] = [];
  if (!articleResult.success) problems.push(...schemaProblems(files.article, articleResult.error));
  if (!graphResult.success) problems.push(...schemaProblems(files.graph, graphResult.error));
  if (!articleResult.success || !graphResult.success) return problems;
  problems.push(...articleProblems(articleResult.data, files.article));
  problems.push(...graphProblems(graphResult.data, articleResult.data, files.graph, rules));
  return problems;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function duplicates<T extends { id: string }>(items: readonly T[]): Map<number, string> {
  const seen = new Set<string>();
  const dupes = new Map<number, string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) dupes.set(i, item.id);
    seen.add(item.id);
  });
  return dupes;
}

function articleProblems(article: Article, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [i, id] of duplicates(article.blocks))
    problems.push({
      file,
      path: `$.blocks[${i}].id`,
      message: t('import.problem.duplicateBlock', { id }),
    });
  const sections = new Set(article.sections.map((s) => s.id));
  article.blocks.forEach((block, i) => {
    if (!sections.has(block.section))
      problems.push({
        file,
        path: `$.blocks[${i}].section`,
        message: t('import.problem.unknownSection', { id: block.section }),
      });
  });
  return problems;
}

function graphProblems(
  graph: Graph,
  article: Article,
  file: string,
  rules: DatasetRules,
): Problem[] {
  const problems: Problem[] = [];
  const blocks = new Map(article.blocks.map((b) => [b.id, b.text]));
  const nodeIds = new Set(graph.nodes.map((n) => n.id));

  for (const [i, id] of duplicates(graph.nodes))
    problems.push({
      file,
      path: `$.nodes[${i}].id`,
      message: t('import.problem.duplicateNode', { id }),
    });
  for (const [i, id] of duplicates(graph.edges))
    problems.push({
      file,
      path: `$.edges[${i}].id`,
      message: t('import.problem.duplicateEdge', { id }),
    });

  const checkEvidence = (owner: string, evidence: Graph['nodes'][number]['evidence']) =>
    evidence.forEach((ev, j) => {
      const text = blocks.get(ev.block);
      if (text === undefined)
        problems.push({
          file,
          path: `${owner}.evidence[${j}].block`,
          message: t('import.problem.unknownBlock', { id: ev.block }),
        });
      else if (!text.includes(ev.quote))
        problems.push({
          file,
          path: `${owner}.evidence[${j}].quote`,
          message: t('import.problem.quoteNotFound', {
            id: ev.block,
            quote: `${ev.quote.slice(0, 60)}${ev.quote.length > 60 ? '…' : ''}`,
          }),
        });
    });

  const articleText = article.blocks.map((b) => b.text).join('\n');
  const categories = rules.categories ?? SPHERES;
  const spheres = new Set<string>(categories);
  // The article's four are spheres; a map's own are categories.
  const unknown =
    rules.categories && !sameIds(rules.categories, SPHERES)
      ? 'import.problem.unknownCategory'
      : 'import.problem.unknownSphere';
  const checkSpheres = (owner: string, domains: readonly string[]) =>
    domains.forEach((d, j) => {
      if (!spheres.has(d))
        problems.push({
          file,
          path: `${owner}.domains[${j}]`,
          message: t(unknown, { id: d.slice(0, 40), ids: categories.join(', ') }),
        });
    });

  graph.nodes.forEach((node, i) => {
    checkSpheres(`$.nodes[${i}]`, node.domains);
    checkEvidence(`$.nodes[${i}]`, node.evidence);
    node.aliases.forEach((alias, j) => {
      if (!articleText.includes(alias))
        problems.push({
          file,
          path: `$.nodes[${i}].aliases[${j}]`,
          message: t('import.problem.aliasAbsent', { alias }),
        });
    });
    // The other way round: a name the text does use is an alias, shown and marked as the text's.
    node.otherNames?.forEach((name, j) => {
      if (articleText.includes(name))
        problems.push({
          file,
          path: `$.nodes[${i}].otherNames[${j}]`,
          message: t('import.problem.otherNamePresent', { name }),
        });
    });
  });
  graph.edges.forEach((edge, i) => {
    const at = `$.edges[${i}]`;
    if (!nodeIds.has(edge.source))
      problems.push({
        file,
        path: `${at}.source`,
        message: t('import.problem.danglingSource', { id: edge.source }),
      });
    if (!nodeIds.has(edge.target))
      problems.push({
        file,
        path: `${at}.target`,
        message: t('import.problem.danglingTarget', { id: edge.target }),
      });
    if (edge.source === edge.target)
      problems.push({
        file,
        path: at,
        message: t('import.problem.selfLoop', { id: edge.id, node: edge.source }),
      });
    // Whose claim it is may be left out of an imported graph, never out of a map of a text.
    if (rules.attribution && edge.attribution === undefined)
      problems.push({
        file,
        path: `${at}.attribution`,
        message: t('import.problem.attribution', { id: edge.id, values: ATTRIBUTIONS.join(', ') }),
      });
    checkSpheres(at, edge.domains);
    checkEvidence(at, edge.evidence);
  });
  return problems;
}

/** Formats problems one per line, as the validate script prints them. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');
}
