import { describe, expect, it } from 'vitest';
import {
  ALL_FILTERS,
  attributionCounts,
  kindCounts,
  neighbourhood,
  sphereCounts,
  statusCounts,
  visibleElements,
  type Filters,
  type Visible,
} from '../../../src/domain/filters';
import type { Graph } from '../../../src/domain/schema';
import { smallGraph } from '../../fixtures/small';

// The fixture, in short:
//   alpha (state; political, energy)   beta (state; political, energy)
//   gamma-oil (company; energy, economic)   delta (company; economic)   lonely (concept; humanitarian)
//   alpha-treaty-beta (political, established)      beta-oil-alpha (energy+economic, established)
//   gamma-fields-beta (energy, established)         delta-competes-gamma (economic, contested)
//   delta-competes-gamma is the author's assessment; the three others are reported facts.

const sorted = (ids: ReadonlySet<string>) => [...ids].sort();
const visible = (filters: Partial<Filters>) =>
  visibleElements(smallGraph, { ...ALL_FILTERS, ...filters });

describe('visibleElements', () => {
  it('shows everything when every filter is on', () => {
    const v = visible({});
    expect(sorted(v.nodes)).toEqual(['alpha', 'beta', 'delta', 'gamma-oil', 'lonely']);
    expect(sorted(v.edges)).toEqual([
      'alpha-treaty-beta',
      'beta-oil-alpha',
      'delta-competes-gamma',
      'gamma-fields-beta',
    ]);
  });

  it('shows nothing when no sphere is on', () => {
    const v = visible({ spheres: [] });
    expect(v.nodes.size).toBe(0);
    expect(v.edges.size).toBe(0);
  });

  it('shows an edge when one of its spheres is on, and hides the nodes with neither', () => {
    const v = visible({ spheres: ['political'] });
    expect(sorted(v.edges)).toEqual(['alpha-treaty-beta']);
    expect(sorted(v.nodes)).toEqual(['alpha', 'beta']);
  });

  it('shows an edge with two spheres when only one of them is on', () => {
    expect(visible({ spheres: ['economic'] }).edges.has('beta-oil-alpha')).toBe(true);
    expect(visible({ spheres: ['energy'] }).edges.has('beta-oil-alpha')).toBe(true);
  });

  it('keeps a node whose own spheres are off when it has a visible edge', () => {
    // alpha and beta are political/energy only; the economic oil edge between them keeps them.
    const v = visible({ spheres: ['economic'] });
    expect(sorted(v.edges)).toEqual(['beta-oil-alpha', 'delta-competes-gamma']);
    expect(sorted(v.nodes)).toEqual(['alpha', 'beta', 'delta', 'gamma-oil']);
  });

  it('shows a node through its own sphere even when none of its edges shows', () => {
    const v = visible({ spheres: ['humanitarian'] });
    expect(sorted(v.nodes)).toEqual(['lonely']);
    expect(v.edges.size).toBe(0);
  });

  it('hides an edge whose status is off, but not the nodes its spheres keep', () => {
    const v = visible({ statuses: ['established', 'proposed'] });
    expect(v.edges.has('delta-competes-gamma')).toBe(false);
    expect(v.edges.size).toBe(3);
    expect(v.nodes.has('delta')).toBe(true);
  });

  it('hides an edge whose attribution is off, as it does one whose status is off', () => {
    const v = visible({ attributions: ['author'] });
    expect(sorted(v.edges)).toEqual(['delta-competes-gamma']);
    // Every node still has a sphere that is on.
    expect(v.nodes.size).toBe(5);
    expect(visible({ attributions: [] }).edges.size).toBe(0);
  });

  it('does not hold back an edge that says not whose claim it is (an import)', () => {
    const graph: Graph = {
      ...smallGraph,
      edges: smallGraph.edges.map(({ attribution: _, ...e }) => e),
    };
    const v = visibleElements(graph, { ...ALL_FILTERS, attributions: [] });
    expect(v.edges.size).toBe(4);
  });

  it('drops a node kept only by an edge once that edge’s status is off', () => {
    const v = visible({ spheres: ['economic'], statuses: ['contested'] });
    expect(sorted(v.edges)).toEqual(['delta-competes-gamma']);
    // alpha and beta were there only through the (established) oil edge.
    expect(sorted(v.nodes)).toEqual(['delta', 'gamma-oil']);
  });

  it('hides a node whose kind is off even when its sphere is on, and all of its edges', () => {
    const v = visible({ kinds: ALL_FILTERS.kinds.filter((k) => k !== 'company') });
    expect(v.nodes.has('gamma-oil')).toBe(false);
    expect(v.nodes.has('delta')).toBe(false);
    expect(sorted(v.edges)).toEqual(['alpha-treaty-beta', 'beta-oil-alpha']);
  });

  it('hides an edge when only one of its ends is of a kind that is off', () => {
    const v = visible({ kinds: ALL_FILTERS.kinds.filter((k) => k !== 'state') });
    // gamma-fields-beta joins a company (on) to a state (off).
    expect(v.edges.has('gamma-fields-beta')).toBe(false);
    expect(sorted(v.edges)).toEqual(['delta-competes-gamma']);
    expect(sorted(v.nodes)).toEqual(['delta', 'gamma-oil', 'lonely']);
  });

  it('does not bring back a node of a hidden kind through an edge', () => {
    const v = visible({ spheres: ['economic'], kinds: ['company'] });
    expect(sorted(v.nodes)).toEqual(['delta', 'gamma-oil']);
    expect(sorted(v.edges)).toEqual(['delta-competes-gamma']);
  });

  it('hides an edge that points at a node the graph does not have', () => {
    const graph: Graph = {
      ...smallGraph,
      edges: [...smallGraph.edges, { ...smallGraph.edges[0]!, id: 'dangling', target: 'ghost' }],
    };
    const v = visibleElements(graph, ALL_FILTERS);
    expect(v.edges.has('dangling')).toBe(false);
    expect(v.nodes.has('ghost')).toBe(false);
  });
});

