import { describe, expect, it } from 'vitest';
import {
  elementsByBlock,
  findElement,
  passagesFor,
  segmentText,
  type Segment,
} from '../../../src/domain/evidence';
import type { Article, Graph } from '../../../src/domain/schema';
import { smallArticle, smallGraph } from '../../fixtures/small';

const textOf = (id: string) => smallArticle.blocks.find((b) => b.id === id)!.text;
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');
const marked = (segments: Segment[], mark: 'quote' | 'alias') =>
  segments.filter((s) => s[mark]).map((s) => s.text);

describe('passagesFor', () => {
  it('returns the passages in article order, whatever the evidence order', () => {
    const passages = passagesFor(smallArticle, [
      { block: 'p3', quote: 'Delta Group may compete with Gamma Oil' },
      { block: 'p1', quote: 'Alpha and Beta signed a treaty in 2013.' },
      { block: 'p2', quote: 'Beta exports oil to Alpha.' },
    ]);
    expect(passages.map((p) => p.block.id)).toEqual(['p1', 'p2', 'p3']);
    expect(passages.map((p) => p.quote)).toEqual([
      'Alpha and Beta signed a treaty in 2013.',
      'Beta exports oil to Alpha.',
      'Delta Group may compete with Gamma Oil',
    ]);
  });

  it('joins each passage with its block and the title of its section', () => {
    const [intro, energy] = passagesFor(smallArticle, [
      { block: 'p1', quote: 'Alpha and Beta' },
      { block: 'p2', quote: 'Beta exports oil' },
    ]);
    expect(intro!.block).toBe(smallArticle.blocks[0]);
    expect(intro!.sectionTitle).toBe('Introduction');
    expect(energy!.sectionTitle).toBe('Energy Ties');
  });

  it('falls back to the section id when the article has no title for it', () => {
    const article: Article = {
      ...smallArticle,
      blocks: [
        ...smallArticle.blocks,
        { id: 'p9', type: 'paragraph', section: 'annex', text: 'x' },
      ],
    };
    expect(passagesFor(article, [{ block: 'p9', quote: 'x' }])[0]!.sectionTitle).toBe('annex');
  });

  it('skips evidence whose block the article does not have', () => {
    const passages = passagesFor(smallArticle, [
      { block: 'p404', quote: 'nowhere' },
      { block: 'p2', quote: 'Beta exports oil to Alpha.' },
    ]);
    expect(passages.map((p) => p.block.id)).toEqual(['p2']);
  });

  it('keeps two quotes from the same block in the order given', () => {
    const passages = passagesFor(smallArticle, [
      { block: 'p2', quote: 'The company Gamma Oil' },
      { block: 'p1', quote: 'Alpha' },
      { block: 'p2', quote: 'Beta exports oil' },
    ]);
    expect(passages.map((p) => p.quote)).toEqual([
      'Alpha',
      'The company Gamma Oil',
      'Beta exports oil',
    ]);
  });

  it('returns nothing for no evidence', () => {
    expect(passagesFor(smallArticle, [])).toEqual([]);
  });
});

describe('elementsByBlock', () => {
  it('indexes every node and edge under the blocks of its evidence', () => {
    const index = elementsByBlock(smallGraph);
    expect(index.get('p1')).toEqual([
      { type: 'node', id: 'alpha' },
      { type: 'node', id: 'beta' },
      { type: 'edge', id: 'alpha-treaty-beta' },
    ]);
    expect(index.get('p2')).toEqual([
      { type: 'node', id: 'gamma-oil' },
      { type: 'edge', id: 'beta-oil-alpha' },
      { type: 'edge', id: 'gamma-fields-beta' },
    ]);
    expect(index.get('h1')).toBeUndefined();
  });

  it('lists an element once per block even with several quotes in it', () => {
    const graph: Graph = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) =>
        n.id === 'alpha'
          ? {
              ...n,
              evidence: [
                { block: 'p1', quote: 'Alpha and Beta' },
                { block: 'p1', quote: 'Alpha’s capital' },
                { block: 'p2', quote: 'to Alpha.' },
              ],
            }
          : n,
      ),
    };
    const index = elementsByBlock(graph);
    expect(index.get('p1')!.filter((r) => r.id === 'alpha')).toHaveLength(1);
    expect(index.get('p2')).toContainEqual({ type: 'node', id: 'alpha' });
  });

  it('keeps a node and an edge that share an id apart', () => {
    const graph: Graph = {
      ...smallGraph,
      edges: [{ ...smallGraph.edges[0]!, id: 'alpha' }],
    };
    expect(elementsByBlock(graph).get('p1')).toContainEqual({ type: 'edge', id: 'alpha' });
    expect(elementsByBlock(graph).get('p1')).toContainEqual({ type: 'node', id: 'alpha' });
  });
});

