// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/domain/validate';
import { articleSchema, graphSchema, positionsSchema } from '../../src/domain/schema';

const read = (file: string) => readFileSync(resolve(__dirname, '../../data', file), 'utf8');
const article = articleSchema.parse(JSON.parse(read('article.json')));
const graph = graphSchema.parse(JSON.parse(read('graph.json')));
const positions = positionsSchema.parse(JSON.parse(read('positions.json')));

describe('the shipped dataset', () => {
  it('reproduces the source text exactly when its blocks are joined with newlines', () => {
    expect(article.blocks.map((b) => b.text).join('\n')).toBe(
      read('community-of-shared-future.txt'),
    );
  });

  it('validates with every quote verbatim in its block', () => {
    expect(validateDataset(article, graph)).toEqual([]);
  });

  it('covers the article broadly: well over fifty nodes and about a hundred relations', () => {
    expect(graph.nodes.length).toBeGreaterThan(50);
    expect(graph.edges.length).toBeGreaterThanOrEqual(85);
  });

  it('gives every node at least one relation', () => {
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('has a precomputed position for every node', () => {
    expect(graph.nodes.filter((n) => !positions[n.id]).map((n) => n.id)).toEqual([]);
  });

  it('puts the article’s argument on the map, each step with its sentence and whose claim it is', () => {
    const edge = (id: string) => {
      const found = graph.edges.find((e) => e.id === id);
      expect(found, id).toBeDefined();
      return found!;
    };
    const quotes = (id: string) =>
      edge(id)
        .evidence.map((ev) => ev.quote)
        .join(' ');
    // What the concept is said to be, as China's aspiration.
    expect(edge('csf-new-model')).toMatchObject({
      target: 'new-model-international-relations',
      attribution: 'china',
    });
    expect(edge('model-mutual-benefit')).toMatchObject({ target: 'mutual-benefit-equality' });
    expect(quotes('model-mutual-benefit')).toContain(
      'not on the dominance of a single power centre',
    );
    // The thesis: both a means of deepening cooperation and a challenge, one sentence, not cut.
    for (const id of ['csf-means-of-cooperation', 'csf-challenge-for-kazakhstan']) {
      expect(edge(id)).toMatchObject({
        source: 'community-of-shared-future',
        target: 'kazakhstan',
        attribution: 'author',
      });
      expect(quotes(id)).toContain(
        'both as a means of deepening cooperation and as a challenge for Kazakhstan',
      );
    }
    expect(edge('csf-challenge-for-kazakhstan').status).toBe('risk');
    // China's belt of friendly countries; the systemic challenges, against ambitious declarations.
    expect(edge('china-belt-of-friendly-countries').target).toBe('belt-of-friendly-countries');
    expect(quotes('csf-faces-systemic-challenges')).toMatch(
      /^Despite .* ambitious political declarations/,
    );
    // The principles of political cooperation the text names.
    expect(
      graph.edges
        .filter((e) => e.source === 'political-cooperation')
        .map((e) => e.target)
        .sort(),
    ).toEqual(['mutual-respect', 'non-interference', 'respect-for-sovereignty']);
    // The 2013 visit: where both the Belt and Road Initiative and the Silk Road Economic Belt came from.
    const fromVisit = graph.edges.filter((e) => e.source === 'xi-visit-2013').map((e) => e.target);
    expect(fromVisit).toEqual(expect.arrayContaining(['belt-and-road', 'silk-road-economic-belt']));
  });

  it('keeps China’s principle of sovereignty apart from Kazakhstan’s own sovereignty and agency', () => {
    const targets = (source: string) =>
      graph.edges.filter((e) => e.source === source).map((e) => e.target);
    expect(targets('kazakhstan')).toContain('kazakhstan-sovereignty');
    expect(targets('kazakhstan')).not.toContain('respect-for-sovereignty');
    expect(targets('political-cooperation')).toContain('respect-for-sovereignty');
  });

  it('names the article’s central actors', () => {
    const labels = graph.nodes.map((n) => n.label);
    for (const name of ['China', 'Kazakhstan', 'Xi Jinping', 'CNPC', 'CNNC'])
      expect(labels).toContain(name);
  });
});
