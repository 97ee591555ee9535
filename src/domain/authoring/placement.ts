/** A point of the map (its model coordinates). */
export interface Point {
  x: number;
  y: number;
}

/** How far apart a new node stands from every other (in the map's units; nodes are ~30 wide). */
export const NODE_GAP = 110;
const MAX_RINGS = 40;

/** The middle of some points, or null for none. */
export function centroid(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/**
 * The first spot at least `gap` from every point of `taken`, trying `near` first and then rings
 * around it (a spiral of candidates, 8 more per ring, at most MAX_RINGS rings), then below them
 * all. Each candidate checks every point once: at most ~6,600 candidates whatever the map.
 */
export function freeSpot(near: Point, taken: readonly Point[], gap = NODE_GAP): Point {
  const free = (p: Point) => taken.every((t) => (t.x - p.x) ** 2 + (t.y - p.y) ** 2 >= gap * gap);
  if (free(near)) return { x: near.x, y: near.y };
  const rings = Math.min(taken.length + 1, MAX_RINGS);
  for (let ring = 1; ring <= rings; ring++) {
    const count = 8 * ring;
    for (let i = 0; i < count; i++) {
      const angle = (2 * Math.PI * i) / count - Math.PI / 2;
      const p = {
        x: near.x + Math.cos(angle) * gap * ring,
        y: near.y + Math.sin(angle) * gap * ring,
      };
      if (free(p)) return p;
    }
  }
  return { x: near.x, y: near.y + gap * (rings + 1) };
}
