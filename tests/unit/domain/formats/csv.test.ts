// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportGraphFiles,
  parseGraphFile,
  parseGraphFiles,
  writeGraphFile,
} from '../../../../src/domain/formats';
import { errorOf, essence, fixture, parseFixture, typesOf } from './fixtures';

const edgeList = (text: string, name = 'edges.csv') => parseGraphFile({ name, text });

describe('CSV edge list with a node list (as Gephi’s data laboratory exports them)', () => {
  const { graph, report } = parseFixture('edges.csv', { nodesFile: 'nodes.csv' });

  it('reads nodes with labels and edges with ids, labels and typed attributes', () => {
    expect(report).toMatchObject({ format: 'csv', nodes: 5, edges: 5, repairs: [] });
    expect(graph.nodes.at(-1)!.label).toBe('Shanghai Cooperation Organisation, the "SCO"');
    expect(graph.edges[1]).toMatchObject({ id: '1', label: 'develops oil and gas fields in' });
    expect(typesOf(report.attributes.edges)).toEqual({ Weight: 'number', Year: 'number' });
    expect(typesOf(report.attributes.nodes)).toEqual({
      sphere: 'string',
      founded: 'number',
      state: 'boolean',
    });
    expect(graph.edges[1]!.attrs.Year).toBeNull();
    expect(graph.nodes[3]!.attrs.founded).toBeNull();
    expect(graph.directed).toBe(true);
  });

  it('round-trips through the two files it exports', () => {
    const [edges, nodes] = exportGraphFiles('csv', graph, 'map');
    expect([edges!.name, nodes!.name]).toEqual(['map-edges.csv', 'map-nodes.csv']);
    const back = parseGraphFiles([nodes!, edges!]); // in either order
    expect(essence(back.graph)).toEqual(essence(graph));
  });

  it('round-trips positions through the x and y columns of the node list', () => {
    const placed = parseFixture('gephi.gexf').graph;
    const [edges, nodes] = exportGraphFiles('csv', placed, 'map');
    const back = parseGraphFile({ ...edges!, nodes: nodes! });
    expect(back.graph.positions).toEqual(placed.positions);
  });
});

describe('CSV columns and delimiters', () => {
  it.each([
    ['from,to\na,b\n', 'comma, from/to'],
    ['src;dst;weight\na;b;1,5\n', 'semicolon, src/dst'],
    ['Source\tTarget\na\tb\n', 'tab, Source/Target'],
    ['source id|target id\na|b\n', 'bar, source id/target id'],
  ])('reads %j (%s)', (text) => {
    const { graph, report } = edgeList(text);
    expect(graph.edges[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(graph.nodes.map((n) => n.label)).toEqual(['a', 'b']);
    expect(report.notes).toContain(
      'No node list: nodes were taken from the edges, with their ids as labels.',
    );
  });

  it.each([
    ['CRLF', 'source,target,w\r\na,b,x\r\nb,c,y\r\nc,c,z\r\n'],
    ['mixed', 'source,target,w\na,b,x\r\nb,c,y\nc,c,z'],
    ['CR', 'source,target,w\ra,b,x\rb,c,y\rc,c,z\r'],
  ])('reads %s line ends and counts lines right', (_, text) => {
    const { graph, report } = parseGraphFile({ name: 'e.csv', text });
    expect(graph.edges.map((e) => e.attrs.w)).toEqual(['x', 'y', 'z']);
    expect(report.notes.find((n) => n.includes('self-loop'))).toMatch(/e\.csv line 4 \("c"\)/);
  });

  it('keeps a decimal comma as text rather than guessing', () => {
    expect(edgeList('src;dst;weight\na;b;1,5\n').graph.edges[0]!.attrs.weight).toBe('1,5');
  });

  it('keeps codes with leading zeros as text', () => {
    const { report } = edgeList('source,target,code\na,b,007\nb,c,12\n');
    expect(typesOf(report.attributes.edges)).toEqual({ code: 'string' });
  });

  it('reads Gephi’s Type column as the direction of the graph', () => {
    expect(edgeList('Source,Target,Type\na,b,Undirected\n').graph.directed).toBe(false);
  });

  it('names the columns it found when source and target are missing', () => {
    expect(errorOf(() => edgeList('a,b,c\n1,2,3\n')).message).toBe(
      'CSV: no "source" and "target" columns (found: a, b, c)',
    );
    expect(errorOf(() => edgeList(fixture('nodes.csv'), 'nodes.csv')).message).toBe(
      'CSV: no "source" and "target" columns (found: Id, Label, sphere, founded, state): this looks like a node list; import it with its edge list',
    );
  });

  it('names the line of an unclosed quote', () => {
    const text = 'source,target,label\na,b,ok\n\nb,c,"never closed\nc,d,x\n';
    expect(errorOf(() => edgeList(text)).message).toBe(
      'CSV: edges.csv line 4: a quoted cell is not closed (truncated file?)',
    );
  });

  it('reports repairs with the file and line, counting quoted line breaks', () => {
    const nodes = 'id,label\na,A\nb,"B\nsecond line"\na,dup\n';
    const edges = 'source,target\na,b\nb,zz\n';
    const { report } = parseGraphFile({
      name: 'e.csv',
      text: edges,
      nodes: { name: 'n.csv', text: nodes },
    });
    expect(report.repairs.map((r) => `${r.kind} @ ${r.where}`)).toEqual([
      'duplicate-node-id @ n.csv line 5',
      'dangling-edge-dropped @ e.csv line 3',
    ]);
  });

  it('reports rows with more cells than columns', () => {
    const { report } = edgeList('source,target\na,b,extra\n');
    expect(report.repairs).toMatchObject([{ kind: 'extra-cells', where: 'edges.csv line 2' }]);
  });
});

describe('CSV export safety', () => {
  it('writes formula-like text so spreadsheets do not run it, and reads it back unchanged', () => {
    const { graph } = edgeList('source,target,note\n=cmd|calc,b,+SUM(A1)\n');
    const text = writeGraphFile('csv', graph);
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[1]).toEqual(['e1', "'=cmd|calc", 'b', '', 'undirected', "'+SUM(A1)"]);
    const back = edgeList(text);
    expect(back.graph.edges[0]).toMatchObject({ source: '=cmd|calc' });
    expect(back.graph.edges[0]!.attrs.note).toBe('+SUM(A1)');
  });

  it('pairs two dropped files only when one is an edge list and the other a node list', () => {
    const nodes = { name: 'n.csv', text: fixture('nodes.csv') };
    expect(errorOf(() => parseGraphFiles([nodes, nodes])).message).toMatch(/^CSV: of two files/);
    expect(errorOf(() => parseGraphFiles([])).message).toMatch(/^File: choose one graph file/);
  });
});

describe('CSV direction', () => {
  it('reads a bare edge list as undirected, and says so', () => {
    const { graph, report } = parseGraphFile({ name: 'e.csv', text: 'source,target\na,b\n' });
    expect(graph.directed).toBe(false);
    expect(report.directed).toBe(false);
    expect(report.notes.join(' ')).toMatch(/read as undirected/);
  });

  it('keeps the direction a Gephi "type" column gives, and writes it back', () => {
    const { graph } = parseGraphFile({ name: 'e.csv', text: 'source,target,type\na,b,Directed\n' });
    expect(graph.directed).toBe(true);
    const back = parseGraphFile({ name: 'e.csv', text: writeGraphFile('csv', graph) });
    expect(back.graph.directed).toBe(true);
  });
});
