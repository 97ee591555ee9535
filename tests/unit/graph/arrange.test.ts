import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeNewDataset } from '../../../src/graph/camera';
import { DRAFT_ABOVE, layoutAll, newGraphLayoutOptions } from '../../../src/graph/layout';

let cy: Core;
afterEach(() => cy.destroy());

const pile = (n: number) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}` }, position: { x: 0, y: 0 } })),
      ...Array.from({ length: n - 1 }, (_, i) => ({
        data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
      })),
    ],
  });

describe('arranging a new dataset', () => {
  it('lays out a graph that came without positions', async () => {
    cy = pile(6);
    await layoutAll(cy);
    // A path graph may come out on a straight line: count distinct places, not distinct x.
    const places = new Set(
      cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
    );
    expect(places.size).toBe(6);
  });

  it('leaves nodes the map already had where they are (re-colouring the same graph)', () => {
    cy = pile(3);
    cy.getElementById('n1').position({ x: 50, y: 60 });
    arrangeNewDataset(cy, true, new Set(['n0', 'n1', 'n2']));
    expect(cy.getElementById('n1').position()).toEqual({ x: 50, y: 60 });
  });

  it('uses fcose draft quality above a thousand nodes', () => {
    expect(newGraphLayoutOptions(DRAFT_ABOVE).quality).toBe('proof');
    expect(newGraphLayoutOptions(DRAFT_ABOVE + 1)).toMatchObject({
      quality: 'draft',
      animate: false,
      randomize: true,
    });
  });
});
