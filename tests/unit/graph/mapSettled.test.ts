import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapSettled } from '../../../src/graph/exportImage';

/** Animation frames run when the test says, one at a time. */
let frames: FrameRequestCallback[] = [];
const tick = () => {
  const due = frames;
  frames = [];
  for (const f of due) f(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => vi.unstubAllGlobals());

/** Enough of a cytoscape instance: a camera, an animation flag and the map's container. */
function fakeMap() {
  const container = document.createElement('div');
  const state = { animated: false, zoom: 1 };
  const cy = {
    destroyed: () => false,
    animated: () => state.animated,
    zoom: () => state.zoom,
    pan: () => ({ x: 0, y: 0 }),
    width: () => 800,
    height: () => 600,
    container: () => container,
  } as unknown as Core;
  return { cy, state, container };
}

describe('mapSettled', () => {
  it('waits for the animation, the labels and a few still frames', async () => {
    const { cy, state, container } = fakeMap();
    state.animated = true;
    container.setAttribute('data-labels-pending', '');
    let settled = false;
    void mapSettled(cy).then(() => (settled = true));
    for (let i = 0; i < 5; i++) tick();
    await Promise.resolve();
    expect(settled).toBe(false);

    // The animation ends with a last move; the labels are still being placed.
    state.animated = false;
    state.zoom = 1.5;
    for (let i = 0; i < 5; i++) tick();
    await Promise.resolve();
    expect(settled).toBe(false);

    container.removeAttribute('data-labels-pending');
    tick();
    tick();
    await Promise.resolve();
    expect(settled).toBe(false);
    tick();
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('gives up waiting on a map that never settles', async () => {
    const { cy, state } = fakeMap();
    state.animated = true;
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);
    let settled = false;
    void mapSettled(cy).then(() => (settled = true));
    tick();
    await Promise.resolve();
    expect(settled).toBe(false);
    now.mockReturnValue(60_000);
    tick();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
