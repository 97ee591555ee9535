// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  computePositions,
  LOOSE_IN_ROWS_ABOVE,
  type LayoutInput,
  type LayoutPhase,
} from '../../../src/graph/layoutCore';
import { boxWithLabel } from '../../../src/graph/layoutOptions';

// A small seeded generator, so a failing graph can be rebuilt.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(n: number, m: number, quality: LayoutInput['quality']): LayoutInput {
  const next = random(n * 31 + m);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    width: 30 + Math.floor(next() * 50),
    height: 30 + Math.floor(next() * 50),
  }));
  const edges = Array.from({ length: m }, (_, i) => {
    const s = Math.floor(next() * n);
    const t = (s + 1 + Math.floor(next() * (n - 1))) % n;
    return { id: `e${i}`, source: `n${s}`, target: `n${t}` };
  });
  return { nodes, edges, quality };
}

const finite = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y);
const places = (positions: Record<string, { x: number; y: number }>) =>
  new Set(Object.values(positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;

describe('computePositions: fcose on a headless instance', () => {
  // Draft (fcose's spectral step alone) keeps the unit run short; the proof quality that graphs of
  // this size get on the map runs below on a smaller one, and takes seconds here.
  it('places every node of a 300-node random graph, apart', { timeout: 60_000 }, () => {
    const input = randomGraph(300, 600, 'draft');
    const phases: LayoutPhase[] = [];
    const positions = computePositions(input, (phase) => phases.push(phase));
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    expect(Object.values(positions).every(finite)).toBe(true);
    expect(places(positions)).toBe(300);
    expect(phases).toEqual(['started', 'computing', 'done']);
  });

  it('spreads the nodes that draft quality puts on one spot', { timeout: 60_000 }, () => {
    // Disjoint cycles, as the end-to-end test imports: spectral draws like cycles on top of each other.
    const n = 1500;
    const positions = computePositions({
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 30, height: 30 })),
      edges: Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        source: `n${i}`,
        target: `n${(i * 7 + 1) % n}`,
      })),
      quality: 'draft',
    });
    expect(Object.values(positions).every(finite)).toBe(true);
    expect(places(positions)).toBe(n);
  });

  it('places an isolated node too, in proof quality', { timeout: 60_000 }, () => {
    const input = randomGraph(40, 60, 'proof');
    input.nodes.push({ id: 'alone', width: 30, height: 30 });
    const positions = computePositions(input);
    expect(finite(positions.alone!)).toBe(true);
    expect(Object.keys(positions)).toHaveLength(41);
    expect(places(positions)).toBe(41);
  });

  it('places a graph of one node, and of nodes without edges', () => {
    expect(
      finite(
        computePositions({
          nodes: [{ id: 'a', width: 30, height: 30 }],
          edges: [],
          quality: 'proof',
        }).a!,
      ),
    ).toBe(true);
    const scattered = computePositions({
      nodes: ['a', 'b', 'c'].map((id) => ({ id, width: 30, height: 30 })),
      edges: [],
      quality: 'proof',
    });
    expect(Object.values(scattered).every(finite)).toBe(true);
    expect(places(scattered)).toBe(3);
  });

  it('sets many nodes without edges in rows under the rest, quickly', { timeout: 60_000 }, () => {
    const input = randomGraph(50, 80, 'draft');
    const loose = Array.from({ length: 2000 }, (_, i) => ({ id: `x${i}`, width: 30, height: 30 }));
    input.nodes.push(...loose);
    const positions = computePositions(input);
    expect(Object.keys(positions)).toHaveLength(2050);
    expect(Object.values(positions).every(finite)).toBe(true);
    expect(places(positions)).toBe(2050);
    const linked = new Set(input.edges.flatMap((e) => [e.source, e.target]));
    const lowest = Math.max(...[...linked].map((id) => positions[id]!.y));
    expect(loose.every((n) => positions[n.id]!.y > lowest)).toBe(true);
    // Only nodes without edges: rows from the origin.
    const alone = computePositions({
      nodes: loose.slice(0, LOOSE_IN_ROWS_ABOVE + 1),
      edges: [],
      quality: 'draft',
    });
    expect(places(alone)).toBe(LOOSE_IN_ROWS_ABOVE + 1);
  });

  it('returns nothing for an empty graph', () => {
    expect(computePositions({ nodes: [], edges: [], quality: 'draft' })).toEqual({});
  });

  it('skips an edge whose end is missing and survives a size that is not a number', () => {
    const positions = computePositions({
      nodes: [
        { id: 'a', width: Number.NaN, height: 0 },
        { id: 'b', width: 30, height: 30 },
      ],
      edges: [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'ax', source: 'a', target: 'x' },
      ],
      quality: 'proof',
    });
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
    expect(Object.values(positions).every(finite)).toBe(true);
  });
});

describe('boxWithLabel', () => {
  it('widens a node to its label, up to the wrap width, and adds the label lines below', () => {
    expect(boxWithLabel(30, 30, '')).toEqual({ width: 30, height: 30 });
    expect(boxWithLabel(30, 30, 'Astana')).toEqual({ width: 6 * 8.6, height: 30 + 8 + 19 });
    const long = boxWithLabel(30, 30, 'x'.repeat(40));
    expect(long.width).toBe(150);
    expect(long.height).toBe(30 + 8 + 3 * 19);
  });
});
