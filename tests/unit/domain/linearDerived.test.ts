import { describe, expect, it } from 'vitest';
import { elementsByBlock, type ElementRef } from '../../../src/domain/evidence';
import { evidenceRows } from '../../../src/domain/exportSheet';
import {
  allFilters,
  kindCounts,
  neighbourhood,
  sphereCounts,
  statusCounts,
  visibleElements,
  type Filters,
  type Visible,
} from '../../../src/domain/filters';
import { t } from '../../../src/i18n';
import type { Article, Graph, GraphEdge, GraphNode } from '../../../src/domain/schema';
import { syntheticDataset } from '../../fixtures/synthetic';
import { EDGE_STATUSES, NODE_KINDS, SPHERES } from '../../../src/domain/vocabulary';

// The derived data computed when a graph is put on the map was rewritten to be linear and cheap
// (one pass, no per-element closures or string keys, integer sort keys). These are the versions they
// replace, kept verbatim as the reference: the answers must be the same, order included.

function visibleReference(graph: Graph, filters: Filters): Visible {
  const spheres = new Set(filters.spheres);
  const kinds = new Set(filters.kinds);
  const statuses = new Set(filters.statuses);
  const attributions = new Set(filters.attributions);
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const kindOn = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && kinds.has(kind);
  };
  const edges = new Set<string>();
  const withVisibleEdge = new Set<string>();
  for (const edge of graph.edges) {
    if (!edge.domains.some((d) => spheres.has(d))) continue;
    if (!statuses.has(edge.status)) continue;
    // Added with attributions: a relation that says whose claim it is shows only when that is on.
    if (edge.attribution && !attributions.has(edge.attribution)) continue;
    if (!kindOn(edge.source) || !kindOn(edge.target)) continue;
    edges.add(edge.id);
    withVisibleEdge.add(edge.source);
    withVisibleEdge.add(edge.target);
  }
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!kinds.has(node.kind)) continue;
    if (node.domains.some((d) => spheres.has(d)) || withVisibleEdge.has(node.id))
      nodes.add(node.id);
  }
  return { nodes, edges };
}

function neighbourhoodReference(graph: Graph, visible: Visible, center: string, depth: number) {
  if (!visible.nodes.has(center)) return { nodes: new Set(), edges: new Set() };
  const adjacency = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    adjacency.set(edge.source, [...(adjacency.get(edge.source) ?? []), edge.target]);
    adjacency.set(edge.target, [...(adjacency.get(edge.target) ?? []), edge.source]);
  }
  const nodes = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacency.get(id) ?? [])
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
    frontier = next;
  }
  const edges = new Set(
    graph.edges
      .filter((e) => visible.edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target))
      .map((e) => e.id),
  );
  return { nodes, edges };
}

const countsReference = (graph: Graph, sphereIds: readonly string[]) => ({
  spheres: sphereIds.map((sphere) => ({
    sphere,
    nodes: graph.nodes.filter((n) => n.domains.includes(sphere)).length,
    edges: graph.edges.filter((e) => e.domains.includes(sphere)).length,
  })),
  kinds: NODE_KINDS.map((kind) => ({
    kind,
    count: graph.nodes.filter((n) => n.kind === kind).length,
  })).filter((k) => k.count > 0),
  statuses: EDGE_STATUSES.map((status) => ({
    status,
    count: graph.edges.filter((e) => e.status === status).length,
  })),
});

