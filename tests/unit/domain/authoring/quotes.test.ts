import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  quoteRange,
  quoteRanges,
  quotesOfSelection,
} from '../../../../src/domain/authoring/quotes';
import type { Article, Graph } from '../../../../src/domain/schema';

const data = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../../data', file), 'utf8')) as unknown;
const builtIn = data('article.json') as Article;
const builtInGraph = data('graph.json') as Graph;

const article: Article = {
  id: 'a',
  title: 'T',
  author: 'A',
  language: 'en',
  source: 's',
  sections: [{ id: 'introduction', title: 'Introduction' }],
  blocks: [
    { id: 'p1', type: 'paragraph', section: 'introduction', text: 'China and Kazakhstan signed.' },
    { id: 'p2', type: 'paragraph', section: 'introduction', text: '   ' },
    { id: 'li1', type: 'list-item', section: 'introduction', text: 'CNPC develops fields.' },
  ],
};

describe('quotesOfSelection', () => {
  it('cuts one trimmed quote from a selection inside a block', () => {
    expect(
      quotesOfSelection(article, { block: 'p1', offset: 5 }, { block: 'p1', offset: 21 }),
    ).toEqual([{ block: 'p1', quote: 'and Kazakhstan' }]);
  });

  it('makes one quote per block a selection crosses, skipping whitespace-only parts', () => {
    expect(
      quotesOfSelection(article, { block: 'p1', offset: 10 }, { block: 'li1', offset: 4 }),
    ).toEqual([
      { block: 'p1', quote: 'Kazakhstan signed.' },
      { block: 'li1', quote: 'CNPC' },
    ]);
  });

  it('reads a selection made backwards as the same selection', () => {
    const forward = quotesOfSelection(
      article,
      { block: 'p1', offset: 0 },
      { block: 'li1', offset: 4 },
    );
    expect(
      quotesOfSelection(article, { block: 'li1', offset: 4 }, { block: 'p1', offset: 0 }),
    ).toEqual(forward);
  });

  it('gives nothing for an empty or whitespace selection', () => {
    expect(
      quotesOfSelection(article, { block: 'p1', offset: 3 }, { block: 'p1', offset: 3 }),
    ).toEqual([]);
    expect(
      quotesOfSelection(article, { block: 'p1', offset: 5 }, { block: 'p1', offset: 6 }),
    ).toEqual([]);
  });

  it('refuses a point outside the article, saying where', () => {
    expect(() =>
      quotesOfSelection(article, { block: 'p9', offset: 0 }, { block: 'p1', offset: 1 }),
    ).toThrow('the article has no block "p9"');
    expect(() =>
      quotesOfSelection(article, { block: 'p1', offset: 0 }, { block: 'p1', offset: 99 }),
    ).toThrow('offset 99 is outside block "p1" (0 to 28)');
  });

  it('keeps every quote verbatim in its block for any two points of the built-in article', () => {
    const blocks = builtIn.blocks;
    for (let i = 0; i < 200; i++) {
      const a = blocks[(i * 7) % blocks.length]!;
      const b = blocks[(i * 13 + 5) % blocks.length]!;
      const quotes = quotesOfSelection(
        builtIn,
        { block: a.id, offset: (i * 31) % (a.text.length + 1) },
        { block: b.id, offset: (i * 17) % (b.text.length + 1) },
      );
      for (const q of quotes) {
        const text = blocks.find((x) => x.id === q.block)!.text;
        expect(text.includes(q.quote) && q.quote === q.quote.trim()).toBe(true);
      }
    }
  });
});

describe('quoteRange', () => {
  it('finds each evidence quote of the built-in map in its block, for highlighting', () => {
    const texts = new Map(builtIn.blocks.map((b) => [b.id, b.text]));
    const evidence = [...builtInGraph.nodes, ...builtInGraph.edges].flatMap((e) => e.evidence);
    for (const ev of evidence) {
      const text = texts.get(ev.block)!;
      const range = quoteRange(text, ev.quote);
      expect(range && text.slice(range.start, range.end)).toBe(ev.quote);
    }
  });

  it('finds the first occurrence, or every one, or none', () => {
    expect(quoteRange('a b a b', 'b')).toEqual({ start: 2, end: 3 });
    expect(quoteRanges('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(quoteRange('abc', 'x')).toBeNull();
    expect(quoteRange('abc', '')).toBeNull();
  });
});
