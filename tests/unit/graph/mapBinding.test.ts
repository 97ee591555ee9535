import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../fixtures/synthetic';
import { loadLargeMap, MapBinding } from '../../../src/graph/mapBinding';
import { LARGE_ABOVE, STYLESHEET } from '../../../src/graph/stylesheet';
import { viewportOf } from '../../../src/graph/viewportSync';
import { createAppStore, type AppStore } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

// The binding's maps own the elements: small graphs go in at once, large ones in timed slices with
// progress in the store; a newer dataset cancels a load in flight.

let cy: Core;
let store: AppStore;
let binding: MapBinding | null = null;

const large = syntheticDataset({ nodes: 1000, edges: 2000, seed: 3 });
const smallPositions = Object.fromEntries(
  smallDataset.graph.nodes.map((n, i) => [n.id, { x: i * 100, y: 0 }]),
);

// The large map's code loads with the first large graph; here it is there from the start, so that
// a large dataset's first step happens in the call, as it does in the app once loaded.
beforeAll(() => loadLargeMap());

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
  binding?.destroy();
  binding = null;
  cy.destroy();
  vi.unstubAllGlobals();
});

const waitForIdle = () =>
  vi.waitFor(() => expect(store.getState().mapActivity).toBeNull(), { timeout: 20_000 });

describe('MapBinding', () => {
  it('puts a small dataset on the map at once, without progress', () => {
    binding = new MapBinding(cy, store);
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    expect(cy.edges()).toHaveLength(smallDataset.graph.edges.length);
    expect(store.getState().mapActivity).toBeNull();
    expect(window.cy).toBe(cy);
    expect(window.cyGraph).toBe(cy);
    expect(binding.graph).toBe(cy);
  });

  it('fills a large dataset into a headless model in slices, reporting progress', async () => {
    expect(large.graph.nodes.length + large.graph.edges.length).toBeGreaterThan(LARGE_ABOVE);
    binding = new MapBinding(cy, store);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.mapActivity?.kind === 'drawing') seen.push(s.mapActivity.done);
    });
    store.getState().replaceDataset(large);
    // Nothing is added in the call itself: the page gets the first frame back.
    const model = binding.graph;
    expect(model).not.toBe(cy);
    expect(window.cyGraph).toBe(model);
    expect(model.nodes()).toHaveLength(0);
    expect(store.getState().mapActivity).toEqual({ kind: 'drawing', done: 0, total: 3000 });
    await waitForIdle();
    unsubscribe();
    expect(model.nodes()).toHaveLength(1000);
    expect(model.edges()).toHaveLength(2000);
    expect(seen.length).toBeGreaterThan(0);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // The model has no styles to compute; the drawn instance has the large stylesheet and holds
    // nothing while nothing is highlighted.
    expect((model as unknown as { styleEnabled(): boolean }).styleEnabled()).toBe(false);
    expect(cy.elements()).toHaveLength(0);
    expect(cy.minZoom()).toBe(0.01);
    const first = large.graph.nodes[0]!.id;
    expect(model.getElementById(first).position()).toEqual(large.positions[first]);
  });

  it('draws copies of what is highlighted in a large graph, and only that', async () => {
    binding = new MapBinding(cy, store);
    store.getState().replaceDataset(large);
    await waitForIdle();
    const model = binding.graph;
    const hub = model.nodes().max((n) => n.degree(false)).ele;
    store.getState().selectElement({ type: 'node', id: hub.id() });
    expect(cy.elements().map((e) => e.id())).toEqual([hub.id()]);
    expect(cy.getElementById(hub.id()).hasClass('selected')).toBe(true);
    expect(cy.getElementById(hub.id()).position()).toEqual(hub.position());
    expect(cy.getElementById(hub.id()).style('visibility')).toBe('visible');

    // Hovering lights the node, its neighbours and its edges: all are copied, with their classes.
    store.getState().hoverNode(hub.id());
    const near = hub.closedNeighborhood();
    expect(new Set(cy.elements().map((e) => e.id()))).toEqual(new Set(near.map((e) => e.id())));
    const edge = hub.connectedEdges()[0]!;
    expect(cy.getElementById(edge.id()).hasClass('hover-edge')).toBe(true);
    expect(cy.getElementById(edge.id()).data('source')).toBe(edge.data('source'));

    // The hover ends: only the selection stays; the selection ends: nothing.
    store.getState().hoverNode(null);
    expect(cy.elements().map((e) => e.id())).toEqual([hub.id()]);
    store.getState().selectElement(null);
    expect(cy.elements()).toHaveLength(0);
  });

  it("keeps the drawn copies where the model's nodes move", async () => {
    binding = new MapBinding(cy, store);
    store.getState().replaceDataset(large);
    await waitForIdle();
    const node = binding.graph.nodes()[5]!;
    store.getState().selectElement({ type: 'node', id: node.id() });
    node.position({ x: 1234, y: -56 });
    await vi.waitFor(() =>
      expect(cy.getElementById(node.id()).position()).toEqual({ x: 1234, y: -56 }),
    );
  });

  it('cancels a large load when another dataset replaces it', async () => {
    binding = new MapBinding(cy, store);
    store.getState().replaceDataset(large);
    store.getState().replaceDataset({ ...smallDataset, positions: smallPositions });
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    await new Promise((done) => setTimeout(done, 200));
    expect(cy.nodes()).toHaveLength(smallDataset.graph.nodes.length);
    expect(store.getState().mapActivity).toBeNull();
  });

  it('puts the camera where a link says once the elements are on the map, not where a fit would', async () => {
    const container = document.createElement('div');
    Object.defineProperty(container, 'clientWidth', { value: 800 });
    Object.defineProperty(container, 'clientHeight', { value: 600 });
    cy.destroy();
    cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, container } as never);
    store.getState().setViewport({ x: 150, y: 20, zoom: 2 });
    binding = new MapBinding(cy, store);
    expect(viewportOf(cy)).toEqual({ x: 150, y: 20, zoom: 2 });
    // Asked to fit, the map frames itself again, and says so: the link loses its camera.
    store.getState().fitView();
    await vi.waitFor(() => expect(store.getState().viewport).toBeNull(), { timeout: 3000 });
    expect(cy.zoom()).not.toBe(2);
    // Centred on a node, the camera is placed: the link keeps it.
    store.getState().selectAndCenter({ type: 'node', id: 'beta' });
    await vi.waitFor(() => expect(store.getState().viewport).toMatchObject({ x: 100, y: 0 }), {
      timeout: 3000,
    });
  });

  it('keeps nodes where they are when the new dataset does not place them', () => {
    binding = new MapBinding(cy, store);
    const id = smallDataset.graph.nodes[0]!.id;
    cy.getElementById(id).position({ x: 777, y: 333 });
    store.getState().replaceDataset({ ...smallDataset, positions: {} });
    expect(cy.getElementById(id).position()).toEqual({ x: 777, y: 333 });
  });

  it('applies the store to the new elements once they are all there', async () => {
    binding = new MapBinding(cy, store);
    store.getState().replaceDataset(large);
    const sphere = store.getState().spheres[0]!.id;
    store.getState().showOnlySphere(sphere);
    await waitForIdle();
    expect(binding.graph.elements('.hidden').length).toBeGreaterThan(0);
  });
});
