import type { Core } from 'cytoscape';
import { rendererOf } from './renderer';

// Fixes: cytoscape draws round polygons (round-diamond) without beginPath(), unlike its other shape
// paths; with cytoscape-svg's context (no Path2D cache) the shape joins the label drawn before it
// and is lost from the SVG export. No upstream report found; it would need exactly that one call.

interface Renderer {
  drawRoundPolygonPath?: (context: { beginPath?: () => void }, ...rest: unknown[]) => void;
}

/**
 * Has this instance's renderer begin a path before a round polygon, as it does for every other
 * shape (a Path2D has no beginPath, so the map's own cached drawing is unchanged). Returns whether
 * it is in place: false on a headless instance or a renderer without the method.
 */
export function fixRoundPolygonPath(cy: Core): boolean {
  const renderer = rendererOf<Renderer>(cy);
  const original = renderer?.drawRoundPolygonPath;
  if (!renderer || typeof original !== 'function') return false;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    return original.call(this, context, ...rest);
  };
  return true;
}
