import type { AttrValue, Attrs, ImportedGraph } from './formats/model';
import { ARTICLE_SPHERES, EXTRA_COLOURS } from './palette';
import type {
  Article,
  EdgeStatus,
  Graph,
  GraphEdge,
  GraphNode,
  NodeKind,
  Positions,
  SphereDef,
} from './schema';
import { EDGE_STATUSES, NODE_KINDS } from './vocabulary';

/** A dataset as the store's replaceDataset takes it (defined here: the domain does not import the store). */
export interface ImportedDataset {
  article: Article;
  graph: Graph;
  positions: Positions;
  spheres: readonly SphereDef[];
}

export interface ToDatasetOptions {
  /** The categorical attribute whose values become the spheres; null puts everything in "All". */
  sphereAttribute: string | null;
  fileName: string;
}

/** The sphere of elements that have no value for the chosen attribute. */
export const NO_VALUE = '(none)';
const ALL: SphereDef = { id: 'all', label: 'All', colour: ARTICLE_SPHERES[0]!.colour };
const COLOURS = [...ARTICLE_SPHERES.map((s) => s.colour), ...EXTRA_COLOURS];
const GREY = '#9a9a9a';

// Attribute bags may have lost their null prototype in postMessage: read own keys only.
const attr = (attrs: Attrs, name: string): AttrValue | undefined =>
  Object.hasOwn(attrs, name) ? attrs[name] : undefined;

function attrText(attrs: Attrs, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = attr(attrs, name);
    if (value !== undefined && value !== null && String(value).trim() !== '')
      return String(value).trim();
  }
  return undefined;
}

/** An article with no text, for a graph that came without one. */
export function emptyArticle(fileName: string): Article {
  return {
    id: 'imported',
    title: fileName || 'Imported graph',
    author: '',
    language: 'en',
    source: fileName,
    sections: [],
    blocks: [],
  };
}

/** Positions from the file, but only when it placed every node (a partial layout would pile up). */
function filePositions(imported: ImportedGraph, ids: readonly string[]): Positions {
  const placed = imported.positions;
  if (ids.length === 0 || !ids.every((id) => Object.hasOwn(placed, id))) return {};
  const positions: Positions = {};
  for (const id of ids) positions[id] = { x: placed[id]!.x, y: placed[id]!.y };
  return positions;
}

