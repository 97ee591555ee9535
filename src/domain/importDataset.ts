import type { AttrValue, Attrs, ImportedGraph } from './formats/model';
import { t } from '../i18n/core';
import { ARTICLE_SPHERES, EXTRA_COLOURS } from './palette';
import type {
  Article,
  Attribution,
  EdgeStatus,
  Graph,
  GraphEdge,
  GraphNode,
  NodeKind,
  Positions,
  SphereDef,
} from './schema';
import type { Tour } from './tour';
import { createPositionTable } from './positions';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS } from './vocabulary';

/** A dataset as the store's replaceDataset takes it (defined here: the domain does not import the store). */
export interface ImportedDataset {
  article: Article;
  graph: Graph;
  positions: Positions;
  spheres: readonly SphereDef[];
  /** The map's own tour, when its file carries one. */
  tour?: Tour;
}

export interface ToDatasetOptions {
  /** The categorical attribute whose values become the spheres; null puts everything in "All". */
  sphereAttribute: string | null;
  fileName: string;
}

/** The sphere of elements that have no value for the chosen attribute. */
export const NO_VALUE = '(none)';
/** The one sphere of a graph coloured by nothing, named in the interface's language. */
const all = (): SphereDef => ({
  id: 'all',
  label: t('import.sphere.all'),
  colour: ARTICLE_SPHERES[0]!.colour,
});
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
    title: fileName || t('import.untitled'),
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
  if (ids.length === 0 || !ids.every((id) => Object.hasOwn(placed, id)))
    return createPositionTable();
  const positions = createPositionTable();
  for (const id of ids) positions[id] = { x: placed[id]!.x, y: placed[id]!.y };
  return positions;
}

/** A value turned into a sphere id: lower-case letters, digits and hyphens, unique in the list. */
function safeId(value: string, taken: Set<string>): string {
  const base =
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-/, '')
      .replace(/-$/, '') || 'value';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The spheres a Silkgraph graph uses: the article's four, or its own ids when it has others. */
export function spheresOfSilkgraph(graph: Graph): readonly SphereDef[] {
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
  const byValue = new Map<string, number>();
  const spheres: SphereDef[] = ordered.map((value, i) => {
    const id = safeId(value === NO_VALUE ? 'none' : value, taken);
    byValue.set(value, i);
    const colour = value === NO_VALUE ? GREY : COLOURS[i % COLOURS.length]!;
    return { id, label: value === NO_VALUE ? t('import.sphere.none') : value, colour };
  });
  return { spheres, byValue, edgesHaveIt };
}

/**
 * How one choice of attribute colours and filters an imported graph (not a Silkgraph one): its
 * spheres and each element's sphere, as indexes into `spheres` in the graph's order. It is what
 * `toDataset` builds the spheres from, and what `recolour` applies to a dataset already made, so the
 * import can offer every choice without keeping the file's attributes on the page.
 */
export interface Colouring {
  /** The attribute, or null for one sphere "All". */
  attribute: string | null;
  spheres: SphereDef[];
  /** Each node's sphere. */
  nodes: Uint32Array;
  /** Each edge's sphere, when edges carry the attribute; null: an edge takes its ends' spheres. */
  edges: Uint32Array | null;
}

/** The colouring of an imported graph by the values of one attribute (null: everything in "All"). */
export function colouringOf(imported: ImportedGraph, attribute: string | null): Colouring {
  const nodes = new Uint32Array(imported.nodes.length);
  if (attribute === null)
    return { attribute, spheres: [all()], nodes, edges: new Uint32Array(imported.edges.length) };
  const plan = spheresOf(imported, attribute);
  imported.nodes.forEach((n, i) => (nodes[i] = plan.byValue.get(valueOf(n.attrs, attribute))!));
  let edges: Uint32Array | null = null;
  if (plan.edgesHaveIt) {
    const values = new Uint32Array(imported.edges.length);
    imported.edges.forEach((e, i) => (values[i] = plan.byValue.get(valueOf(e.attrs, attribute))!));
    edges = values;
  }
  return { attribute, spheres: plan.spheres, nodes, edges };
}