describe('segmentText', () => {
  it('returns the whole text as one plain segment when there is nothing to mark', () => {
    const text = textOf('p2');
    expect(segmentText(text, [])).toEqual([{ text, quote: false, alias: false }]);
  });

  it('returns no segments for empty text', () => {
    expect(segmentText('', ['Alpha'], ['Alpha'])).toEqual([]);
  });

  it('marks a quote, and aliases inside and outside it, as separate runs', () => {
    const text = textOf('p1');
    const segments = segmentText(text, ['Alpha and Beta signed a treaty in 2013.'], ['Alpha']);
    expect(segments).toEqual([
      { text: 'Alpha', quote: true, alias: true },
      { text: ' and Beta signed a treaty in 2013.', quote: true, alias: false },
      { text: ' ', quote: false, alias: false },
      { text: 'Alpha', quote: false, alias: true },
      { text: '’s capital is ', quote: false, alias: false },
      { text: 'Alpha', quote: false, alias: true },
      { text: 'ville.', quote: false, alias: false },
    ]);
    expect(joined(segments)).toBe(text);
  });

  it('merges overlapping aliases into one marked run', () => {
    const text = textOf('p1');
    const segments = segmentText(text, [], ['Alpha', 'Alphaville']);
    expect(marked(segments, 'alias')).toEqual(['Alpha', 'Alpha', 'Alphaville']);
    expect(joined(segments)).toBe(text);
  });

  it('marks a quote that overlaps an alias only in part', () => {
    const text = textOf('p2');
    const segments = segmentText(text, ['Beta exports'], ['exports oil']);
    expect(segments.slice(0, 3)).toEqual([
      { text: 'Beta ', quote: true, alias: false },
      { text: 'exports', quote: true, alias: true },
      { text: ' oil', quote: false, alias: true },
    ]);
    expect(joined(segments)).toBe(text);
  });

  it('marks every occurrence of a repeated quote', () => {
    const text = 'Gamma Oil grows. Rivals fear Gamma Oil.';
    const segments = segmentText(text, ['Gamma Oil']);
    expect(marked(segments, 'quote')).toEqual(['Gamma Oil', 'Gamma Oil']);
    expect(joined(segments)).toBe(text);
  });

  it('marks two quotes from one block', () => {
    const text = textOf('p2');
    const segments = segmentText(text, ['Beta exports oil to Alpha.', 'Gamma Oil develops']);
    expect(marked(segments, 'quote')).toEqual(['Beta exports oil to Alpha.', 'Gamma Oil develops']);
  });

  it('ignores empty needles instead of looping or marking everything', () => {
    const text = textOf('p3');
    const segments = segmentText(text, [''], ['']);
    expect(segments).toEqual([{ text, quote: false, alias: false }]);
  });

  it('leaves text alone when a needle is absent, and matches curly quotes exactly', () => {
    const text = textOf('p3');
    expect(marked(segmentText(text, ['"serious challenge"']), 'quote')).toEqual([]);
    expect(marked(segmentText(text, ['“serious challenge”']), 'quote')).toEqual([
      '“serious challenge”',
    ]);
  });

  it('always cuts the text into runs that join back to it, with no empty run', () => {
    for (const block of smallArticle.blocks) {
      const quotes = [...smallGraph.nodes, ...smallGraph.edges]
        .flatMap((e) => e.evidence)
        .filter((ev) => ev.block === block.id)
        .map((ev) => ev.quote);
      const aliases = smallGraph.nodes.flatMap((n) => n.aliases);
      const segments = segmentText(block.text, quotes, aliases);
      expect(joined(segments)).toBe(block.text);
      expect(segments.every((s) => s.text.length > 0)).toBe(true);
      // Neighbouring runs always differ in what they mark, or they would have been one run.
      for (let i = 1; i < segments.length; i++)
        expect([segments[i]!.quote, segments[i]!.alias]).not.toEqual([
          segments[i - 1]!.quote,
          segments[i - 1]!.alias,
        ]);
    }
  });
});

describe('findElement', () => {
  it('finds a node and an edge by reference', () => {
    expect(findElement(smallGraph, { type: 'node', id: 'delta' })).toBe(smallGraph.nodes[3]);
    expect(findElement(smallGraph, { type: 'edge', id: 'beta-oil-alpha' })).toBe(
      smallGraph.edges[1],
    );
  });

  it('respects the type of the reference', () => {
    expect(findElement(smallGraph, { type: 'edge', id: 'alpha' })).toBeUndefined();
    expect(findElement(smallGraph, { type: 'node', id: 'alpha-treaty-beta' })).toBeUndefined();
  });

  it('returns undefined for an unknown id', () => {
    expect(findElement(smallGraph, { type: 'node', id: 'ghost' })).toBeUndefined();
  });
});
