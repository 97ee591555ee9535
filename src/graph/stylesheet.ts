import type { StylesheetJsonBlock } from 'cytoscape';
import { FONT_SANS } from '../domain/fonts';
import { LINE_DASHES, STATUS_LINES, type ClaimMark } from '../domain/palette';
import {
  KIND_SHAPES,
  OWN_SHAPES,
  PIE_SIZES,
  SHAPE_OUTLINES,
  type NodeShape,
  type OwnShape,
} from '../domain/nodeShapes';
import { EDGE_STATUSES, NODE_KINDS } from '../domain/vocabulary';
import { EDGE_OPACITY, overWhite } from './elements';
import { LARGE_NODE_WIDTH } from './largeStyle';
import { HIGHLIGHT_CLASSES } from './sync';
import { LABEL_MARGIN, LABEL_PAD, PLACES } from './labelPlaces';

const pie = [1, 2, 3, 4].flatMap((i) => [
  [`pie-${i}-background-color`, `data(pie${i}Colour)`],
  [`pie-${i}-background-size`, `data(pie${i}Size)`],
]);

/** A shape as cytoscape styles it: our own shapes are its polygons with their points. */
const shapeStyle = (shape: NodeShape) =>
  OWN_SHAPES.has(shape)
    ? { shape: 'polygon', 'shape-polygon-points': SHAPE_OUTLINES[shape as OwnShape].join(' ') }
    : { shape };

/**
 * Shape by kind, on any map: the shape, not the colour, tells the kind. The pie of spheres is
 * smaller in a pointed shape, so that its points show (see PIE_SIZES).
 */
const KIND_RULES: StylesheetJsonBlock[] = NODE_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    ...shapeStyle(KIND_SHAPES[kind]),
    'pie-size': `${PIE_SIZES[KIND_SHAPES[kind]]}%`,
  } as never,
}));

/**
 * Line style by status, on any map. A dotted line is drawn as short dashes, 2 on and 5 off as in the
 * large layer: cytoscape's own 'dotted' ignores the pattern and dashes 1 on, 1 off in the graph's
 * units, which below zoom 1 (the article opens at about 0.65) blurs into a faint solid line, and its
 * hundreds of dashes per line slow every redraw.
 */
const STATUS_RULES: StylesheetJsonBlock[] = EDGE_STATUSES.map((status) => {
  const line = STATUS_LINES[status];
  return {
    selector: `edge.${status}`,
    style: (line === 'solid'
      ? { 'line-style': 'solid' }
      : { 'line-style': 'dashed', 'line-dash-pattern': [...LINE_DASHES[line]] }) as never,
  };
});

/** An edge's arrowhead colour, full and as drawn when not highlighted (see EDGE_OPACITY). */
const ARROW = '#555555';

/** Cytoscape's arrow shape for each mark on a relation's line that says whose claim it is. */
const CLAIM_SHAPES: Record<Exclude<ClaimMark, 'none'>, { shape: string; fill: string }> = {
  bar: { shape: 'tee', fill: 'filled' },
  diamond: { shape: 'diamond', fill: 'hollow' },
  circle: { shape: 'circle', fill: 'filled' },
  square: { shape: 'square', fill: 'filled' },
};

/**
 * Whose claim a relation is, as a mark in the middle of its line: at an end, the marks of a hub's
 * many relations would pile up at its border, and the head keeps the arrow that gives the
 * direction. Only on an article-sized map: a large graph's edges are drawn without arrows.
 */
const CLAIM_RULES: StylesheetJsonBlock[] = Object.entries(CLAIM_SHAPES).map(
  ([mark, { shape, fill }]) => ({
    selector: `edge.claim-${mark}`,
    style: {
      'mid-source-arrow-shape': shape,
      'mid-source-arrow-fill': fill,
      'mid-source-arrow-color': overWhite(ARROW),
      // Larger than the head's arrow, so it reads at the zoom the article opens at.
      'mid-source-arrow-scale': 1.3,
    } as never,
  }),
);

/**
 * A highlighted relation of an article-sized map in its full colours (its line, stripes and arrow),
 * where other relations are drawn in their blend over white (see EDGE_OPACITY).
 */
const STRONG_EDGE = {
  'line-color': 'data(colour)',
  'line-gradient-stop-colors': 'data(strongGradientColours)',
  'target-arrow-color': ARROW,
  'mid-source-arrow-color': ARROW,
};

/**
 * How a relation's label reads when one is shown (hovered, selected, on a path): set only where a
 * label is, not on every edge, so the first paint has hundreds fewer properties to apply.
 */
const EDGE_LABEL = {
  // Sized to stay legible at any zoom (see MapLabels).
  'font-size': 'data(labelFont)',
  color: '#333333',
  // Level, not along the line: a slanting label's box covers a square around it, and the labels
  // round a hovered node would leave each other no room (src/graph/labels.ts).
  'text-rotation': 'none',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '2px',
};

