// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportGraphFiles,
  FORMAT_IDS,
  fromDataset,
  ImportError,
  parseGraphFile,
  parseGraphFiles,
  writeGraphFile,
} from '../../../../src/domain/formats';
import type { Article, Graph, Positions } from '../../../../src/domain/schema';
import { errorOf, essence, parseFixture } from './fixtures';

const read = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../../data', file), 'utf8'));
const graph = read('graph.json') as Graph;
const article = read('article.json') as Article;
const positions = read('positions.json') as Positions;

const parse = (value: unknown) =>
  parseGraphFile({ name: 'silkgraph.json', text: JSON.stringify(value, null, 2) });

describe('Silkgraph JSON', () => {
  it('reads data/graph.json as it is, keeping the full graph', () => {
    const { graph: imported, report } = parseGraphFile({
      name: 'graph.json',
      text: readFileSync(resolve(__dirname, '../../../../data/graph.json'), 'utf8'),
    });
    expect(report).toMatchObject({
      format: 'silkgraph-json',
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      repairs: [],
    });
    expect(imported.silkgraph).toEqual(graph);
    expect(imported.nodes[0]).toMatchObject({ id: 'china', label: 'China' });
    expect(imported.nodes[0]!.attrs.domains).toBe('political|economic|energy|humanitarian');
    expect(imported.edges[0]!.label).toBe(graph.edges[0]!.relation);
    // The map's 13 kinds of node are more than a colouring can tell apart (MAX_CATEGORIES); the
    // status and whose claim a relation is are categories to colour by.
    for (const name of ['status', 'attribution'])
      expect(report.attributes.edges.find((a) => a.name === name)).toMatchObject({
        type: 'string',
        categorical: true,
      });
  });

  it('reads it with its article and positions, validated together', () => {
    const { graph: imported } = parse({ ...graph, article, positions });
    expect(imported.article).toEqual(article);
    expect(imported.positions.china).toEqual(positions.china);
  });

  it('refuses a quote that is not in its block, naming the JSON path', () => {
    const tampered = structuredClone(graph);
    tampered.nodes[2]!.evidence[0]!.quote = 'Russia annexed the moon';
    const error = errorOf(() => parse({ ...tampered, article })) as ImportError;
    expect(error.message).toMatch(
      /^Silkgraph JSON: \$\.nodes\[2\]\.evidence\[0\]\.quote: quote not found in block "p26"/,
    );
  });

  it('refuses schema problems and dangling edges without an article, listing each', () => {
    const tampered = structuredClone(graph);
    (tampered.nodes[0] as { kind: string }).kind = 'empire';
    tampered.edges[1]!.target = 'atlantis';
    expect(errorOf(() => parse(tampered)).message).toMatch(
      /^Silkgraph JSON: \$\.nodes\[0\]\.kind:/,
    );
    const dangling = structuredClone(graph);
    dangling.edges[1]!.target = 'atlantis';
    const error = errorOf(() => parse(dangling)) as ImportError;
    expect(error.details).toEqual(['$.edges[1].target: dangling target "atlantis" (no such node)']);
  });

  it('writes the graph, article and positions back as they were', () => {
    const dataset = fromDataset(graph, article, positions);
    const written = JSON.parse(writeGraphFile('silkgraph-json', dataset));
    expect(written).toEqual({ ...graph, article, positions });
  });

  it('refuses to write a graph that has no evidence', () => {
    const plain = parseFixture('gephi.gexf').graph;
    expect(errorOf(() => writeGraphFile('silkgraph-json', plain)).message).toMatch(
      /^Silkgraph JSON: this graph lacks what Silkgraph JSON requires .*: export it as GEXF/,
    );
  });
});

describe('the Silkgraph dataset through every format', () => {
  const dataset = fromDataset(graph, article, positions);

  it.each(FORMAT_IDS)(
    '%s keeps nodes, edges, attributes, positions, evidence and all',
    (format) => {
      const [main, nodes] = exportGraphFiles(format, dataset, 'silkgraph');
      const back = parseGraphFiles(nodes ? [main!, nodes] : [main!]);
      expect(back.report.repairs).toEqual([]);
      expect(essence(back.graph)).toEqual(essence(dataset));
      expect(back.graph.silkgraph).toEqual(graph);
      if (format !== 'silkgraph-json')
        expect(back.report.notes).toContain(
          'The file carries Silkgraph spheres, kinds and evidence: they were restored.',
        );
    },
  );
});

describe('Silkgraph JSON ids and spheres', () => {
  const small = () => ({ nodes: graph.nodes.slice(0, 3), edges: [] as Graph['edges'] });

  it('refuses an edge whose id is a node’s, which would take the node’s place on the map', () => {
    const [a, b] = graph.nodes;
    const edge = { ...graph.edges[0]!, id: a!.id, source: a!.id, target: b!.id };
    const error = errorOf(() => parse({ ...small(), edges: [edge] })) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/\$\.edges\[0\]\.id: edge id ".+" is also a node's id/);
  });

  it('says when the file uses spheres of its own', () => {
    const g = small();
    g.nodes = g.nodes.map((n, i) => (i ? n : { ...n, domains: ['maritime'] }));
    expect(parse(g).report.notes).toContain(
      "Spheres other than the article's four (maritime): the map colours and filters by the file's own spheres.",
    );
  });
});
