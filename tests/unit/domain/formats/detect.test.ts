// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFormat, parseGraphFile } from '../../../../src/domain/formats';
import { errorOf, fixture } from './fixtures';

describe('detectFormat', () => {
  it.each([
    ['gephi.gexf', 'gexf'],
    ['yed.graphml', 'graphml'],
    ['networkx.graphml', 'graphml'],
    ['cytoscape-desktop.cyjs', 'cytoscape-json'],
    ['cytoscape-elements.json', 'cytoscape-json'],
    ['networkx-node-link.json', 'cytoscape-json'],
    ['edges.csv', 'csv'],
  ])('recognises %s as %s with no note', (name, format) => {
    expect(detectFormat(name, fixture(name))).toEqual({ format, notes: [] });
  });

  it('recognises Silkgraph JSON by its fields', () => {
    const text = JSON.stringify({ nodes: [{ id: 'a', domains: ['energy'] }], edges: [] });
    expect(detectFormat('graph.json', text).format).toBe('silkgraph-json');
  });

  it('goes by content when the extension is wrong, and says so', () => {
    expect(detectFormat('network.csv', fixture('gephi.gexf'))).toEqual({
      format: 'gexf',
      notes: ['The file is named ".csv" but contains GEXF: it was read as GEXF.'],
    });
    const { report } = parseGraphFile({ name: 'export.xml.txt', text: fixture('yed.graphml') });
    expect(report.format).toBe('graphml');
    expect(report.notes).toContain(
      'The file is named ".txt" but contains GraphML: it was read as GraphML.',
    );
  });

  it('finds the root element past the prolog, comments and a doctype', () => {
    const text = `\n<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE graphml>\n<graphml><graph/></graphml>`;
    expect(detectFormat('g', text).format).toBe('graphml');
    expect(detectFormat('g', '<g:gexf xmlns:g="http://gexf.net/1.3"/>').format).toBe('gexf');
  });

  it('explains what it cannot read', () => {
    expect(errorOf(() => detectFormat('a.json', '{"name": "x"}')).message).toBe(
      'JSON: not a graph: expected "elements" (Cytoscape JSON) or "nodes" and "edges" (Silkgraph JSON); found name',
    );
    expect(errorOf(() => detectFormat('notes.md', '# My notes\nnothing here')).message).toMatch(
      /^File: not a graph file Silkgraph can read/,
    );
    expect(errorOf(() => detectFormat('g.gexf', 'hello')).message).toBe(
      'GEXF: line 1: the file does not start with "<": it is not XML',
    );
    expect(errorOf(() => detectFormat('g.json', 'hello')).message).toBe(
      'JSON: line 1 column 1: invalid JSON at "hello"',
    );
    expect(errorOf(() => detectFormat('empty.csv', '  \n')).message).toBe(
      'File: empty.csv is empty',
    );
  });
});
