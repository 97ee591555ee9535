import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  degrees,
  labelFontSize,
  labelOrder,
  placeLabels,
  projectorLabelPx,
  unionBox,
  type Box,
  type LabelCandidate,
  type LabelRank,
} from '../../../src/domain/labelPlacement';
import { smallGraph } from '../../fixtures/small';

const box = (x1: number, y1: number, w = 10, h = 4): Box => ({ x1, y1, x2: x1 + w, y2: y1 + h });
const one = (id: string, b: Box, more: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  boxes: [b],
  ...more,
});
const overlap = (a: Box, b: Box, gap = 0) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

describe('placeLabels', () => {
  it('shows the first of two overlapping labels and hides the second', () => {
    const shown = placeLabels([
      one('hub', box(0, 0)),
      one('leaf', box(5, 2)),
      one('far', box(50, 0)),
    ]);
    expect([...shown.keys()]).toEqual(['hub', 'far']);
  });

  it('keeps a gap between labels shown', () => {
    expect(placeLabels([one('a', box(0, 0)), one('b', box(11, 0))], 0).has('b')).toBe(true);
    expect(placeLabels([one('a', box(0, 0)), one('b', box(11, 0))], 2).has('b')).toBe(false);
  });

  it('moves a pinned label to a free place, and shows it in its first when none is', () => {
    const shown = placeLabels([
      one('relation', box(0, 0), { pinned: true }),
      { id: 'hovered', boxes: [box(2, 1), box(2, 20)], pinned: true },
      { id: 'crowded', boxes: [box(0, 2), box(2, 22)], pinned: true },
    ]);
    expect(Object.fromEntries(shown)).toEqual({ relation: 0, hovered: 1, crowded: 0 });
  });

  it('makes a forced pinned label’s place: the labels there that are not pinned give way', () => {
    const shown = placeLabels([
      one('relation', box(0, 0), { mayCover: true }),
      one('other', box(30, 0)),
      one('hovered', box(2, 1), { pinned: true }),
    ]);
    expect([...shown.keys()]).toEqual(['other', 'hovered']);
  });

  it('shows a pinned label whatever it overlaps, and the others keep clear of it', () => {
    const shown = placeLabels([
      one('hovered', box(0, 0), { pinned: true }),
      one('selected', box(3, 1), { pinned: true }),
      one('other', box(6, 2)),
    ]);
    expect([...shown.keys()]).toEqual(['hovered', 'selected']);
  });

  it('moves a label to its next place where the first is taken', () => {
    const shown = placeLabels([
      one('hub', box(0, 0)),
      { id: 'leaf', boxes: [box(2, 2), box(2, 10), box(20, 0)] },
    ]);
    expect(shown.get('leaf')).toBe(1);
  });

  it('keeps labels off obstacles but their own, unless they may cover', () => {
    const node = { owner: 'n', box: box(0, 10, 4, 4) };
    expect(placeLabels([one('x', box(0, 9))], 0, [node]).has('x')).toBe(false);
    expect(placeLabels([one('n', box(0, 9))], 0, [node]).has('n')).toBe(true);
    const cover = placeLabels([one('hub', box(0, 9), { mayCover: true })], 0, [node]);
    expect(cover.get('hub')).toBe(0);
    // A label that may cover still tries a free place first, and never lies over another label.
    const moved = placeLabels(
      [
        one('a', box(30, 30)),
        { id: 'hub', boxes: [box(0, 9), box(30, 30), box(0, 30)], mayCover: true },
      ],
      0,
      [node],
    );
    expect(moved.get('hub')).toBe(2);
  });

  it('keeps labels within the view when one is given', () => {
    const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
    const shown = placeLabels(
      [one('cut', box(95, 0)), { id: 'inside', boxes: [box(95, 20), box(80, 20)] }],
      0,
      [],
      view,
    );
    expect(shown.has('cut')).toBe(false);
    expect(shown.get('inside')).toBe(1);
  });

  it('finds the same labels as checking every pair, with no two shown overlapping', () => {
    const boxes = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
      w: fc.integer({ min: 1, max: 80 }),
      h: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(boxes, { maxLength: 120 }),
        fc.integer({ min: 0, max: 5 }),
        (list, gap) => {
          const candidates = list.map((b, i) => one(`l${i}`, box(b.x, b.y, b.w, b.h)));
          const shown = placeLabels(candidates, gap);
          // The plain greedy pass, pair by pair.
          const placed: Box[] = [];
          const expected: string[] = [];
          for (const c of candidates)
            if (!placed.some((p) => overlap(c.boxes[0]!, p, gap))) {
              placed.push(c.boxes[0]!);
              expected.push(c.id);
            }
          expect([...shown.keys()]).toEqual(expected);
        },
      ),
    );
  });

  it('places a thousand crowded labels without any two overlapping', () => {
    const candidates = Array.from({ length: 1000 }, (_, i) =>
      one(`l${i}`, box((i * 37) % 600, (i * 53) % 400, 40 + (i % 30), 12)),
    );
    const shown = placeLabels(candidates, 1);
    const boxes = candidates.filter((c) => shown.has(c.id)).map((c) => c.boxes[0]!);
    expect(boxes.length).toBeGreaterThan(50);
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlap(boxes[i]!, boxes[j]!, 1)) overlapping++;
    expect(overlapping).toBe(0);
  });
});

