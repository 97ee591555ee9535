import {
  graphSchema,
  newGraphSchema,
  positionsSchema,
  type Article,
  type Graph,
  type SphereDef,
} from '../schema';
import { validateTour, type Tour } from '../tour';
import { schemaProblems, validateDataset, type Problem } from '../validate';
import { t } from '../../i18n/core';
import type { GraphBuilder } from './builder';
import { fromDataset, LIST_SEPARATOR } from './dataset';
import { ImportError, listNames } from './errors';
import { lacksSilkgraph, MAP_FILE_VERSION } from './silkgraphJsonWrite';
import { SPHERES } from '../vocabulary';
import type { AttrValue, Attrs, ImportedGraph } from './model';

const FORMAT = 'Silkgraph JSON';
export { MAP_FILE_VERSION, writeSilkgraphJson } from './silkgraphJsonWrite';
const KNOWN_KEYS: Record<number, readonly string[]> = {
  1: ['nodes', 'edges', 'directed', 'article', 'positions'],
  2: ['silkgraph', 'nodes', 'edges', 'directed', 'article', 'positions', 'categories', 'tour'],
};
const COLOUR = /^#[0-9a-f]{6}$/i;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Duplicate ids, dangling endpoints and self-loops: what validateDataset checks without an article. */
function structuralProblems(graph: Graph): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file: 'graph', path, message });
  const seen = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (seen.has(n.id)) add(`$.nodes[${i}].id`, t('import.problem.duplicateNode', { id: n.id }));
    seen.add(n.id);
  });
  const edgeIds = new Set<string>();
  graph.edges.forEach((e, i) => {
    if (edgeIds.has(e.id)) add(`$.edges[${i}].id`, t('import.problem.duplicateEdge', { id: e.id }));
    edgeIds.add(e.id);
    if (!seen.has(e.source))
      add(`$.edges[${i}].source`, t('import.problem.danglingSource', { id: e.source }));
    if (!seen.has(e.target))
      add(`$.edges[${i}].target`, t('import.problem.danglingTarget', { id: e.target }));
    if (e.source === e.target)
      add(`$.edges[${i}]`, t('import.problem.selfLoop', { id: e.id, node: e.source }));
  });
  return problems;
}

/**
 * Edges whose id is a node's: Silkgraph JSON has one id space (the map's), and such an edge would
 * silently take the node's place on the map.
 */
function idClashes(graph: Graph): Problem[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const problems: Problem[] = [];
  graph.edges.forEach((e, i) => {
    if (nodeIds.has(e.id))
      problems.push({
        file: 'graph',
        path: `$.edges[${i}].id`,
        message: t('import.problem.idOfNode', { id: e.id }),
      });
  });
  return problems;
}

/** Says which spheres are not the article's four: each becomes a sphere of its own on the map. */
function noteOwnSpheres(graph: Graph, b: GraphBuilder): void {
  const own = new Set<string>();
  for (const e of [...graph.nodes, ...graph.edges])
    for (const d of e.domains) if (!(SPHERES as readonly string[]).includes(d)) own.add(d);
  if (own.size > 0) b.note(t('import.problem.ownSpheres', { names: listNames([...own]) }));
}

/** The file's map format version: 1 when it does not say; a newer one than this code reads is refused. */
function versionOf(value: Record<string, unknown>): number {
  if (!Object.hasOwn(value, 'silkgraph')) return 1;
  const version = value.silkgraph;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError(
      FORMAT,
      t('import.problem.versionNotNumber', {
        value: JSON.stringify(version)?.slice(0, 40) ?? String(version),
      }),
    );
  if (version > MAP_FILE_VERSION)
    throw new ImportError(
      FORMAT,
      t('import.problem.versionNewer', { version, max: MAP_FILE_VERSION }),
    );
  return version;
}

