import { z } from 'zod';
import { ATTRIBUTIONS, BLOCK_TYPES, EDGE_STATUSES, NODE_KINDS, SPHERES } from './vocabulary';

// No code generation: zod's JIT probes `new Function`, which the page's content security policy
// (no 'unsafe-eval') refuses and reports as a violation. The parse is the same without it.
z.config({ jitless: true });

// The vocabularies live in a zod-free module so the app can use them without shipping zod.
export { ATTRIBUTIONS, BLOCK_TYPES, EDGE_STATUSES, NODE_KINDS, SPHERES };

/**
 * A sphere is a category a dataset filters and colours by: the article's four cooperation spheres,
 * or the values of an imported graph's attribute. Which ids are valid is the dataset's `spheres` list.
 */
export const sphereSchema = z.string().min(1);
export type Sphere = string;

/** A sphere as the dataset declares it: its id, the name shown, and its colour. */
export interface SphereDef {
  id: Sphere;
  label: string;
  colour: string;
}

export const nodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof nodeKindSchema>;

export const edgeStatusSchema = z.enum(EDGE_STATUSES);
export type EdgeStatus = z.infer<typeof edgeStatusSchema>;

export const attributionSchema = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof attributionSchema>;

const id = z
  .string()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

export const evidenceSchema = z.strictObject({
  block: z.string().min(1),
  quote: z.string().min(1),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const domains = z.array(sphereSchema).min(1, 'at least one sphere');
const evidence = z.array(evidenceSchema).min(1, 'at least one evidence passage');

export const graphNodeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /**
   * Names a reader may search for that the text does not use (a former or official name, a full
   * name, a transliteration); kept apart from `aliases`, which are the text's own surface forms.
   */
  otherNames: z.array(z.string().min(1)).optional(),
  kind: nodeKindSchema,
  domains,
  tags: z.array(z.string().min(1)).optional(),
  summary: z.string().min(1),
  evidence,
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.strictObject({
  id,
  source: z.string().min(1),
  target: z.string().min(1),
  relation: z.string().min(1),
  domains,
  tags: z.array(z.string().min(1)).optional(),
  status: edgeStatusSchema,
  /**
   * Whose claim it is. Optional here because an imported graph rarely says; a map of a text must
   * give it for every relation, which `validateDataset` checks.
   */
  attribution: attributionSchema.optional(),
  year: z.number().int().min(1900).max(2100).nullable(),
  evidence,
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** Precomputed layout (data/positions.json), so the first paint needs no layout run. */
export const positionsSchema = z.record(
  z.string(),
  z.strictObject({ x: z.number(), y: z.number() }),
);
export type Positions = z.infer<typeof positionsSchema>;

export const graphSchema = z.strictObject({
  nodes: z.array(graphNodeSchema).min(1),
  edges: z.array(graphEdgeSchema),
  /** False when the relations have no direction (an undirected GEXF or GraphML); directed if left out. */
  directed: z.boolean().optional(),
});
export type Graph = z.infer<typeof graphSchema>;

/**
 * A graph that may have no node yet: a map of one's own text starts empty, and is kept, saved and
 * opened so until its first node is made (a bare graph without a text still needs one).
 */
export const newGraphSchema = graphSchema.extend({
  nodes: graphSchema.shape.nodes.unwrap().array(),
});

export const blockSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  type: z.enum(BLOCK_TYPES),
  section: z.string().min(1),
  text: z.string(),
});
export type Block = z.infer<typeof blockSchema>;

export const articleSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  language: z.string().min(2),
  source: z.string().min(1),
  /** When the text was published, as its file or its author gives it (a map of one's own text). */
  date: z.string().min(1).optional(),
  sections: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1) })).min(1),
  blocks: z.array(blockSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;
