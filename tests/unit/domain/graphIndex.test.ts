import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import graphJson from '../../../data/graph.json';
import { quotesInBlock } from '../../../src/domain/blockPassages';
import { findElement } from '../../../src/domain/evidence';
import { graphIndex } from '../../../src/domain/graphIndex';
import { labelsById } from '../../../src/domain/relations';
import type { Article, Graph, GraphEdge, GraphNode } from '../../../src/domain/schema';
import { syntheticDataset } from '../../fixtures/synthetic';
import { smallArticle, smallGraph } from '../../fixtures/small';

const realGraph = graphJson as unknown as Graph;
const realArticle = articleJson as unknown as Article;
const synthetic = syntheticDataset({ nodes: 600, edges: 2400, seed: 7 });

const edge = (id: string, source: string, target: string): GraphEdge => ({
  ...smallGraph.edges[0]!,
  id,
  source,
  target,
});
const node = (id: string, label: string): GraphNode => ({ ...smallGraph.nodes[0]!, id, label });

/** What the index replaces: a node's edges by a scan of all edges. */
const incidentByScan = (graph: Graph, id: string) =>
  graph.edges.filter((e) => e.source === id || e.target === id);

describe('graphIndex', () => {
  it('is made once per graph object, and a new graph object gets its own', () => {
    expect(graphIndex(smallGraph)).toBe(graphIndex(smallGraph));
    const renamed = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) => (n.id === 'alpha' ? { ...n, label: 'Alfa' } : n)),
    };
    expect(graphIndex(smallGraph).node('alpha')?.label).toBe('Alpha');
    expect(graphIndex(renamed).node('alpha')?.label).toBe('Alfa');
    expect(graphIndex(renamed).labels.get('alpha')).toBe('Alfa');
    expect(graphIndex(smallGraph).labels.get('alpha')).toBe('Alpha');
  });

  it.each([
    ['the small fixture', smallGraph],
    ['the article', realGraph],
    ['a synthetic graph', synthetic.graph],
  ])('finds every node and edge of %s as find() does, and nothing else', (_, graph) => {
    const index = graphIndex(graph);
    for (const n of graph.nodes) {
      expect(index.node(n.id)).toBe(n);
      expect(index.element({ type: 'node', id: n.id })).toBe(
        findElement(graph, { type: 'node', id: n.id }),
      );
      expect(index.edge(n.id)).toBe(graph.edges.find((e) => e.id === n.id));
    }
    for (const e of graph.edges) {
      expect(index.edge(e.id)).toBe(e);
      expect(index.element({ type: 'edge', id: e.id })).toBe(e);
      expect(index.node(e.id)).toBe(graph.nodes.find((n) => n.id === e.id));
    }
    expect(index.node('ghost')).toBeUndefined();
    expect(index.edge('ghost')).toBeUndefined();
  });

  it('respects the type of a reference', () => {
    const index = graphIndex(smallGraph);
    expect(index.element({ type: 'edge', id: 'alpha' })).toBeUndefined();
    expect(index.element({ type: 'node', id: 'alpha-treaty-beta' })).toBeUndefined();
    const shared = { ...smallGraph, edges: [edge('alpha', 'alpha', 'beta')] };
    expect(graphIndex(shared).element({ type: 'node', id: 'alpha' })).toBe(shared.nodes[0]);
    expect(graphIndex(shared).element({ type: 'edge', id: 'alpha' })).toBe(shared.edges[0]);
  });

  it('gives the first of a repeated id, as find() does, but the last label, as labelsById does', () => {
    const graph: Graph = {
      nodes: [node('a', 'First'), node('b', 'Bee'), node('a', 'Second')],
      edges: [edge('e', 'a', 'b'), edge('e', 'b', 'a')],
    };
    const index = graphIndex(graph);
    expect(index.node('a')).toBe(graph.nodes[0]);
    expect(index.edge('e')).toBe(graph.edges[0]);
    expect(index.labels).toEqual(labelsById(graph));
    expect(index.labels.get('a')).toBe('Second');
  });

  it.each([
    ['the small fixture', smallGraph],
    ['the article', realGraph],
    ['a synthetic graph', synthetic.graph],
  ])('lists the edges of every node of %s in graph order, as a scan does', (_, graph) => {
    const index = graphIndex(graph);
    for (const n of graph.nodes) expect(index.incident(n.id)).toEqual(incidentByScan(graph, n.id));
    expect(index.incident('ghost')).toEqual([]);
  });

  it('lists a self-loop once, and the edges of an end the graph lacks', () => {
    const graph: Graph = {
      nodes: [node('a', 'A'), node('b', 'B')],
      edges: [
        edge('ab', 'a', 'b'),
        edge('aa', 'a', 'a'),
        edge('ba', 'b', 'a'),
        edge('bx', 'b', 'x'),
      ],
    };
    const index = graphIndex(graph);
    expect(index.incident('a').map((e) => e.id)).toEqual(['ab', 'aa', 'ba']);
    expect(index.incident('b').map((e) => e.id)).toEqual(['ab', 'ba', 'bx']);
    expect(index.incident('x').map((e) => e.id)).toEqual(['bx']);
  });

  it('has the labels of labelsById', () => {
    for (const graph of [smallGraph, realGraph, synthetic.graph])
      expect(graphIndex(graph).labels).toEqual(labelsById(graph));
  });

  it.each([
    ['the small fixture', smallGraph, smallArticle],
    ['the article', realGraph, realArticle],
    ['a synthetic graph', synthetic.graph, synthetic.article],
  ])('gives the quotes of every block of %s in the order of quotesInBlock', (_, graph, article) => {
    const index = graphIndex(graph);
    for (const block of [...article.blocks.map((b) => b.id), 'p99'])
      expect(index.quotesInBlock(block)).toEqual(quotesInBlock(graph, block));
  });
});
