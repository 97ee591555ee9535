// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ARTICLE_SPHERES, SPHERE_COLOURS } from '../../../src/domain/palette';
import { thumbnailScene } from '../../../src/domain/stepThumbnail';
import { smallGraph, smallTour } from '../../fixtures/small';

const positions = {
  alpha: { x: 0, y: 0 },
  beta: { x: 400, y: 0 },
  'gamma-oil': { x: 400, y: 300 },
  delta: { x: -800, y: 900 },
  lonely: { x: 5000, y: 5000 },
};

describe('a step’s thumbnail', () => {
  it('frames the step’s focus in the box and shows only what the step’s filters show', () => {
    const scene = thumbnailScene(
      smallGraph,
      positions,
      ARTICLE_SPHERES,
      smallTour.steps[0]!,
      300,
      200,
      20,
    )!;
    // Political: alpha, beta and their treaty; the rest of the map is off.
    expect(scene.edges).toHaveLength(1);
    expect(scene.nodes.map((n) => n.label).sort()).toEqual(['Alpha', 'Beta']);
    for (const n of scene.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(20);
      expect(n.x).toBeLessThanOrEqual(280);
      expect(n.y).toBeGreaterThanOrEqual(20);
      expect(n.y).toBeLessThanOrEqual(180);
      expect(n.colour).toBe(SPHERE_COLOURS.political);
    }
    expect(scene.edges[0]!.focus).toBe(true);
  });

  it('draws the focus last, named, and the rest unnamed', () => {
    const scene = thumbnailScene(
      smallGraph,
      positions,
      ARTICLE_SPHERES,
      smallTour.steps[2]!,
      300,
      200,
    )!;
    const last = scene.nodes.at(-1)!;
    expect(last).toMatchObject({ focus: true, label: 'Delta Group' });
    expect(scene.nodes.filter((n) => !n.focus).every((n) => n.label === null)).toBe(true);
  });

  it('is not drawn for a map without positions for what the step frames', () => {
    expect(
      thumbnailScene(smallGraph, {}, ARTICLE_SPHERES, smallTour.steps[0]!, 300, 200),
    ).toBeNull();
  });
});
