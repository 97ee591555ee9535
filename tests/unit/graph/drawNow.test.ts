import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawNowSupported, drawPendingFrame, drawSoonScheduler } from '../../../src/graph/drawNow';

/**
 * A stand-in for cytoscape's canvas renderer, with the fields its render loop uses (jsdom has no
 * canvas). That the real renderer has them is checked in the browser (tests/e2e/map.spec.ts).
 */
function fakeMap() {
  const calls: string[] = [];
  const renderer = {
    destroyed: false,
    requestedFrame: false,
    skipFrame: false,
    renderOptions: { marker: 'options' } as unknown,
    beforeRenderCallbacks: [
      { fn: (willDraw: boolean) => calls.push(`before:${willDraw}`) },
      { fn: () => calls.push('before:second') },
    ],
    render: (options: unknown) => {
      calls.push(`render:${(options as { marker?: string }).marker}`);
      // A redraw asked for while drawing (as an animation step does) is kept for the loop.
      if (asksAgain) renderer.requestedFrame = true;
    },
    redrawCount: undefined as number | undefined,
    lastDrawTime: undefined as number | undefined,
  };
  let batching = false;
  let asksAgain = false;
  const cy = {
    renderer: () => renderer,
    destroyed: () => false,
    batching: () => batching,
  } as unknown as Core;
  return {
    cy,
    renderer,
    calls,
    setBatching: (b: boolean) => (batching = b),
    setAsksAgain: (b: boolean) => (asksAgain = b),
  };
}

describe('drawPendingFrame', () => {
  it('draws a wanted frame as cytoscape’s loop does: callbacks told it draws, then render with its options', () => {
    const map = fakeMap();
    map.renderer.requestedFrame = true;
    expect(drawPendingFrame(map.cy)).toBe(true);
    expect(map.calls).toEqual(['before:true', 'before:second', 'render:options']);
    expect(map.renderer.requestedFrame).toBe(false);
    expect(map.renderer.redrawCount).toBe(1);
    expect(map.renderer.lastDrawTime).toBeTypeOf('number');
  });

  it('draws nothing when no frame is wanted, inside a batch, when skipping a frame or destroyed', () => {
    const map = fakeMap();
    expect(drawPendingFrame(map.cy)).toBe(false);
    map.renderer.requestedFrame = true;
    map.setBatching(true);
    expect(drawPendingFrame(map.cy)).toBe(false);
    map.setBatching(false);
    map.renderer.skipFrame = true;
    expect(drawPendingFrame(map.cy)).toBe(false);
    map.renderer.skipFrame = false;
    map.renderer.destroyed = true;
    expect(drawPendingFrame(map.cy)).toBe(false);
    expect(map.calls).toEqual([]);
    // Still wanted: the loop draws it.
    expect(map.renderer.requestedFrame).toBe(true);
  });

  it('keeps a redraw asked for while drawing, for the next frame', () => {
    const map = fakeMap();
    map.setAsksAgain(true);
    map.renderer.requestedFrame = true;
    drawPendingFrame(map.cy);
    expect(map.renderer.requestedFrame).toBe(true);
  });

  it('does nothing on a renderer without those internals (headless)', () => {
    const cy = cytoscape({ headless: true });
    expect(drawNowSupported(cy)).toBe(false);
    expect(drawPendingFrame(cy)).toBe(false);
    cy.destroy();
  });
});

describe('drawSoonScheduler', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => vi.useRealTimers());

  it('draws once at the end of the task, however many changes the task makes', async () => {
    const map = fakeMap();
    const drawSoon = drawSoonScheduler(map.cy);
    map.renderer.requestedFrame = true;
    drawSoon();
    drawSoon();
    drawSoon();
    expect(map.calls).toEqual([]);
    await Promise.resolve();
    expect(map.calls.filter((c) => c.startsWith('render'))).toHaveLength(1);
  });

  it('leaves changes faster than frames to cytoscape’s loop: at most one early draw per frame interval', async () => {
    const map = fakeMap();
    const drawSoon = drawSoonScheduler(map.cy);
    map.renderer.requestedFrame = true;
    drawSoon();
    await Promise.resolve();
    map.renderer.requestedFrame = true;
    vi.advanceTimersByTime(5);
    drawSoon();
    await Promise.resolve();
    expect(map.calls.filter((c) => c.startsWith('render'))).toHaveLength(1);
    expect(map.renderer.requestedFrame).toBe(true);
    vi.advanceTimersByTime(20);
    drawSoon();
    await Promise.resolve();
    expect(map.calls.filter((c) => c.startsWith('render'))).toHaveLength(2);
  });

  it('leaves a change to the loop when cytoscape’s own loop drew within the frame interval', async () => {
    const map = fakeMap();
    const drawSoon = drawSoonScheduler(map.cy);
    map.renderer.lastDrawTime = performance.now() - 5;
    map.renderer.requestedFrame = true;
    drawSoon();
    await Promise.resolve();
    expect(map.calls).toEqual([]);
    expect(map.renderer.requestedFrame).toBe(true);
  });
});