/** The map's categories, each an id, a name and a plain hex colour, ids unique. */
function readCategories(value: unknown): { categories: SphereDef[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file: 'graph', path, message });
  if (!Array.isArray(value) || value.length === 0) {
    add('$.categories', t('import.problem.categoriesList'));
    return { categories: [], problems };
  }
  const categories: SphereDef[] = [];
  const seen = new Set<string>();
  value.forEach((c: unknown, i) => {
    const at = `$.categories[${i}]`;
    if (!isRecord(c)) return add(at, t('import.problem.categoryObject'));
    const { id, label, colour } = c;
    if (typeof id !== 'string' || id === '') return add(`${at}.id`, t('import.problem.categoryId'));
    if (seen.has(id))
      return add(`${at}.id`, t('import.problem.categoryDuplicate', { id: id.slice(0, 40) }));
    seen.add(id);
    if (typeof label !== 'string' || label.trim() === '')
      return add(`${at}.label`, t('import.problem.categoryLabel'));
    if (typeof colour !== 'string' || !COLOUR.test(colour))
      return add(`${at}.colour`, t('import.problem.categoryColour'));
    categories.push({ id, label, colour });
  });
  return { categories, problems };
}

/** Elements in a category the file does not declare: they would never be shown. */
function undeclared(graph: Graph, categories: readonly SphereDef[]): Problem[] {
  const ids = new Set(categories.map((c) => c.id));
  const problems: Problem[] = [];
  const check = (list: 'nodes' | 'edges', domains: readonly string[], i: number) =>
    domains.forEach((d, j) => {
      if (!ids.has(d))
        problems.push({
          file: 'graph',
          path: `$.${list}[${i}].domains[${j}]`,
          message: t('import.problem.undeclaredCategory', { id: d.slice(0, 40) }),
        });
    });
  graph.nodes.forEach((n, i) => check('nodes', n.domains, i));
  graph.edges.forEach((e, i) => check('edges', e.domains, i));
  return problems;
}

function refuse(problems: readonly Problem[]): never {
  const where = (p: Problem) =>
    p.file === 'article'
      ? p.path.replace('$', '$.article')
      : p.file === 'tour'
        ? p.path.replace('$', '$.tour')
        : p.path;
  const lines = problems.map((p) => `${where(p)}: ${p.message}`);
  const first = lines[0] ?? '';
  throw new ImportError(
    FORMAT,
    problems.length === 1 ? first : t('import.problem.count', { count: problems.length, first }),
    { details: lines },
  );
}

/**
 * Reads Silkgraph JSON (data/graph.json's shape, optionally with `article` and `positions`). Our
 * own format is all or nothing: any schema or consistency problem refuses the file, listing each.
 */
export function parseSilkgraphJson(value: unknown, b: GraphBuilder): ImportedGraph {
  if (!isRecord(value))
    throw new ImportError(FORMAT, 'expected an object with "nodes" and "edges"');
  const version = versionOf(value);
  const known = KNOWN_KEYS[version] ?? [];
  const extra = Object.keys(value).filter((k) => !known.includes(k));
  if (extra.length) b.note(t('import.problem.unknownKeys', { names: listNames(extra) }));
  // A map with its text may have no node yet (a new map is kept and saved so); a bare graph may not.
  const schema = value.article === undefined ? graphSchema : newGraphSchema;
  const parsed = schema.safeParse({
    nodes: value.nodes,
    edges: value.edges,
    ...(value.directed !== undefined ? { directed: value.directed } : {}),
  });
  if (!parsed.success) refuse(schemaProblems('graph', parsed.error));
  const graph = parsed.data;
  let positions;
  if (value.positions !== undefined) {
    const p = positionsSchema.safeParse(value.positions);
    if (!p.success) refuse(schemaProblems('graph', p.error, ['positions']));
    positions = p.data;
  }
  // Version 1 had neither categories nor a tour: its keys of those names were never ours.
  const own = version >= 2;
  let categories: SphereDef[] | undefined;
  if (own && value.categories !== undefined) {
    const read = readCategories(value.categories);
    if (read.problems.length) refuse(read.problems);
    categories = read.categories;
    const missing = undeclared(graph, categories);
    if (missing.length) refuse(missing);
  } else noteOwnSpheres(graph, b);
  if (own && value.tour !== undefined && value.article === undefined)
    refuse([{ file: 'tour', path: '$', message: t('import.problem.tourWithoutText') }]);

  if (value.article === undefined) {
    const problems = [...structuralProblems(graph), ...idClashes(graph)];
    if (problems.length) refuse(problems);
    return withParts(fromDataset(graph, undefined, positions), categories);
  }
  // A file from before relations said whose claims they were still opens.
  const problems = [
    ...validateDataset(
      value.article,
      graph,
      { article: 'article', graph: 'graph' },
      // Its own categories when it declares them (checked above), else the article's spheres.
      categories
        ? { attribution: false, emptyGraph: true, categories: categories.map((c) => c.id) }
        : { attribution: false, emptyGraph: true },
    ),
    ...idClashes(graph),
  ];
  if (problems.length) refuse(problems);
  // validateDataset has just checked the article against its schema.
  const article = value.article as Article;
  let tour: Tour | undefined;
  if (own && value.tour !== undefined) {
    const ids = categories ? categories.map((c) => c.id) : spheresIn(graph);
    const tourProblems = validateTour(value.tour, article, graph, 'tour', ids);
    if (tourProblems.length) refuse(tourProblems);
    tour = value.tour as Tour;
  }
  return withParts(fromDataset(graph, article, positions), categories, tour);
}

