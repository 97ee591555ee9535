import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { RELAYOUT_IN_WORKER_ABOVE, relayoutVisible } from '../../../src/graph/layout';

// Above RELAYOUT_IN_WORKER_ABOVE shown nodes "Re-arrange visible" runs in the layout worker (here,
// without Worker in jsdom, through the same core on the page) and places the nodes at once.
describe('relayoutVisible, a large selection', () => {
  it('lays out only what is shown, moves the hidden nodes not at all, and says when it is done', async () => {
    const n = RELAYOUT_IN_WORKER_ABOVE + 30;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
      elements: [
        ...Array.from({ length: n }, (_, i) => ({
          data: { id: `n${i}` },
          position: { x: 0, y: 0 },
        })),
        ...Array.from({ length: n }, (_, i) => ({
          data: { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}` },
        })),
        { data: { id: 'hidden' }, position: { x: 5, y: 5 }, classes: 'hidden' },
      ],
    });
    const events: string[] = [];
    cy.on('layoutready layoutstop', (e) => void events.push(e.type));
    await relayoutVisible(cy.elements().not('.hidden'));
    const places = new Set(
      cy
        .nodes('[id != "hidden"]')
        .map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`),
    );
    expect(places.size).toBe(n);
    expect(cy.getElementById('hidden').position()).toEqual({ x: 5, y: 5 });
    expect(events).toEqual(['layoutready', 'layoutstop']);
    cy.destroy();
  }, 60_000);
});
