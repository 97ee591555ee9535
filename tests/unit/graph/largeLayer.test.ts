import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LargeGraphLayer, groupBy, nearestWithin, nodeRadius } from '../../../src/graph/largeLayer';
import { LARGE_STYLESHEET } from '../../../src/graph/stylesheet';

describe('large graph layer: the pure parts', () => {
  it('sizes nodes as the large stylesheet does: 12 to 48 wide', () => {
    expect(nodeRadius(0)).toBe(6);
    expect(nodeRadius(1)).toBe(24);
    expect(nodeRadius(0.5)).toBe(15);
    expect(nodeRadius(-3)).toBe(6);
    expect(nodeRadius(9)).toBe(24);
  });

  it('finds the nearest point whose radius (plus slop) reaches the pointer', () => {
    const xs = [0, 10, 100];
    const ys = [0, 0, 100];
    const radii = [6, 6, 6];
    expect(nearestWithin(xs, ys, radii, 9, 0, 0)).toBe(1);
    expect(nearestWithin(xs, ys, radii, 4, 0, 0)).toBe(0);
    expect(nearestWithin(xs, ys, radii, 50, 50, 3)).toBe(-1);
    expect(nearestWithin(xs, ys, radii, 100, 108, 3)).toBe(2);
    expect(nearestWithin(xs, ys, radii, 100, 110, 3)).toBe(-1);
    expect(nearestWithin([], [], [], 0, 0, 10)).toBe(-1);
  });

  it('groups by key in first-seen order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });

  it('leaves out what has no key, and takes numbers as keys', () => {
    const groups = groupBy([3, 8, 5, 6, 1], (n) => (n > 5 ? undefined : n % 2));
    expect([...groups]).toEqual([[1, [3, 5, 1]]]);
    expect(groupBy([1, 2], () => undefined).size).toBe(0);
  });
});

describe('large graph layer: labels', () => {
  const CHAR = 7;
  let cy: Core;
  let container: HTMLElement;

  afterEach(() => {
    cy.destroy();
    container.remove();
    vi.restoreAllMocks();
  });

  /** The labels the layer draws on a PNG's ground, with their boxes as the stand-in font measures. */
  function drawnLabels(layer: LargeGraphLayer) {
    const canvas = layer.snapshot(1);
    const ctx = canvas.getContext('2d') as unknown as {
      fillText: { mock: { calls: unknown[][] } };
    };
    return ctx.fillText.mock.calls.map(([text, x, y]) => {
      const w = String(text).length * CHAR;
      return {
        text: String(text),
        box: { x1: Number(x) - w / 2, x2: Number(x) + w / 2, y1: Number(y), y2: Number(y) + 15 },
      };
    });
  }

  beforeEach(() => {
    // The canvas stand-in measures every text as 0 wide: 7 units a character instead.
    vi.spyOn(CanvasRenderingContext2D.prototype, 'measureText').mockImplementation(
      (text: string) => ({ width: text.length * CHAR }) as TextMetrics,
    );
    container = document.createElement('div');
    document.body.append(container);
    cy = cytoscape({ container, style: LARGE_STYLESHEET });
    vi.spyOn(cy, 'width').mockReturnValue(800);
    vi.spyOn(cy, 'height').mockReturnValue(600);
    // A crowded row: each label would overlap its neighbours'; 'hub' has the most relations.
    const ids = ['a-node', 'b-node', 'hub', 'c-node', 'd-node', 'far-away'];
    cy.add([
      ...ids.map((id, i) => ({
        group: 'nodes' as const,
        data: { id, label: `${id} label`, kind: 'state', size: 0 },
        position: { x: id === 'far-away' ? 600 : 100 + i * 30, y: 100 },
      })),
      ...['a-node', 'b-node', 'c-node', 'd-node'].map((id) => ({
        group: 'edges' as const,
        data: { id: `e-${id}`, source: 'hub', target: id, colour: '#000000' },
      })),
    ]);
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  });

  it('draws no label over another: the busiest node’s first', () => {
    const layer = new LargeGraphLayer(cy, { select: () => {}, hover: () => {} });
    const labels = drawnLabels(layer);
    layer.destroy();
    expect(labels.map((l) => l.text).sort()).toEqual(['far-away label', 'hub label']);
    for (const a of labels)
      for (const b of labels)
        if (a !== b)
          expect(
            a.box.x1 < b.box.x2 &&
              b.box.x1 < a.box.x2 &&
              a.box.y1 < b.box.y2 &&
              b.box.y1 < a.box.y2,
          ).toBe(false);
  });

  it('places labels again once the camera stands still, not on every frame of a move', () => {
    vi.useFakeTimers();
    const layer = new LargeGraphLayer(cy, { select: () => {}, hover: () => {} });
    const texts = () =>
      drawnLabels(layer)
        .map((l) => l.text)
        .sort();
    expect(texts()).toEqual(['far-away label', 'hub label']);
    // 'a-node' moves clear of the row; the camera pans: the frame draws the labels placed before.
    cy.getElementById('a-node').position({ x: 400, y: 300 });
    cy.viewport({ zoom: 1, pan: { x: 5, y: 0 } });
    expect(texts()).toEqual(['far-away label', 'hub label']);
    // Stood still: placed again, 'a-node' has room now.
    vi.advanceTimersByTime(200);
    expect(texts()).toEqual(['a-node label', 'far-away label', 'hub label']);
    layer.destroy();
    vi.useRealTimers();
  });
});