describe('neighbourhood', () => {
  const all = visible({});

  it('keeps the centre, its direct neighbours and the edges among them at depth 1', () => {
    const n = neighbourhood(smallGraph, all, 'delta', 1);
    expect(sorted(n.nodes)).toEqual(['delta', 'gamma-oil']);
    expect(sorted(n.edges)).toEqual(['delta-competes-gamma']);
  });

  it('reaches two steps at depth 2, ignoring edge direction', () => {
    const n = neighbourhood(smallGraph, all, 'delta', 2);
    expect(sorted(n.nodes)).toEqual(['beta', 'delta', 'gamma-oil']);
    expect(sorted(n.edges)).toEqual(['delta-competes-gamma', 'gamma-fields-beta']);
  });

  it('includes every visible edge between nodes it keeps, parallel ones too', () => {
    const n = neighbourhood(smallGraph, all, 'alpha', 1);
    expect(sorted(n.nodes)).toEqual(['alpha', 'beta']);
    expect(sorted(n.edges)).toEqual(['alpha-treaty-beta', 'beta-oil-alpha']);
  });

  it('walks visible edges only', () => {
    // delta stays (economic) but its only edge is contested and off.
    const v = visible({ statuses: ['established'] });
    const n = neighbourhood(smallGraph, v, 'delta', 2);
    expect(sorted(n.nodes)).toEqual(['delta']);
    expect(n.edges.size).toBe(0);
  });

  it('is empty when the centre is hidden', () => {
    const v = visible({ spheres: ['political'] });
    const n = neighbourhood(smallGraph, v, 'gamma-oil', 2);
    expect(n.nodes.size).toBe(0);
    expect(n.edges.size).toBe(0);
  });

  it('is empty for a centre that is not in the graph', () => {
    const n = neighbourhood(smallGraph, all, 'ghost', 1);
    expect(n.nodes.size).toBe(0);
  });

  it('never adds what the visible set leaves out', () => {
    const partial: Visible = {
      nodes: new Set(['alpha', 'beta', 'gamma-oil']),
      edges: new Set(['gamma-fields-beta']),
    };
    const n = neighbourhood(smallGraph, partial, 'beta', 2);
    expect(sorted(n.nodes)).toEqual(['beta', 'gamma-oil']);
    expect(sorted(n.edges)).toEqual(['gamma-fields-beta']);
  });
});

describe('sphereCounts', () => {
  it('counts nodes and edges per sphere in SPHERES order, an element with two spheres in both', () => {
    expect(sphereCounts(smallGraph)).toEqual([
      { sphere: 'political', nodes: 2, edges: 1 },
      { sphere: 'economic', nodes: 2, edges: 2 },
      { sphere: 'energy', nodes: 3, edges: 2 },
      { sphere: 'humanitarian', nodes: 1, edges: 0 },
    ]);
  });
});

describe('kindCounts', () => {
  it('counts nodes per kind in NODE_KINDS order and leaves out kinds the graph lacks', () => {
    expect(kindCounts(smallGraph)).toEqual([
      { kind: 'state', count: 2 },
      { kind: 'company', count: 2 },
      { kind: 'concept', count: 1 },
    ]);
  });
});

describe('attributionCounts', () => {
  it('counts edges per attribution, keeping attributions with none, in the vocabulary’s order', () => {
    expect(attributionCounts(smallGraph)).toEqual([
      { attribution: 'author', count: 1 },
      { attribution: 'realist', count: 0 },
      { attribution: 'liberal', count: 0 },
      { attribution: 'constructivist', count: 0 },
      { attribution: 'china', count: 0 },
      { attribution: 'kazakhstan', count: 0 },
      { attribution: 'fact', count: 3 },
    ]);
  });
});

describe('statusCounts', () => {
  it('counts edges per status, keeping statuses with none', () => {
    expect(statusCounts(smallGraph)).toEqual([
      { status: 'established', count: 3 },
      { status: 'proposed', count: 0 },
      { status: 'risk', count: 0 },
      { status: 'contested', count: 1 },
    ]);
  });
});
