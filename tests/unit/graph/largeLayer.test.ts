import { describe, expect, it } from 'vitest';
import { groupBy, nearestWithin, nodeRadius } from '../../../src/graph/largeLayer';

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
