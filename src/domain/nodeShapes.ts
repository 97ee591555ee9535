import type { NodeKind } from './schema';

/**
 * The node shapes the map uses, one per kind, as cytoscape names them, plus five of our own drawn as
 * cytoscape polygons ('trapezoid', 'band', 'house', 'plus', 'triangle-down'). Chosen so that each reads apart from the others at
 * the opening zoom, where a node is 12 to 20 px on screen: one round shape, one square, and the
 * rest with points or edges the others lack.
 */
export const KIND_SHAPES = {
  state: 'ellipse',
  region: 'trapezoid',
  group: 'band',
  person: 'star',
  organization: 'pentagon',
  company: 'tag',
  initiative: 'diamond',
  program: 'rhomboid',
  project: 'house',
  platform: 'plus',
  concept: 'round-rectangle',
  place: 'triangle',
  event: 'triangle-down',
  other: 'concave-hexagon',
} as const satisfies Record<NodeKind, string>;

export type NodeShape = (typeof KIND_SHAPES)[NodeKind];

/** The shapes cytoscape does not have by name: the map draws them as polygons of these outlines. */
export const OWN_SHAPES: ReadonlySet<NodeShape> = new Set([
  'trapezoid',
  'band',
  'house',
  'plus',
  'triangle-down',
]);
export type OwnShape = 'trapezoid' | 'band' | 'house' | 'plus' | 'triangle-down';

/** A regular polygon's corners stretched to fill the unit square, as cytoscape draws its n-gons. */
function ngon(sides: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * step;
    points.push(Math.cos(a), Math.sin(-a));
  }
  return fitToSquare(points);
}

/** Stretches an outline to span -1..1 on both axes, top at -1 (cytoscape's fitPolygonToSquare). */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const top = Math.min(...ys) * sy;
  return points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy + (top < -1 ? -1 - top : 0)));
}

function star(): number[] {
  const outer = (i: number) => Math.PI / 2 + (2 * Math.PI * i) / 5;
  const inner = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 5; i++) {
    points.push(Math.cos(outer(i)), Math.sin(-outer(i)));
    const a = outer(i) + Math.PI / 5;
    points.push(inner * Math.cos(a), inner * Math.sin(-a));
  }
  return fitToSquare(points);
}

/** Half the width of the plus's arms, in the unit square. */
const ARM = 0.4;

/**
 * Each shape's outline in the unit square (x and y from -1 to 1, y downwards), the same points
 * cytoscape draws: for the large graphs' layer, the legend's glyphs and the exports' legends.
 * The ellipse has none (it is a circle); the round rectangle's is its corners cut.
 */
export const SHAPE_OUTLINES: Record<Exclude<NodeShape, 'ellipse'>, readonly number[]> = {
  trapezoid: [-0.5, -1, 0.5, -1, 1, 1, -1, 1],
  star: star(),
  pentagon: ngon(5),
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  band: [-1, -0.6, 1, -0.6, 1, 0.6, -1, 0.6],
  house: [0, -1, 1, -0.3, 1, 1, -1, 1, -1, -0.3],
  plus: [
    -ARM,
    -1,
    ARM,
    -1,
    ARM,
    -ARM,
    1,
    -ARM,
    1,
    ARM,
    ARM,
    ARM,
    ARM,
    1,
    -ARM,
    1,
    -ARM,
    ARM,
    -1,
    ARM,
    -1,
    -ARM,
    -ARM,
    -ARM,
  ],
  'round-rectangle': [
    -1, -0.75, -0.75, -1, 0.75, -1, 1, -0.75, 1, 0.75, 0.75, 1, -0.75, 1, -1, 0.75,
  ],
  triangle: ngon(3),
  'triangle-down': [-1, -1, 1, -1, 0, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
};

/** A shape's outline, or null for the circle. */
export function shapeOutline(shape: NodeShape): readonly number[] | null {
  return shape === 'ellipse' ? null : SHAPE_OUTLINES[shape];
}

/**
 * How much of a node its pie of spheres fills (cytoscape's pie-size, in % of the node), per shape:
 * the pie is a circle at the node's middle, and in a pointed shape a full-size pie would cover the
 * points that tell the shape apart.
 */
export const PIE_SIZES: Record<NodeShape, number> = {
  ellipse: 62,
  trapezoid: 62,
  star: 48,
  pentagon: 60,
  tag: 62,
  diamond: 62,
  rhomboid: 58,
  band: 56,
  house: 62,
  plus: 56,
  'round-rectangle': 62,
  triangle: 44,
  'triangle-down': 44,
  'concave-hexagon': 62,
};
