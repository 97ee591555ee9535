import type { Article, Block, Graph, SphereDef } from './schema';
import type { Tour, TourStep } from './tour';
import { t } from '../i18n/core';

/** One passage of a step, as the handout prints it: where it stands, its text, its quotes to mark. */
export interface HandoutPassage {
  block: string;
  /** "Introduction, ¶ 3": the section, and the paragraph's number in the text. */
  place: string;
  text: string;
  /** The quotes of the step's focus elements that lie in this block, each marked in the text. */
  quotes: string[];
}

/** A page of the handout: one tour step, without its picture (the map draws that). */
export interface HandoutPage {
  /** From 1. */
  number: number;
  title: string;
  caption: string;
  /** The categories the step switches on, with their colours, for its legend. */
  spheres: { id: string; label: string; colour: string }[];
  passages: HandoutPassage[];
}

/** What the foot of every page says about the text: its title, author, date and address. */
export interface HandoutSource {
  title: string;
  author: string;
  date: string | null;
  url: string | null;
}

/** A numbered block's kind as its place's message selects it (an ICU select key has no hyphen). */
const BLOCK_KINDS: Partial<Record<Block['type'], string>> = {
  paragraph: 'paragraph',
  'list-item': 'item',
};

/**
 * Where each block stands, as a reader finds it in the text: its section, and its number among the
 * blocks of its kind ("¶ 12", "List item 3"); a heading or byline is named as such.
 */
export function blockPlaces(article: Article): Map<string, string> {
  const titles = new Map(article.sections.map((s) => [s.id, s.title]));
  const counts = new Map<string, number>();
  const places = new Map<string, string>();
  for (const block of article.blocks) {
    const n = (counts.get(block.type) ?? 0) + 1;
    counts.set(block.type, n);
    const where =
      block.type === 'heading'
        ? t('export.handout.block.heading')
        : block.type === 'byline'
          ? t('export.handout.block.byline')
          : t('export.handout.block', { kind: BLOCK_KINDS[block.type] ?? block.type, n });
    const section = titles.get(block.section);
    places.set(block.id, section ? t('export.handout.place', { section, where }) : where);
  }
  return places;
}

/**
 * A step's passages, in the order the step lists them, each with the quotes of the step's focus
 * (nodes and relations) that lie in it: what the presenter shows beside the map, for paper.
 */
export function stepPassages(
  article: Article,
  graph: Graph,
  step: TourStep,
  places: ReadonlyMap<string, string> = blockPlaces(article),
): HandoutPassage[] {
  const focus = new Set(step.focus);
  const evidence = [...graph.nodes, ...graph.edges]
    .filter((e) => focus.has(e.id))
    .flatMap((e) => e.evidence);
  const blocks = new Map(article.blocks.map((b) => [b.id, b]));
  return step.blocks.flatMap((id) => {
    const block = blocks.get(id);
    if (!block) return [];
    const quotes = [
      ...new Set(evidence.filter((ev) => ev.block === id).map((ev) => ev.quote)),
    ].filter((q) => q !== '' && block.text.includes(q));
    return [{ block: id, place: places.get(id) ?? id, text: block.text, quotes }];
  });
}

/** Every page of a tour's handout, in order. */
export function handoutPages(
  article: Article,
  graph: Graph,
  tour: Tour,
  spheres: readonly SphereDef[],
): HandoutPage[] {
  const places = blockPlaces(article);
  const byId = new Map(spheres.map((s) => [s.id, s]));
  return tour.steps.map((step, i) => ({
    number: i + 1,
    title: step.title,
    caption: step.caption,
    spheres: step.spheres.flatMap((id) => {
      const def = byId.get(id);
      return def ? [{ id, label: def.label, colour: def.colour }] : [];
    }),
    passages: stepPassages(article, graph, step, places),
  }));
}

/** A web address the text came from, when its `source` is one (else a file's name: not printed). */
const webAddress = (source: string) =>
  /^https?:\/\/\S+$/i.test(source.trim()) ? source.trim() : null;

/** The text's title, author, date and web address, for the foot of every page. */
export function handoutSource(article: Article): HandoutSource {
  return {
    title: article.title,
    author: article.author,
    date: article.date ?? null,
    url: webAddress(article.source),
  };
}

/** A step's page, as its heading and foot name it: "Step 3 of 12". */
export const stepLabel = (number: number, total: number) =>
  t('export.handout.step', { number, total });

/** A step page's heading: "Step 3 of 12 — Energy ties". */
export const stepHeading = (number: number, total: number, title: string) =>
  t('export.handout.step.heading', { number, total, title });

/** A printed page's height for the step, in mm: Letter's 279 mm less 12 mm margins, and some air. */
const PAGE_MM = 245;
/** Rough heights of the page's parts in print (see handout.css), generous for wide scripts. */
const LINE_MM = { title: 7.5, caption: 5.2, passage: 4.5, place: 5 };
const CHARS_PER_LINE = { title: 52, caption: 82, passage: 118 };
const FIXED_MM = 34; // the legend, the footer and the gaps between parts
export const PICTURE_MM = { min: 50, max: 120 };

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/**
 * How tall a step's map picture may be printed so that the step keeps to one page: what its title,
 * caption and passages leave of the page, between PICTURE_MM's bounds (a step with more text than
 * a page holds runs on, its picture at the smallest).
 */
export function pictureHeightMm(page: HandoutPage): number {
  let text =
    FIXED_MM +
    lines(stepHeading(page.number, 99, page.title), CHARS_PER_LINE.title) * LINE_MM.title;
  text += lines(page.caption, CHARS_PER_LINE.caption) * LINE_MM.caption;
  for (const p of page.passages)
    text += LINE_MM.place + lines(p.text, CHARS_PER_LINE.passage) * LINE_MM.passage;
  return Math.round(Math.min(PICTURE_MM.max, Math.max(PICTURE_MM.min, PAGE_MM - text)));
}
