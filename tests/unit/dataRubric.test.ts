// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, graphSchema } from '../../src/domain/schema';
import { ATTRIBUTIONS, EDGE_STATUSES } from '../../src/domain/vocabulary';

// docs/data-rubric.md decides what kind of claim a relation is and whose; its examples are checked
// here against the shipped data, and so are the rules that can be read off the text's structure.

const root = resolve(__dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
const graph = graphSchema.parse(JSON.parse(read('data/graph.json')));
const article = articleSchema.parse(JSON.parse(read('data/article.json')));
const edges = new Map(graph.edges.map((e) => [e.id, e]));

interface Example {
  id: string;
  status: string;
  attribution: string;
  cue: string;
}

/** The rows of the examples table between the rubric's markers. */
function rubricExamples(): Example[] {
  const doc = read('docs/data-rubric.md');
  const start = doc.indexOf('<!-- rubric-examples:start -->');
  const end = doc.indexOf('<!-- rubric-examples:end -->');
  return doc
    .slice(start, end)
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const [id, status, attribution, cue] = line
        .split('|')
        .slice(1, 5)
        .map((cell) => cell.trim().replace(/^`|`$/g, ''));
      return { id: id!, status: status!, attribution: attribution!, cue: cue! };
    });
}

const examples = rubricExamples();

describe('the rubric’s examples', () => {
  it('cover every status and every attribution', () => {
    expect(new Set(examples.map((e) => e.status))).toEqual(new Set(EDGE_STATUSES));
    expect(new Set(examples.map((e) => e.attribution))).toEqual(new Set(ATTRIBUTIONS));
  });

  it.each(examples)('$id is $status, $attribution', ({ id, status, attribution, cue }) => {
    const edge = edges.get(id);
    expect(edge, `no relation "${id}" in data/graph.json`).toBeDefined();
    expect(edge!.status).toBe(status);
    expect(edge!.attribution).toBe(attribution);
    expect(edge!.evidence.some((ev) => ev.quote.includes(cue))).toBe(true);
  });
});

describe('rules read off the text’s structure', () => {
  const section = new Map(article.blocks.map((b) => [b.id, b.section]));
  const readings = { realist: 'p7', liberal: 'p8', constructivist: 'p9' } as const;

  it('a theoretical reading rests on its own paragraph', () => {
    for (const edge of graph.edges) {
      const paragraph = readings[edge.attribution as keyof typeof readings];
      if (paragraph)
        expect(
          edge.evidence.some((ev) => ev.block === paragraph),
          `${edge.id} (${edge.attribution}) quotes no sentence of ${paragraph}`,
        ).toBe(true);
    }
  });

  it('what rests on the readings’ paragraphs alone is a reading or the author’s framing, never a fact', () => {
    for (const edge of graph.edges)
      if (edge.evidence.every((ev) => ['p7', 'p8', 'p9'].includes(ev.block)))
        expect(['realist', 'liberal', 'constructivist', 'author'], edge.id).toContain(
          edge.attribution,
        );
  });

  it('every direction of the prospects list is proposed, and the author’s', () => {
    const listed = graph.edges.filter((e) => e.evidence.some((ev) => /^li\d$/.test(ev.block)));
    expect(listed.length).toBeGreaterThan(10);
    for (const edge of listed) {
      expect(edge.status, edge.id).toBe('proposed');
      expect(edge.attribution, edge.id).toBe('author');
    }
  });

  it('no relation phrase says again whose claim it is: the panel leads with that', () => {
    for (const edge of graph.edges)
      expect(edge.relation, edge.id).not.toMatch(
        /author argues|article reports|in China’s view|in Kazakhstan’s view|perspective,|standpoint,/i,
      );
  });

  it('no quote cuts a “not only … but also” or a “not merely … but” in half', () => {
    const quotes = [...graph.nodes, ...graph.edges].flatMap((x) =>
      x.evidence.map((ev) => ({ id: x.id, quote: ev.quote })),
    );
    for (const { id, quote } of quotes) {
      if (quote.includes('not only')) expect(quote, id).toContain('but also');
      if (quote.includes('not merely')) expect(quote, id).toMatch(/not merely .* but /);
    }
  });

  it('nothing that rests on the risks section alone is stated as plain fact', () => {
    for (const edge of graph.edges)
      if (edge.evidence.every((ev) => section.get(ev.block) === 'risks'))
        expect(edge.attribution, edge.id).not.toBe('fact');
  });
});
