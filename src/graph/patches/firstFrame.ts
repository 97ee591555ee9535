import type { Core } from 'cytoscape';
import { rendererOf } from './renderer';

// Fixes: cytoscape's layered texture cache draws the whole graph offscreen in the first frame it
// ever draws, then copies it; later frames fill it lazily. Drawing one empty frame before the
// elements come makes the first frame with the graph one of the lazy ones. Needs no upstream fix
// (it is a choice of cytoscape's); a public "skip the first frame's layer cache" option would do.

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

/** Draws one empty frame now, on a new instance before its elements are added. */
export function drawEmptyFrame(cy: Core): boolean {
  const renderer = rendererOf<Renderer>(cy);
  if (typeof renderer?.render !== 'function') return false;
  renderer.render();
  return true;
}

/**
 * Has the first frame with elements draw each node and label straight onto the screen, not through
 * cytoscape's texture caches (each copy from a texture first waits for the texture's drawing). The
 * caches are back from the next frame on. Returns a function that puts them back early, or null
 * when the renderer lacks them.
 */
export function drawFirstFrameDirect(cy: Core): (() => void) | null {
  const caches = textureCaches(rendererOf<Renderer>(cy));
  if (!caches) return null;
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
