import type { Core } from 'cytoscape';
import { rendererOf } from './renderer';

/**
 * The map's first frame, drawn sooner. Both steps rely on internals of cytoscape 3.35's canvas
 * renderer and do nothing when those are missing (a unit test fails then, so an upgrade that loses
 * them is noticed).
 *
 * 1. One empty frame is drawn before the elements come. Cytoscape's layered texture cache draws the
 *    whole graph into an offscreen canvas in the first frame it ever draws (then copies that to the
 *    screen); in later frames it fills that canvas lazily, in idle time, and draws straight to the
 *    screen meanwhile. This way the first frame with the graph is one of those (~140 ms sooner on
 *    the bench's 2 cores).
 * 2. That first frame draws each node and label straight onto the screen rather than through
 *    cytoscape's texture caches. Through the caches, every node and label is first drawn into a
 *    texture canvas and then copied from it, and each copy makes the browser finish the texture's
 *    drawing first: about 60 of the frame's 170 ms, cold. The caches are back from the next frame
 *    on; cytoscape fills them while it fills its layers, in idle frames after the first paint.
 */

interface TextureCache {
  getElement: (...args: unknown[]) => unknown;
}

interface Renderer {
  render?: () => void;
  data?: Partial<Record<(typeof TEXTURE_CACHES)[number], TextureCache>>;
}

/** The element and label texture caches of cytoscape's canvas renderer. */
const TEXTURE_CACHES = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'] as const;

/** The texture caches, when the renderer has all of them as expected; null otherwise. */
function textureCaches(renderer: Renderer | null): TextureCache[] | null {
  const caches = TEXTURE_CACHES.map((name) => renderer?.data?.[name]);
  return caches.every((c): c is TextureCache => typeof c?.getElement === 'function')
    ? caches
    : null;
}

/** Whether the installed cytoscape has what `prepareFirstFrame` uses (for a test). */
export function firstFrameSupported(cy: Core): boolean {
  const renderer = rendererOf<Renderer>(cy);
  return typeof renderer?.render === 'function' && textureCaches(renderer) !== null;
}

/**
 * Call on a new instance before its elements are added. Draws the empty frame now, and has the next
 * frame drawn without texture caches; returns a function that undoes the second part early (it is
 * undone by itself after the first frame with elements).
 */
export function prepareFirstFrame(cy: Core): () => void {
  const renderer = rendererOf<Renderer>(cy);
  renderer?.render?.();
  const caches = textureCaches(renderer);
  if (!caches) return () => {};
  // An own property over the prototype's method: "nothing cached", so cytoscape draws directly.
  const direct = () => null;
  for (const cache of caches) cache.getElement = direct;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    cy.off('render', onRender);
    for (const cache of caches)
      if (cache.getElement === direct) delete (cache as Partial<TextureCache>).getElement;
  };
  const onRender = () => {
    if (cy.elements().length > 0) restore();
  };
  cy.on('render', onRender);
  return restore;
}
