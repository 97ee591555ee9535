// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromDataset, parseGraphFile } from '../../../src/domain/formats';
import {
  colouringOf,
  defaultSphereAttribute,
  NO_VALUE,
  recolour,
  sphereAttributeChoices,
  toDataset,
} from '../../../src/domain/importDataset';
import { ARTICLE_SPHERES, EXTRA_COLOURS } from '../../../src/domain/palette';
import { graphSchema, type Article, type Graph } from '../../../src/domain/schema';

const builtGraph: Graph = JSON.parse(readFileSync(resolve('data/graph.json'), 'utf8'));
const builtArticle: Article = JSON.parse(readFileSync(resolve('data/article.json'), 'utf8'));

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g" for="node" attr.name="group" attr.type="string"/>
  <key id="k" for="node" attr.name="kind" attr.type="string"/>
  <key id="d" for="node" attr.name="description" attr.type="string"/>
  <key id="s" for="edge" attr.name="status" attr.type="string"/>
  <key id="r" for="edge" attr.name="relation" attr.type="string"/>
  <key id="w" for="edge" attr.name="attribution" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="g">Alpha Team</data><data key="k">person</data><data key="d">first</data></node>
    <node id="b"><data key="g">Alpha Team</data><data key="k">spaceship</data></node>
    <node id="c"><data key="g">beta/β</data></node>
    <node id="d"><data key="g">beta/β</data></node>
    <node id="e"/>
    <edge id="e1" source="a" target="b"><data key="s">proposed</data><data key="r">trusts</data><data key="w">Author</data></edge>
    <edge id="e2" source="b" target="c"><data key="s">nonsense</data><data key="w">gossip</data></edge>
    <edge id="e3" source="c" target="d"/>
  </graph>
