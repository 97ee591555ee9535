import { describe, expect, it } from 'vitest';
import {
  KIND_SHAPES,
  PIE_SIZES,
  SHAPE_OUTLINES,
  shapeOutline,
  type NodeShape,
} from '../../../src/domain/nodeShapes';
import { NODE_KINDS } from '../../../src/domain/vocabulary';

/** Whether a point lies inside a polygon given as x,y pairs (even-odd rule). */
function inside(points: readonly number[], x: number, y: number): boolean {
  let within = false;
  for (let i = 0, j = points.length - 2; i < points.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [points[i]!, points[i + 1]!, points[j]!, points[j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

const covers = (shape: NodeShape, x: number, y: number) => {
  const outline = shapeOutline(shape);
  return outline ? inside(outline, x, y) : x * x + y * y <= 1;
};

/** The shape as a node of `px` screen pixels shows it: which pixels it covers. */
function silhouette(shape: NodeShape, px: number): boolean[] {
  const pixels: boolean[] = [];
  for (let row = 0; row < px; row++)
    for (let col = 0; col < px; col++)
      pixels.push(covers(shape, -1 + (2 * (col + 0.5)) / px, -1 + (2 * (row + 0.5)) / px));
  return pixels;
}

/** The share of pixels where two silhouettes differ. */
const apart = (a: boolean[], b: boolean[]) => a.filter((p, i) => p !== b[i]).length / a.length;

describe('node shapes', () => {
  it('gives every kind a shape of its own', () => {
    const shapes = NODE_KINDS.map((kind) => KIND_SHAPES[kind]);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
  });

  it('tells every two kinds apart at the opening zoom: their 14 px silhouettes differ in at least 11 % of pixels', () => {
    // A node is 30 model units at the least, about 12 to 20 px on screen at the opening view. The
    // shapes this replaced differed in 0 % (diamond and round diamond) to 2 % (the rectangles).
    const close: string[] = [];
    for (const a of NODE_KINDS)
      for (const b of NODE_KINDS) {
        if (a >= b) continue;
        const share = apart(silhouette(KIND_SHAPES[a], 14), silhouette(KIND_SHAPES[b], 14));
        if (share < 0.11) close.push(`${a} and ${b}: ${(share * 100).toFixed(1)} %`);
      }
    expect(close).toEqual([]);
  });

  it('outlines fill the unit square, as cytoscape stretches its shapes to the node', () => {
    for (const [shape, points] of Object.entries(SHAPE_OUTLINES)) {
      for (const axis of shape === 'band' ? [0] : [0, 1]) {
        // The band is a bar by design: as wide as the node, shorter than it.
        const values = points.filter((_, i) => i % 2 === axis);
        // cytoscape's concave hexagon stops at 0.95 from the middle, the others at 1.
        expect(Math.min(...values), shape).toBeGreaterThan(-1.000001);
        expect(Math.min(...values), shape).toBeLessThan(-0.949);
        expect(Math.max(...values), shape).toBeLessThan(1.000001);
        expect(Math.max(...values), shape).toBeGreaterThan(0.949);
      }
    }
  });

  it('keeps the pie of spheres inside its shape, so the points that tell the shape stay in view', () => {
    for (const [shape, size] of Object.entries(PIE_SIZES) as [NodeShape, number][]) {
      const r = size / 100;
      for (let i = 0; i < 72; i++) {
        const a = (2 * Math.PI * i) / 72;
        expect([shape, i, covers(shape, 0.98 * r * Math.cos(a), 0.98 * r * Math.sin(a))]).toEqual([
          shape,
          i,
          true,
        ]);
      }
    }
  });
});
