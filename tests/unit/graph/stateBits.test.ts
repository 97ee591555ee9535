import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/graph/elements';
import { HIGHLIGHT_BITS, STATE_BITS, stateBits, syncToCy } from '../../../src/graph/sync';
import { createAppStore } from '../../../src/store/store';
import { smallDataset, smallGraph } from '../../fixtures/small';

// syncToCy keeps each element's state classes as bits, read by the large-graph layer and the
// adapter's copies instead of 25,000 × 9 hasClass calls: the bits must say what the classes say.

describe('stateBits', () => {
  it('follows the classes syncToCy sets and clears, on a headless core without styles', () => {
    const store = createAppStore({ ...smallDataset, positions: {} });
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: toElements(smallGraph, {}),
    });
    const agree = () => {
      for (const ele of cy.elements().toArray()) {
        const bits = stateBits(ele);
        for (const [cls, bit] of Object.entries(STATE_BITS))
          expect((bits & bit) !== 0, `${ele.id()} .${cls}`).toBe(ele.hasClass(cls));
      }
    };
    syncToCy(cy, store.getState());
    agree();
    const node = smallGraph.nodes[0]!.id;
    store.getState().selectElement({ type: 'node', id: node });
    store.getState().hoverNode(smallGraph.nodes[1]!.id);
    syncToCy(cy, store.getState());
    agree();
    expect(stateBits(cy.getElementById(node)) & HIGHLIGHT_BITS).not.toBe(0);
    store.getState().showOnlySphere(store.getState().spheres[0]!.id);
    store.getState().selectElement(null);
    store.getState().hoverNode(null);
    syncToCy(cy, store.getState());
    agree();
    expect(stateBits(cy.getElementById(node)) & HIGHLIGHT_BITS).toBe(0);
    expect(
      cy
        .elements()
        .toArray()
        .some((e) => (stateBits(e) & STATE_BITS.hidden) !== 0),
    ).toBe(true);
  });

  it('reads an element it has not seen from its classes', () => {
    const cy = cytoscape({ headless: true });
    const node = cy.add({ data: { id: 'x' }, classes: ['hidden', 'selected', 'established'] });
    expect(stateBits(node)).toBe(STATE_BITS.hidden | STATE_BITS.selected);
  });
});
