import { t, type Translate } from '../i18n/core';
import type { ElementRef, Selection } from './evidence';
import type { Visible } from './filters';
import { graphIndex } from './graphIndex';
import type { Article, Block, Graph } from './schema';

/** One piece of the reader, in article order: a block, a run of list items, or a section label. */
export type ReaderRun =
  | { kind: 'block'; block: Block }
  | { kind: 'list'; blocks: Block[] }
  | { kind: 'label'; section: string; title: string };

/**
 * The article cut into what the reader renders: consecutive list items share one list, and a section
 * that opens without a heading of its own (the introduction) gets a label taken from `article.sections`,
 * so no heading is invented.
 */
export function readerRuns(article: Article): ReaderRun[] {
  const titles = new Map(article.sections.map((s) => [s.id, s.title]));
  const runs: ReaderRun[] = [];
  let section: string | null = null;
  for (const block of article.blocks) {
    if (block.section !== section) {
      section = block.section;
      const title = titles.get(block.section);
      if (block.type !== 'heading' && title)
        runs.push({ kind: 'label', section: block.section, title });
    }
    const last = runs.at(-1);
    if (block.type === 'list-item' && last?.kind === 'list') last.blocks.push(block);
    else if (block.type === 'list-item') runs.push({ kind: 'list', blocks: [block] });
    else runs.push({ kind: 'block', block });
  }
  return runs;
}

/**
 * The article's blocks that hold evidence of something the map displays, in article order, each with
 * those displayed elements. Evidence pointing at a block the article lacks marks nothing. A block whose
 * elements are all displayed (every block, when nothing is filtered) keeps `byBlock`'s own list.
 */
export function markedBlocks(
  article: Article,
  byBlock: ReadonlyMap<string, readonly ElementRef[]>,
  displayed: Visible,
): Map<string, readonly ElementRef[]> {
  const marked = new Map<string, readonly ElementRef[]>();
  for (const block of article.blocks) {
    const refs = byBlock.get(block.id);
    if (!refs) continue;
    let shown: ElementRef[] | null = null;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const on = ref.type === 'node' ? displayed.nodes.has(ref.id) : displayed.edges.has(ref.id);
      if (on) shown?.push(ref);
      // The first hidden one: copy those before it, and leave it out.
      else shown ??= refs.slice(0, i);
    }
    const result = shown ?? refs;
    if (result.length > 0) marked.set(block.id, result);
  }
  return marked;
}

/**
 * The blocks a selection lights up in the reader, in article order, each with the quotes to mark in it.
 * A node or an edge lights up the blocks of its evidence, whatever the filters (the user picked it);
 * a passage lights up its own block with the quotes of the displayed elements it supports, so the
 * marks agree with what the map highlights. Elements are looked up in the graph's index: a passage
 * that supports thousands of elements costs one lookup each.
 */
export function selectionHighlight(
  article: Article,
  graph: Graph,
  selection: Selection | null,
  marked: ReadonlyMap<string, readonly ElementRef[]>,
): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  const add = (block: string, quote: string) => {
    const list = quotes.get(block) ?? [];
    if (!list.includes(quote)) list.push(quote);
    quotes.set(block, list);
  };
  if (!selection) return quotes;
  const index = graphIndex(graph);
  if (selection.type === 'passage') {
    quotes.set(selection.id, []);
    for (const ref of marked.get(selection.id) ?? [])
      for (const ev of index.element(ref)?.evidence ?? [])
        if (ev.block === selection.id) add(ev.block, ev.quote);
  } else {
    for (const ev of index.element(selection)?.evidence ?? []) add(ev.block, ev.quote);
  }
  const inOrder = new Map<string, string[]>();
  for (const block of article.blocks) {
    const found = quotes.get(block.id);
    if (found) inOrder.set(block.id, found);
  }
  return inOrder;
}

/** Words a passage's short name starts with: enough to tell most passages apart by ear. */
const NAME_WORDS = 6;

/**
 * A short name for each block, to tell its passage button from the others by ear: its first words
 * in the quotation marks of the interface's language (`translate`), "“In the context of increasing
 * interdependence…”". Blocks that start alike get more
 * words, until their names differ (or the whole text is used).
 */
export function passageNames(article: Article, translate: Translate = t): Map<string, string> {
  const words = new Map(article.blocks.map((b) => [b.id, b.text.split(/\s+/).filter(Boolean)]));
  const count = new Map(article.blocks.map((b) => [b.id, NAME_WORDS]));
  const nameOf = (id: string) => {
    const all = words.get(id)!;
    const n = count.get(id)!;
    const cut = all.length > n;
    return translate('reader.passageName', {
      words: (cut ? all.slice(0, n) : all).join(' '),
      cut: cut ? 'yes' : 'no',
    });
  };
  for (;;) {
    const byName = new Map<string, string[]>();
    for (const b of article.blocks) {
      const name = nameOf(b.id);
      const same = byName.get(name);
      if (same) same.push(b.id);
      else byName.set(name, [b.id]);
    }
    let grew = false;
    for (const ids of byName.values()) {
      if (ids.length < 2) continue;
      for (const id of ids)
        if (count.get(id)! < words.get(id)!.length) {
          count.set(id, count.get(id)! + 1);
          grew = true;
        }
    }
    if (!grew) break;
  }
  return new Map(article.blocks.map((b) => [b.id, nameOf(b.id)]));
}
