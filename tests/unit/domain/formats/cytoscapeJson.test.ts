// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGraphFile, writeGraphFile } from '../../../../src/domain/formats';
import { errorOf, essence, fixture, parseFixture, typesOf } from './fixtures';

const parse = (value: unknown, name = 'graph.json') =>
  parseGraphFile({ name, text: typeof value === 'string' ? value : JSON.stringify(value) });

describe('Cytoscape JSON from Cytoscape desktop (.cyjs, elements as {nodes, edges})', () => {
  const { graph, report } = parseFixture('cytoscape-desktop.cyjs');

  it('reads nodes by name, edges by interaction, and positions', () => {
    expect(report).toMatchObject({ format: 'cytoscape-json', nodes: 3, edges: 3, repairs: [] });
    expect(graph.nodes.map((n) => [n.id, n.label])).toEqual([
      ['133', 'China'],
      ['134', 'Kazakhstan'],
      ['135', 'Khorgos Gateway'],
    ]);
    expect(graph.edges[1]).toMatchObject({ source: '133', target: '135', label: 'invests in' });
    expect(graph.positions['133']).toEqual({ x: -120.5, y: -43.25 });
  });

  it('leaves Cytoscape’s bookkeeping out and keeps list columns as JSON text', () => {
    expect(typesOf(report.attributes.nodes)).toEqual({
      sphere: 'string',
      degree_layout: 'number',
      aliases: 'string',
    });
    expect(graph.nodes[0]!.attrs.aliases).toBe('["PRC","Beijing"]');
    expect(typesOf(report.attributes.edges)).toEqual({ name: 'string', weight: 'number' });
  });

  it('keeps a node’s own "name" and "value" attributes through a round trip', () => {
    const { graph } = parse({
      elements: {
        nodes: [{ data: { id: 'a', label: 'Alpha', name: 'Al', value: 7 } }, { data: { id: 'b' } }],
        edges: [],
      },
    });
    const back = parse(JSON.parse(writeGraphFile('cytoscape-json', graph))).graph;
    expect(back.nodes[0]).toMatchObject({ id: 'a', label: 'Alpha' });
    expect({ ...back.nodes[0]!.attrs }).toEqual({ name: 'Al', value: 7 });
  });

  it('round-trips', () => {
    const back = parse(writeGraphFile('cytoscape-json', graph), 'again.cyjs');
    expect(essence(back.graph)).toEqual(essence(graph));
  });
});

describe('Cytoscape JSON as a list of elements (cy.elements().jsons())', () => {
  const { graph, report } = parseFixture('cytoscape-elements.json');

  it('tells nodes from edges by group and keeps positions and typed data', () => {
    expect(report).toMatchObject({ nodes: 3, edges: 2, repairs: [] });
    expect(graph.edges[0]).toMatchObject({ id: 'e1', label: 'partner of' });
    expect(graph.edges[0]!.attrs.established).toBe(true);
    expect(typesOf(report.attributes.edges)).toEqual({ established: 'boolean' });
    expect(graph.positions['nazarbayev-university']).toEqual({ x: 300, y: 400 });
  });

  it('round-trips', () => {
    const back = parse(writeGraphFile('cytoscape-json', graph));
    expect(essence(back.graph)).toEqual(essence(graph));
  });
});

describe('JSON written by NetworkX', () => {
  it('reads cytoscape_data: undirected, numeric data, edges without ids', () => {
    const { graph, report } = parseFixture('networkx-cytoscape.json');
    expect(graph.directed).toBe(false);
    expect(graph.nodes.map((n) => n.label)).toEqual(['China', 'Kazakhstan', 'CNPC']);
    expect(graph.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(typesOf(report.attributes.nodes)).toEqual({ group: 'number' });
  });

  it('reads node_link_data (nodes with edges or links) and says so', () => {
    const { graph, report } = parseFixture('networkx-node-link.json');
    expect(report.format).toBe('cytoscape-json');
    expect(report.notes).toContain('Read as node-link JSON (nodes with edges or links).');
    expect(graph.edges.map((e) => e.attrs.relation)).toEqual(['partner of', 'operates in']);
    const links = JSON.parse(fixture('networkx-node-link.json'));
    links.links = links.edges;
    delete links.edges;
    expect(parse(links).graph.edges).toHaveLength(2);
  });
});

describe('Cytoscape JSON repairs and errors', () => {
  it('generates missing ids, reports a node without one and drops edges without endpoints', () => {
    const { graph, report } = parse({
      elements: {
        nodes: [{ data: { id: 'a', name: 'A' } }, { data: { name: 'B' } }],
        edges: [{ data: { id: 'x', source: 'a' } }, { data: { id: 7, source: 'a', target: 'n1' } }],
      },
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'n1']);
    expect(graph.edges.map((e) => e.id)).toEqual(['7']);
    expect(report.repairs).toEqual([
      {
        kind: 'missing-id-generated',
        where: 'elements.nodes[1]',
        message: 'node has no id: given id "n1"',
      },
      {
        kind: 'dangling-edge-dropped',
        where: 'elements.edges[0]',
        message: 'edge has no target: dropped',
      },
    ]);
  });

  it('names line and column of invalid JSON, and of truncated JSON', () => {
    const text =
      '{\n  "elements": {\n    "nodes": [ { "data": { "id": "a" } } ]\n    "edges": []\n  }\n}';
    expect(errorOf(() => parse(text)).message).toBe(
      'JSON: line 4 column 5: invalid JSON at "\\"edges\\": []\\n"',
    );
    const cut = fixture('cytoscape-desktop.cyjs').slice(0, 500);
    expect(errorOf(() => parse(cut)).message).toMatch(
      new RegExp(
        `^JSON: line ${cut.split('\n').length} column \\d+: unexpected end of file \\(truncated JSON\\?\\)$`,
      ),
    );
  });

  it('refuses "elements" that is neither a list nor {nodes, edges}', () => {
    expect(errorOf(() => parse({ elements: 'none' })).message).toBe(
      'Cytoscape JSON: "elements" must be a list or an object with "nodes" and "edges"',
    );
    expect(errorOf(() => parse({ elements: { nodes: {} } })).message).toBe(
      'Cytoscape JSON: elements.nodes: expected a list',
    );
  });
});
