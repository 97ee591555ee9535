// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGraphFile, type GraphFileInput } from '../../../../src/domain/formats';
import { GraphBuilder } from '../../../../src/domain/formats/builder';
import { createAttrs } from '../../../../src/domain/formats/model';
import {
  deepValueCyjs,
  longCellCsv,
  longDoubleGraphml,
  longWeightGexf,
  networkxIntegerGexf,
  networkxMultigraphGraphml,
  prologNewlines,
  prologSpaces,
  repeatedEdgeIds,
} from '../../../fixtures/hostile';
import { growthOf, LINEAR_BOUND } from './growth';

// A busy machine can slow one measurement (a garbage collection, another process): a linear
// importer passes one of three tries, a super-linear one fails all three.
const RETRY = { retry: 2 };

/** Runs the import and swallows the refusal a broken file gets: only the time matters here. */
const importing = (file: GraphFileInput) => () => {
  try {
    return parseGraphFile(file);
  } catch {
    return null;
  }
};

// Each reproducer of issue 17: the import's time grows linearly with its size, and the file of
// the reported size (which took from seconds to hours) is read.
describe.each([
  ['spaces before the root tag', prologSpaces, 5],
  ['line breaks after the XML declaration', prologNewlines, 5],
  ['a 100,000-digit GEXF weight', longWeightGexf, 5000],
  ['a 100,000-digit GraphML double', longDoubleGraphml, 5000],
  ['a 100,000-digit CSV cell', longCellCsv, 5000],
  ['16,000 GraphML edges with id "0"', repeatedEdgeIds, 2000],
  ['a Cytoscape JSON value nested 5,000 deep', deepValueCyjs, 2000],
] as const)('%s', (_, fixture, n) => {
  // The reported size runs only once the growth is known to be linear: the old code hung on it.
  it(
    'takes time in proportion to its size, and the file of the reported size is read',
    RETRY,
    () => {
      expect(growthOf((size) => importing(fixture(size)), n)).toBeLessThan(LINEAR_BOUND);
      expect(importing(fixture())).not.toThrow();
    },
  );
});

describe('the builder', () => {
  const edges = (n: number) => () => {
    const b = new GraphBuilder();
    b.node({ id: 'a', attrs: createAttrs(), where: 'a' });
    b.node({ id: 'b', attrs: createAttrs(), where: 'b' });
    for (let i = 0; i < n; i++)
      b.edge({ id: '0', source: 'a', target: 'b', attrs: createAttrs(), where: `e${i}` });
    return b.finish(true);
  };

  it('renames repeated edge ids in linear time', RETRY, () => {
    expect(growthOf(edges, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('counts a renamed duplicate once and keeps renaming from where it was', () => {
    const graph = edges(4)();
    expect(graph.edges.map((e) => e.id)).toEqual(['0', '0-2', '0-3', '0-4']);
  });

  it('generates missing node ids in linear time, around ids the file took', RETRY, () => {
    const nodes = (n: number) => () => {
      const b = new GraphBuilder();
      for (let i = 1; i <= n; i++) b.node({ id: `n${i}`, attrs: createAttrs(), where: '' });
      for (let i = 0; i < n; i++) b.node({ id: '', attrs: createAttrs(), where: '' });
      return b.finish(true);
    };
    expect(growthOf(nodes, 1000)).toBeLessThan(LINEAR_BOUND);
    expect(nodes(2)().nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
  });
});

describe('NetworkX files', () => {
  it('opens a MultiGraph of 5,000 nodes and 20,000 edges in strict mode, with a short report', () => {
    const { graph, report } = parseGraphFile({ ...networkxMultigraphGraphml(), strict: true });
    expect(graph.nodes).toHaveLength(5000);
    expect(graph.edges).toHaveLength(20000);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(20000);
    expect(report.repairs).toEqual([]);
    expect(report.notes.length).toBeLessThanOrEqual(4);
    expect(report.notes.join('\n')).toMatch(/multigraph's keys/);
    // The keys are kept: the edges of one pair have keys 0, 1, …
    expect(graph.attributes.edges.map((a) => a.name)).toContain('key');
  });

  it('reads a multigraph in time linear in its size', RETRY, () => {
    expect(growthOf((n) => importing(networkxMultigraphGraphml(n / 4, n)), 2000)).toBeLessThan(
      LINEAR_BOUND,
    );
  });

  it('opens an integer-labelled GEXF in strict mode with one note for its edge ids', () => {
    const { graph, report } = parseGraphFile({ ...networkxIntegerGexf(2000), strict: true });
    expect(graph.edges).toHaveLength(2000);
    const notes = report.notes.filter((n) => n.includes('the id of a node'));
    expect(notes).toEqual([expect.stringMatching(/^2,000 edges have the id of a node/)]);
  });
});
