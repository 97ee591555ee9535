import { z } from 'zod';
import { t } from '../i18n/core';
import {
  attributionSchema,
  edgeStatusSchema,
  nodeKindSchema,
  sphereSchema,
  type Article,
  type Graph,
} from './schema';
import { MAX_NOTES_LENGTH } from './speakerNotes';
import { pathOf, type Problem } from './validate';
import { SPHERES } from './vocabulary';

export const tourStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  /** The project's own words, shown large on the projector; the article's words come from `blocks`. */
  caption: z.string().min(1),
  /** The spheres switched on during this step. */
  spheres: z.array(sphereSchema).min(1),
  /** Node or edge ids the camera frames and the map highlights. */
  focus: z.array(z.string().min(1)).min(1),
  /** Article blocks the step rests on, shown as its passages. */
  blocks: z.array(z.string().min(1)).min(1),
  // A step authored from a view ("Add this view as a step") keeps the whole view; a step without
  // these fields (the article's tour, older map files) shows everything else and selects nothing.
  /** The node kinds, relation statuses and attributions switched on (absent: all of them). */
  kinds: z.array(nodeKindSchema).optional(),
  statuses: z.array(edgeStatusSchema).optional(),
  attributions: z.array(attributionSchema).optional(),
  /** What is selected during the step: a node, a relation or a passage of the text. */
  selection: z
    .strictObject({ type: z.enum(['node', 'edge', 'passage']), id: z.string().min(1) })
    .optional(),
  /** How many steps around the selected node are shown (with a node selected). */
  focusDepth: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  /**
   * The camera: the ids of the nodes that were in view, framed on whatever screen presents the
   * step (absent: the camera frames `focus`).
   */
  frame: z.array(z.string().min(1)).min(1).optional(),
  /**
   * Speaker notes: the presenter's cues, shown only in the presenter view (never to the audience).
   * Pointers to passages are written `¶12` for block `p12` (`noteParts`).
   */
  notes: z.string().max(MAX_NOTES_LENGTH).optional(),
});
export type TourStep = z.infer<typeof tourStepSchema>;

export const tourSchema = z.strictObject({
  title: z.string().min(1),
  steps: z.array(tourStepSchema).min(1),
});
export type Tour = z.infer<typeof tourSchema>;

/** Checks a tour against its schema and against the article and graph it walks through. */
export function validateTour(
  input: unknown,
  article: Article,
  graph: Graph,
  file = 'data/tour.json',
  spheres: readonly string[] = SPHERES,
): Problem[] {
  const parsed = tourSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      file,
      path: pathOf(issue.path),
      message: issue.message,
    }));
  const problems: Problem[] = [];
  const blocks = new Set(article.blocks.map((b) => b.id));
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  const elements = new Set([...nodes, ...edges]);
  const known = new Set<string>(spheres);
  const seen = new Set<string>();
  parsed.data.steps.forEach((step, i) => {
    if (seen.has(step.id))
      problems.push({
        file,
        path: `$.steps[${i}].id`,
        message: t('tour.problem.duplicateStep', { id: step.id }),
      });
    seen.add(step.id);
    step.spheres.forEach((sphere, j) => {
      if (!known.has(sphere))
        problems.push({
          file,
          path: `$.steps[${i}].spheres[${j}]`,
          message: t(
            spheres === SPHERES ? 'tour.problem.unknownSphere' : 'tour.problem.unknownCategory',
            { name: sphere.slice(0, 40) },
          ),
        });
    });
    step.focus.forEach((id, j) => {
      if (!elements.has(id))
        problems.push({
          file,
          path: `$.steps[${i}].focus[${j}]`,
          message: t('tour.problem.unknownElement', { id }),
        });
    });
    step.frame?.forEach((id, j) => {
      if (!elements.has(id))
        problems.push({
          file,
          path: `$.steps[${i}].frame[${j}]`,
          message: t('tour.problem.unknownElement', { id }),
        });
    });
    if (step.selection) {
      const { type, id } = step.selection;
      const ids = type === 'passage' ? blocks : type === 'node' ? nodes : edges;
      if (!ids.has(id))
        problems.push({
          file,
          path: `$.steps[${i}].selection.id`,
          message: t(
            type === 'passage'
              ? 'tour.problem.unknownBlock'
              : type === 'node'
                ? 'tour.problem.unknownNode'
                : 'tour.problem.unknownRelation',
            { id },
          ),
        });
    }
    step.blocks.forEach((id, j) => {
      if (!blocks.has(id))
        problems.push({
          file,
          path: `$.steps[${i}].blocks[${j}]`,
          message: t('tour.problem.unknownBlock', { id }),
        });
    });
  });
  return problems;
}
