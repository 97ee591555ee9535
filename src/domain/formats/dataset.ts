import type { Article, Graph, Positions } from '../schema';
import { describeAttributes } from './builder';
import {
  createAttrs,
  createPositions,
  type AttributeType,
  type ImportedGraph,
  type MapParts,
} from './model';

// A Silkgraph graph travels through GEXF, GraphML, Cytoscape JSON and CSV as flat attributes:
// spheres and tags joined with "|", aliases and evidence as JSON text; silkgraphJson.ts reads them
// back. No zod here: the app can flatten its dataset for export without loading the schema.

/** How list attributes (spheres, tags) are joined. */
export const LIST_SEPARATOR = '|';
const LIST = LIST_SEPARATOR;

const NODE_COLUMNS: [string, AttributeType][] = [
  ['kind', 'string'],
  ['domains', 'string'],
  ['tags', 'string'],
  ['aliases', 'string'],
  ['otherNames', 'string'],
  ['summary', 'string'],
  ['evidence', 'string'],
];
const EDGE_COLUMNS: [string, AttributeType][] = [
  ['domains', 'string'],
  ['tags', 'string'],
  ['status', 'string'],
  ['attribution', 'string'],
  ['year', 'number'],
  ['evidence', 'string'],
];

/**
 * The app's dataset as an ImportedGraph, ready for any writer; nothing is lost. The map's parts
 * (categories, tour) only Silkgraph JSON writes.
 */
export function fromDataset(
  graph: Graph,
  article?: Article,
  positions?: Positions,
  parts?: MapParts,
): ImportedGraph {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    attrs: createAttrs([
      ['kind', n.kind],
      ['domains', n.domains.join(LIST)],
      ['tags', n.tags ? n.tags.join(LIST) : null],
      ['aliases', JSON.stringify(n.aliases)],
      ['otherNames', n.otherNames ? JSON.stringify(n.otherNames) : null],
      ['summary', n.summary],
      ['evidence', JSON.stringify(n.evidence)],
    ]),
  }));
  const edges = graph.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.relation,
    attrs: createAttrs([
      ['domains', e.domains.join(LIST)],
      ['tags', e.tags ? e.tags.join(LIST) : null],
      ['status', e.status],
      ['attribution', e.attribution ?? null],
      ['year', e.year],
      ['evidence', JSON.stringify(e.evidence)],
    ]),
  }));
  const placed = createPositions();
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  for (const [id, p] of Object.entries(positions ?? {}))
    if (nodeIds.has(id)) placed[id] = { x: p.x, y: p.y };
  return {
    nodes,
    edges,
    positions: placed,
    directed: graph.directed !== false,
    attributes: {
      nodes: describeAttributes(nodes, new Map(NODE_COLUMNS)),
      edges: describeAttributes(edges, new Map(EDGE_COLUMNS)),
    },
    ...(article ? { article } : {}),
    silkgraph: graph,
    ...(parts ? { map: parts } : {}),
  };
}
