import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../../src/domain/authoring/evidenceEdits';
import {
  addNode,
  deleteNode,
  editNode,
  labelOfQuote,
  mergeNodes,
  relationsOfNode,
} from '../../../../src/domain/authoring/nodeEdits';
import type { Graph } from '../../../../src/domain/schema';
import { validateDataset } from '../../../../src/domain/validate';
import { builtInArticle, builtInContext, builtInGraph, deepFreeze } from './builtIn';
import { smallArticle, smallContext, smallGraph } from './smallMap';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const valid = (graph: Graph) =>
  validateDataset(smallArticle, graph, undefined, { attribution: true });

describe('labelOfQuote', () => {
  it('keeps a short quote, without the punctuation ending a clause', () => {
    expect(labelOfQuote(' CNPC, ')).toBe('CNPC');
  });

  it('cuts a long quote after a whole word, with an ellipsis', () => {
    const label = labelOfQuote(
      'the concept of a “Community of Shared Future” (人类命运共同体), proposed by the People’s Republic of China',
    );
    expect(label).toBe('the concept of a “Community of Shared Future” (人类命运共同体)…');
    expect(label.length).toBeLessThanOrEqual(61);
  });
});

describe('addNode', () => {
  it('makes a node of a quote: label, alias, default kind, summary, id from the label', () => {
    const result = ok(
      addNode(smallGraph, smallContext, {
        evidence: { block: 'p1', quote: 'an agreement on pipelines' },
        domains: ['energy'],
      }),
    );
    expect(result.id).toBe('an-agreement-on-pipelines');
    expect(result.graph.nodes.at(-1)).toEqual({
      id: 'an-agreement-on-pipelines',
      label: 'an agreement on pipelines',
      aliases: ['an agreement on pipelines'],
      kind: 'concept',
      domains: ['energy'],
      summary: 'an agreement on pipelines',
      evidence: [{ block: 'p1', quote: 'an agreement on pipelines' }],
    });
    expect(valid(result.graph)).toEqual([]);
  });

  it('counts up the id when the label’s slug is taken, and starts from an empty map', () => {
    const empty = deepFreeze({ nodes: [], edges: [] });
    const first = ok(
      addNode(empty, smallContext, {
        evidence: { block: 'p1', quote: 'China' },
        domains: ['political'],
      }),
    );
    const second = ok(
      addNode(first.graph, smallContext, {
        evidence: { block: 'p2', quote: 'Chinese' },
        label: 'China',
        domains: ['political'],
      }),
    );
    expect([first.id, second.id]).toEqual(['china', 'china-2']);
  });

  it.each([
    [{ block: 'p9', quote: 'x' }, ['energy'], 'unknown-block', '$.nodes[3].evidence[0]'],
    [
      { block: 'p1', quote: 'Russia' },
      ['energy'],
      'quote-not-in-block',
      '$.nodes[3].evidence[0].quote',
    ],
    [{ block: 'p1', quote: 'China' }, ['sports'], 'unknown-category', '$.nodes[3].domains[0]'],
    [{ block: 'p1', quote: 'China' }, [], 'invalid', '$.nodes[3].domains'],
  ])('refuses %j in %j with a typed problem', (evidence, domains, code, path) => {
    const result = addNode(smallGraph, smallContext, { evidence, domains });
    expect(result).toMatchObject({ ok: false, problem: { code, path } });
  });
});

describe('editNode', () => {
  it('changes the fields an author edits and keeps the id', () => {
    const result = ok(
      editNode(smallGraph, smallContext, 'cnpc', {
        label: 'China National Petroleum Corporation',
        aliases: ['CNPC', 'Chinese company'],
        kind: 'organization',
        domains: ['energy', 'political'],
        summary: 'The company.',
      }),
    );
    expect(result.graph.nodes[2]).toMatchObject({
      id: 'cnpc',
      kind: 'organization',
      summary: 'The company.',
    });
    expect(result.graph.edges).toBe(smallGraph.edges);
  });

  it('refuses an alias the text does not use, and an unknown node', () => {
    expect(editNode(smallGraph, smallContext, 'cnpc', { aliases: ['PetroChina'] })).toMatchObject({
      ok: false,
      problem: { code: 'alias-not-in-text', path: '$.nodes[2].aliases[0]' },
    });
    expect(editNode(smallGraph, smallContext, 'nope', { label: 'x' })).toMatchObject({
      ok: false,
      problem: { code: 'unknown-node' },
    });
  });
});

