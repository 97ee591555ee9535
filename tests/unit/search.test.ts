import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/schema';
import { fold, searchNodes } from '../../src/domain/search';
import { smallGraph } from '../fixtures/small';

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
