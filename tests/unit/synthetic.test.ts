import { describe, expect, it } from 'vitest';
import { positionsSchema } from '../../src/domain/schema';
import { syntheticDataset } from '../../src/domain/synthetic';
import { validateDataset } from '../../src/domain/validate';
import { SPHERES, EDGE_STATUSES } from '../../src/domain/vocabulary';

describe('syntheticDataset', () => {
  const small = syntheticDataset({ nodes: 300, edges: 1200, seed: 7 });

  it('is valid: schemas, evidence quotes verbatim in their blocks, no dangling ends or self-loops', () => {
    expect(validateDataset(small.article, small.graph)).toEqual([]);
    expect(positionsSchema.safeParse(small.positions).success).toBe(true);
  });

  it('has exactly the asked counts, unique ids and no repeated pair of ends', () => {
    const { graph } = syntheticDataset({ nodes: 1000, edges: 4000, seed: 1 });
    expect(graph.nodes).toHaveLength(1000);
    expect(graph.edges).toHaveLength(4000);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(1000);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(4000);
    const pairs = new Set(graph.edges.map((e) => [e.source, e.target].sort().join(' ')));
    expect(pairs.size).toBe(4000);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = syntheticDataset({ nodes: 300, edges: 1200, seed: 7 });
    expect(again).toEqual(small);
    const other = syntheticDataset({ nodes: 300, edges: 1200, seed: 8 });
    expect(other.graph.edges.map((e) => e.source)).not.toEqual(
      small.graph.edges.map((e) => e.source),
    );
  });

  it('spreads spheres and statuses like a real map: 1–2 spheres each, every sphere and status used', () => {
    const { graph } = small;
    for (const el of [...graph.nodes, ...graph.edges]) {
      expect(el.domains.length).toBeGreaterThanOrEqual(1);
      expect(el.domains.length).toBeLessThanOrEqual(2);
    }
    for (const sphere of SPHERES) {
      expect(graph.edges.some((e) => e.domains.includes(sphere))).toBe(true);
      expect(graph.nodes.some((n) => n.domains.includes(sphere))).toBe(true);
    }
    for (const status of EDGE_STATUSES)
      expect(graph.edges.filter((e) => e.status === status).length).toBeGreaterThan(50);
    expect(new Set(graph.nodes.map((n) => n.kind)).size).toBeGreaterThan(5);
  });

  it('has a community structure: most edges join nodes placed close together', () => {
    const { graph, positions } = small;
    const xs = Object.values(positions).map((p) => p.x);
    const span = Math.max(...xs) - Math.min(...xs);
    const short = graph.edges.filter((e) => {
      const a = positions[e.source]!;
      const b = positions[e.target]!;
      return Math.hypot(a.x - b.x, a.y - b.y) < span / 3;
    });
    expect(short.length / graph.edges.length).toBeGreaterThan(0.75);
    // Hubs: the best-connected node has many times the average degree.
    const degree = new Map<string, number>();
    for (const e of graph.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeGreaterThan((4 * 2 * 1200) / 300);
  });

  it('places every node, at distinct points', () => {
    const { graph, positions } = small;
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const points = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(points.size).toBe(graph.nodes.length);
  });

  it('fills in a graph close to complete, and refuses counts it cannot meet', () => {
    const dense = syntheticDataset({ nodes: 6, edges: 15, seed: 3 });
    expect(dense.graph.edges).toHaveLength(15);
    expect(validateDataset(dense.article, dense.graph)).toEqual([]);
    expect(() => syntheticDataset({ nodes: 6, edges: 16, seed: 3 })).toThrow(RangeError);
    expect(() => syntheticDataset({ nodes: 0, edges: 0, seed: 3 })).toThrow(RangeError);
  });
});
