// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { builtInMapBlock } from '../../../build/builtInMap';
import { mapFileOfPage } from '../../../src/domain/offlinePage';
import { PageMapError, readPageMap } from '../../../src/domain/pageMap';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import articleJson from '../../../data/article.json';
import graphJson from '../../../data/graph.json';
import positionsJson from '../../../data/positions.json';
import tourJson from '../../../data/tour.json';

const mapFile = (over: Record<string, unknown>) =>
  JSON.stringify({
    silkgraph: 2,
    nodes: [
      { id: 'a', label: 'A', kind: 'state', domains: ['energy'], evidence: [] },
      { id: 'b', label: 'B', kind: 'state', domains: ['energy'], evidence: [] },
    ],
    edges: [
      {
        id: 'e',
        source: 'a',
        target: 'b',
        relation: 'supplies',
        status: 'established',
        domains: ['energy'],
        evidence: [],
      },
    ],
    ...over,
  });

describe('readPageMap (the offline page’s own map)', () => {
  it('reads the article’s page as the article’s map, positions, spheres and tour', async () => {
    const dataset = readPageMap(mapFileOfPage(await builtInMapBlock())!);
    expect(dataset.graph).toEqual(graphJson);
    expect(dataset.article).toEqual(articleJson);
    expect(dataset.positions).toEqual(positionsJson);
    expect(dataset.spheres).toEqual(ARTICLE_SPHERES);
    expect(dataset.tour).toEqual(tourJson);
  });

  it('reads a map without text, positions or categories, undirected', () => {
    const dataset = readPageMap(mapFile({ directed: false }));
    expect(dataset.graph.directed).toBe(false);
    expect(dataset.positions).toEqual({});
    expect(dataset.spheres.map((s) => s.id)).toEqual(ARTICLE_SPHERES.map((s) => s.id));
    expect(dataset.article.blocks).toEqual([]);
    expect(dataset.tour).toBeUndefined();
  });

  it('says where a damaged map is wrong, by JSON path', () => {
    expect(() => readPageMap('{"nodes": [}')).toThrow(PageMapError);
    expect(() => readPageMap('[]')).toThrow('$: expected a map file');
    expect(() => readPageMap(mapFile({ nodes: 'x' }))).toThrow('$.nodes: expected a list');
    expect(() =>
      readPageMap(mapFile({ nodes: [{ id: 'a', label: 'A', kind: 'state', domains: 'energy' }] })),
    ).toThrow('$.nodes[0].domains: missing or of the wrong type');
    // A relation to a node that is not there.
    expect(() => readPageMap(mapFile({ nodes: [] }))).toThrow(
      '$.edges[0].source: missing or of the wrong type',
    );
    expect(() => readPageMap(mapFile({ tour: { title: 'T', steps: [{ id: 's' }] } }))).toThrow(
      '$.tour.steps[0].title: missing or of the wrong type',
    );
    expect(() => readPageMap(mapFile({ silkgraph: 3 }))).toThrow(/written by a newer Silkgraph/);
  });

  it('lists at most three problems, however many there are', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ id: i }));
    const message = (() => {
      try {
        readPageMap(mapFile({ nodes }));
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message.split('; ')).toHaveLength(3);
  });
});
