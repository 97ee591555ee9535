import type { Core } from 'cytoscape';
import { rendererOf } from './renderer';

/**
 * Draws the map's pending change at once, in the task that made it, instead of in cytoscape's next
 * animation frame. Cytoscape only marks a frame as wanted when classes change, and draws it in its
 * requestAnimationFrame loop: after a click on a sphere the page idles until the next frame begins
 * (0–17 ms), and only then draws (~20 ms on the article) and commits it. Drawn in the click's task,
 * the draw overlaps that wait and the next frame only has to commit: on the bench's 2 cores the
 * article's sphere toggle went from 58.6 to 51.7 ms (medians of 30 alternating toggles).
 *
 * This does exactly what cytoscape 3.35's render loop does for a wanted frame (its before-render
 * callbacks, then `render`, then its timing figures), through the renderer's internals, and does
 * nothing when those are missing; an e2e test checks in a real browser that the internals are there
 * and that a click is drawn in its own task, so an upgrade that loses them is noticed. The loop then
 * finds no frame wanted and draws nothing more.
 */

interface BeforeRender {
  fn: (willDraw: boolean, time: number) => void;
}

interface Renderer {
  destroyed?: boolean;
  requestedFrame?: boolean;
  skipFrame?: boolean;
  renderOptions?: unknown;
  beforeRenderCallbacks?: BeforeRender[];
  render?: (options?: unknown) => void;
  lastDrawTime?: number;
  lastRedrawTime?: number;
  averageRedrawTime?: number;
  redrawCount?: number;
  redrawTotalTime?: number;
}

const usable = (r: Renderer | null): r is Renderer & Required<Pick<Renderer, 'render'>> =>
  typeof r?.render === 'function' &&
  Array.isArray(r.beforeRenderCallbacks) &&
  typeof r.requestedFrame === 'boolean';

/** Whether the installed cytoscape's renderer has what `drawPendingFrame` uses (for a test). */
export function drawNowSupported(cy: Core): boolean {
  return usable(rendererOf<Renderer>(cy));
}

/**
 * Draws the frame cytoscape has been asked for, now; returns whether it drew. Nothing is drawn when
 * no frame is wanted, inside a batch, or when the renderer is gone or is not the canvas renderer.
 */
export function drawPendingFrame(cy: Core): boolean {
  const r = rendererOf<Renderer>(cy);
  if (
    !usable(r) ||
    r.destroyed ||
    cy.destroyed() ||
    (cy as unknown as { batching(): boolean }).batching()
  )
    return false;
  if (!r.requestedFrame || r.skipFrame) return false;
  // As cytoscape's loop: cleared first, so a redraw asked for while drawing is kept for the next frame.
  r.requestedFrame = false;
  const start = performance.now();
  for (const callback of r.beforeRenderCallbacks!) callback.fn(true, start);
  const drawStart = performance.now();
  r.render(r.renderOptions);
  const end = (r.lastDrawTime = performance.now());
  const duration = end - drawStart;
  r.averageRedrawTime =
    r.averageRedrawTime === undefined ? duration : r.averageRedrawTime / 2 + duration / 2;
  r.redrawCount = (r.redrawCount ?? 0) + 1;
  r.redrawTotalTime = (r.redrawTotalTime ?? 0) + duration;
  r.lastRedrawTime = duration;
  return true;
}

/**
 * Draws a pending frame at the end of the current task (a microtask), once however many changes the
 * task makes, and not within a frame interval of the last draw (cytoscape's own or this one):
 * changes that come faster than frames (a pointer moving over nodes, an animation) are left to
 * cytoscape's own loop, so the map is not drawn twice in one frame.
 */
export function drawSoonScheduler(cy: Core): () => void {
  const FRAME_MS = 16;
  let queued = false;
  const run = () => {
    queued = false;
    const last = rendererOf<Renderer>(cy)?.lastDrawTime;
    if (typeof last === 'number' && performance.now() - last < FRAME_MS) return;
    drawPendingFrame(cy);
  };
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(run);
  };
}
