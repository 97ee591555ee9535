// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportGraphFiles, fromDataset, parseGraphFile } from '../../../src/domain/formats';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { shownGraphJson } from '../../../src/domain/exportSheet';
import { colouringOf, recolour, toDataset } from '../../../src/domain/importDataset';
import { relationSentence, labelsById } from '../../../src/domain/relations';
import { smallGraph } from '../../fixtures/small';

// An undirected file (GEXF defaultedgetype, GraphML edgedefault) makes a graph with
// `directed: false`, which the map draws without arrowheads and the panels read both ways.

const gexf = (type: string) => `<gexf><graph${type ? ` defaultedgetype="${type}"` : ''}>
  <attributes class="node"><attribute id="0" title="group" type="string"/></attributes>
  <nodes>
    <node id="valjean" label="Valjean"><attvalues><attvalue for="0" value="convicts"/></attvalues></node>
    <node id="babet" label="Babet"><attvalues><attvalue for="0" value="thieves"/></attvalues></node>
  </nodes>
  <edges><edge id="e1" source="valjean" target="babet"/></edges></graph></gexf>`;
const graphml = (edgedefault: string) => `<graphml><graph edgedefault="${edgedefault}">
  <node id="valjean"/><node id="babet"/><edge id="e1" source="valjean" target="babet"/></graph></graphml>`;

const datasetOf = (name: string, text: string) =>
  toDataset(parseGraphFile({ name, text }).graph, { sphereAttribute: null, fileName: name });

describe('an undirected imported graph', () => {
  it.each([
    ['GEXF defaultedgetype="undirected"', 'g.gexf', gexf('undirected')],
    ['GEXF without a defaultedgetype (undirected by the format)', 'g.gexf', gexf('')],
    ['GraphML edgedefault="undirected"', 'g.graphml', graphml('undirected')],
  ])('%s is undirected, its relations "linked with"', (_name, file, text) => {
    const { graph } = datasetOf(file, text);
    expect(graph.directed).toBe(false);
    const sentence = relationSentence(graph.edges[0]!, labelsById(graph));
    expect(sentence).toMatch(/^(Valjean|valjean) is linked with (Babet|babet)$/);
  });

  it.each([
    ['GEXF defaultedgetype="directed"', 'g.gexf', gexf('directed')],
    ['GraphML edgedefault="directed"', 'g.graphml', graphml('directed')],
  ])('%s stays directed, its relations "linked to"', (_name, file, text) => {
    const { graph } = datasetOf(file, text);
    expect(graph.directed).toBeUndefined();
    expect(graph.edges[0]!.relation).toBe('is linked to');
  });

  it('stays undirected when coloured by another attribute', () => {
    const imported = parseGraphFile({ name: 'g.gexf', text: gexf('undirected') }).graph;
    const dataset = toDataset(imported, { sphereAttribute: null, fileName: 'g.gexf' });
    expect(recolour(dataset, colouringOf(imported, 'group')).graph.directed).toBe(false);
  });

  it('is written undirected and read back so, in each format and as Silkgraph JSON', () => {
    const { graph, article, positions } = datasetOf('g.gexf', gexf('undirected'));
    for (const format of ['gexf', 'graphml', 'cytoscape-json'] as const) {
      const back = parseGraphFile(
        exportGraphFiles(format, fromDataset(graph, article, positions), 'g')[0]!,
      );
      expect(back.graph.directed, format).toBe(false);
      expect(
        toDataset(back.graph, { sphereAttribute: null, fileName: 'g' }).graph.directed,
        format,
      ).toBe(false);
    }
    const json = shownGraphJson(
      graph,
      visibleElements(graph, { ...ALL_FILTERS, spheres: ['all'] }),
    );
    expect(JSON.parse(json).directed).toBe(false);
    // A Silkgraph graph that says so (the article's own graph made undirected) reads back so.
    const text = JSON.stringify({ ...smallGraph, directed: false });
    expect(datasetOf('small.json', text).graph.directed).toBe(false);
    expect(datasetOf('small.json', JSON.stringify(smallGraph)).graph.directed).toBeUndefined();
  });

  it('leaves the article and other directed graphs without the flag in Silkgraph JSON', () => {
    const { graph } = datasetOf('g.graphml', graphml('directed'));
    const json = shownGraphJson(
      graph,
      visibleElements(graph, { ...ALL_FILTERS, spheres: ['all'] }),
    );
    expect(JSON.parse(json)).not.toHaveProperty('directed');
  });
});
