import type { Article, Evidence } from '../schema';

/**
 * The article's whole text (its blocks joined with `\n`, as the built-in text file is) with the
 * means to move between block offsets, offsets in the whole text (UTF-16 code units) and the
 * Unicode code points that W3C Web Annotation positions count.
 */
export class ArticleText {
  readonly text: string;
  private readonly starts: number[];
  private readonly ids: string[];
  private readonly index: Map<string, number>;
  /** Code-unit offsets where a surrogate pair starts, ascending: each is one code point, two units. */
  private readonly pairs: number[];

  constructor(article: Article) {
    this.ids = article.blocks.map((b) => b.id);
    this.index = new Map(this.ids.map((id, i) => [id, i]));
    this.starts = [];
    let at = 0;
    for (const block of article.blocks) {
      this.starts.push(at);
      at += block.text.length + 1;
    }
    this.text = article.blocks.map((b) => b.text).join('\n');
    this.pairs = [];
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.pairs.push(i++);
      }
    }
  }

  /** Where a block starts in the whole text, or undefined for a block the article lacks. */
  blockStart(id: string): number | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.starts[i];
  }

  /** The number of entries of a sorted list below `value`. */
  private static below(sorted: readonly number[], value: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A code-unit offset as a code-point offset. */
  toCodePoints(units: number): number {
    return units - ArticleText.below(this.pairs, units - 1);
  }

  /** A code-point offset as a code-unit offset (past the end gives the end). */
  toCodeUnits(points: number): number {
    // Pair k starts at code point pairs[k] - k; the units before a point are it plus the pairs before.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]! - mid < points) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(points + lo, this.text.length);
  }

  /** Which block an offset of the whole text lies in, and where in it. */
  pointAt(offset: number): { block: string; offset: number } {
    const i = Math.max(0, ArticleText.below(this.starts, offset + 1) - 1);
    return { block: this.ids[i]!, offset: offset - this.starts[i]! };
  }

  /**
   * The evidence a range of the whole text makes: one trimmed quote per block it touches, as
   * `quotesOfSelection` cuts them, the line breaks between blocks left out. Costs the blocks
   * touched, not the article.
   */
  evidenceOf(article: Article, start: number, end: number): Evidence[] {
    const quotes: Evidence[] = [];
    const first = this.index.get(this.pointAt(start).block)!;
    const last = this.index.get(this.pointAt(end).block)!;
    for (let i = first; i <= last; i++) {
      const block = article.blocks[i]!;
      const from = Math.max(0, start - this.starts[i]!);
      const to = Math.min(block.text.length, end - this.starts[i]!);
      const quote = block.text.slice(from, Math.max(from, to)).trim();
      if (quote !== '') quotes.push({ block: block.id, quote });
    }
    return quotes;
  }
}
