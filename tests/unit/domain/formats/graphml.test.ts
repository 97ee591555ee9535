// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGraphFile, safeLink, writeGraphFile } from '../../../../src/domain/formats';
import { errorOf, essence, fixture, parseFixture, typesOf } from './fixtures';

const parse = (text: string) => parseGraphFile({ name: 'test.graphml', text });

const graphml = (body: string, keys = '') => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
  <graph edgedefault="directed">
${body}
  </graph>
</graphml>`;

describe('GraphML as NetworkX writes it', () => {
  const { graph, report } = parseFixture('networkx.graphml');

  it('reads nodes with their label key and edges without ids', () => {
    expect(report).toMatchObject({ format: 'graphml', nodes: 4, edges: 3, repairs: [] });
    expect(graph.nodes.map((n) => n.label)).toEqual(['China', 'Kazakhstan', 'Astana', 'Beijing']);
    expect(graph.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(graph.directed).toBe(false);
  });

  it('types data by the keys’ attr.type (long, double, boolean) and keeps label out of attributes', () => {
    expect(typesOf(report.attributes.nodes)).toEqual({
      sphere: 'string',
      population: 'number',
      capital: 'boolean',
    });
    expect({ ...graph.nodes[0]!.attrs }).toEqual({
      sphere: 'political',
      population: 1412000000,
      capital: false,
    });
    expect({ ...graph.edges[0]!.attrs }).toEqual({ relation: 'borders', weight: 2.5 });
    expect(Object.keys(graph.positions)).toEqual([]);
  });

  it('round-trips', () => {
    const back = parse(writeGraphFile('graphml', graph));
    expect(essence(back.graph)).toEqual(essence(graph));
    expect(back.report.repairs).toEqual([]);
  });
});

describe('GraphML as yEd writes it', () => {
  const { graph, report } = parseFixture('yed.graphml');

  it('takes labels from y:NodeLabel and y:EdgeLabel, multi-line labels included', () => {
    expect(graph.nodes.map((n) => n.label)).toEqual([
      'China',
      'Kazakhstan',
      'Belt and Road\nInitiative',
    ]);
    expect(graph.edges.map((e) => e.label)).toEqual(['partner of', undefined]);
    expect(report.repairs).toEqual([]);
  });

  it('places nodes at the centre of their y:Geometry', () => {
    expect({ ...graph.positions }).toEqual({
      n0: { x: 130, y: 215 },
      n1: { x: 340, y: 215 },
      n2: { x: 240, y: 380 },
    });
  });

  it('keeps plain keys (url, description) as attributes and ignores graphics keys', () => {
    expect(typesOf(report.attributes.nodes)).toEqual({ url: 'string', description: 'string' });
    expect(graph.nodes[0]!.attrs.url).toBe('https://en.wikipedia.org/wiki/China');
    expect(safeLink(graph.nodes[0]!.attrs.url)).toBe('https://en.wikipedia.org/wiki/China');
    expect(graph.nodes[1]!.attrs.description).toBe('Largest country in Central Asia');
  });

  it('round-trips labels, positions and attributes through our GraphML', () => {
    const back = parse(writeGraphFile('graphml', graph));
    expect(essence(back.graph)).toEqual(essence(graph));
  });
});

describe('GraphML details and repairs', () => {
  it('uses a "name" key as the label when there is no "label" key (igraph)', () => {
    const { graph } = parse(
      graphml(
        '<node id="n0"><data key="v_name">Almaty</data></node>',
        '<key id="v_name" for="node" attr.name="name" attr.type="string"/>',
      ),
    );
    expect(graph.nodes[0]).toMatchObject({ id: 'n0', label: 'Almaty' });
    expect({ ...graph.nodes[0]!.attrs }).toEqual({});
  });

  it('reads x and y keys as positions and applies <default> values', () => {
    const keys = `<key id="x" for="node" attr.name="x" attr.type="double"/>
      <key id="y" for="node" attr.name="y" attr.type="double"/>
      <key id="k" for="node" attr.name="kind" attr.type="string"><default>state</default></key>`;
    const { graph, report } = parse(
      graphml(
        '<node id="a"><data key="x">1.5</data><data key="y">-2</data></node><node id="b"><data key="k">city</data></node>',
        keys,
      ),
    );
    expect({ ...graph.positions }).toEqual({ a: { x: 1.5, y: -2 } });
    expect(graph.nodes.map((n) => n.attrs.kind)).toEqual(['state', 'city']);
    expect(typesOf(report.attributes.nodes)).toEqual({ kind: 'string' });
  });

  it('reports undeclared keys, bad values and dangling edges with their lines', () => {
    const { graph, report } = parse(
      graphml(
        `<node id="a"><data key="ghost">boo</data></node>
    <node id="b"><data key="n">lots</data></node>
    <edge source="a" target="c"/>`,
        '<key id="n" for="node" attr.name="count" attr.type="int"/>',
      ),
    );
    expect(graph.edges).toEqual([]);
    expect(report.repairs.map((r) => `${r.kind} @ ${r.where}`)).toEqual([
      'undeclared-attribute @ line 5 <data key="ghost">',
      'invalid-value @ line 6 <data key="n">',
      'dangling-edge-dropped @ line 7 <edge source="a" target="c">',
    ]);
  });

  it('names the line of malformed XML and refuses a foreign root element', () => {
    expect(errorOf(() => parse(graphml('<node id="a">\n<data key="d0">x</node>'))).message).toMatch(
      /^GraphML: line 6: not well-formed XML/,
    );
    expect(errorOf(() => parse('<svg xmlns="http://www.w3.org/2000/svg"/>')).message).toBe(
      'XML: the root element is <svg>: expected <gexf> (GEXF) or <graphml> (GraphML)',
    );
  });

  it('reports a truncated yEd file on its last line', () => {
    const text = fixture('yed.graphml');
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(errorOf(() => parse(cut)).message).toMatch(
      new RegExp(
        `^GraphML: line ${cut.split('\n').length}: unexpected end of file \\(truncated XML\\?\\)`,
      ),
    );
  });
});
