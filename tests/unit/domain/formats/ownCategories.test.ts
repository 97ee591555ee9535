// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  exportGraphFiles,
  FORMAT_IDS,
  fromDataset,
  parseGraphFiles,
} from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import type { Tour } from '../../../../src/domain/tour';
import { smallArticle } from '../../../fixtures/small';
import { ownCategories, ownGraph } from '../../../fixtures/ownCategories';

const tour: Tour = {
  title: 'Fields first',
  steps: [
    {
      id: 'one',
      title: 'One',
      caption: 'c',
      spheres: ['fields'],
      focus: ['alpha'],
      blocks: ['p2'],
    },
  ],
};

const roundTrip = (
  format: (typeof FORMAT_IDS)[number],
  parts?: Parameters<typeof fromDataset>[3],
) => {
  const files = exportGraphFiles(format, fromDataset(ownGraph, smallArticle, {}, parts), 'map');
  const { graph } = parseGraphFiles(files.map((f) => ({ name: f.name, text: f.text })));
  return toDataset(graph, { sphereAttribute: null, fileName: files[0]!.name });
};

describe('a map with categories of its own, exported', () => {
  it('as a map file with its text opens as the same map: categories, names, colours and tour', () => {
    const dataset = roundTrip('silkgraph-json', { categories: ownCategories, tour });
    expect(dataset.spheres).toEqual(ownCategories);
    expect(dataset.graph).toEqual(ownGraph);
    expect(dataset.tour).toEqual(tour);
    expect(dataset.article).toEqual(smallArticle);
  });

  it('in every graph format keeps each node’s and relation’s categories', () => {
    for (const format of FORMAT_IDS.filter((f) => f !== 'silkgraph-json')) {
      const dataset = roundTrip(format);
      const byId = new Map(dataset.graph.nodes.map((n) => [n.id, n.domains]));
      for (const node of ownGraph.nodes) expect(byId.get(node.id), format).toEqual(node.domains);
      const edges = new Map(dataset.graph.edges.map((e) => [e.id, e.domains]));
      for (const edge of ownGraph.edges) expect(edges.get(edge.id), format).toEqual(edge.domains);
      expect(dataset.spheres.map((s) => s.id).sort(), format).toEqual(
        ownCategories.map((c) => c.id).sort(),
      );
    }
  });

  it('colours each node in GEXF by its first category, for Gephi; the article’s GEXF has no colours', () => {
    const [gexf] = exportGraphFiles(
      'gexf',
      fromDataset(ownGraph, smallArticle, {}, { categories: ownCategories }),
      'map',
    );
    // Alpha is in diplomacy (#0072b2) first; Delta in trade routes (#d55e00).
    expect(gexf!.text).toMatch(/<node id="alpha"[^]*?<viz:color r="0" g="114" b="178"\/>/);
    expect(gexf!.text).toMatch(/<node id="delta"[^]*?<viz:color r="213" g="94" b="0"\/>/);
    expect(roundTrip('gexf', { categories: ownCategories }).graph.nodes).toHaveLength(
      ownGraph.nodes.length,
    );
    const [plain] = exportGraphFiles('gexf', fromDataset(ownGraph, smallArticle, {}), 'map');
    expect(plain!.text).not.toContain('viz:color');
  });
});
