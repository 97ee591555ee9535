import { describe, expect, it } from 'vitest';
import {
  labelsById,
  relationSentence,
  relationsOf,
  splitDisplayed,
} from '../../src/domain/relations';
import { SPHERES } from '../../src/domain/schema';
import { smallGraph } from '../fixtures/small';

const labels = labelsById(smallGraph);
const allEdges = new Set(smallGraph.edges.map((e) => e.id));
const edge = (id: string) => smallGraph.edges.find((e) => e.id === id)!;

describe('relationSentence', () => {
  it('reads the edge in its own direction', () => {
    expect(relationSentence(edge('beta-oil-alpha'), labels)).toBe('Beta exports oil to Alpha');
  });

  it('names a missing end by its id', () => {
    expect(relationSentence({ ...edge('beta-oil-alpha'), target: 'ghost' }, labels)).toBe(
      'Beta exports oil to ghost',
    );
  });
});

describe('relationsOf', () => {
  it('groups a node’s relations by sphere, an edge with two spheres under both', () => {
    const { groups, hidden } = relationsOf(smallGraph, 'alpha', allEdges, SPHERES, labels);
    expect(groups.map((g) => [g.sphere, g.edges.map((e) => e.id)])).toEqual([
      ['political', ['alpha-treaty-beta']],
      ['economic', ['beta-oil-alpha']],
      ['energy', ['beta-oil-alpha']],
    ]);
    expect(hidden).toBe(0);
  });

  it('counts relations that are not displayed and leaves out spheres that are off', () => {
    const displayed = new Set(['alpha-treaty-beta', 'beta-oil-alpha', 'gamma-fields-beta']);
    const { groups, hidden } = relationsOf(
      smallGraph,
      'gamma-oil',
      displayed,
      ['political', 'energy'],
      labels,
    );
    expect(groups.map((g) => g.sphere)).toEqual(['energy']);
    expect(hidden).toBe(1);
  });

  it('sorts relations in a group by their sentence', () => {
    const { groups } = relationsOf(smallGraph, 'beta', allEdges, SPHERES, labels);
    const energy = groups.find((g) => g.sphere === 'energy')!;
    expect(energy.edges.map((e) => relationSentence(e, labels))).toEqual([
      'Beta exports oil to Alpha',
      'Gamma Oil develops fields in Beta',
    ]);
  });
});

describe('splitDisplayed', () => {
  it('keeps displayed references in order and counts the rest', () => {
    const split = splitDisplayed(
      [
        { type: 'node', id: 'gamma-oil' },
        { type: 'edge', id: 'gamma-fields-beta' },
        { type: 'edge', id: 'beta-oil-alpha' },
      ],
      { nodes: new Set(['gamma-oil']), edges: new Set(['beta-oil-alpha']) },
    );
    expect(split.shown.map((r) => r.id)).toEqual(['gamma-oil', 'beta-oil-alpha']);
    expect(split.hidden).toBe(1);
  });
});
