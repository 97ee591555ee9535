import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../../src/domain/synthetic';
import { MapAdapter } from '../../../src/graph/adapter';
import { LARGE_ABOVE, STYLESHEET } from '../../../src/graph/stylesheet';
import { createAppStore, type AppStore } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

// The adapter owns the map's elements: small graphs go in at once, large ones in timed slices with
// progress in the store; a newer dataset cancels a load in flight.

let cy: Core;
let store: AppStore;
let adapter: MapAdapter | null = null;

const large = syntheticDataset({ nodes: 1000, edges: 2000, seed: 3 });
const smallPositions = Object.fromEntries(
  smallDataset.graph.nodes.map((n, i) => [n.id, { x: i * 100, y: 0 }]),
);

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  store = createAppStore({ ...smallDataset, positions: smallPositions });
  cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
});

afterEach(() => {
  adapter?.destroy();
  adapter = null;
  cy.destroy();
  vi.unstubAllGlobals();
});

const waitForIdle = () =>
  vi.waitFor(() => expect(store.getState().mapActivity).toBeNull(), { timeout: 20_000 });

describe('MapAdapter', () => {
  it('puts a small dataset on the map at once, without progress', () => {
    adapter = new MapAdapter(cy, store);
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    expect(cy.edges()).toHaveLength(smallDataset.graph.edges.length);
    expect(store.getState().mapActivity).toBeNull();
    expect(window.cy).toBe(cy);
  });

  it('adds a large dataset in slices, reporting progress, then draws it whole', async () => {
    expect(large.graph.nodes.length + large.graph.edges.length).toBeGreaterThan(LARGE_ABOVE);
    adapter = new MapAdapter(cy, store);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.mapActivity?.kind === 'drawing') seen.push(s.mapActivity.done);
    });
    store.getState().replaceDataset(large);
    // Nothing is added in the call itself: the page gets the first frame back.
    expect(cy.nodes()).toHaveLength(0);
    expect(store.getState().mapActivity).toEqual({ kind: 'drawing', done: 0, total: 3000 });
    await waitForIdle();
    unsubscribe();
    expect(cy.nodes()).toHaveLength(1000);
    expect(cy.edges()).toHaveLength(2000);
    expect(seen.length).toBeGreaterThan(0);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // Drawn with the large graph's stylesheet, and placed where the dataset says.
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
    expect(cy.nodes()[0]!.style('visibility')).toBe('hidden');
    const first = large.graph.nodes[0]!.id;
    expect(cy.getElementById(first).position()).toEqual(large.positions[first]);
  });

  it('cancels a large load when another dataset replaces it', async () => {
    adapter = new MapAdapter(cy, store);
    store.getState().replaceDataset(large);
    store.getState().replaceDataset({ ...smallDataset, positions: smallPositions });
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    await new Promise((done) => setTimeout(done, 200));
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    expect(store.getState().mapActivity).toBeNull();
  });

  it('keeps nodes where they are when the new dataset does not place them', () => {
    adapter = new MapAdapter(cy, store);
    const id = smallDataset.graph.nodes[0]!.id;
    cy.getElementById(id).position({ x: 777, y: 333 });
    store.getState().replaceDataset({ ...smallDataset, positions: {} });
    expect(cy.getElementById(id).position()).toEqual({ x: 777, y: 333 });
  });

  it('applies the store to the new elements once they are all there', async () => {
    adapter = new MapAdapter(cy, store);
    store.getState().replaceDataset(large);
    const sphere = store.getState().spheres[0]!.id;
    store.getState().showOnlySphere(sphere);
    await waitForIdle();
    expect(cy.elements('.hidden').length).toBeGreaterThan(0);
  });
});
