import type { z } from 'zod';
import { articleSchema, graphSchema, newGraphSchema, type Article, type Graph } from './schema';
import { ATTRIBUTIONS, SPHERES } from './vocabulary';

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

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: pathOf(issue.path), message: issue.message }));
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
    problems.push({ file, path: `$.blocks[${i}].id`, message: `duplicate block id "${id}"` });
  const sections = new Set(article.sections.map((s) => s.id));
  article.blocks.forEach((block, i) => {
    if (!sections.has(block.section))
      problems.push({
        file,
        path: `$.blocks[${i}].section`,
        message: `unknown section "${block.section}"`,
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
    problems.push({ file, path: `$.nodes[${i}].id`, message: `duplicate node id "${id}"` });
  for (const [i, id] of duplicates(graph.edges))
    problems.push({ file, path: `$.edges[${i}].id`, message: `duplicate edge id "${id}"` });

  const checkEvidence = (owner: string, evidence: Graph['nodes'][number]['evidence']) =>
    evidence.forEach((ev, j) => {
      const text = blocks.get(ev.block);
      if (text === undefined)
        problems.push({
          file,
          path: `${owner}.evidence[${j}].block`,
          message: `unknown block id "${ev.block}"`,
        });
      else if (!text.includes(ev.quote))
        problems.push({
          file,
          path: `${owner}.evidence[${j}].quote`,
          message: `quote not found in block "${ev.block}": "${ev.quote.slice(0, 60)}${ev.quote.length > 60 ? '…' : ''}"`,
        });
    });

  const articleText = article.blocks.map((b) => b.text).join('\n');
  const categories = rules.categories ?? SPHERES;
  const spheres = new Set<string>(categories);
  // The article's four are spheres; a map's own are categories.
  const noun = rules.categories && !sameIds(rules.categories, SPHERES) ? 'category' : 'sphere';
  const checkSpheres = (owner: string, domains: readonly string[]) =>
    domains.forEach((d, j) => {
      if (!spheres.has(d))
        problems.push({
          file,
          path: `${owner}.domains[${j}]`,
          message: `unknown ${noun} "${d.slice(0, 40)}" (expected one of ${categories.join(', ')})`,
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
          message: `alias "${alias}" does not occur in the article`,
        });
    });
    // The other way round: a name the text does use is an alias, shown and marked as the text's.
    node.otherNames?.forEach((name, j) => {
      if (articleText.includes(name))
        problems.push({
          file,
          path: `$.nodes[${i}].otherNames[${j}]`,
          message: `other name "${name}" occurs in the article: list it in aliases`,
        });
    });
  });
  graph.edges.forEach((edge, i) => {
    const at = `$.edges[${i}]`;
    if (!nodeIds.has(edge.source))
      problems.push({
        file,
        path: `${at}.source`,
        message: `dangling source "${edge.source}" (no such node)`,
      });
    if (!nodeIds.has(edge.target))
      problems.push({
        file,
        path: `${at}.target`,
        message: `dangling target "${edge.target}" (no such node)`,
      });
    if (edge.source === edge.target)
      problems.push({
        file,
        path: at,
        message: `edge "${edge.id}" connects "${edge.source}" to itself`,
      });
    // Whose claim it is may be left out of an imported graph, never out of a map of a text.
    if (rules.attribution && edge.attribution === undefined)
      problems.push({
        file,
        path: `${at}.attribution`,
        message: `edge "${edge.id}" says not whose claim it is (attribution: one of ${ATTRIBUTIONS.join(', ')})`,
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
