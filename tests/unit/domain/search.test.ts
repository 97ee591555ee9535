import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../src/domain/schema';
import { fold, searchNodes } from '../../../src/domain/search';
import { syntheticDataset } from '../../fixtures/synthetic';
import { smallGraph } from '../../fixtures/small';

const node = (id: string, label: string, aliases: string[] = []): GraphNode => ({
  id,
  label,
  aliases,
  kind: 'concept',
  domains: ['political'],
  summary: 'x',
  evidence: [{ block: 'p1', quote: 'x' }],
});
const labels = (hits: ReturnType<typeof searchNodes>) => hits.map((h) => h.node.label);

describe('fold', () => {
  it('drops case, accents and quotation marks', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold('“Belt and Road”')).toBe('belt and road');
    expect(fold('Alpha’s')).toBe('alphas');
    expect(fold('«Astana» "Forum"')).toBe('astana forum');
  });
});

describe('searchNodes', () => {
  it('finds a node by its label ignoring case', () => {
    expect(labels(searchNodes(smallGraph.nodes, 'BETA'))).toEqual(['Beta']);
    expect(labels(searchNodes(smallGraph.nodes, 'gamma oil'))).toEqual(['Gamma Oil']);
  });

  it('finds a node by an alias and says which name matched', () => {
    const [hit, ...rest] = searchNodes(smallGraph.nodes, 'ville');
    expect(rest).toEqual([]);
    expect(hit!.node.id).toBe('alpha');
    expect(hit!.matched).toBe('Alphaville');
  });

  it('reports the label as the match when label and alias match equally', () => {
    const [hit] = searchNodes(smallGraph.nodes, 'alpha');
    expect(hit!.matched).toBe('Alpha');
  });

  it('lists a node once even when several of its names match', () => {
    expect(labels(searchNodes(smallGraph.nodes, 'alph'))).toEqual(['Alpha']);
  });

  it('ignores accents on either side', () => {
    const nodes = [node('tr', 'Türkiye'), node('al', 'Almaty', ['Alma-Atá'])];
    expect(labels(searchNodes(nodes, 'turk'))).toEqual(['Türkiye']);
    expect(labels(searchNodes(nodes, 'TÜRK'))).toEqual(['Türkiye']);
    expect(searchNodes(nodes, 'alma-ata')[0]!.matched).toBe('Alma-Atá');
  });

  it('ignores straight and curly quotes and apostrophes', () => {
    const nodes = [node('bri', '“Belt and Road” Initiative'), node('xi', 'Xi’s vision')];
    expect(labels(searchNodes(nodes, '"belt and road" initiative'))).toEqual([
      '“Belt and Road” Initiative',
    ]);
    expect(labels(searchNodes(nodes, "xi's"))).toEqual(['Xi’s vision']);
  });

  it('ranks a label that starts with the query, then a word that does, then anything else', () => {
    const nodes = [
      node('boiler', 'Boiler Works'),
      node('gamma', 'Gamma Oil'),
      node('ministry', 'Oil Ministry'),
    ];
    expect(labels(searchNodes(nodes, 'oil'))).toEqual([
      'Oil Ministry',
      'Gamma Oil',
      'Boiler Works',
    ]);
  });

  it('ranks a label match above the same kind of alias match', () => {
    const nodes = [
      node('by-alias', 'Ministry', ['Oilco']),
      node('by-label', 'Oilfield'),
      node('by-word', 'Gamma Oil'),
    ];
    expect(labels(searchNodes(nodes, 'oil'))).toEqual(['Oilfield', 'Ministry', 'Gamma Oil']);
  });

  it('breaks ties alphabetically by label', () => {
    const nodes = [node('c', 'Oil C'), node('a', 'Oil A'), node('b', 'Oil B')];
    expect(labels(searchNodes(nodes, 'oil'))).toEqual(['Oil A', 'Oil B', 'Oil C']);
  });

  it('returns at most `limit` hits, 12 by default, keeping the best', () => {
    const nodes = Array.from({ length: 20 }, (_, i) =>
      node(`n${i}`, `Node ${String(i).padStart(2, '0')}`),
    );
    nodes.push(node('first', 'node zero'));
    expect(searchNodes(nodes, 'node')).toHaveLength(12);
    expect(labels(searchNodes(nodes, 'node', 3))).toEqual(['Node 00', 'Node 01', 'Node 02']);
    expect(labels(searchNodes(nodes, 'zero', 3))).toEqual(['node zero']);
  });

  it('returns nothing for an empty, blank or quotes-only query', () => {
    expect(searchNodes(smallGraph.nodes, '')).toEqual([]);
    expect(searchNodes(smallGraph.nodes, '   ')).toEqual([]);
    expect(searchNodes(smallGraph.nodes, '“”')).toEqual([]);
  });

  it('trims the query', () => {
    expect(labels(searchNodes(smallGraph.nodes, '  delta  '))).toEqual(['Delta Group']);
  });

  it('returns nothing when no name matches', () => {
    expect(searchNodes(smallGraph.nodes, 'zeta')).toEqual([]);
  });
});

