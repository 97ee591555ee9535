import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listElements, nextLimit, pageOf } from '../../../src/domain/elementList';
import { relationSentence } from '../../../src/domain/relations';
import { fold } from '../../../src/domain/search';
import { syntheticDataset } from '../../fixtures/synthetic';
import { ALL_FILTERS, visibleElements, type Visible } from '../../../src/domain/filters';
import type { Graph } from '../../../src/domain/schema';
import { smallGraph } from '../../fixtures/small';

const all = visibleElements(smallGraph, ALL_FILTERS);
const noEconomic = visibleElements(smallGraph, {
  ...ALL_FILTERS,
  spheres: ['political', 'energy', 'humanitarian'],
});

describe('relationSentence', () => {
  it('reads an edge as source label, relation, target label', () => {
    const labels = new Map(smallGraph.nodes.map((n) => [n.id, n.label]));
    expect(relationSentence(smallGraph.edges[1]!, labels)).toBe('Beta exports oil to Alpha');
  });

  it('falls back to the id of an end it cannot name', () => {
    expect(relationSentence(smallGraph.edges[1]!, new Map([['beta', 'Beta']]))).toBe(
      'Beta exports oil to alpha',
    );
  });
});

describe('listElements', () => {
  it('lists nodes by label and relations by source label then relation', () => {
    const { nodes, edges } = listElements(smallGraph, all, '', false);
    expect(nodes.map((n) => n.label)).toEqual([
      'Alpha',
      'Beta',
      'Delta Group',
      'Gamma Oil',
      'Lonely Concept',
    ]);
    expect(edges.map((e) => e.sentence)).toEqual([
      'Alpha signed a treaty with Beta',
      'Beta exports oil to Alpha',
      'Delta Group may compete with Gamma Oil',
      'Gamma Oil develops fields in Beta',
    ]);
  });

  it('leaves out what the filters hide, and counts hidden matches', () => {
    const listing = listElements(smallGraph, noEconomic, '', false);
    expect(listing.nodes.map((n) => n.id)).not.toContain('delta');
    expect(listing.edges.map((e) => e.id)).not.toContain('delta-competes-gamma');
    expect(listing.hiddenMatches).toBe(2);
  });

  it('includes hidden elements, marked, when asked', () => {
    const { nodes, edges } = listElements(smallGraph, noEconomic, '', true);
    expect(nodes.find((n) => n.id === 'delta')?.hidden).toBe(true);
    expect(nodes.find((n) => n.id === 'alpha')?.hidden).toBe(false);
    expect(edges.find((e) => e.id === 'delta-competes-gamma')?.hidden).toBe(true);
  });

  it('narrows by label, alias and relation text, ignoring case and accents', () => {
    expect(listElements(smallGraph, all, 'GAMMA', false).nodes.map((n) => n.id)).toEqual([
      'gamma-oil',
    ]);
    // "Alphaville" is an alias of Alpha: the node and every relation touching it are listed.
    const byAlias = listElements(smallGraph, all, 'alphavillé', false);
    expect(byAlias.nodes.map((n) => n.id)).toEqual(['alpha']);
    expect(byAlias.edges.map((e) => e.id).sort()).toEqual(['alpha-treaty-beta', 'beta-oil-alpha']);
    const byRelation = listElements(smallGraph, all, 'exports oil', false);
    expect(byRelation.nodes).toEqual([]);
    expect(byRelation.edges.map((e) => e.id)).toEqual(['beta-oil-alpha']);
  });

  it('returns nothing for a query nothing matches', () => {
    const listing = listElements(smallGraph, all, 'zzz', true);
    expect(listing).toEqual({ nodes: [], edges: [], hiddenMatches: 0 });
  });

  it('sorts labels ignoring leading quotes and case', () => {
    const graph: Graph = {
      ...smallGraph,
      nodes: [
        { ...smallGraph.nodes[0]!, id: 'c', label: 'charlie' },
        { ...smallGraph.nodes[0]!, id: 'b', label: '“Bravo” plan' },
        { ...smallGraph.nodes[0]!, id: 'a', label: 'Alpha' },
      ],
      edges: [],
    };
    const listing = listElements(
      graph,
      { nodes: new Set(['a', 'b', 'c']), edges: new Set() },
      '',
      false,
    );
    expect(listing.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts relations from the same source by relation', () => {
    const graph: Graph = {
      ...smallGraph,
      edges: [
        { ...smallGraph.edges[0]!, id: 'b', relation: 'visits' },
        { ...smallGraph.edges[0]!, id: 'a', relation: 'meets' },
      ],
    };
    const listing = listElements(
      graph,
      { nodes: new Set(), edges: new Set(['a', 'b']) },
      '',
      false,
    );
    expect(listing.edges.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

/** The list as first written: sort every call, collator on every comparison. The reference for the index. */
function naiveList(graph: Graph, displayed: Visible, query: string, includeHidden: boolean) {
  const collator = new Intl.Collator('en', {
    sensitivity: 'base',
    ignorePunctuation: true,
    numeric: true,
  });
  const q = fold(query.trim());
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => labelOf.get(id) ?? id;
  const matches = new Set(
    graph.nodes
      .filter((n) => !q || [n.label, ...n.aliases].some((a) => fold(a).includes(q)))
      .map((n) => n.id),
  );
  let hiddenMatches = 0;
  const keep = (hidden: boolean) => {
    if (hidden && !includeHidden) hiddenMatches++;
    return !hidden || includeHidden;
  };
  const nodes = graph.nodes
    .filter((n) => matches.has(n.id) && keep(!displayed.nodes.has(n.id)))
    .sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id))
    .map((n) => ({ id: n.id, hidden: !displayed.nodes.has(n.id) }));
  const edges = graph.edges
    .filter(
      (e) =>
        (!q ||
          fold(relationSentence(e, labelOf)).includes(q) ||
          matches.has(e.source) ||
          matches.has(e.target)) &&
        keep(!displayed.edges.has(e.id)),
    )
    .sort(
      (a, b) =>
        collator.compare(name(a.source), name(b.source)) ||
        collator.compare(a.relation, b.relation) ||
        collator.compare(name(a.target), name(b.target)) ||
        a.id.localeCompare(b.id),
    )
    .map((e) => ({ id: e.id, hidden: !displayed.edges.has(e.id) }));
  return { nodes, edges, hiddenMatches };
}

const ids = (listing: ReturnType<typeof listElements>) => ({
  nodes: listing.nodes.map(({ id, hidden }) => ({ id, hidden })),
  edges: listing.edges.map(({ id, hidden }) => ({ id, hidden })),
  hiddenMatches: listing.hiddenMatches,
});

describe('listElements on large graphs', () => {
  const { graph } = syntheticDataset({ nodes: 500, edges: 2000, seed: 3 });
  const shown = visibleElements(graph, ALL_FILTERS);
  const some = visibleElements(graph, { ...ALL_FILTERS, spheres: ['political', 'energy'] });

  it('lists in the same order and with the same matches as a sort on every call', () => {
    for (const [displayed, query, includeHidden] of [
      [shown, '', false],
      [some, '', false],
      [some, '', true],
      [some, 'bek', false],
      [shown, 'TRADES', true],
      [some, 'zzz', true],
    ] as const)
      expect(ids(listElements(graph, displayed, query, includeHidden))).toEqual(
        naiveList(graph, displayed, query, includeHidden),
      );
  });

  it('hands back the same entry objects from call to call, so rendered rows can be kept', () => {
    const before = listElements(graph, shown, '', false);
    const after = listElements(graph, some, '', true);
    const first = before.nodes.find((n) => some.nodes.has(n.id))!;
    expect(after.nodes).toContain(first);
    const hidden = after.nodes.find((n) => n.hidden)!;
    expect(listElements(graph, some, '', true).nodes).toContain(hidden);
    expect(before.nodes.every((n) => !n.hidden)).toBe(true);
  });

  it('lists a new graph afresh, not from the index of an earlier one', () => {
    const renamed: Graph = {
      ...graph,
      nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, label: '000 First' } : n)),
    };
    expect(listElements(renamed, shown, '', false).nodes[0]).toMatchObject({
      id: graph.nodes[0]!.id,
      label: '000 First',
    });
    expect(listElements(graph, shown, '', false).nodes[0]!.label).not.toBe('000 First');
  });

  it('matches the sort on every call for any labels, relations, ids and missing ends', () => {
    const text = fc.constantFrom('alpha', 'Alpha', '“Alpha”', 'beta', 'Béta', 'b2', 'b10', 'x', '');
    const arbitraryGraph = fc
      .record({
        nodes: fc.uniqueArray(fc.record({ id: fc.constantFrom(...'abcdefgh'), label: text }), {
          selector: (n) => n.id,
          maxLength: 8,
        }),
        edges: fc.uniqueArray(
          fc.record({
            id: fc.constantFrom(...'pqrstuvwxyz'),
            source: fc.constantFrom(...'abcdefghi'),
            relation: text,
            target: fc.constantFrom(...'abcdefghi'),
            on: fc.boolean(),
          }),
          { selector: (e) => e.id, maxLength: 11 },
        ),
        query: fc.constantFrom('', 'alpha', 'b', '1', 'zz'),
        includeHidden: fc.boolean(),
      })
      .map(({ nodes, edges, query, includeHidden }) => {
        const template = smallGraph.nodes[0]!;
        const edgeTemplate = smallGraph.edges[0]!;
        const g: Graph = {
          ...smallGraph,
          nodes: nodes.map((n) => ({ ...template, ...n, aliases: [] })),
          edges: edges.map(({ on: _on, ...e }) => ({ ...edgeTemplate, ...e })),
        };
        const displayed: Visible = {
          nodes: new Set(nodes.filter((_, i) => i % 2 === 0).map((n) => n.id)),
          edges: new Set(edges.filter((e) => e.on).map((e) => e.id)),
        };
        return { g, displayed, query, includeHidden };
      });
    fc.assert(
      fc.property(arbitraryGraph, ({ g, displayed, query, includeHidden }) => {
        expect(ids(listElements(g, displayed, query, includeHidden))).toEqual(
          naiveList(g, displayed, query, includeHidden),
        );
      }),
    );
  });
});

describe('pageOf', () => {
  const entries = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}` }));

  it('is everything, with nothing remaining, when the entries fit in the page', () => {
    expect(pageOf(entries, 10, 'e9')).toEqual({
      page: entries,
      selected: null,
      skipped: 0,
      remaining: 0,
    });
    expect(pageOf([], 3, null)).toEqual({ page: [], selected: null, skipped: 0, remaining: 0 });
  });

  it('cuts a long list to the page and counts the rest', () => {
    expect(pageOf(entries, 4, null)).toEqual({
      page: entries.slice(0, 4),
      selected: null,
      skipped: 0,
      remaining: 6,
    });
  });

  it('adds the selected entry beyond the page, counting what lies between', () => {
    expect(pageOf(entries, 4, 'e7')).toEqual({
      page: entries.slice(0, 4),
      selected: entries[7],
      skipped: 3,
      remaining: 5,
    });
    expect(pageOf(entries, 4, 'e4')).toMatchObject({ selected: entries[4], skipped: 0 });
  });

  it('adds nothing for a selection on the page or not listed', () => {
    expect(pageOf(entries, 4, 'e2').selected).toBeNull();
    expect(pageOf(entries, 4, 'gone')).toMatchObject({ selected: null, remaining: 6 });
  });
});

describe('nextLimit', () => {
  const entries = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}` }));
  const newlyShown = (limit: number, selected: string | null, step: number) => {
    const before = pageOf(entries, limit, selected);
    const after = pageOf(entries, nextLimit(before, limit, step), selected);
    const rendered = (p: typeof before) => [...p.page, ...(p.selected ? [p.selected] : [])];
    return rendered(after).filter((e) => !rendered(before).includes(e)).length;
  };

  it('brings `step` entries into view, or all that remain', () => {
    expect(nextLimit(pageOf(entries, 4, null), 4, 3)).toBe(7);
    expect(newlyShown(4, null, 3)).toBe(3);
    expect(newlyShown(8, null, 3)).toBe(2);
  });

  it('does not count the selected entry, already in view, among the new ones', () => {
    for (const selected of ['e4', 'e5', 'e6', 'e7', 'e9']) {
      expect(newlyShown(4, selected, 3)).toBe(3);
      expect(newlyShown(4, selected, 5)).toBe(5);
    }
    expect(newlyShown(4, 'e9', 6)).toBe(5);
    expect(pageOf(entries, nextLimit(pageOf(entries, 4, 'e9'), 4, 5), 'e9').remaining).toBe(0);
  });
});

