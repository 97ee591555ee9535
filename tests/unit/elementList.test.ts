import { describe, expect, it } from 'vitest';
import { listElements } from '../../src/domain/elementList';
import { relationSentence } from '../../src/domain/relations';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import type { Graph } from '../../src/domain/schema';
import { smallGraph } from '../fixtures/small';

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
