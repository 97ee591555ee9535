import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyViewport,
  SETTLE_MS,
  viewportOf,
  ViewportSync,
} from '../../../src/graph/viewportSync';
import { createAppStore, viewOf, type AppStore } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

// The camera in the store: reported once it settles (null while the map frames itself), applied
// when it comes from elsewhere (a link). A headless instance with a sized container has a camera.

let cy: Core;
let store: AppStore;
let sync: ViewportSync;
let ready: boolean;
const fit = vi.fn();

/** A headless instance whose container is `width` × `height`, with the small graph in a row. */
function sized(width: number, height: number): Core {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { get: () => width, configurable: true });
  Object.defineProperty(container, 'clientHeight', { get: () => height, configurable: true });
  const instance = cytoscape({ headless: true, container, minZoom: 0.1, maxZoom: 4 } as never);
  instance.add(
    smallDataset.graph.nodes.map((n, i) => ({
      data: { id: n.id },
      position: { x: i * 100, y: 0 },
    })),
  );
  return instance;
}

function resize(width: number, height: number) {
  const container = cy.container()!;
  Object.defineProperty(container, 'clientWidth', { get: () => width, configurable: true });
  Object.defineProperty(container, 'clientHeight', { get: () => height, configurable: true });
  (cy as unknown as { resize(): void }).resize();
}

const settle = () => vi.advanceTimersByTime(SETTLE_MS);

beforeEach(() => {
  vi.useFakeTimers();
  ready = true;
  fit.mockReset();
  store = createAppStore(smallDataset);
  cy = sized(800, 600);
  sync = new ViewportSync(cy, store, { ready: () => ready, fit });
  sync.listen();
});

afterEach(() => {
  sync.destroy();
  cy.destroy();
  vi.useRealTimers();
});

describe('viewportOf and applyViewport', () => {
  it('describe the camera by the graph point in the middle and the zoom', () => {
    cy.viewport({ zoom: 2, pan: { x: 100, y: 50 } });
    expect(viewportOf(cy)).toEqual({ x: 150, y: 125, zoom: 2 });
    applyViewport(cy, { x: 150, y: 125, zoom: 2 });
    expect(cy.pan()).toEqual({ x: 100, y: 50 });
  });

  it('keep the zoom within the map’s limits', () => {
    applyViewport(cy, { x: 0, y: 0, zoom: 50 });
    expect(cy.zoom()).toBe(4);
    expect(viewportOf(cy)).toMatchObject({ x: 0, y: 0 });
  });
});

describe('ViewportSync', () => {
  it('reports where the user moved the camera once it stands still', () => {
    cy.emit('dragpan');
    cy.viewport({ zoom: 1.5, pan: { x: 10, y: 20 } });
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(store.getState().viewport).toBeNull();
    settle();
    expect(store.getState().viewport).toEqual(viewportOf(cy));
    // Still: nothing more to say.
    const reported = store.getState().viewport;
    settle();
    expect(store.getState().viewport).toBe(reported);
  });

  it('reports a wheel zoom, a pinch and a request to look somewhere as placed', () => {
    for (const gesture of ['scrollzoom', 'pinchzoom']) {
      sync.fitted();
      settle();
      expect(store.getState().viewport, gesture).toBeNull();
      cy.emit(gesture);
      cy.zoom(cy.zoom() * 1.5);
      settle();
      expect(store.getState().viewport, gesture).not.toBeNull();
    }
    sync.fitted();
    settle();
    sync.place();
    settle();
    expect(store.getState().viewport).toEqual(viewportOf(cy));
  });

  it('reports null once the map frames itself again: a link then leaves the camera out', () => {
    cy.emit('dragpan');
    cy.pan({ x: 30, y: 30 });
    settle();
    expect(store.getState().viewport).not.toBeNull();
    cy.fit();
    sync.fitted();
    settle();
    expect(store.getState().viewport).toBeNull();
  });

  it('waits for an animation to come to rest', () => {
    const animated = vi.spyOn(cy, 'animated').mockReturnValue(true);
    sync.place();
    settle();
    settle();
    expect(store.getState().viewport).toBeNull();
    animated.mockReturnValue(false);
    settle();
    expect(store.getState().viewport).toEqual(viewportOf(cy));
  });

  it('applies a viewport from elsewhere (a link), and does not report it back changed', () => {
    const setViewport = vi.spyOn(store.getState(), 'setViewport');
    store.getState().setViewport({ x: 200, y: -50, zoom: 2 });
    expect(viewportOf(cy)).toEqual({ x: 200, y: -50, zoom: 2 });
    setViewport.mockClear();
    settle();
    expect(setViewport).not.toHaveBeenCalled();
    // Placed: a resize keeps it in the middle rather than fitting.
    resize(1000, 500);
    sync.resized({ width: 800, height: 600 });
    expect(fit).not.toHaveBeenCalled();
    expect(viewportOf(cy)).toEqual({ x: 200, y: -50, zoom: 2 });
  });

  it('frames the map for a link without a camera after the user had placed it', () => {
    sync.place();
    settle();
    store.getState().applyView({ ...viewOf(store.getState()), viewport: null });
    expect(fit).toHaveBeenCalledTimes(1);
  });

  it('fits again on a resize while the map frames itself', () => {
    resize(1000, 500);
    sync.resized({ width: 800, height: 600 });
    expect(fit).toHaveBeenCalledTimes(1);
  });

  it('applies the stored viewport when the elements come, or says there is none', () => {
    ready = false;
    store.getState().setViewport({ x: 100, y: 0, zoom: 0.5 });
    // Not yet: the elements are not on the map.
    expect(cy.zoom()).toBe(1);
    ready = true;
    expect(sync.applyStored()).toBe(true);
    expect(viewportOf(cy)).toEqual({ x: 100, y: 0, zoom: 0.5 });
    store.getState().setViewport(null);
    expect(sync.applyStored()).toBe(false);
  });
});