describe('listElements and bundled links', () => {
  const pairOf = (e: { source: string; target: string }) => [e.source, e.target].sort().join('|');

  it('lists each relation of a bundled link on its own, saying which link draws it', async () => {
    const { builtInDataset } = await import('../../../src/app/dataset');
    const { graph } = builtInDataset;
    const displayed = visibleElements(graph, ALL_FILTERS);
    const { edges } = listElements(graph, displayed, '', false);
    const between = graph.edges.filter((e) => pairOf(e) === 'china|kazakhstan').map((e) => e.id);
    const listed = edges.filter((e) => e.bundle);
    expect(listed.filter((e) => between.includes(e.id))).toHaveLength(between.length);
    for (const e of listed.filter((e) => between.includes(e.id)))
      expect(e.bundle).toEqual({ size: between.length, between: ['Kazakhstan', 'China'] });
    // A pair with three relations or fewer is drawn as its relations, and listed as such.
    const lone = edges.find((e) => !between.includes(e.id) && !e.bundle);
    expect(lone).toBeDefined();
  });

  it('marks none on a large graph, which the map draws without bundles', () => {
    const small = (n: number) => {
      const base = smallGraph.edges[0]!;
      const edges = Array.from({ length: n }, (_, i) => ({
        ...base,
        id: `parallel-${i}`,
        source: smallGraph.nodes[0]!.id,
        target: smallGraph.nodes[1]!.id,
      }));
      return { ...smallGraph, edges: [...smallGraph.edges, ...edges] };
    };
    const bundled = (graph: Graph) =>
      listElements(graph, visibleElements(graph, ALL_FILTERS), '', false).edges.filter(
        (e) => e.bundle,
      ).length;
    expect(bundled(small(5))).toBeGreaterThanOrEqual(5);
    // The same pair among 2,600 relations: a large graph, drawn without bundles.
    expect(bundled(small(2600))).toBe(0);
  });
});
