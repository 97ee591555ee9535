import type { Article, Evidence } from '../schema';

/** A place in the article's text: a block, and a character offset (UTF-16 code units) into its text. */
export interface TextPoint {
  block: string;
  offset: number;
}

/** A character range in a block's text, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A selection that does not lie in the article: a block it lacks, or an offset past a block's end. */
export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionError';
  }
}

function indexOfBlock(article: Article, point: TextPoint): number {
  const i = article.blocks.findIndex((b) => b.id === point.block);
  if (i === -1) throw new SelectionError(`the article has no block "${point.block}"`);
  const length = article.blocks[i]!.text.length;
  if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > length)
    throw new SelectionError(
      `offset ${point.offset} is outside block "${point.block}" (0 to ${length})`,
    );
  return i;
}

/**
 * The evidence a selection from `start` to `end` makes: one `{block, quote}` per block it touches, in
 * article order, each cut from its block's text and trimmed of surrounding whitespace, so every quote
 * is verbatim by construction. Blocks where only whitespace is selected give none; the two points may
 * come in either order.
 */
export function quotesOfSelection(article: Article, start: TextPoint, end: TextPoint): Evidence[] {
  let from = indexOfBlock(article, start);
  let to = indexOfBlock(article, end);
  let a = start;
  let b = end;
  if (from > to || (from === to && start.offset > end.offset)) {
    [from, to, a, b] = [to, from, end, start];
  }
  const quotes: Evidence[] = [];
  for (let i = from; i <= to; i++) {
    const block = article.blocks[i]!;
    const s = i === from ? a.offset : 0;
    const e = i === to ? b.offset : block.text.length;
    const quote = block.text.slice(s, e).trim();
    if (quote !== '') quotes.push({ block: block.id, quote });
  }
  return quotes;
}

/** Where a quote lies in its block's text: its first occurrence at or after `from`, or null. */
export function quoteRange(blockText: string, quote: string, from = 0): TextRange | null {
  if (quote === '') return null;
  const start = blockText.indexOf(quote, from);
  return start === -1 ? null : { start, end: start + quote.length };
}

/** Every occurrence of a quote in its block's text, left to right, none overlapping. */
export function quoteRanges(blockText: string, quote: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let r = quoteRange(blockText, quote); r; r = quoteRange(blockText, quote, r.end))
    ranges.push(r);
  return ranges;
}
