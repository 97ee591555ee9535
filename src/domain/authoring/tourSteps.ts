import { ALL_FILTERS, sameSet, type Filters, type Visible } from '../filters';
import type { Selection } from '../evidence';
import { elementsByBlock } from '../evidence';
import type { Article, Graph } from '../schema';
import type { Tour, TourStep } from '../tour';
import { relationSentence } from '../relations';
import { MAX_NOTES_LENGTH } from '../speakerNotes';
import { uniqueId } from './slug';
import { t } from '../../i18n/core';

// Tours one writes: a step made of the view on screen ("Add this view as a step"), and the edits
// of a tour's steps. Pure: each returns a new tour, never changing the one given.

/** The view a step is made of, as the store and the map have it. */
export interface ViewToCapture {
  graph: Graph;
  article: Article;
  filters: Filters;
  selection: Selection | null;
  focusDepth: 0 | 1 | 2;
  /** What the map displays (filters and focus applied). */
  displayed: Visible;
  /** The nodes in the map's view, or null when the map frames everything it displays. */
  inView: readonly string[] | null;
  /** The blocks the reader shows, in order (used when nothing is selected). */
  readerBlocks: readonly string[];
}

/** Why a view cannot be a step, in words. */
export type CaptureResult = { ok: true; step: TourStep } | { ok: false; message: string };

/** How many passages a step with nothing selected shows when the reader shows none. */
const PASSAGES_WITHOUT_SELECTION = 3;

/** The title a step is offered: the selected node's name, the relation's sentence, the passage's section. */
export function suggestedTitle(
  graph: Graph,
  article: Article,
  selection: Selection | null,
  fallback: string,
): string {
  if (!selection) return fallback;
  if (selection.type === 'node')
    return graph.nodes.find((n) => n.id === selection.id)?.label ?? fallback;
  if (selection.type === 'edge') {
    const edge = graph.edges.find((e) => e.id === selection.id);
    if (!edge) return fallback;
    const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
    return relationSentence(edge, labels);
  }
  const block = article.blocks.find((b) => b.id === selection.id);
  const section = block && article.sections.find((s) => s.id === block.section);
  return section?.title || fallback;
}

/** Blocks in the article's order, each once. */
function inArticleOrder(article: Article, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return article.blocks.filter((b) => wanted.has(b.id)).map((b) => b.id);
}

/**
 * A tour step made of the view: its filters (only those not all on are kept), selection, focus
 * depth, what is in view (the camera frames it on any screen) and the passages shown: the
 * selection's, else those the reader shows, else those of what is in view.
 */
export function captureStep(
  view: ViewToCapture,
  text: { id: string; title: string; caption: string },
): CaptureResult {
  const { graph, article, filters, selection, displayed } = view;
  const title = text.title.trim();
  const caption = text.caption.trim();
  if (!title) return { ok: false, message: t('authoring.step.titleNeeded') };
  if (!caption) return { ok: false, message: t('authoring.step.captionNeeded') };
  if (filters.spheres.length === 0 || displayed.nodes.size === 0)
    return {
      ok: false,
      message: t('authoring.step.nothingShown'),
    };
  const frame = (view.inView ?? [...displayed.nodes]).filter((id) => displayed.nodes.has(id));
  if (frame.length === 0)
    return {
      ok: false,
      message: t('authoring.step.nothingInView'),
    };

  let focus: string[] = frame;
  let blocks: string[] = [];
  if (selection?.type === 'passage') {
    blocks = [selection.id];
    const lit = (elementsByBlock(graph).get(selection.id) ?? [])
      .map((ref) => ref.id)
      .filter((id) => displayed.nodes.has(id) || displayed.edges.has(id));
    if (lit.length > 0) focus = lit;
  } else if (selection) {
    focus = [selection.id];
    const element =
      selection.type === 'node'
        ? graph.nodes.find((n) => n.id === selection.id)
        : graph.edges.find((e) => e.id === selection.id);
    blocks = inArticleOrder(article, element?.evidence.map((ev) => ev.block) ?? []);
  }
  if (blocks.length === 0) blocks = inArticleOrder(article, view.readerBlocks);
  if (blocks.length === 0) {
    const framed = new Set(frame);
    const evidence = graph.nodes.filter((n) => framed.has(n.id)).flatMap((n) => n.evidence);
    blocks = inArticleOrder(
      article,
      evidence.map((ev) => ev.block),
    ).slice(0, PASSAGES_WITHOUT_SELECTION);
  }
  if (blocks.length === 0) blocks = article.blocks.slice(0, 1).map((b) => b.id);
  if (blocks.length === 0) return { ok: false, message: t('authoring.step.noPassages') };

  const step: TourStep = {
    id: text.id,
    title,
    caption,
    spheres: [...filters.spheres],
    focus,
    blocks,
  };
  if (!sameSet(filters.kinds, ALL_FILTERS.kinds)) step.kinds = [...filters.kinds];
  if (!sameSet(filters.statuses, ALL_FILTERS.statuses)) step.statuses = [...filters.statuses];
  if (!sameSet(filters.attributions, ALL_FILTERS.attributions))
    step.attributions = [...filters.attributions];
  if (selection) step.selection = { type: selection.type, id: selection.id };
  if (selection?.type === 'node' && view.focusDepth > 0) step.focusDepth = view.focusDepth;
  step.frame = frame;
  return { ok: true, step };
}

/** An id for a new step of `tour`, unlike its others. */
export const newStepId = (tour: Tour | null): string =>
  uniqueId('step', new Set(tour?.steps.map((s) => s.id) ?? []));

/** The tour with `step` added last; a map's first step starts a tour named after its text. */
export const addStep = (tour: Tour | null, step: TourStep, title: string): Tour =>
  tour ? { ...tour, steps: [...tour.steps, step] } : { title, steps: [step] };

/** The tour with the step at `from` moved to `to` (both from 0). */
export function moveStep(tour: Tour, from: number, to: number): Tour {
  const last = tour.steps.length - 1;
  const target = Math.min(Math.max(to, 0), last);
  if (from === target || from < 0 || from > last) return tour;
  const steps = [...tour.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(target, 0, moved!);
  return { ...tour, steps };
}

/** The tour without the step at `index`; null when it was the last (a tour has a step or is none). */
export function removeStep(tour: Tour, index: number): Tour | null {
  const steps = tour.steps.filter((_, i) => i !== index);
  return steps.length > 0 ? { ...tour, steps } : null;
}

/** The tour with a step's title and caption changed (each trimmed; empty ones are refused). */
export function editStepText(
  tour: Tour,
  index: number,
  text: { title: string; caption: string },
): Tour {
  const title = text.title.trim();
  const caption = text.caption.trim();
  if (!title || !caption) return tour;
  return {
    ...tour,
    steps: tour.steps.map((s, i) => (i === index ? { ...s, title, caption } : s)),
  };
}

/**
 * A step's speaker notes changed: trimmed, cut to `MAX_NOTES_LENGTH`, and gone when empty. The
 * same tour when nothing changes (no empty undo step).
 */
export function editStepNotes(tour: Tour, index: number, notes: string): Tour {
  const step = tour.steps[index];
  if (!step) return tour;
  const text = notes.trim().slice(0, MAX_NOTES_LENGTH);
  if (text === (step.notes ?? '')) return tour;
  const rest: TourStep = { ...step };
  delete rest.notes;
  return {
    ...tour,
    steps: tour.steps.map((s, i) => (i === index ? (text ? { ...rest, notes: text } : rest) : s)),
  };
}
