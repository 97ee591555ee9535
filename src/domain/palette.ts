import type { Attribution, EdgeStatus, NodeKind, SphereDef } from './schema';
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

/** Node shape per kind: the shape, not the colour, tells the kind (see nodeShapes.ts). */
export { KIND_SHAPES } from './nodeShapes';

export const KIND_LABELS: Record<NodeKind, string> = {
  state: 'State',
  region: 'Region',
  group: 'Group of states or people',
  person: 'Person',
  organization: 'Organisation',
  company: 'Company',
  initiative: 'Initiative',
  program: 'Programme',
  project: 'Project',
  platform: 'Platform',
  concept: 'Concept',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

/** Line styles of relations, one per status. */
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot';

/** Line style per edge status, so status never rests on colour alone. */
export const STATUS_LINES: Record<EdgeStatus, LineStyle> = {
  established: 'solid',
  proposed: 'dashed',
  risk: 'dotted',
  contested: 'dashdot',
};

/**
 * Dash patterns (on, off) of each line style, one table for the map, its large layer, the legend
 * and the exported legend. A dotted line is short dashes: cytoscape's own 'dotted' (1 on, 1 off in
 * graph units) blurs into a faint solid line below zoom 1.
 */
export const LINE_DASHES: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [6, 4],
  dotted: [2, 5],
  dashdot: [10, 4, 2, 4],
};

export const STATUS_LABELS: Record<EdgeStatus, string> = {
  established: 'Established',
  proposed: 'Proposed',
  risk: 'Risk',
  contested: 'Contested',
};

export const STATUS_HELP: Record<EdgeStatus, string> = {
  established: 'the text states it as fact',
  proposed: 'a proposal, prospect, recommendation or plan',
  risk: 'a challenge, concern or danger the text names',
  contested: 'the text reports parties at odds over it',
};

/** Whose claim a relation is, as the filters, the list and the exports name it. */
export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  author: 'Author’s assessment',
  realist: 'Realist reading',
  liberal: 'Liberal reading',
  constructivist: 'Constructivist reading',
  china: 'China’s position (as reported)',
  kazakhstan: 'Kazakhstan’s position (as reported)',
  fact: 'Reported fact',
};

/** The same, short, inside a line of text: "proposed · the author’s assessment". */
export const ATTRIBUTION_SHORT: Record<Attribution, string> = {
  author: 'author’s assessment',
  realist: 'realist reading',
  liberal: 'liberal reading',
  constructivist: 'constructivist reading',
  china: 'China’s position',
  kazakhstan: 'Kazakhstan’s position',
  fact: 'reported fact',
};

export const ATTRIBUTION_HELP: Record<Attribution, string> = {
  author: 'the article’s own judgement, interpretation or recommendation',
  realist: 'the article frames it as the realist reading of the concept',
  liberal: 'the article frames it as the liberal reading of the concept',
  constructivist: 'the article frames it as the constructivist reading of the concept',
  china: 'China’s stance, view or proposal as the article reports it',
  kazakhstan: 'Kazakhstan’s stance, view or goal as the article reports it',
  fact: 'an event, figure or state of affairs the article reports',
};

/**
 * How the evidence panel, the list's details and the exports lead into a relation's sentence: the
 * article's own framings for the readings ("From a realist perspective", as paragraph 7 has it).
 */
export const ATTRIBUTION_LEADS: Record<Attribution, string> = {
  author: 'The author argues that',
  realist: 'From a realist perspective,',
  liberal: 'From a liberal standpoint,',
  constructivist: 'From a constructivist point of view,',
  china: 'The article reports China’s position:',
  kazakhstan: 'The article reports Kazakhstan’s position:',
  fact: 'The article reports that',
};

/** The mark in the middle of a relation's line, so whose claim it is never rests on words alone. */
export type ClaimMark = 'none' | 'bar' | 'diamond' | 'circle' | 'square';

/** Tail mark per attribution; the three readings share one, their names tell them apart. */
export const ATTRIBUTION_MARKS: Record<Attribution, ClaimMark> = {
  author: 'bar',
  realist: 'diamond',
  liberal: 'diamond',
  constructivist: 'diamond',
  china: 'circle',
  kazakhstan: 'square',
  fact: 'none',
};

/** The marks as a legend lists them, one row each: the readings share a row. */
export const CLAIM_MARK_ROWS: readonly { mark: ClaimMark; label: string }[] = [
  { mark: 'none', label: ATTRIBUTION_LABELS.fact },
  { mark: 'bar', label: ATTRIBUTION_LABELS.author },
  { mark: 'diamond', label: 'Theoretical reading' },
  { mark: 'circle', label: 'China’s position' },
  { mark: 'square', label: 'Kazakhstan’s position' },
];
