import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditContext, EditResult } from '../../src/domain/authoring/editResult';
import { addEvidence } from '../../src/domain/authoring/evidenceEdits';
import { addNode, deleteNode, editNode, mergeNodes } from '../../src/domain/authoring/nodeEdits';
import { quotesOfSelection } from '../../src/domain/authoring/quotes';
import {
  addRelation,
  deleteRelation,
  editRelation,
  reverseRelation,
} from '../../src/domain/authoring/relationEdits';
import type { Evidence, Graph } from '../../src/domain/schema';
import { ARTICLE_SPHERES } from '../../src/domain/palette';
import { createAppStore } from '../../src/store/store';
import { builtInContext, builtInGraph, deepFreeze } from '../unit/domain/authoring/builtIn';
import { smallContext, smallGraph } from '../unit/domain/authoring/smallMap';

const OPS = [
  'addNode',
  'addRelation',
  'addEvidence',
  'editNode',
  'editRelation',
  'reverse',
  'merge',
  'deleteNode',
  'deleteRelation',
] as const;

/** One edit as fast-check draws it: which operation, and numbers that pick what it works on. */
const editArb = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** A passage picked by numbers: a stretch of one block, verbatim by construction. */
function passage(context: EditContext, a: number, b: number): Evidence[] {
  const block = context.article.blocks[a % context.article.blocks.length]!;
  const start = b % (block.text.length + 1);
  const end = Math.min(block.text.length, start + 1 + (a % 40));
  return quotesOfSelection(
    context.article,
    { block: block.id, offset: start },
    { block: block.id, offset: end },
  );
}

/** Runs a drawn edit on a map: any operation, on whatever its numbers pick, valid or not. */
function run(graph: Graph, context: EditContext, { op, a, b, c }: Edit): EditResult {
  const node = (k: number) => graph.nodes[k % Math.max(1, graph.nodes.length)]?.id ?? 'none';
  const edge = (k: number) => graph.edges[k % Math.max(1, graph.edges.length)]?.id ?? 'none';
  const category = [context.categories[c % context.categories.length]!];
  switch (op) {
    case 'addNode':
      return addNode(graph, context, { evidence: passage(context, a, b), domains: category });
    case 'addRelation':
      return addRelation(graph, context, {
        source: node(a),
        target: node(b),
        relation: ['works with', 'supplies', 'is part of'][c % 3]!,
        domains: category,
        evidence: passage(context, b, c),
      });
    case 'addEvidence':
      return addEvidence(
        graph,
        context,
        a % 2 === 0 ? { type: 'node', id: node(b) } : { type: 'edge', id: edge(b) },
        passage(context, c, a),
      );
    case 'editNode':
      return editNode(graph, context, node(a), {
        kind: (['state', 'company', 'concept'] as const)[b % 3]!,
        summary: `Summary ${c}`,
        domains: category,
      });
    case 'editRelation':
      return editRelation(graph, context, edge(a), {
        status: (['established', 'proposed', 'risk', 'contested'] as const)[b % 4]!,
        year: c % 2 === 0 ? null : 1990 + (c % 30),
      });
    case 'reverse':
      return reverseRelation(graph, context, edge(a));
    case 'merge':
      return mergeNodes(graph, context, node(a), node(b));
    case 'deleteNode':
      return deleteNode(graph, context, node(a));
    case 'deleteRelation':
      return deleteRelation(graph, context, edge(a));
  }
}

/**
 * The app's store with a map of one's own on screen: every edit goes through `applyEdit`, and its
 * history is the store's own (undo and redo in the authoring slice).
 */
function historyStore(start: Graph, context: EditContext) {
  const spheres = ARTICLE_SPHERES.filter((s) => context.categories.includes(s.id));
  const store = createAppStore({ article: context.article, graph: start, positions: {}, spheres });
  store
    .getState()
    .openOwnMap({ article: context.article, graph: start, positions: {}, spheres }, null);
  return {
    getState: () => ({
      graph: store.getState().graph,
      apply: (edit: Edit) => store.getState().applyEdit((graph) => run(graph, context, edit)).ok,
    }),
    history: () => store.getState().past,
    undo: (n: number) => {
      for (let i = 0; i < n; i++) store.getState().undo();
    },
    redo: (n: number) => {
      for (let i = 0; i < n; i++) store.getState().redo();
    },
  };
}

function undoRedoProperty(start: Graph, context: EditContext, numRuns: number) {
  const frozen = deepFreeze(structuredClone(start));
  const snapshot = JSON.stringify(frozen);
  fc.assert(
    fc.property(fc.array(editArb, { maxLength: 15 }), (edits) => {
      const store = historyStore(frozen, context);
      let applied = 0;
      for (const edit of edits) if (store.getState().apply(edit)) applied++;
      const end = store.getState().graph;
      expect(store.history()).toHaveLength(applied);
      store.undo(applied);
      expect(store.getState().graph).toEqual(frozen);
      store.redo(applied);
      expect(store.getState().graph).toEqual(end);
      // No edit changed a map it was given: the history's first map is the start, untouched.
      expect(JSON.stringify(frozen)).toBe(snapshot);
    }),
    { numRuns },
  );
}

describe("edits through the store's undo history", () => {
  it('any sequence of edits, then as many undos, gives the starting map; redo the end map', () => {
    undoRedoProperty(smallGraph, smallContext, 150);
  });

  it('holds on the built-in map too', () => {
    undoRedoProperty(builtInGraph, builtInContext, 25);
  });

  it('applies most drawn edits, so the property is not about refusals', () => {
    let applied = 0;
    let drawn = 0;
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 10, maxLength: 10 }), (edits) => {
        const store = historyStore(smallGraph, smallContext);
        for (const edit of edits) {
          drawn++;
          if (store.getState().apply(edit)) applied++;
        }
      }),
      { numRuns: 50, seed: 18 },
    );
    expect(applied / drawn).toBeGreaterThan(0.3);
  });
});