describe('labelOrder', () => {
  const rank = (id: string, more: Partial<LabelRank> = {}): LabelRank => ({
    id,
    pinned: false,
    focus: false,
    near: false,
    dimmed: false,
    degree: 1,
    ...more,
  });

  it('puts the busier node first, ties in the graph’s order', () => {
    const order = labelOrder([
      rank('a', { degree: 2 }),
      rank('b', { degree: 9 }),
      rank('c', { degree: 2 }),
    ]);
    expect(order.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts what is pinned first, then the tour’s focus, then neighbours, then what is not faded', () => {
    const order = labelOrder([
      rank('hub', { degree: 50 }),
      rank('faded', { degree: 90, dimmed: true }),
      rank('neighbour', { near: true }),
      rank('focus', { focus: true }),
      rank('hovered', { pinned: true }),
    ]);
    expect(order.map((r) => r.id)).toEqual(['hovered', 'focus', 'neighbour', 'hub', 'faded']);
  });

  it('puts the relations asked for before the node labels, which can move round their nodes', () => {
    const order = labelOrder([
      rank('hovered', { pinned: true }),
      rank('its relation', { near: true, relation: true }),
      rank('selected relation', { pinned: true, relation: true }),
      rank('neighbour', { near: true }),
    ]);
    expect(order.map((r) => r.id)).toEqual([
      'selected relation',
      'its relation',
      'hovered',
      'neighbour',
    ]);
  });
});

describe('labelFontSize', () => {
  it('keeps the base size while it reads large enough', () => {
    expect(labelFontSize(15, 11, 1)).toBe(15);
    expect(labelFontSize(15, 11, 11 / 15)).toBe(15);
  });

  it('grows as the zoom shrinks, so that the label reads at least the asked size on screen', () => {
    for (const zoom of [0.7, 0.5, 0.43, 0.31, 0.2, 0.15]) {
      const size = labelFontSize(15, 11, zoom);
      expect(size * zoom).toBeGreaterThanOrEqual(11 - 1e-9);
      // In steps of 5 %: never more than a step above what is needed.
      expect(size * zoom).toBeLessThan(11 * 1.05 + 1e-9);
    }
  });

  it('changes in steps, so that a small zoom does not restyle every label', () => {
    expect(labelFontSize(15, 11, 0.4)).toBe(labelFontSize(15, 11, 0.399));
  });
});

describe('degrees and unionBox', () => {
  it('counts each node’s relations among those displayed', () => {
    const all = new Set(smallGraph.edges.map((e) => e.id));
    expect(degrees(smallGraph, all).get('beta')).toBe(3);
    expect(degrees(smallGraph, new Set(['alpha-treaty-beta'])).get('beta')).toBe(1);
    expect(degrees(smallGraph, new Set()).get('beta')).toBeUndefined();
  });

  it('unites boxes', () => {
    expect(unionBox([box(0, 0), box(20, -5)])).toEqual({ x1: 0, y1: -5, x2: 30, y2: 4 });
    expect(unionBox([])).toBeNull();
  });
});

describe('projectorLabelPx', () => {
  it('is 20 px on a map as wide as a 1280 px window’s tour leaves it, or wider', () => {
    expect(projectorLabelPx(640)).toBe(20);
    expect(projectorLabelPx(1100)).toBe(20);
  });

  it('shrinks with a narrower map, in whole pixels, never below 16 px', () => {
    expect(projectorLabelPx(560)).toBe(18);
    expect(projectorLabelPx(510)).toBe(16);
    expect(projectorLabelPx(300)).toBe(16);
    expect(Number.isInteger(projectorLabelPx(601))).toBe(true);
  });

  it('keeps the full size where the map has no width yet', () => {
    expect(projectorLabelPx(0)).toBe(20);
  });
});
