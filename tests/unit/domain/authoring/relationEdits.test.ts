import { describe, expect, it } from 'vitest';
import {
  addRelation,
  deleteRelation,
  editRelation,
  reverseRelation,
} from '../../../../src/domain/authoring/relationEdits';
import { validateDataset } from '../../../../src/domain/validate';
import { smallArticle, smallContext, smallGraph } from './smallMap';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const EDGE = 'cnpc-develops-kazakhstan';

describe('addRelation', () => {
  it('adds a relation, established and the author’s unless said, with an id from its words', () => {
    const result = ok(
      addRelation(smallGraph, smallContext, {
        source: 'china',
        target: 'kazakhstan',
        relation: ' signed an agreement with ',
        domains: ['political'],
        evidence: [{ block: 'p1', quote: 'China and Kazakhstan signed an agreement' }],
      }),
    );
    expect(result.id).toBe('china-signed-an-agreement-with-kazakhstan');
    expect(result.graph.edges.at(-1)).toEqual({
      id: 'china-signed-an-agreement-with-kazakhstan',
      source: 'china',
      target: 'kazakhstan',
      relation: 'signed an agreement with',
      domains: ['political'],
      status: 'established',
      attribution: 'author',
      year: null,
      evidence: [{ block: 'p1', quote: 'China and Kazakhstan signed an agreement' }],
    });
    expect(validateDataset(smallArticle, result.graph)).toEqual([]);
  });

  it.each([
    [{ source: 'china', target: 'china' }, 'self-loop'],
    [{ source: 'china', target: 'russia' }, 'unknown-node'],
    [{ source: 'china', target: 'cnpc', relation: '  ' }, 'invalid'],
    [{ source: 'china', target: 'cnpc', evidence: [] }, 'invalid'],
    [{ source: 'china', target: 'cnpc', year: 1850 }, 'invalid'],
  ])('refuses %j with a typed problem', (change, code) => {
    const result = addRelation(smallGraph, smallContext, {
      relation: 'works with',
      domains: ['energy'],
      evidence: [{ block: 'p2', quote: 'CNPC' }],
      ...change,
    } as Parameters<typeof addRelation>[2]);
    expect(result).toMatchObject({ ok: false, problem: { code } });
  });
});

describe('editRelation and reverseRelation', () => {
  it('changes phrase, categories, status, year and whose claim it is', () => {
    const result = ok(
      editRelation(smallGraph, smallContext, EDGE, {
        relation: 'plans to develop fields in',
        domains: ['energy', 'political'],
        status: 'proposed',
        year: 2024,
        attribution: 'china',
      }),
    );
    expect(result.graph.edges[0]).toMatchObject({
      id: EDGE,
      source: 'cnpc',
      relation: 'plans to develop fields in',
      status: 'proposed',
      year: 2024,
      attribution: 'china',
    });
    expect(editRelation(smallGraph, smallContext, EDGE, { domains: ['x'] })).toMatchObject({
      problem: { code: 'unknown-category', path: '$.edges[0].domains[0]' },
    });
  });

  it('swaps the direction, and twice gives the relation back', () => {
    const once = ok(reverseRelation(smallGraph, smallContext, EDGE)).graph;
    expect(once.edges[0]).toMatchObject({ source: 'kazakhstan', target: 'cnpc' });
    expect(ok(reverseRelation(once, smallContext, EDGE)).graph).toEqual(smallGraph);
  });

  it('refuses an unknown relation', () => {
    expect(reverseRelation(smallGraph, smallContext, 'x')).toMatchObject({
      problem: { code: 'unknown-relation' },
    });
  });
});

describe('deleteRelation', () => {
  it('deletes the relation and keeps its ends', () => {
    const result = ok(deleteRelation(smallGraph, smallContext, EDGE));
    expect(result.graph.edges).toEqual([]);
    expect(result.graph.nodes).toBe(smallGraph.nodes);
    expect(deleteRelation(smallGraph, smallContext, 'x')).toMatchObject({
      problem: { code: 'unknown-relation' },
    });
  });
});
