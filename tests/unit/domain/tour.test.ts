// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { activateLanguage, loadCatalogue } from '../../../src/i18n';
import { articleSchema, graphSchema } from '../../../src/domain/schema';
import { notePointers } from '../../../src/domain/speakerNotes';
import { tourSchema, validateTour } from '../../../src/domain/tour';
import { smallArticle, smallGraph, smallTour } from '../../fixtures/small';

const read = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../data', file), 'utf8'));

describe('validateTour', () => {
  it('accepts a tour whose ids all exist', () => {
    expect(validateTour(smallTour, smallArticle, smallGraph)).toEqual([]);
  });

  it('names unknown focus ids and blocks with their JSON paths', () => {
    const tour = structuredClone(smallTour);
    tour.steps[1]!.focus.push('nowhere');
    tour.steps[0]!.blocks.push('p99');
    expect(validateTour(tour, smallArticle, smallGraph)).toEqual([
      expect.objectContaining({ path: '$.steps[0].blocks[1]', message: 'unknown block id "p99"' }),
      expect.objectContaining({
        path: '$.steps[1].focus[2]',
        message: 'unknown node or edge id "nowhere"',
      }),
    ]);
  });

  it('says what is wrong in the interface’s language', async () => {
    await loadCatalogue('kk');
    const tour = structuredClone(smallTour);
    tour.steps[1]!.id = 'one';
    tour.steps[0]!.blocks.push('p99');
    try {
      activateLanguage('kk');
      expect(validateTour(tour, smallArticle, smallGraph).map((p) => p.message)).toEqual([
        'белгісіз мәтін блогы id-і «p99»',
        'қайталанған қадам id-і «one»',
      ]);
    } finally {
      activateLanguage('en');
    }
  });

  it('reports duplicate step ids and schema faults', () => {
    const tour = structuredClone(smallTour);
    tour.steps[1]!.id = 'one';
    expect(validateTour(tour, smallArticle, smallGraph).map((p) => p.message)).toEqual([
      'duplicate step id "one"',
    ]);
    const bad = { title: 'x', steps: [{ ...smallTour.steps[0], spheres: [] }] };
    expect(validateTour(bad, smallArticle, smallGraph).map((p) => p.path)).toEqual([
      '$.steps[0].spheres',
    ]);
  });
});

describe('the shipped tour', () => {
  const article = articleSchema.parse(read('article.json'));
  const graph = graphSchema.parse(read('graph.json'));
  const tour = tourSchema.parse(read('tour.json'));

  it('validates against the article and the graph', () => {
    expect(validateTour(tour, article, graph)).toEqual([]);
  });

  it('walks the article in order, from its opening to its closing paragraph', () => {
    const order = new Map(article.blocks.map((b, i) => [b.id, i]));
    expect(tour.steps[0]!.blocks).toContain('p1');
    expect(tour.steps.at(-1)!.blocks).toContain('p34');
    for (const step of tour.steps) {
      const positions = step.blocks.map((b) => order.get(b)!);
      expect(positions, step.id).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('shows every focus element under its own step’s spheres', () => {
    for (const step of tour.steps) {
      const shown = visibleElements(graph, { ...ALL_FILTERS, spheres: step.spheres });
      const hidden = step.focus.filter((id) => !shown.nodes.has(id) && !shown.edges.has(id));
      expect(hidden, step.id).toEqual([]);
    }
  });

  it('keeps captions short enough to read from a projector', () => {
    for (const step of tour.steps) expect(step.caption.length, step.id).toBeLessThanOrEqual(240);
  });

  it('gives every step short speaker notes that point at passages the article has', () => {
    const blocks = new Set(article.blocks.map((b) => b.id));
    for (const step of tour.steps) {
      const notes = step.notes ?? '';
      // Sentences end at a full stop, question or exclamation mark followed by a space or the end.
      const sentences = notes.split(/(?<=[.?!])\s+/).filter(Boolean);
      expect(sentences.length, step.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, step.id).toBeLessThanOrEqual(4);
      expect(notePointers(notes, blocks).length, step.id).toBeGreaterThan(0);
      // Every pointer names a block of the article, and the step's own passages are among them.
      const named = [...notes.matchAll(/¶([a-z]*\d+)/g)].map((m) =>
        /^\d+$/.test(m[1]!) ? `p${m[1]}` : m[1]!,
      );
      expect(
        named.filter((id) => !blocks.has(id)),
        step.id,
      ).toEqual([]);
      expect(
        named.some((id) => step.blocks.includes(id)),
        step.id,
      ).toBe(true);
    }
  });

  it('keeps the notes in the project’s own words: no run of eight words from the article', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
    const runs = new Set<string>();
    for (const block of article.blocks) {
      const w = words(block.text);
      for (let i = 0; i + 8 <= w.length; i++) runs.add(w.slice(i, i + 8).join(' '));
    }
    for (const step of tour.steps) {
      const w = words(step.notes ?? '');
      const copied = w.flatMap((_, i) => {
        const run = w.slice(i, i + 8).join(' ');
        return i + 8 <= w.length && runs.has(run) ? [run] : [];
      });
      expect(copied, step.id).toEqual([]);
    }
  });
});