function byBlockReference(graph: Graph): Map<string, ElementRef[]> {
  const index = new Map<string, ElementRef[]>();
  const seen = new Set<string>();
  const add = (block: string, ref: ElementRef) => {
    const key = `${block}\u0000${ref.type}\u0000${ref.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = index.get(block);
    if (list) list.push(ref);
    else index.set(block, [ref]);
  };
  for (const node of graph.nodes)
    for (const ev of node.evidence) add(ev.block, { type: 'node', id: node.id });
  for (const edge of graph.edges)
    for (const ev of edge.evidence) add(ev.block, { type: 'edge', id: edge.id });
  return index;
}

function rowsReference(article: Article, graph: Graph, displayed: Visible) {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const order = new Map(article.blocks.map((b, i) => [b.id, i]));
  const blocks = new Map(article.blocks.map((b) => [b.id, b]));
  const titles = new Map(article.sections.map((s) => [s.id, s.title]));
  const label = (id: string) => labels.get(id) ?? id;
  const relations = graph.edges
    .filter((e) => displayed.edges.has(e.id))
    .map((edge) => ({ edge, source: label(edge.source), target: label(edge.target) }))
    .sort(
      (a, b) =>
        a.source.localeCompare(b.source) ||
        a.edge.relation.localeCompare(b.edge.relation) ||
        a.target.localeCompare(b.target),
    );
  return relations.flatMap(({ edge, source, target }) =>
    [...edge.evidence]
      .sort((a, b) => (order.get(a.block) ?? Infinity) - (order.get(b.block) ?? Infinity))
      .map((ev) => {
        const block = blocks.get(ev.block);
        return {
          source,
          relation: edge.relation,
          target,
          spheres: edge.domains.join('; '),
          status: edge.status,
          // Added with attributions: whose claim, and the relation as that claim.
          attribution: edge.attribution ?? '',
          claim: t(`graph.claim.${edge.attribution ?? 'none'}`, {
            sentence: `${source} ${edge.relation} ${target}`,
          }),
          year: edge.year,
          section: block ? (titles.get(block.section) ?? block.section) : '',
          block: ev.block,
          quote: ev.quote,
          relationId: edge.id,
        };
      }),
  );
}

const { article, graph } = syntheticDataset({ nodes: 400, edges: 1600, seed: 11 });

const node = (id: string, over: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label: id,
  aliases: [],
  kind: 'state',
  domains: ['political'],
  summary: '',
  evidence: [],
  ...over,
});
const edge = (id: string, source: string, target: string, over: Partial<GraphEdge> = {}) => ({
  id,
  source,
  target,
  relation: 'meets',
  domains: ['political'],
  status: 'established' as const,
  year: null,
  evidence: [],
  ...over,
});

/**
 * What the fast versions could get wrong: a repeated node id (the last one's kind decides), an edge
 * to a node that is not there, a sphere listed twice, a self-loop, labels the collator deems equal
 * ("alpha" and "Alpha" at base sensitivity are not, "a" and "a" are), passages repeated in one block
 * and a block the article lacks.
 */
const tricky: Graph = {
  nodes: [
    node('a', { label: 'Zeta', evidence: [{ block: 'b2', quote: 'x' }] }),
    node('b', { label: 'alpha', domains: ['energy', 'energy'] }),
    node('a', { kind: 'company', label: 'Ärger', evidence: [{ block: 'b2', quote: 'y' }] }),
    node('c', {
      label: 'Alpha',
      kind: 'concept',
      evidence: [
        { block: 'b1', quote: 'p' },
        { block: 'b1', quote: 'q' },
        { block: 'nope', quote: 'r' },
      ],
    }),
    node('d', { label: 'alpha', domains: [] }),
  ],
  edges: [
    edge('e1', 'a', 'b', {
      evidence: [
        { block: 'b2', quote: 'late' },
        { block: 'b1', quote: 'early' },
        { block: 'gone', quote: 'lost' },
      ],
    }),
    edge('e2', 'b', 'c', { relation: 'Meets', evidence: [{ block: 'b1', quote: 'one' }] }),
    edge('e3', 'c', 'ghost', { evidence: [{ block: 'b1', quote: 'two' }] }),
    edge('e4', 'c', 'c', { domains: ['economic', 'economic'], status: 'proposed' }),
    edge('e1', 'd', 'b', { evidence: [{ block: 'b1', quote: 'dup' }] }),
    edge('e5', 'd', 'a', { relation: 'meets', evidence: [{ block: 'b2', quote: 'z' }] }),
    edge('e6', 'b', 'd', { evidence: [{ block: 'b2', quote: 'z' }] }),
  ],
};
const trickyArticle: Article = {
  ...article,
  sections: [{ id: 's', title: 'S' }],
  blocks: [
    { id: 'b1', type: 'paragraph', section: 's', text: '' },
    { id: 'b2', type: 'paragraph', section: 'other', text: '' },
  ],
};

const filterSets: Filters[] = [
  allFilters(SPHERES),
  { ...allFilters(SPHERES), spheres: ['energy'] },
  { ...allFilters(SPHERES), spheres: ['economic', 'humanitarian'], statuses: ['proposed'] },
  { ...allFilters(SPHERES), kinds: ['state', 'concept'] },
  { ...allFilters(SPHERES), kinds: ['company'], spheres: ['political'] },
  { ...allFilters(SPHERES), attributions: ['fact', 'china'] },
  { spheres: [], kinds: [], statuses: [], attributions: [] },
];
const ordered = (v: Visible) => ({ nodes: [...v.nodes], edges: [...v.edges] });

describe.each([
  ['a synthetic graph', graph, article],
  ['a graph with repeated ids, dangling ends and ties', tricky, trickyArticle],
])('the linear derived data on %s', (_, g, a) => {
  it('visibleElements gives the same sets, in the same order, for every filter', () => {
    for (const filters of filterSets)
      expect(ordered(visibleElements(g, filters))).toEqual(ordered(visibleReference(g, filters)));
  });

  it('neighbourhood gives the same nodes and edges at depth 1 and 2 around each node', () => {
    const visible = visibleElements(g, allFilters(SPHERES));
    for (const n of g.nodes.slice(0, 40))
      for (const depth of [1, 2])
        expect(ordered(neighbourhood(g, visible, n.id, depth))).toEqual(
          ordered(neighbourhoodReference(g, visible, n.id, depth) as Visible),
        );
  });

  it('the counts next to the toggles are the same', () => {
    const spheres = [...SPHERES, 'unknown', 'energy'];
    expect({
      spheres: sphereCounts(g, spheres),
      kinds: kindCounts(g),
      statuses: statusCounts(g),
    }).toEqual(countsReference(g, spheres));
  });

  it('elementsByBlock lists the same elements per block in the same order', () => {
    expect([...elementsByBlock(g)]).toEqual([...byBlockReference(g)]);
  });

  it('evidenceRows gives the same rows in the same order for every filter', () => {
    for (const filters of filterSets) {
      const displayed = visibleElements(g, filters);
      expect(evidenceRows(a, g, displayed)).toEqual(rowsReference(a, g, displayed));
    }
  });
});

describe('the fast paths are exercised', () => {
  it('the tricky graph has what it claims: a repeated id, a tie and a repeated passage block', () => {
    expect(tricky.nodes.filter((n) => n.id === 'a')).toHaveLength(2);
    expect('alpha'.localeCompare('alpha')).toBe(0);
    expect(
      byBlockReference(tricky)
        .get('b1')!
        .filter((r) => r.id === 'c'),
    ).toHaveLength(1);
    // The repeated edge id "e1" has passages in b1 and b2: listed once per block.
    expect(
      byBlockReference(tricky)
        .get('b1')!
        .filter((r) => r.id === 'e1'),
    ).toHaveLength(1);
  });

  it('a relation shown on the map with no passage makes no row', () => {
    const displayed = visibleElements(tricky, allFilters(SPHERES));
    expect(displayed.edges.has('e4')).toBe(true);
    expect(evidenceRows(trickyArticle, tricky, displayed).some((r) => r.relationId === 'e4')).toBe(
      false,
    );
  });
});
