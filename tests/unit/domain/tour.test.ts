// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { articleSchema, graphSchema } from '../../../src/domain/schema';
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
});
