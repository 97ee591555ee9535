import type { Core } from 'cytoscape';

/**
 * The nodes shown in the map's view (their middles inside it), or null while the map frames
 * everything it displays by itself (no camera placed). `view` is the drawn instance, `model` the
 * one holding every node's place (the same one below the large-graph size).
 */
export function nodesInView(
  view: Core | undefined,
  model: Core | undefined,
  placed: boolean,
): string[] | null {
  if (!view || !model || !placed || view.width() === 0) return null;
  const { x1, y1, x2, y2 } = view.extent();
  return model
    .nodes()
    .filter((n) => {
      if (n.hasClass('hidden')) return false;
      const p = n.position();
      return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
    })
    .map((n) => n.id());
}

/** The nodes in view of the map on the page (the binding's instances), or null (see above). */
export const nodesInViewNow = (placed: boolean) =>
  nodesInView(window.cy, window.cyGraph ?? window.cy, placed);