</graphml>`;

const imported = () => parseGraphFile({ name: 'team.graphml', text: GRAPHML }).graph;

describe('toDataset for a plain graph', () => {
  it('makes one sphere per value of the chosen attribute, article colours first, "(none)" last', () => {
    const d = toDataset(imported(), { sphereAttribute: 'group', fileName: 'team.graphml' });
    expect(d.spheres!.map((s) => s.label)).toEqual(['Alpha Team', 'beta/β', NO_VALUE]);
    expect(d.spheres!.map((s) => s.id)).toEqual(['alpha-team', 'beta', 'none']);
    expect(d.spheres![0]!.colour).toBe(ARTICLE_SPHERES[0]!.colour);
    expect(d.spheres![1]!.colour).toBe(ARTICLE_SPHERES[1]!.colour);
    const domainsOf = (id: string) => d.graph.nodes.find((n) => n.id === id)!.domains;
    expect(domainsOf('a')).toEqual(['alpha-team']);
    expect(domainsOf('c')).toEqual(['beta']);
    expect(domainsOf('e')).toEqual(['none']);
  });

  it('gives an edge without the attribute the spheres of its two ends', () => {
    const d = toDataset(imported(), { sphereAttribute: 'group', fileName: 'team.graphml' });
    const edge = (id: string) => d.graph.edges.find((e) => e.id === id)!;
    expect(edge('e1').domains).toEqual(['alpha-team']);
    expect(edge('e2').domains).toEqual(['alpha-team', 'beta']);
  });

  it('puts everything in one sphere "All" without a chosen attribute', () => {
    const d = toDataset(imported(), { sphereAttribute: null, fileName: 'team.graphml' });
    expect(d.spheres!.map((s) => s.label)).toEqual(['All']);
    expect(new Set([...d.graph.nodes, ...d.graph.edges].flatMap((x) => x.domains))).toEqual(
      new Set(['all']),
    );
  });

  it('takes kind, status, relation and summary from attributes, with neutral defaults', () => {
    const d = toDataset(imported(), { sphereAttribute: null, fileName: 'team.graphml' });
    const [a, b] = d.graph.nodes;
    expect(a).toMatchObject({ label: 'a', kind: 'person', summary: 'first', evidence: [] });
    expect(b).toMatchObject({ kind: 'other', summary: '' });
    const [e1, e2, e3] = d.graph.edges;
    expect(e1).toMatchObject({ relation: 'trusts', status: 'proposed', evidence: [] });
    expect(e2).toMatchObject({ relation: 'is linked to', status: 'established' });
    expect(e3!.year).toBeNull();
    // Whose claim, when said in our words; otherwise not made up.
    expect(e1!.attribution).toBe('author');
    expect(e2).not.toHaveProperty('attribution');
    expect(e3).not.toHaveProperty('attribution');
  });

  it('gives an empty article named after the file, and no positions when the file has none', () => {
    const d = toDataset(imported(), { sphereAttribute: null, fileName: 'team.graphml' });
    expect(d.article).toMatchObject({ id: 'imported', title: 'team.graphml', blocks: [] });
    expect(d.positions).toEqual({});
  });

  it('uses colours beyond the article’s four for many values', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => `${i},g${i}`).join('\n');
    const many = parseGraphFile({
      name: 'e.csv',
      text: 'source,target\n0,1\n',
      nodes: { name: 'nodes.csv', text: `id,grp\n${nodes}\n` },
    }).graph;
    const d = toDataset(many, { sphereAttribute: 'grp', fileName: 'e.csv' });
    expect(d.spheres!.map((s) => s.colour)[4]).toBe(EXTRA_COLOURS[0]);
  });

  it('keeps positions when the file places every node', () => {
    const json = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: 'x' }, position: { x: 1, y: 2 } },
          { data: { id: 'y' }, position: { x: 3, y: 4 } },
        ],
        edges: [{ data: { id: 'xy', source: 'x', target: 'y' } }],
      },
    });
    const g = parseGraphFile({ name: 'g.cyjs', text: json }).graph;
    const d = toDataset(g, { sphereAttribute: null, fileName: 'g.cyjs' });
    expect(d.positions).toEqual({ x: { x: 1, y: 2 }, y: { x: 3, y: 4 } });
  });

  it('survives attribute bags that lost their null prototype (after postMessage)', () => {
    const g = structuredClone(imported());
    const d = toDataset(g, { sphereAttribute: 'group', fileName: 'team.graphml' });
    expect(d.graph.nodes[0]!.domains).toEqual(['alpha-team']);
  });
});

describe('toDataset for a Silkgraph graph', () => {
  it('keeps the graph, its article and its spheres when the file carries them all', () => {
    const g = fromDataset(builtGraph, builtArticle);
    const d = toDataset(g, { sphereAttribute: 'domains', fileName: 'x.json' });
    expect(d.graph).toBe(builtGraph);
    expect(d.article).toBe(builtArticle);
    expect(d.spheres).toBe(ARTICLE_SPHERES);
    expect(graphSchema.safeParse(d.graph).success).toBe(true);
  });

  it('restores spheres and evidence from a GEXF export of the built-in graph', async () => {
    const { writeGraphFile } = await import('../../../src/domain/formats');
    const text = writeGraphFile('gexf', fromDataset(builtGraph, builtArticle));
    const g = parseGraphFile({ name: 'x.gexf', text }).graph;
    const d = toDataset(g, { sphereAttribute: null, fileName: 'x.gexf' });
    expect(d.graph.nodes).toHaveLength(builtGraph.nodes.length);
    expect(d.graph.nodes[0]!.evidence.length).toBeGreaterThan(0);
    expect(d.spheres).toBe(ARTICLE_SPHERES);
    expect(d.article.blocks).toEqual([]);
    // Whose claim each relation is, and the names the text does not use, come back too.
    expect(d.graph.edges.map((e) => e.attribution)).toEqual(
      builtGraph.edges.map((e) => e.attribution),
    );
    expect(d.graph.nodes.map((n) => n.otherNames)).toEqual(
      builtGraph.nodes.map((n) => n.otherNames),
    );
  });
});

describe('choosing the attribute', () => {
  it('offers categorical attributes and prefers a group-like one', () => {
    const g = imported();
    expect(sphereAttributeChoices(g)).toContain('group');
    expect(defaultSphereAttribute(g)).toBe('group');
    expect(defaultSphereAttribute(fromDataset(builtGraph))).toBeNull();
  });
});

describe('colouringOf and recolour: another attribute without the file', () => {
  // Every fixture that is not a Silkgraph graph, with an edge attribute in the CSV edge list.
  const fixtures: [string, string][] = [
    ['team.graphml', GRAPHML],
    ...[
      'formats/gephi.gexf',
      'formats/yed.graphml',
      'formats/networkx.graphml',
      'formats/cytoscape-desktop.cyjs',
      'formats/networkx-node-link.json',
      'formats/edges.csv',
      'import/small.gexf',
      'import/small.csv',
    ].map((f): [string, string] => [f, readFileSync(resolve('tests/fixtures', f), 'utf8')]),
  ];

  it.each(fixtures)(
    '%s: recolouring any dataset by any choice gives toDataset’s dataset',
    (name, text) => {
      const graph = parseGraphFile({ name, text }).graph;
      const choices = [null, ...sphereAttributeChoices(graph)];
      for (const from of choices)
        for (const to of choices) {
          const made = toDataset(graph, { sphereAttribute: from, fileName: name });
          const expected = toDataset(graph, { sphereAttribute: to, fileName: name });
          // Through structuredClone, as the colouring comes from the import worker.
          const again = recolour(made, structuredClone(colouringOf(graph, to)));
          expect(again).toEqual(expected);
          expect(JSON.stringify(again)).toBe(JSON.stringify(expected));
        }
    },
  );

  it('the fixtures offer choices, and one colours edges by their own values', () => {
    const counts = fixtures.map(([name, text]) =>
      sphereAttributeChoices(parseGraphFile({ name, text }).graph),
    );
    expect(counts.filter((c) => c.length > 1).length).toBeGreaterThan(0);
    const withEdgeColours = fixtures.some(([name, text]) => {
      const graph = parseGraphFile({ name, text }).graph;
      return sphereAttributeChoices(graph).some((a) => colouringOf(graph, a).edges !== null);
    });
    expect(withEdgeColours).toBe(true);
  });

  it('names each element’s sphere by index, and leaves edges to their ends when they lack the attribute', () => {
    const c = colouringOf(imported(), 'group');
    expect(c.spheres.map((s) => s.label)).toEqual(['Alpha Team', 'beta/β', NO_VALUE]);
    expect([...c.nodes]).toEqual([0, 0, 1, 1, 2]);
    expect(c.edges).toBeNull();
    expect(colouringOf(imported(), null).spheres.map((s) => s.label)).toEqual(['All']);
  });

  it('refuses the colouring of another graph', () => {
    const other = parseGraphFile({
      name: 'x.graphml',
      text: GRAPHML.replace('<node id="e"/>', ''),
    }).graph;
    const d = toDataset(imported(), { sphereAttribute: 'group', fileName: 'team.graphml' });
    expect(() => recolour(d, colouringOf(other, 'group'))).toThrow(/another graph/);
  });
});

describe('toDataset and names from the file', () => {
  it('keeps the position of a node called __proto__', () => {
    const text = `<gexf><graph><nodes>
      <node id="__proto__" label="P"><viz:position x="10" y="20"/></node>
      <node id="b" label="B"><viz:position x="30" y="40"/></node>
    </nodes></graph></gexf>`;
    const imported = parseGraphFile({ name: 'p.gexf', text }).graph;
    const { positions } = toDataset(imported, { sphereAttribute: null, fileName: 'p.gexf' });
    expect(Object.hasOwn(positions, '__proto__')).toBe(true);
    expect(positions['__proto__' as string]).toEqual({ x: 10, y: -20 });
    expect(Object.getPrototypeOf(positions)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