/** Every category a graph's elements are in, in order of first use. */
function spheresIn(graph: Graph): string[] {
  return [...new Set([...graph.nodes, ...graph.edges].flatMap((e) => e.domains))];
}

function withParts(graph: ImportedGraph, categories?: SphereDef[], tour?: Tour): ImportedGraph {
  if (!categories && !tour) return graph;
  return { ...graph, map: { ...(categories ? { categories } : {}), ...(tour ? { tour } : {}) } };
}

const text = (attrs: Attrs, name: string): AttrValue | undefined =>
  Object.hasOwn(attrs, name) ? attrs[name] : undefined;

function list(value: AttrValue | undefined): string[] | undefined {
  return typeof value === 'string' && value !== '' ? value.split(LIST_SEPARATOR) : undefined;
}

function json(value: AttrValue | undefined): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** True when a graph's attributes look like a flattened Silkgraph graph (spheres and evidence). */
export function carriesSilkgraph(graph: ImportedGraph): boolean {
  const names = (of: 'nodes' | 'edges') => graph.attributes[of].map((a) => a.name);
  return ['domains', 'evidence'].every(
    (n) => names('nodes').includes(n) && names('edges').includes(n),
  );
}

/** Rebuilds the Silkgraph graph from flattened attributes; the problems say what is missing. */
export function silkgraphFromAttrs(
  graph: ImportedGraph,
): { graph: Graph; problems?: undefined } | { graph?: undefined; problems: Problem[] } {
  const candidate = {
    nodes: graph.nodes.map((n) => {
      const tags = list(text(n.attrs, 'tags'));
      return {
        id: n.id,
        label: n.label,
        aliases: json(text(n.attrs, 'aliases')) ?? [],
        ...(text(n.attrs, 'otherNames') ? { otherNames: json(text(n.attrs, 'otherNames')) } : {}),
        kind: text(n.attrs, 'kind'),
        domains: list(text(n.attrs, 'domains')),
        ...(tags ? { tags } : {}),
        summary: text(n.attrs, 'summary'),
        evidence: json(text(n.attrs, 'evidence')),
      };
    }),
    edges: graph.edges.map((e) => {
      const tags = list(text(e.attrs, 'tags'));
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        relation: e.label,
        domains: list(text(e.attrs, 'domains')),
        ...(tags ? { tags } : {}),
        status: text(e.attrs, 'status'),
        ...(text(e.attrs, 'attribution') ? { attribution: text(e.attrs, 'attribution') } : {}),
        year: text(e.attrs, 'year') ?? null,
        evidence: json(text(e.attrs, 'evidence')),
      };
    }),
  };
  const result = graphSchema.safeParse(candidate);
  if (result.success) return { graph: result.data };
  return { problems: schemaProblems('graph', result.error) };
}

/**
 * The graph with its Silkgraph form, rebuilt from its flat attributes when it came without one (a
 * graph read from GEXF, GraphML or CSV that Silkgraph wrote); refused, saying what is missing, when
 * the attributes do not make one.
 */
export function withSilkgraph(graph: ImportedGraph): ImportedGraph {
  if (graph.silkgraph) return graph;
  const rebuilt = silkgraphFromAttrs(graph);
  if (!rebuilt.graph) throw lacksSilkgraph(rebuilt.problems[0]);
  return { ...graph, silkgraph: rebuilt.graph };
}