describe('searchNodes on a graph of thousands', () => {
  // The search it replaces, as a reference: fold every name per call, sort every match, keep `limit`.
  function searchBySort(nodes: readonly GraphNode[], query: string, limit = 12) {
    const q = fold(query.trim());
    if (!q) return [];
    const scored: { hit: { node: GraphNode; matched: string }; score: number }[] = [];
    for (const n of nodes) {
      let best: { matched: string; score: number } | null = null;
      for (const name of [n.label, ...n.aliases]) {
        const f = fold(name);
        const at = f.indexOf(q);
        if (at === -1) continue;
        const score = (at === 0 ? 0 : f.includes(` ${q}`) ? 1 : 2) + (name === n.label ? 0 : 0.5);
        if (!best || score < best.score) best = { matched: name, score };
      }
      if (best) scored.push({ hit: { node: n, matched: best.matched }, score: best.score });
    }
    return scored
      .sort((a, b) => a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label))
      .slice(0, limit)
      .map((s) => s.hit);
  }

  // Synthetic labels repeat words a lot (many ties), and some nodes get aliases, accented or equal to the label.
  const { graph } = syntheticDataset({ nodes: 2000, edges: 100, seed: 17 });
  const nodes = graph.nodes.map((n, i) =>
    i % 5 === 0
      ? { ...n, aliases: [`Zé ${n.label.split(' ')[0]}`, n.label, `“${n.label.slice(2)}”`] }
      : i % 11 === 0
        ? { ...n, label: `${n.label} ${n.label.split(' ')[0]}` }
        : n,
  );
  const queries = ['a', 'e', 'ka', 'an', 'or', 'ze', 'zé', 'ZE K', '"', 'co', 'n', 'x', 'qq'];

  it('finds, ranks and cuts as sorting every match did, for every limit', () => {
    for (const q of queries)
      for (const limit of [0, 1, 3, 12, 64, 65, 200, Infinity, -1, 2.5]) {
        const expected = searchBySort(nodes, q, limit);
        expect(searchNodes(nodes, q, limit), `${q} / ${limit}`).toEqual(expected);
      }
    expect(searchBySort(nodes, 'a', Infinity).length).toBeGreaterThan(500);
  });

  it('keeps equal matches in the nodes’ order, as a stable sort does', () => {
    const twins = Array.from({ length: 30 }, (_, i) => node(`t${i}`, 'Twin'));
    expect(searchNodes(twins, 'twin', 12).map((h) => h.node.id)).toEqual(
      twins.slice(0, 12).map((n) => n.id),
    );
  });

  it('searches the node list it is given, not an earlier one of the same length', () => {
    const first = [node('a', 'Apple'), node('b', 'Banana')];
    const second = [node('c', 'Cherry'), node('d', 'Date', ['Apple'])];
    expect(labels(searchNodes(first, 'apple'))).toEqual(['Apple']);
    expect(labels(searchNodes(second, 'apple'))).toEqual(['Date']);
    expect(searchNodes(second, 'apple')[0]!.matched).toBe('Apple');
    expect(labels(searchNodes(first, 'date'))).toEqual([]);
  });

  it('folds a list again when it has grown since its last search', () => {
    const list = [node('a', 'Apple')];
    expect(labels(searchNodes(list, 'berry'))).toEqual([]);
    list.push(node('b', 'Blueberry'));
    expect(labels(searchNodes(list, 'berry'))).toEqual(['Blueberry']);
  });
});
