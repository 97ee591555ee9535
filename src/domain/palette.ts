import type { Attribution, EdgeStatus, NodeKind, SphereDef } from './schema';
import { t, type MessageId } from '../i18n/core';
import { ATTRIBUTIONS, EDGE_STATUSES, NODE_KINDS, SPHERES, type ArticleSphere } from './vocabulary';

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

/**
 * The interface's words for a fixed vocabulary (kinds, statuses, whose claim): each read in the
 * interface's language of the moment it is read, so a record kept across a language change says the
 * new words.
 */
export function words<K extends string>(
  keys: readonly K[],
  id: (key: K) => MessageId,
): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys)
    Object.defineProperty(record, key, { enumerable: true, get: () => t(id(key)) });
  return Object.freeze(record);
}

/** Node shape per kind: the shape, not the colour, tells the kind (see nodeShapes.ts). */
export { KIND_SHAPES } from './nodeShapes';

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = words(
  NODE_KINDS,
  (kind) => `graph.kind.${kind}` as const,
);

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

export const STATUS_LABELS: Readonly<Record<EdgeStatus, string>> = words(
  EDGE_STATUSES,
  (status) => `graph.status.${status}` as const,
);

/** What each status says about a relation of a text. */
export const STATUS_HELP: Readonly<Record<EdgeStatus, string>> = words(
  EDGE_STATUSES,
  (status) => `graph.statusHelp.${status}` as const,
);

/** Whose claim a relation is, as the filters, the list and the exports name it. */
export const ATTRIBUTION_LABELS: Readonly<Record<Attribution, string>> = words(
  ATTRIBUTIONS,
  (attribution) => `graph.attribution.${attribution}` as const,
);

/** The same, short, inside a line of text: "proposed · the author’s assessment". */
export const ATTRIBUTION_SHORT: Readonly<Record<Attribution, string>> = words(
  ATTRIBUTIONS,
  (attribution) => `graph.attributionShort.${attribution}` as const,
);

export const ATTRIBUTION_HELP: Readonly<Record<Attribution, string>> = words(
  ATTRIBUTIONS,
  (attribution) => `graph.attributionHelp.${attribution}` as const,
);

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
export const CLAIM_MARK_ROWS: readonly { readonly mark: ClaimMark; readonly label: string }[] = (
  ['none', 'bar', 'diamond', 'circle', 'square'] as const
).map((mark) => ({
  mark,
  get label() {
    return t(`graph.claimMark.${mark}`);
  },
}));
