import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { fixRoundPolygonPath } from '../../../../src/graph/patches/roundPolygonPath';

type Draw = (context: object, ...rest: unknown[]) => void;
const drawOf = (cy: Core) =>
  (cy as unknown as { renderer(): { drawRoundPolygonPath: Draw } }).renderer();

/** A context that records the path calls cytoscape makes for a round polygon without corners. */
const recording = () => {
  const calls: string[] = [];
  return {
    calls,
    context: { beginPath: () => calls.push('beginPath'), closePath: () => calls.push('closePath') },
  };
};

let cy: Core;
afterEach(() => cy?.destroy());

describe('fixRoundPolygonPath', () => {
  const drawn = () => {
    const container = document.createElement('div');
    document.body.append(container);
    return cytoscape({ container });
  };

  it('is needed: cytoscape starts no path before a round polygon', () => {
    cy = drawn();
    const { calls, context } = recording();
    drawOf(cy).drawRoundPolygonPath(context, 0, 0, 10, 10, [], []);
    expect(calls).toEqual(['closePath']);
  });

  it('begins a path first, as cytoscape does for its other shapes', () => {
    cy = drawn();
    expect(fixRoundPolygonPath(cy)).toBe(true);
    const { calls, context } = recording();
    drawOf(cy).drawRoundPolygonPath(context, 0, 0, 10, 10, [], []);
    expect(calls).toEqual(['beginPath', 'closePath']);
  });

  it('leaves a Path2D-like context (no beginPath), the map’s cached drawing, as it was', () => {
    cy = drawn();
    fixRoundPolygonPath(cy);
    const closed: string[] = [];
    drawOf(cy).drawRoundPolygonPath(
      { closePath: () => closed.push('closePath') },
      0,
      0,
      1,
      1,
      [],
      [],
    );
    expect(closed).toEqual(['closePath']);
  });

  it('does nothing on a headless instance', () => {
    cy = cytoscape({ headless: true });
    expect(fixRoundPolygonPath(cy)).toBe(false);
  });
});
