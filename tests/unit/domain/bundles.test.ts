import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/app/dataset';
import {
  BUNDLE_ABOVE,
  bundleCollapsed,
  bundleSummary,
  parallelBundles,
} from '../../../src/domain/bundles';
import type { Graph } from '../../../src/domain/schema';
import { smallGraph } from '../../fixtures/small';

/** The small fixture with `n` more relations between alpha and beta, alternating their direction. */
function withParallel(n: number, spheres: string[][] = [['political']]): Graph {
  const template = smallGraph.edges[0]!;
  const extra = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `extra-${i}`,
    source: i % 2 ? 'alpha' : 'beta',
    target: i % 2 ? 'beta' : 'alpha',
    domains: spheres[i % spheres.length]! as Graph['edges'][number]['domains'],
  }));
  return { ...smallGraph, edges: [...smallGraph.edges, ...extra] };
}

const ids = (graph: Graph) => new Set(graph.edges.map((e) => e.id));
const spheresOf = (graph: Graph) => new Map(graph.edges.map((e) => [e.id, e.domains] as const));
const ORDER = ['political', 'economic', 'energy', 'humanitarian'];

describe('parallelBundles', () => {
  it('bundles a pair with more than three relations, whichever way they point', () => {
    // alpha and beta already share two relations (one each way).
    expect(parallelBundles(withParallel(1))).toEqual([]);
    const bundles = parallelBundles(withParallel(2));
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatchObject({ source: 'alpha', target: 'beta' });
    expect(bundles[0]!.edges).toEqual([
      'alpha-treaty-beta',
      'beta-oil-alpha',
      'extra-0',
      'extra-1',
    ]);
    expect(BUNDLE_ABOVE).toBe(3);
  });

  it('bundles the article’s China–Kazakhstan relations (17 and more) and every other pair above three', () => {
    const { graph } = builtInDataset;
    const between = (a: string, b: string) =>
      graph.edges.filter(
        (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
      ).length;
    const bundles = parallelBundles(graph);
    expect(bundles.map((b) => [b.id, b.edges.length])).toEqual([
      ['bundle:china|community-of-shared-future', between('china', 'community-of-shared-future')],
      ['bundle:kazakhstan|china', between('china', 'kazakhstan')],
      [
        'bundle:community-of-shared-future|kazakhstan',
        between('kazakhstan', 'community-of-shared-future'),
      ],
    ]);
    expect(between('china', 'kazakhstan')).toBeGreaterThanOrEqual(17);
    for (const b of bundles) expect(b.edges.length).toBeGreaterThan(3);
  });

  it('gives each bundle an id no node or relation has', () => {
    const graph = withParallel(2);
    const taken = { ...graph.nodes[0]!, id: 'bundle:alpha|beta' };
    const [bundle] = parallelBundles({ ...graph, nodes: [...graph.nodes, taken] });
    expect(bundle!.id).toBe("bundle:alpha|beta'");
  });
});

describe('bundleSummary and bundleCollapsed', () => {
  const graph = withParallel(4, [['political'], ['energy', 'humanitarian']]);
  const [bundle] = parallelBundles(graph);

  it('counts only the relations displayed, with their spheres in the dataset’s order', () => {
    expect(bundleSummary(bundle!, spheresOf(graph), ids(graph), ORDER)).toEqual({
      count: 6,
      spheres: ['political', 'economic', 'energy', 'humanitarian'],
    });
    const political = new Set(['alpha-treaty-beta', 'extra-0', 'extra-2']);
    expect(bundleSummary(bundle!, spheresOf(graph), political, ORDER)).toEqual({
      count: 3,
      spheres: ['political'],
    });
  });

  it('is drawn as one link while more than three relations show, none is asked for, and the map is zoomed out', () => {
    const all = bundleSummary(bundle!, spheresOf(graph), ids(graph), ORDER);
    expect(bundleCollapsed(all, false, false)).toBe(true);
    expect(bundleCollapsed(all, true, false)).toBe(false);
    expect(bundleCollapsed(all, false, true)).toBe(false);
    expect(bundleCollapsed({ count: 3, spheres: [] }, false, false)).toBe(false);
  });
});
