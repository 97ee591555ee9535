// Where a label may go, shared by the stylesheet and MapLabels (which measures and picks): the
// places' styles, and their boxes from a label's measured size. No runtime imports, so that the
// stylesheet (and the benchmark's bare page, which takes it) stays light.

import type { Box } from '../domain/labelPlacement';

/** The text background's padding around a label (the stylesheet's), which does not scale with it. */
export const LABEL_PAD = 2;
/** How far a node's label keeps from the node (the stylesheet's text-margin-y below it). */
export const LABEL_MARGIN = 4;
/**
 * Across, for a label beside a node's corner: it starts where the node's box ends. Cytoscape puts a
 * label aligned left or right of a node twice its background's padding inside the node's edge
 * (measured on cytoscape 3.35), so the margin makes up for that.
 */
export const CORNER_MARGIN = 2 * LABEL_PAD;

/**
 * Where a node's label may go, in order of preference, as the class that puts it there and its
 * style: below the node (the stylesheet's default), above, right, left, then by the corners.
 */
export const PLACES = [
  ['', {}],
  ['label-above', { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN }],
  [
    'label-right',
    {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': LABEL_MARGIN,
      'text-margin-y': 0,
    },
  ],
  [
    'label-left',
    {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -LABEL_MARGIN,
      'text-margin-y': 0,
    },
  ],
  ['label-below-right', { 'text-halign': 'right', 'text-margin-x': CORNER_MARGIN }],
  ['label-below-left', { 'text-halign': 'left', 'text-margin-x': -CORNER_MARGIN }],
  [
    'label-above-right',
    {
      'text-valign': 'top',
      'text-halign': 'right',
      'text-margin-x': CORNER_MARGIN,
      'text-margin-y': -LABEL_MARGIN,
    },
  ],
  [
    'label-above-left',
    {
      'text-valign': 'top',
      'text-halign': 'left',
      'text-margin-x': -CORNER_MARGIN,
      'text-margin-y': -LABEL_MARGIN,
    },
  ],
] as const;

/** A label's box as cytoscape drew it at a font size, relative to where it anchors the label. */
export interface Measured {
  font: number;
  /** An edge's label is centred on its anchor; a node's hangs below it. */
  centred: boolean;
  /** From the anchor: the box's middle across, its top (below a node), and its size. */
  dx: number;
  top: number;
  width: number;
  height: number;
}

/** Where a label is anchored: a node's middle and half size, or an edge's middle. */
export interface Anchor {
  x: number;
  y: number;
  half: { w: number; h: number };
  /** A bundled link's run from end to end, along which its count may move (ALONG). */
  along?: { x: number; y: number };
}

/**
 * Where a bundled link's count may go: its middle, then further along towards either end (as a
 * share of the link), where the middle is crowded.
 */
export const ALONG = [0, -0.14, 0.14, -0.26, 0.26, -0.36, 0.36] as const;

/**
 * A label's boxes at another font size, in the places it may go: for a node, PLACES (measured
 * below it, and as far from it on every side); for a bundled link, ALONG it; for another edge,
 * its middle. The text scales with the font; the background's padding does not.
 */
export function placesOf(m: Measured, font: number, anchor: Anchor): Box[] {
  const k = font / m.font;
  const width = (m.width - 2 * LABEL_PAD) * k + 2 * LABEL_PAD;
  const height = (m.height - 2 * LABEL_PAD) * k + 2 * LABEL_PAD;
  const x = anchor.x + m.dx * k;
  const box = (x1: number, y1: number): Box => ({ x1, y1, x2: x1 + width, y2: y1 + height });
  if (m.centred)
    return (anchor.along ? ALONG : [0]).map((t) =>
      box(
        x + t * (anchor.along?.x ?? 0) - width / 2,
        anchor.y + t * (anchor.along?.y ?? 0) - height / 2,
      ),
    );
  const gap = m.top;
  const { x: cx, y: cy, half } = anchor;
  const below = cy + half.h + gap;
  const above = cy - half.h - gap - height;
  const cornerRight = cx + half.w + CORNER_MARGIN - 2 * LABEL_PAD;
  const cornerLeft = cx - half.w - CORNER_MARGIN + 2 * LABEL_PAD - width;
  return [
    box(x - width / 2, below),
    box(x - width / 2, above),
    box(cx + half.w + gap, cy - height / 2),
    box(cx - half.w - gap - width, cy - height / 2),
    box(cornerRight, below),
    box(cornerLeft, below),
    box(cornerRight, above),
    box(cornerLeft, above),
  ];
}