/** How nodes and edges look on an article-sized map: pies, gradients, arrows, curved parallel edges. */
const RICH_BASE: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'ellipse',
      width: 'mapData(size, 0, 1, 30, 80)',
      height: 'mapData(size, 0, 1, 30, 80)',
      'background-color': '#f5f5f2',
      'border-width': 2.5,
      'border-color': '#2b2b2b',
      'pie-size': '62%',
      ...Object.fromEntries(pie),
      'font-family': FONT_SANS,
      // 15 when zoomed in, larger in the graph's units when zoomed out, so that a label reads at
      // 11 px on screen (20 px presenting) at the least, wrapping at the same words (MapLabels).
      'font-size': 'data(labelFont)',
      'font-weight': 600,
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': LABEL_MARGIN,
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWidth)',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': `${LABEL_PAD}px`,
      'text-background-shape': 'round-rectangle',
      'transition-property': 'opacity',
      'transition-duration': 150,
    } as never,
  },
  ...KIND_RULES,
  {
    selector: 'edge',
    style: {
      width: 2.5,
      // A lone edge is straight, as cytoscape draws a bundle of one.
      'curve-style': 'straight',
      'line-fill': 'linear-gradient',
      'line-gradient-stop-colors': 'data(gradientColours)',
      'line-gradient-stop-positions': 'data(gradientPositions)',
      'target-arrow-shape': 'triangle',
      // Opaque, in the colours' blend over white: see EDGE_OPACITY.
      'target-arrow-color': overWhite(ARROW),
      'arrow-scale': 0.9,
    } as never,
  },
  // A relation without a direction points nowhere.
  { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } as never },
  // Edges between the same two nodes fan out as cytoscape's bezier bundles do, at offsets worked out
  // once per graph (see bundleOffsets): a bundle is not searched for and re-spaced in every frame.
  {
    selector: 'edge.bundled',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bundleOffset)',
      'control-point-weights': 0.5,
    } as never,
  },
  // A one-sphere edge is one colour: drawn solid it looks the same as a two-stop gradient, and the
  // canvas is spared a new gradient per edge in every frame (a fifth to a quarter of a redraw).
  {
    selector: 'edge.single',
    style: { 'line-fill': 'solid', 'line-color': 'data(lineColour)' } as never,
  },
  ...STATUS_RULES,
  ...CLAIM_RULES,
  // A bundled link: thick, striped with its relations' spheres, no arrowhead (they point both
  // ways), its count written on it.
  {
    selector: 'edge.bundle',
    style: {
      width: 'mapData(count, 4, 20, 7, 12)',
      'curve-style': 'straight',
      'line-fill': 'linear-gradient',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      ...EDGE_LABEL,
      'font-weight': 600,
      'text-rotation': 'none',
      'text-background-shape': 'round-rectangle',
      'text-border-width': 1,
      'text-border-color': '#555555',
      'text-border-opacity': 1,
      // Moved along the link where its middle is crowded (MapLabels).
      'text-margin-x': 'data(labelDx)',
      'text-margin-y': 'data(labelDy)',
    } as never,
  },
];

/**
 * The states the adapter sets as classes: filtered out, dimmed, hovered, selected, on the path,
 * presenting. `rich`: for an article-sized map, whose relations are opaque blends (EDGE_OPACITY): a
 * dimmed one's opacity is scaled to look as faint as a dimmed translucent line, a highlighted one is
 * in its full colours.
 */