/** Each element's domains under a colouring; node ids as the graph lists them, in order. */
function domainsUnder(
  colouring: Colouring,
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
) {
  const { spheres } = colouring;
  if (
    colouring.nodes.length !== nodeIds.length ||
    (colouring.edges?.length ?? edges.length) !== edges.length
  )
    throw new Error('the colouring is of another graph');
  const nodeDomain = new Map<string, string>();
  const nodes = nodeIds.map((id, i) => {
    const domain = spheres[colouring.nodes[i]!]!.id;
    nodeDomain.set(id, domain);
    return [domain];
  });
  const fallback = spheres[0]?.id ?? all().id;
  const edgeDomains = edges.map((e, i) => {
    if (colouring.edges) return [spheres[colouring.edges[i]!]!.id];
    const domains = [
      ...new Set([nodeDomain.get(e.source), nodeDomain.get(e.target)].filter(Boolean)),
    ] as string[];
    return domains.length ? domains : [fallback];
  });
  return { nodes, edges: edgeDomains };
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

/** Whose claim, when the file says in our words; otherwise the relation does not say. */
function attributionOf(attrs: Attrs): Attribution | undefined {
  const value = attrText(attrs, 'attribution')?.toLowerCase();
  return (ATTRIBUTIONS as readonly string[]).includes(value ?? '')
    ? (value as Attribution)
    : undefined;
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
  // An undirected file's relations go both ways: drawn without arrows, read as "linked with".
  const undirected = imported.directed ? {} : { directed: false as const };
  if (imported.silkgraph) {
    const graph = imported.directed ? imported.silkgraph : { ...imported.silkgraph, ...undirected };
    return {
      article,
      graph,
      positions: filePositions(
        imported,
        graph.nodes.map((n) => n.id),
      ),
      spheres: imported.map?.categories ?? spheresOfSilkgraph(graph),
      ...(imported.map?.tour ? { tour: imported.map.tour } : {}),
    };
  }
  const colouring = colouringOf(imported, options.sphereAttribute);
  const domains = domainsUnder(
    colouring,
    imported.nodes.map((n) => n.id),
    imported.edges,
  );
  const nodes: GraphNode[] = imported.nodes.map((n, i) => {
    const label = n.label.trim() || n.id;
    return {
      id: n.id,
      label,
      aliases: [label],
      kind: kindOf(n.attrs),
      domains: domains.nodes[i]!,
      summary: attrText(n.attrs, 'description', 'summary') ?? '',
      evidence: [],
    };
  });
  const edges: GraphEdge[] = imported.edges.map((e, i) => {
    const attribution = attributionOf(e.attrs);
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      relation:
        e.label?.trim() ||
        attrText(e.attrs, 'relation', 'label') ||
        t(imported.directed ? 'import.relation.directed' : 'import.relation.undirected'),
      domains: domains.edges[i]!,
      status: statusOf(e.attrs),
      ...(attribution ? { attribution } : {}),
      year: yearOf(e.attrs),
      evidence: [],
    };
  });
  return {
    article,
    graph: { nodes, edges, ...undirected },
    positions: filePositions(
      imported,
      nodes.map((n) => n.id),
    ),
    spheres: colouring.spheres,
  };
}

/**
 * The dataset `toDataset` makes of the same imported graph with another attribute: only the spheres
 * and every element's domains change. `dataset` must be `toDataset`'s of that graph (any attribute)
 * and `colouring` `colouringOf` it; a colouring of another graph is refused.
 */
export function recolour(dataset: ImportedDataset, colouring: Colouring): ImportedDataset {
  const { nodes, edges } = dataset.graph;
  const domains = domainsUnder(
    colouring,
    nodes.map((n) => n.id),
    edges,
  );
  return {
    ...dataset,
    graph: {
      ...dataset.graph,
      nodes: nodes.map((n, i) => ({ ...n, domains: domains.nodes[i]! })),
      edges: edges.map((e, i) => ({ ...e, domains: domains.edges[i]! })),
    },
    spheres: colouring.spheres,
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
