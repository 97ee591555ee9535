import { describe, expect, it } from 'vitest';
import {
  claimSentence,
  labelsById,
  relationSentence,
  relationsOf,
  splitDisplayed,
  splitSupport,
} from '../../../src/domain/relations';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { SPHERES, type Graph, type GraphEdge } from '../../../src/domain/schema';
import { syntheticDataset } from '../../fixtures/synthetic';
import { smallGraph } from '../../fixtures/small';

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

describe('claimSentence', () => {
  const oil = edge('beta-oil-alpha');
  it.each([
    ['author', 'The author argues that Beta exports oil to Alpha.'],
    ['realist', 'From a realist perspective, Beta exports oil to Alpha.'],
    ['liberal', 'From a liberal standpoint, Beta exports oil to Alpha.'],
    ['constructivist', 'From a constructivist point of view, Beta exports oil to Alpha.'],
    ['china', 'The article reports China’s position: Beta exports oil to Alpha.'],
    ['kazakhstan', 'The article reports Kazakhstan’s position: Beta exports oil to Alpha.'],
    ['fact', 'The article reports that Beta exports oil to Alpha.'],
  ] as const)('says whose claim it is: %s', (attribution, sentence) => {
    expect(claimSentence({ ...oil, attribution }, labels)).toBe(sentence);
  });

  it('is the plain sentence for a relation that does not say (an import)', () => {
    const unsaid: GraphEdge = { ...oil };
    delete unsaid.attribution;
    expect(claimSentence(unsaid, labels)).toBe('Beta exports oil to Alpha.');
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

describe('relationsOf on a graph of thousands', () => {
  // The scan it replaces, as a reference: every edge of the graph, filtered by its ends.
  function relationsByScan(
    graph: Graph,
    nodeId: string,
    displayedEdges: ReadonlySet<string>,
    activeSpheres: readonly string[],
    names: ReadonlyMap<string, string>,
  ) {
    const incident = graph.edges.filter((e) => e.source === nodeId || e.target === nodeId);
    const shown = incident
      .filter((e) => displayedEdges.has(e.id))
      .map((edge) => ({ edge, sentence: relationSentence(edge, names) }))
      .sort((a, b) => a.sentence.localeCompare(b.sentence));
    const groups = activeSpheres
      .map((sphere) => ({
        sphere,
        edges: shown.filter((r) => r.edge.domains.includes(sphere)).map((r) => r.edge),
      }))
      .filter((g) => g.edges.length > 0);
    return { groups, hidden: incident.length - shown.length };
  }

  const { graph } = syntheticDataset({ nodes: 1000, edges: 4000, seed: 5 });
  const names = labelsById(graph);

  it('gives every node the relations and hidden count the scan gave, whatever the filters', () => {
    for (const filters of [
      ALL_FILTERS,
      { ...ALL_FILTERS, spheres: ['energy', 'economic'] },
      { ...ALL_FILTERS, statuses: ['proposed' as const] },
    ]) {
      const shown = visibleElements(graph, filters).edges;
      for (const node of graph.nodes)
        expect(relationsOf(graph, node.id, shown, filters.spheres, names)).toEqual(
          relationsByScan(graph, node.id, shown, filters.spheres, names),
        );
    }
  });

  it('counts a self-loop once and follows the graph it is given', () => {
    const loop = {
      ...smallGraph,
      edges: [
        ...smallGraph.edges,
        { ...edge('beta-oil-alpha'), id: 'alpha-self', target: 'alpha' },
      ],
    };
    const withLoop = new Set([...allEdges, 'alpha-self']);
    expect(relationsOf(loop, 'alpha', withLoop, SPHERES, labels)).toEqual(
      relationsByScan(loop, 'alpha', withLoop, SPHERES, labels),
    );
    expect(relationsOf(loop, 'alpha', allEdges, SPHERES, labels).hidden).toBe(1);
    expect(relationsOf(smallGraph, 'alpha', allEdges, SPHERES, labels).hidden).toBe(0);
  });
});

describe('splitSupport', () => {
  it('splits displayed references into nodes and relations, each in order, and counts the rest', () => {
    const split = splitSupport(
      [
        { type: 'node', id: 'gamma-oil' },
        { type: 'node', id: 'beta' },
        { type: 'node', id: 'alpha' },
        { type: 'edge', id: 'gamma-fields-beta' },
        { type: 'edge', id: 'beta-oil-alpha' },
        { type: 'edge', id: 'alpha-treaty-beta' },
      ],
      {
        nodes: new Set(['alpha', 'gamma-oil']),
        edges: new Set(['alpha-treaty-beta', 'beta-oil-alpha', 'gamma-oil']),
      },
    );
    expect(split.nodes.map((r) => r.id)).toEqual(['gamma-oil', 'alpha']);
    expect(split.edges.map((r) => r.id)).toEqual(['beta-oil-alpha', 'alpha-treaty-beta']);
    expect(split.hidden).toBe(2);
  });

  it('keeps a node and an edge that share an id apart', () => {
    const split = splitSupport(
      [
        { type: 'node', id: 'x' },
        { type: 'edge', id: 'x' },
      ],
      { nodes: new Set(), edges: new Set(['x']) },
    );
    expect(split).toEqual({ nodes: [], edges: [{ type: 'edge', id: 'x' }], hidden: 1 });
  });
});
