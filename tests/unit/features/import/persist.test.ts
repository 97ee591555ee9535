import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import { smallDataset, smallTour } from '../../../fixtures/small';
import {
  clearLastImport,
  LAST_IMPORT_KEY,
  loadLastImport,
  MAX_STORED_CHARS,
  saveLastImport,
} from '../../../../src/features/import/persist';

const UNREADABLE = 'The graph saved from your last visit could not be read and was removed.';

const text = 'source,target,kind\na,b,x\nb,c,y\n';
const dataset = () =>
  toDataset(parseGraphFile({ name: 'g.csv', text }).graph, {
    sphereAttribute: null,
    fileName: 'g.csv',
  });

beforeEach(() => localStorage.clear());

describe('the last import, kept for the next visit', () => {
  it('comes back as it was saved', () => {
    const notify = vi.fn();
    saveLastImport(dataset(), notify);
    expect(loadLastImport()).toEqual({ dataset: JSON.parse(JSON.stringify(dataset())) });
    expect(notify).not.toHaveBeenCalled();
    clearLastImport();
    expect(loadLastImport()).toEqual({ dataset: null });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['an older version', JSON.stringify({ version: 0, dataset: dataset() })],
    [
      'a node of an unknown kind',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: { nodes: [{ ...dataset().graph.nodes[0], kind: 'alien' }], edges: [] },
        },
      }),
    ],
    [
      'an edge to a missing node',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: { nodes: dataset().graph.nodes.slice(0, 1), edges: dataset().graph.edges },
        },
      }),
    ],
    [
      'a node whose tags are not text',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: { nodes: [{ ...dataset().graph.nodes[0], tags: ['ok', 3] }], edges: [] },
        },
      }),
    ],
    [
      'an edge without a status',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: {
            ...dataset().graph,
            edges: dataset().graph.edges.map(({ status: _, ...e }) => e),
          },
        },
      }),
    ],
    [
      'a colour that is not a hex colour',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          spheres: [{ id: 'all', label: 'All', colour: 'url(javascript:x)' }],
        },
      }),
    ],
    [
      'an edge with the id of a node',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: {
            ...dataset().graph,
            edges: [{ ...dataset().graph.edges[0], id: dataset().graph.nodes[0]!.id }],
          },
        },
      }),
    ],
    [
      'two edges with one id',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: {
            ...dataset().graph,
            edges: [dataset().graph.edges[0], dataset().graph.edges[0]],
          },
        },
      }),
    ],
    [
      'a node in a sphere the dataset does not declare',
      JSON.stringify({
        version: 1,
        dataset: {
          ...dataset(),
          graph: {
            ...dataset().graph,
            nodes: dataset().graph.nodes.map((n, i) => (i ? n : { ...n, domains: ['nowhere'] })),
          },
        },
      }),
    ],
  ])('is removed with a notice when it holds %s', (_, value) => {
    localStorage.setItem(LAST_IMPORT_KEY, value);
    const { dataset: kept, problem } = loadLastImport();
    expect(kept).toBeNull();
    expect(problem?.()).toMatch(new RegExp(`^${UNREADABLE.slice(0, -1)} \\(.+\\)\\.$`));
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
  });

  it('comes back undirected when it was', () => {
    const text =
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const undirected = toDataset(parseGraphFile({ name: 'u.graphml', text }).graph, {
      sphereAttribute: null,
      fileName: 'u.graphml',
    });
    saveLastImport(undirected, vi.fn());
    expect(loadLastImport().dataset?.graph.directed).toBe(false);
  });

  it('comes back with the tour its map file brought', () => {
    const withTour = { ...smallDataset, tour: smallTour };
    saveLastImport(withTour, vi.fn());
    expect(loadLastImport()).toEqual({ dataset: withTour });
  });

  it('is removed when its tour refers to what the map does not have', () => {
    const steps = smallTour.steps.map((s, i) => (i === 1 ? { ...s, blocks: ['p99'] } : s));
    saveLastImport({ ...smallDataset, tour: { ...smallTour, steps } }, vi.fn());
    const { dataset: kept, problem } = loadLastImport();
    expect(kept).toBeNull();
    expect(problem?.()).toBe(
      `${UNREADABLE.slice(0, -1)} (the tour's step "two" refers to what is not on the map).`,
    );
    saveLastImport({ ...smallDataset, tour: { title: 'x', steps: [] } as never }, vi.fn());
    expect(loadLastImport().problem?.()).toMatch(/its tour is not a tour/);
  });

  it('comes back with optional tags on nodes and edges', () => {
    const d = dataset();
    const tagged = {
      ...d,
      graph: {
        nodes: d.graph.nodes.map((n) => ({ ...n, tags: ['t'] })),
        edges: d.graph.edges.map((e) => ({ ...e, tags: [] })),
      },
    };
    saveLastImport(tagged, vi.fn());
    expect(loadLastImport()).toEqual({ dataset: tagged });
  });

  it('is not kept when larger than the cap, and the user is told', () => {
    const big = dataset();
    big.article = { ...big.article, title: 'x'.repeat(MAX_STORED_CHARS) };
    const notify = vi.fn();
    saveLastImport(big, notify);
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
    expect(notify).toHaveBeenCalledWith(expect.stringMatching(/too large to keep.*4 MB/));
  });
});
