import type { EdgeStatus, NodeKind, SphereDef } from './schema';
import { SPHERES, type ArticleSphere } from './vocabulary';

// Presentation constants shared by the map, the legend and the panels, so they can never disagree.

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SPHERE_COLOURS: Record<ArticleSphere, string> = {
  political: '#0072B2',
  economic: '#E69F00',
  energy: '#009E73',
  humanitarian: '#CC79A7',
};

export const SPHERE_LABELS: Record<ArticleSphere, string> = {
  political: 'Political',
  economic: 'Economic',
  energy: 'Energy',
  humanitarian: 'Humanitarian',
};

/** The article's spheres, as the built-in dataset declares them. */
export const ARTICLE_SPHERES: readonly SphereDef[] = SPHERES.map((id) => ({
  id,
  label: SPHERE_LABELS[id],
  colour: SPHERE_COLOURS[id],
}));

/** More Okabe–Ito and Tol colours, for imported graphs with more categories than the article has. */
export const EXTRA_COLOURS = [
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#332288',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

const UNKNOWN: Omit<SphereDef, 'id'> = { label: '', colour: '#9a9a9a' };

/** A sphere's definition in a dataset's list; an id the list lacks gets its own id as name and grey. */
export function sphereDef(spheres: readonly SphereDef[], id: string): SphereDef {
  return spheres.find((s) => s.id === id) ?? { ...UNKNOWN, id, label: id };
}

/** Node shape per kind: the shape, not the colour, tells the kind. Names are cytoscape's shape names. */
export const KIND_SHAPES: Record<NodeKind, string> = {
  state: 'ellipse',
  region: 'hexagon',
  person: 'star',
  organization: 'round-rectangle',
  company: 'rectangle',
  initiative: 'diamond',
  program: 'round-diamond',
  platform: 'octagon',
  concept: 'barrel',
  place: 'triangle',
  event: 'pentagon',
  other: 'ellipse',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  state: 'State',
  region: 'Region or group',
  person: 'Person',
  organization: 'Organisation',
  company: 'Company',
  initiative: 'Initiative',
  program: 'Programme',
  platform: 'Platform',
  concept: 'Concept',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

/** Line style per edge status, so status never rests on colour alone. */
export const STATUS_LINES: Record<EdgeStatus, 'solid' | 'dashed' | 'dotted'> = {
  established: 'solid',
  proposed: 'dashed',
  contested: 'dotted',
};

/**
 * Dash patterns (on, off) of each line style, one table for the map, its large layer, the legend
 * and the exported legend. A dotted line is short dashes: cytoscape's own 'dotted' (1 on, 1 off in
 * graph units) blurs into a faint solid line below zoom 1.
 */
export const LINE_DASHES: Record<'solid' | 'dashed' | 'dotted', readonly number[]> = {
  solid: [],
  dashed: [6, 4],
  dotted: [2, 5],
};

export const STATUS_LABELS: Record<EdgeStatus, string> = {
  established: 'Established',
  proposed: 'Proposed',
  contested: 'Contested',
};

export const STATUS_HELP: Record<EdgeStatus, string> = {
  established: 'the text states it as fact',
  proposed: 'a prospect, plan or possibility',
  contested: 'a risk, rivalry or challenge',
};
