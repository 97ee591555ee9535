import { describe, expect, it } from 'vitest';
import {
  ALL_FILTERS,
  visibleElements,
  type Filters,
  type Visible,
} from '../../../src/domain/filters';
import { centrality, shortestPath } from '../../../src/domain/metrics';
import { smallGraph } from '../../fixtures/small';

// Undirected, the fixture is a chain alpha = beta — gamma-oil — delta (alpha and beta are joined by
// two parallel edges) plus the unconnected lonely.
const visible = (filters: Partial<Filters> = {}) =>
  visibleElements(smallGraph, { ...ALL_FILTERS, ...filters });
const all = visible();

describe('centrality', () => {
  it('scales degree to 0..1, counting parallel edges once', () => {
    expect(Object.fromEntries(centrality(smallGraph, all, 'degree'))).toEqual({
      alpha: 0.5,
      beta: 1,
      'gamma-oil': 1,
      delta: 0.5,
      lonely: 0,
    });
  });

  it('scales betweenness to 0..1: only the middle of the chain carries paths', () => {
    expect(Object.fromEntries(centrality(smallGraph, all, 'betweenness'))).toEqual({
      alpha: 0,
      beta: 1,
      'gamma-oil': 1,
      delta: 0,
      lonely: 0,
    });
  });

  it('scores the visible nodes only, over visible edges only', () => {
    // Contested off: delta stays (economic) but is cut off; the chain is alpha = beta — gamma-oil.
    const v = visible({ statuses: ['established'] });
    const degree = centrality(smallGraph, v, 'degree');
    expect([...degree.keys()].sort()).toEqual(['alpha', 'beta', 'delta', 'gamma-oil', 'lonely']);
    expect(degree.get('beta')).toBe(1);
    expect(degree.get('gamma-oil')).toBe(0.5);
    expect(degree.get('delta')).toBe(0);
    const between = centrality(smallGraph, v, 'betweenness');
    expect(between.get('beta')).toBe(1);
    expect(between.get('gamma-oil')).toBe(0);
  });

  it('leaves hidden nodes out of the result', () => {
    const v = visible({ spheres: ['political'] });
    expect(Object.fromEntries(centrality(smallGraph, v, 'degree'))).toEqual({ alpha: 1, beta: 1 });
  });

  it('gives 0 to every node, not NaN, when no node has a score', () => {
    const v = visible({ spheres: ['humanitarian'] });
    expect(Object.fromEntries(centrality(smallGraph, v, 'degree'))).toEqual({ lonely: 0 });
    const pair = visible({ spheres: ['political'] });
    expect(Object.fromEntries(centrality(smallGraph, pair, 'betweenness'))).toEqual({
      alpha: 0,
      beta: 0,
    });
  });

  it('is empty when nothing is visible', () => {
    expect(centrality(smallGraph, visible({ spheres: [] }), 'degree').size).toBe(0);
  });

  it('ignores a visible edge whose end is not visible', () => {
    const odd: Visible = { nodes: new Set(['alpha']), edges: new Set(['alpha-treaty-beta']) };
    expect(Object.fromEntries(centrality(smallGraph, odd, 'degree'))).toEqual({ alpha: 0 });
  });
});

describe('shortestPath', () => {
  it('follows edges whatever their direction, naming the edge of each step', () => {
    expect(shortestPath(smallGraph, all, 'alpha', 'delta')).toEqual([
      { from: 'alpha', to: 'beta', edgeId: 'alpha-treaty-beta' },
      { from: 'beta', to: 'gamma-oil', edgeId: 'gamma-fields-beta' },
      { from: 'gamma-oil', to: 'delta', edgeId: 'delta-competes-gamma' },
    ]);
  });

  it('walks the same edges backwards', () => {
    expect(shortestPath(smallGraph, all, 'delta', 'alpha')).toEqual([
      { from: 'delta', to: 'gamma-oil', edgeId: 'delta-competes-gamma' },
      { from: 'gamma-oil', to: 'beta', edgeId: 'gamma-fields-beta' },
      { from: 'beta', to: 'alpha', edgeId: 'alpha-treaty-beta' },
    ]);
  });

  it('names a visible edge when a parallel one is hidden', () => {
    const v = visible({ spheres: ['energy', 'economic'] });
    expect(shortestPath(smallGraph, v, 'alpha', 'beta')).toEqual([
      { from: 'alpha', to: 'beta', edgeId: 'beta-oil-alpha' },
    ]);
    const steps = shortestPath(smallGraph, v, 'alpha', 'delta')!;
    expect(steps.every((s) => v.edges.has(s.edgeId))).toBe(true);
  });

  it('is null when the two nodes are not connected', () => {
    expect(shortestPath(smallGraph, all, 'alpha', 'lonely')).toBeNull();
  });

  it('is null when a hidden edge was the only link', () => {
    expect(shortestPath(smallGraph, visible({ statuses: ['established'] }), 'alpha', 'delta')).toBe(
      null,
    );
  });

  it('is null when an end is hidden or unknown', () => {
    const v = visible({ spheres: ['political'] });
    expect(shortestPath(smallGraph, v, 'alpha', 'gamma-oil')).toBeNull();
    expect(shortestPath(smallGraph, v, 'gamma-oil', 'alpha')).toBeNull();
    expect(shortestPath(smallGraph, all, 'alpha', 'ghost')).toBeNull();
  });

  it('is an empty path from a visible node to itself, and null for a hidden one', () => {
    expect(shortestPath(smallGraph, all, 'beta', 'beta')).toEqual([]);
    expect(shortestPath(smallGraph, visible({ spheres: ['political'] }), 'delta', 'delta')).toBe(
      null,
    );
  });
});