const stateRules = (rich: boolean): StylesheetJsonBlock[] => [
  // Filters toggle this class inside cy.batch: positions of what stays never move.
  { selector: '.hidden', style: { display: 'none' } },
  // The relations of a bundled link, while it is drawn in their place.
  { selector: '.collapsed', style: { display: 'none' } },
  // A label moved to where it overlaps none (MapLabels): as far from the node on every side.
  ...PLACES.filter(([cls]) => cls).map(([cls, style]) => ({
    selector: `node.${cls}`,
    style: style as never,
  })),
  // A hub's label may lie over its neighbours: the hub is drawn above them, so its name reads.
  { selector: 'node.label-top', style: { 'z-index': 5 } as never },
  { selector: '.dimmed', style: { opacity: 0.15, 'text-opacity': 0.25 } as never },
  ...(rich ? [{ selector: 'edge.dimmed', style: { opacity: 0.15 / EDGE_OPACITY } as never }] : []),
  {
    selector: 'node.hover, node.neighbour',
    style: { 'border-width': 4, 'border-color': '#000000', 'z-index': 10 } as never,
  },
  {
    selector: 'edge.hover-edge',
    style: { width: 4.5, opacity: 1, ...(rich ? STRONG_EDGE : {}) } as never,
  },
  // Labelled only around a node with few relations on the map (see HOVER_LABELS_MAX).
  { selector: 'edge.hover-label', style: { label: 'data(relation)', ...EDGE_LABEL } as never },
  {
    selector: 'node.selected',
    style: {
      'border-width': 6,
      'border-color': '#000000',
      'underlay-color': '#ffd400',
      'underlay-padding': 8,
      'underlay-opacity': 0.9,
      'z-index': 20,
    } as never,
  },
  {
    selector: 'edge.selected',
    style: {
      width: 7,
      opacity: 1,
      label: 'data(relation)',
      ...EDGE_LABEL,
      ...(rich ? STRONG_EDGE : {}),
      'underlay-color': '#ffd400',
      'underlay-padding': 5,
      'underlay-opacity': 0.9,
      'z-index': 20,
    } as never,
  },
  {
    selector: 'node.on-path',
    style: {
      'border-width': 6,
      'border-color': '#d40000',
      'border-style': 'double',
      'z-index': 15,
    } as never,
  },
  {
    selector: 'edge.on-path',
    style: {
      width: 7,
      opacity: 1,
      label: 'data(relation)',
      ...EDGE_LABEL,
      ...(rich ? STRONG_EDGE : {}),
      'underlay-color': '#d40000',
      'underlay-padding': 3,
      'underlay-opacity': 0.6,
      'z-index': 15,
    } as never,
  },
  // Presenting: labels sized for a projector (see MapLabels), strong contrast, and only the step's
  // focus labelled so the large labels do not collide.
  {
    selector: 'node.projector',
    style: {
      color: '#000000',
      'text-background-opacity': 1,
      'border-width': 3,
      'border-color': '#000000',
    } as never,
  },
  { selector: 'node.projector.dimmed', style: { 'text-opacity': 0, opacity: 0.25 } as never },
  { selector: 'edge.projector', style: { width: 3.5 } as never },
  {
    selector: 'edge.projector.dimmed',
    style: { opacity: rich ? 0.12 / EDGE_OPACITY : 0.12 } as never,
  },
  {
    selector: 'edge.projector.tour-focus',
    // No relation labels on the projector: long phrases on parallel edges collide; the passages say it.
    style: { width: 6, opacity: 1, label: '', ...(rich ? STRONG_EDGE : {}) } as never,
  },
  // Last, over every rule that gives a label: one that would overlap a more important label, or
  // cover a node, is hidden until there is room (MapLabels).
  { selector: '.label-hidden', style: { label: '' } },
];

/**
 * How a large graph looks (above LARGE_ABOVE elements): what costs most to draw and to restyle is left
 * out. Straight (haystack) edges without arrows instead of curved bundles of parallel edges, a node's
 * first sphere as its fill instead of a pie, no transitions, labels only from a readable zoom. And
 * cytoscape draws only the highlighted elements: LargeGraphLayer draws the rest, batched.
 */
const LARGE_BASE: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'ellipse',
      width: `mapData(size, 0, 1, ${LARGE_NODE_WIDTH.min}, ${LARGE_NODE_WIDTH.max})`,
      height: `mapData(size, 0, 1, ${LARGE_NODE_WIDTH.min}, ${LARGE_NODE_WIDTH.max})`,
      'background-color': 'data(colour)',
      'border-width': 1,
      'border-color': '#2b2b2b',
      'font-family': FONT_SANS,
      'font-size': 12,
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
      // Drawn by LargeGraphLayer, batched; cytoscape keeps the element (data, position, classes,
      // events) and draws it only when highlighted (below). Invisible rather than not displayed:
      // a highlighted edge between two invisible nodes is still drawn.
      visibility: 'hidden',
    } as never,
  },
  ...KIND_RULES,
  {
    selector: 'edge',
    style: {
      visibility: 'hidden',
      width: 1.2,
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': 'data(colour)',
      opacity: 0.6,
      'min-zoomed-font-size': 9,
    } as never,
  },
  ...STATUS_RULES,
  {
    selector: HIGHLIGHT_CLASSES.map((c) => `.${c}`).join(', '),
    style: { visibility: 'visible', 'min-zoomed-font-size': 0 } as never,
  },
];

/** One module-level stylesheet per size: cytoscape gets a new stylesheet only when the size class changes. */
export const STYLESHEET: StylesheetJsonBlock[] = [
  ...RICH_BASE,
  ...stateRules(true),
  // A bundled link keeps its width in every state, a little wider when hovered.
  { selector: 'edge.bundle', style: { width: 'mapData(count, 4, 20, 7, 12)' } as never },
  { selector: 'edge.bundle.hover-edge', style: { width: 'mapData(count, 4, 20, 9, 14)' } as never },
];
export const LARGE_STYLESHEET: StylesheetJsonBlock[] = [...LARGE_BASE, ...stateRules(false)];
/** A large graph as cytoscape draws it whole, for a PNG or SVG export: slow, but once per export. */
export const LARGE_EXPORT_STYLESHEET: StylesheetJsonBlock[] = [
  ...LARGE_BASE,
  { selector: 'node, edge', style: { visibility: 'visible' } as never },
  ...stateRules(false),
];

/** Above this many elements (nodes and edges) a graph is drawn with LARGE_STYLESHEET and loaded in slices. */
export { LARGE_ABOVE } from '../domain/mapSize';

/** Preset layout: positions come precomputed from data/positions.json, so the first paint runs no layout. */
export const PRESET_LAYOUT = { name: 'preset', fit: true, padding: 40 } as const;