describe('addEvidence', () => {
  it('adds new passages to a node or a relation and refuses ones it already has', () => {
    const node = ok(
      addEvidence(smallGraph, smallContext, { type: 'node', id: 'cnpc' }, [
        { block: 'p2', quote: 'CNPC' },
        { block: 'p2', quote: 'CNPC' },
      ]),
    );
    expect(node.graph.nodes[2]!.evidence).toHaveLength(2);
    const edge = ok(
      addEvidence(smallGraph, smallContext, { type: 'edge', id: 'cnpc-develops-kazakhstan' }, [
        { block: 'p2', quote: 'oil fields' },
      ]),
    );
    expect(edge.graph.edges[0]!.evidence.map((e) => e.quote)).toEqual([
      'develops oil fields in Kazakhstan',
      'oil fields',
    ]);
    expect(
      addEvidence(smallGraph, smallContext, { type: 'node', id: 'china' }, [
        { block: 'p1', quote: 'China' },
      ]),
    ).toMatchObject({ ok: false, problem: { code: 'duplicate-evidence' } });
  });
});

describe('mergeNodes', () => {
  it('moves relations and evidence to the kept node, dropping duplicates and self-loops', () => {
    const withLink = ok(
      addEvidence(smallGraph, smallContext, { type: 'node', id: 'cnpc' }, [
        { block: 'p2', quote: 'Kazakhstan' },
      ]),
    ).graph;
    const result = ok(mergeNodes(withLink, smallContext, 'kazakhstan', 'cnpc'));
    expect(result.selfLoops).toEqual(['cnpc-develops-kazakhstan']);
    expect(result.moved).toBe(0);
    expect(result.graph.edges).toEqual([]);
    const kept = result.graph.nodes.find((n) => n.id === 'kazakhstan')!;
    expect(kept.aliases).toEqual(['Kazakhstan', 'CNPC']);
    expect(kept.domains).toEqual(['political', 'energy']);
    expect(kept.evidence).toEqual([
      { block: 'p1', quote: 'Kazakhstan' },
      { block: 'p2', quote: 'CNPC, a Chinese company' },
      { block: 'p2', quote: 'Kazakhstan' },
    ]);
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['china', 'kazakhstan']);
  });

  it('rewires relations of the merged node to the kept one', () => {
    const result = ok(mergeNodes(smallGraph, smallContext, 'china', 'cnpc'));
    expect(result.moved).toBe(1);
    expect(result.graph.edges[0]).toMatchObject({ source: 'china', target: 'kazakhstan' });
    expect(valid(result.graph)).toEqual([]);
  });

  it('refuses merging a node into itself or an unknown node', () => {
    expect(mergeNodes(smallGraph, smallContext, 'china', 'china')).toMatchObject({
      problem: { code: 'same-node' },
    });
    expect(mergeNodes(smallGraph, smallContext, 'china', 'x')).toMatchObject({
      problem: { code: 'unknown-node' },
    });
  });

  it('merges two nodes of the built-in map into a map that still validates', () => {
    const result = ok(mergeNodes(builtInGraph, builtInContext, 'china', 'kazakhstan'));
    expect(result.selfLoops.length).toBeGreaterThan(0);
    expect(validateDataset(builtInArticle, result.graph)).toEqual([]);
  });
});

describe('deleteNode', () => {
  it('deletes a node with its relations and says how many went', () => {
    expect(relationsOfNode(smallGraph, 'kazakhstan')).toHaveLength(1);
    const result = ok(deleteNode(smallGraph, smallContext, 'kazakhstan'));
    expect(result.removedRelations).toBe(1);
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['china', 'cnpc']);
    expect(result.graph.edges).toEqual([]);
    expect(deleteNode(smallGraph, smallContext, 'x')).toMatchObject({
      problem: { code: 'unknown-node' },
    });
  });

  it('leaves the map it was given as it was (every input here is deeply frozen)', () => {
    const graph = deepFreeze(structuredClone(builtInGraph));
    const before = JSON.stringify(graph);
    ok(deleteNode(graph, builtInContext, 'china'));
    ok(mergeNodes(graph, builtInContext, 'china', 'russia'));
    expect(JSON.stringify(graph)).toBe(before);
  });
});
