// What the stylesheet needs to know of a large graph's drawing, apart from the layer that draws it
// (largeLayer.ts loads with the first large graph, not in the first view).

/** A large graph's node width in model units, from size 0 to size 1 (the stylesheet maps the same). */
export const LARGE_NODE_WIDTH = { min: 12, max: 48 } as const;
