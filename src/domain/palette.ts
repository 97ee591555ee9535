import type { EdgeStatus, NodeKind, Sphere } from './schema';

// Presentation constants shared by the map, the legend and the panels, so they can never disagree.

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const SPHERE_COLOURS: Record<Sphere, string> = {
  political: '#0072B2',
  economic: '#E69F00',
  energy: '#009E73',
  humanitarian: '#CC79A7',
};

export const SPHERE_LABELS: Record<Sphere, string> = {
  political: 'Political',
  economic: 'Economic',
  energy: 'Energy',
  humanitarian: 'Humanitarian',
};

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
};

/** Line style per edge status, so status never rests on colour alone. */
export const STATUS_LINES: Record<EdgeStatus, 'solid' | 'dashed' | 'dotted'> = {
  established: 'solid',
  proposed: 'dashed',
  contested: 'dotted',
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
