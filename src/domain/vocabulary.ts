/** The four cooperation spheres the article names; the filters, colours and counts follow this order. */
export const SPHERES = ['political', 'economic', 'energy', 'humanitarian'] as const;
export type ArticleSphere = (typeof SPHERES)[number];

/** Kinds of node; each has its own shape on the map. */
export const NODE_KINDS = [
  'state',
  'region',
  'person',
  'organization',
  'company',
  'initiative',
  'program',
  'platform',
  'concept',
  'place',
  'event',
  // Imported graphs whose nodes name no kind of ours.
  'other',
] as const;

/** How firmly the text states a relation: as fact, as a prospect, or as a risk or rivalry. */
export const EDGE_STATUSES = ['established', 'proposed', 'contested'] as const;

export const BLOCK_TYPES = ['heading', 'paragraph', 'list-item', 'byline'] as const;