/** A value turned into a sphere id: lower-case letters, digits and hyphens, unique in the list. */
function safeId(value: string, taken: Set<string>): string {
  const base =
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'value';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The spheres a Silkgraph graph uses: the article's four, or its own ids when it has others. */
function spheresOfSilkgraph(graph: Graph): readonly SphereDef[] {
  const used = new Set([...graph.nodes, ...graph.edges].flatMap((e) => e.domains));
  const known = new Set(ARTICLE_SPHERES.map((s) => s.id));
  if ([...used].every((id) => known.has(id))) return ARTICLE_SPHERES;
  return [...used].map((id, i) => ({ id, label: id, colour: COLOURS[i % COLOURS.length]! }));
}

const valueOf = (attrs: Attrs, name: string): string => {
  const value = attr(attrs, name);
  return value === undefined || value === null || value === '' ? NO_VALUE : String(value);
};

/** Spheres from the distinct values of one attribute, in first-seen order; "(none)" last, in grey. */
function spheresOf(imported: ImportedGraph, name: string) {
  const values: string[] = [];
  const seen = new Set<string>();
  const see = (v: string) => {
    if (!seen.has(v)) values.push(v);
    seen.add(v);
  };
  imported.nodes.forEach((n) => see(valueOf(n.attrs, name)));
  const edgesHaveIt = imported.attributes.edges.some((a) => a.name === name);
  if (edgesHaveIt) imported.edges.forEach((e) => see(valueOf(e.attrs, name)));
  const ordered = [
    ...values.filter((v) => v !== NO_VALUE),
    ...values.filter((v) => v === NO_VALUE),
  ];
  const taken = new Set<string>();
  const byValue = new Map<string, string>();
  const spheres: SphereDef[] = ordered.map((value, i) => {
    const id = safeId(value === NO_VALUE ? 'none' : value, taken);
    byValue.set(value, id);
    const colour = value === NO_VALUE ? GREY : COLOURS[i % COLOURS.length]!;
    return { id, label: value, colour };
  });
  return { spheres, byValue, edgesHaveIt };
}

function kindOf(attrs: Attrs): NodeKind {
  const value = attrText(attrs, 'kind', 'type')?.toLowerCase();
  return (NODE_KINDS as readonly string[]).includes(value ?? '') ? (value as NodeKind) : 'other';
}

function statusOf(attrs: Attrs): EdgeStatus {
  const value = attrText(attrs, 'status')?.toLowerCase();
  return (EDGE_STATUSES as readonly string[]).includes(value ?? '')
    ? (value as EdgeStatus)
    : 'established';
}

function yearOf(attrs: Attrs): number | null {
  const value = attr(attrs, 'year');
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * Turns an imported graph into a dataset the app can show. A Silkgraph graph keeps its spheres,
 * kinds and evidence; any other graph is coloured and filtered by the values of `sphereAttribute`
 * (an edge without that attribute takes its ends' values) and has no passages.
 */
export function toDataset(imported: ImportedGraph, options: ToDatasetOptions): ImportedDataset {
  const article = imported.article ?? emptyArticle(options.fileName);
  if (imported.silkgraph) {
    const graph = imported.silkgraph;
    return {
      article,
      graph,
      positions: filePositions(
        imported,
        graph.nodes.map((n) => n.id),
      ),
      spheres: spheresOfSilkgraph(graph),
    };
  }
  const name = options.sphereAttribute;
  const plan = name === null ? null : spheresOf(imported, name);
  const nodeDomain = new Map<string, string>();
  const nodes: GraphNode[] = imported.nodes.map((n) => {
    const domain = plan && name ? plan.byValue.get(valueOf(n.attrs, name))! : ALL.id;
    nodeDomain.set(n.id, domain);
    const label = n.label.trim() || n.id;
    return {
      id: n.id,
      label,
      aliases: [label],
      kind: kindOf(n.attrs),
      domains: [domain],
      summary: attrText(n.attrs, 'description', 'summary') ?? '',
      evidence: [],
    };
  });
  const edges: GraphEdge[] = imported.edges.map((e) => {
    let domains: string[];
    if (!plan || !name) domains = [ALL.id];
    else if (plan.edgesHaveIt) domains = [plan.byValue.get(valueOf(e.attrs, name))!];
    else
      domains = [
        ...new Set([nodeDomain.get(e.source), nodeDomain.get(e.target)].filter(Boolean)),
      ] as string[];
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.label?.trim() || attrText(e.attrs, 'relation', 'label') || 'is linked to',
      domains: domains.length ? domains : [plan?.spheres[0]?.id ?? ALL.id],
      status: statusOf(e.attrs),
      year: yearOf(e.attrs),
      evidence: [],
    };
  });
  return {
    article,
    graph: { nodes, edges },
    positions: filePositions(
      imported,
      nodes.map((n) => n.id),
    ),
    spheres: plan ? plan.spheres : [ALL],
  };
}

const PREFERRED = /^(community|group|category|class|cluster|modularity_class|type|kind)$/i;

/** The attribute to colour by at first: a categorical node attribute, preferring group-like names. */
export function defaultSphereAttribute(imported: ImportedGraph): string | null {
  if (imported.silkgraph) return null;
  const categorical = imported.attributes.nodes.filter((a) => a.categorical);
  return (categorical.find((a) => PREFERRED.test(a.name)) ?? categorical[0])?.name ?? null;
}

/** The attributes one may colour and filter by: the categorical ones of nodes, then of edges. */
export function sphereAttributeChoices(imported: ImportedGraph): string[] {
  const names = [...imported.attributes.nodes, ...imported.attributes.edges]
    .filter((a) => a.categorical)
    .map((a) => a.name);
  return [...new Set(names)];
}
