/** The four cooperation spheres the article names; the filters, colours and counts follow this order. */
export const SPHERES = ['political', 'economic', 'energy', 'humanitarian'] as const;
export type ArticleSphere = (typeof SPHERES)[number];

/** Kinds of node; each has its own shape on the map. */
export const NODE_KINDS = [
  'state',
  'region',
  // Several states or people the text names as one (the West, Kazakhstani students).
  'group',
  'person',
  'organization',
  'company',
  'initiative',
  'program',
  // Something built: pipelines, hubs, a power plant.
  'project',
  'platform',
  'concept',
  'place',
  'event',
  // Imported graphs whose nodes name no kind of ours.
  'other',
] as const;

/**
 * What kind of claim a relation is (docs/data-rubric.md): stated as fact, a prospect, a risk the
 * text names, or a contest the text reports. A risk is not a dispute.
 */
export const EDGE_STATUSES = ['established', 'proposed', 'risk', 'contested'] as const;

/**
 * Whose claim a relation is (docs/data-rubric.md): the author's assessment, one of the three
 * theoretical readings the article frames as readings, a party's position as the article reports
 * it, or a reported fact.
 */
export const ATTRIBUTIONS = [
  'author',
  'realist',
  'liberal',
  'constructivist',
  'china',
  'kazakhstan',
  'fact',
] as const;

export const BLOCK_TYPES = ['heading', 'paragraph', 'list-item', 'byline'] as const;

/** The longest speaker notes a tour step keeps: a few paragraphs, read at a glance in the presenter view. */
export const MAX_NOTES_LENGTH = 2000;
