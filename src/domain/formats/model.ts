import type { Article, Graph, SphereDef } from '../schema';
import type { Tour } from '../tour';

/** The file formats Silkgraph reads and writes. */
export const FORMAT_IDS = ['silkgraph-json', 'cytoscape-json', 'gexf', 'graphml', 'csv'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** How each format is named to the user, its usual extension and its MIME type. */
export const FORMATS: Readonly<
  Record<FormatId, { name: string; extension: string; mime: string }>
> = {
  'silkgraph-json': { name: 'Silkgraph JSON', extension: 'json', mime: 'application/json' },
  'cytoscape-json': { name: 'Cytoscape JSON', extension: 'cyjs', mime: 'application/json' },
  gexf: { name: 'GEXF', extension: 'gexf', mime: 'application/gexf+xml' },
  graphml: { name: 'GraphML', extension: 'graphml', mime: 'application/graphml+xml' },
  csv: { name: 'CSV', extension: 'csv', mime: 'text/csv' },
};

/** An attribute value as every format can carry it. */
export type AttrValue = string | number | boolean | null;

/**
 * Attribute values by name. Always created by `createAttrs` (no prototype), so names taken from a
 * file such as `__proto__` or `constructor` are ordinary keys. After `postMessage` or JSON the
 * prototype is back: read it with `Object.entries` / `Object.hasOwn`, never `Object.assign` it.
 */
export type Attrs = Record<string, AttrValue>;

export interface ImportedNode {
  id: string;
  label: string;
  attrs: Attrs;
}

export interface ImportedEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  attrs: Attrs;
}

export interface Position {
  x: number;
  y: number;
}

export type AttributeType = 'string' | 'number' | 'boolean';

/** What the import learned about one attribute column. */
export interface AttributeInfo {
  name: string;
  type: AttributeType;
  /** Distinct non-null values. */
  distinct: number;
  /** Few distinct values that repeat: suitable to colour or filter by, as the spheres are. */
  categorical: boolean;
}

/** A graph read from any format, in screen coordinates (y grows downwards). */
export interface ImportedGraph {
  nodes: ImportedNode[];
  edges: ImportedEdge[];
  /** Node id → position, for the nodes the file placed; no prototype (see `Attrs`). */
  positions: Record<string, Position>;
  attributes: { nodes: AttributeInfo[]; edges: AttributeInfo[] };
  /** False when the file declares its edges undirected. */
  directed: boolean;
  /** The article the graph is grounded in, when a Silkgraph JSON file carries it. */
  article?: Article;
  /** The full Silkgraph graph (evidence, spheres, kinds) when the file had all of it. */
  silkgraph?: Graph;
  /** What a Silkgraph map file carries beside the graph: its categories and its tour. */
  map?: MapParts;
}

/** The parts of a map beyond its graph, text and positions, as a Silkgraph map file keeps them. */
export interface MapParts {
  /** The categories the map filters and colours by (the article's four spheres by default). */
  categories?: readonly SphereDef[];
  /** The map's guided tour. */
  tour?: Tour;
}

export type RepairKind =
  | 'dangling-edge-dropped'
  | 'duplicate-node-id'
  | 'duplicate-edge-id'
  | 'missing-label'
  | 'missing-id-generated'
  | 'undeclared-attribute'
  | 'invalid-value'
  | 'extra-cells'
  | 'edge-id-of-node'
  | 'number-not-finite';

/** Something the import changed to make the file usable, and where. */
export interface Repair {
  kind: RepairKind;
  /** A line or element, e.g. `line 14 <edge id="e7">` or `edges.csv line 14`. */
  where: string;
  message: string;
}

export interface ImportReport {
  format: FormatId;
  /** The format's name as the user knows it, e.g. "GEXF". */
  formatName: string;
  nodes: number;
  edges: number;
  /** Whether the relations were read as directed (what the file says, or the format's default). */
  directed: boolean;
  attributes: { nodes: AttributeInfo[]; edges: AttributeInfo[] };
  /** Every repair in the order made (at most MAX_KEPT_REPAIRS of them; `repairCounts` counts all). */
  repairs: Repair[];
  /** How many repairs of each kind were made. */
  repairCounts: Partial<Record<RepairKind, number>>;
  /** Things worth knowing that changed nothing, e.g. a wrong file extension. */
  notes: string[];
}

/** An empty attribute bag with no prototype, safe for names read from a file. */
export function createAttrs(entries?: Iterable<readonly [string, AttrValue]>): Attrs {
  const attrs = Object.create(null) as Attrs;
  if (entries) for (const [k, v] of entries) attrs[k] = v;
  return attrs;
}

/** An empty position table with no prototype. */
export function createPositions(): Record<string, Position> {
  return Object.create(null) as Record<string, Position>;
}

/** An attribute's value, or undefined when absent: never a member inherited from Object. */
export function attrOf(attrs: Attrs, name: string): AttrValue | undefined {
  return Object.hasOwn(attrs, name) ? attrs[name] : undefined;
}

/**
 * Gives attributes and positions back their null prototype after `postMessage` or JSON, which
 * clone them as plain objects (where `attrs.constructor` would be Object's, not the file's).
 */
export function reviveImportedGraph(graph: ImportedGraph): ImportedGraph {
  const positions = createPositions();
  for (const [id, p] of Object.entries(graph.positions)) positions[id] = p;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, attrs: createAttrs(Object.entries(n.attrs)) })),
    edges: graph.edges.map((e) => ({ ...e, attrs: createAttrs(Object.entries(e.attrs)) })),
    positions,
  };
}
