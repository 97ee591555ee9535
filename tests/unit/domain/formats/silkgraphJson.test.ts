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
import { toDataset } from '../../../../src/domain/importDataset';
import { ARTICLE_SPHERES } from '../../../../src/domain/palette';
import type { Article, Graph, Positions } from '../../../../src/domain/schema';
import type { Tour } from '../../../../src/domain/tour';
import { errorOf, essence, parseFixture } from './fixtures';

const read = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../../data', file), 'utf8'));
const graph = read('graph.json') as Graph;
const article = read('article.json') as Article;
const positions = read('positions.json') as Positions;
const tour = read('tour.json') as Tour;

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
    expect(written).toEqual({ silkgraph: 2, ...graph, article, positions });
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

describe('Silkgraph map files (version 2)', () => {
  const mapFile = (extra: Record<string, unknown> = {}) => ({
    ...JSON.parse(
      writeGraphFile(
        'silkgraph-json',
        fromDataset(graph, article, positions, { categories: ARTICLE_SPHERES, tour }),
      ),
    ),
    ...extra,
  });

  it('write the version first, then the categories, the graph, the text, positions and tour', () => {
    const file = mapFile();
    expect(Object.keys(file)).toEqual([
      'silkgraph',
      'categories',
      'nodes',
      'edges',
      'article',
      'positions',
      'tour',
    ]);
    expect(file.silkgraph).toBe(2);
  });

  it('open as the same map: text, graph, positions, categories and tour', () => {
    const { graph: read, report } = parse(mapFile());
    expect(report.repairs).toEqual([]);
    const dataset = toDataset(read, { sphereAttribute: null, fileName: 'map.json' });
    expect(dataset).toEqual({ article, graph, positions, spheres: ARTICLE_SPHERES, tour });
  });

  it('keep categories of their own, with their names and colours', () => {
    const categories = [
      { id: 'trade', label: 'Trade', colour: '#aa3300' },
      { id: 'security', label: 'Security', colour: '#0033aa' },
    ];
    const small: Graph = {
      nodes: graph.nodes.slice(0, 2).map((n, i) => ({ ...n, domains: [categories[i]!.id] })),
      edges: [],
    };
    const file = JSON.parse(
      writeGraphFile('silkgraph-json', fromDataset(small, undefined, undefined, { categories })),
    );
    const { graph: read, report } = parse(file);
    expect(report.notes.join(' ')).not.toMatch(/Spheres other than/);
    expect(toDataset(read, { sphereAttribute: null, fileName: 'x.json' }).spheres).toEqual(
      categories,
    );
  });

  it('still open when written before versions (version 1), ignoring keys that were never ours', () => {
    const v1 = mapFile({ tour: 'not ours then' });
    delete v1.silkgraph;
    const { graph: read, report } = parse(v1);
    expect(report.notes[0]).toMatch(/^Ignored unknown top-level keys: .*categories.*tour/);
    expect(read.map).toBeUndefined();
    expect(read.silkgraph).toEqual(graph);
  });

  it('from a newer Silkgraph are refused, saying which version and what to do', () => {
    expect(errorOf(() => parse(mapFile({ silkgraph: 3 }))).message).toBe(
      'Silkgraph JSON: this map was saved by a newer Silkgraph (map format version 3); this one reads versions 1 to 2. Open it in the newer Silkgraph, or update this one.',
    );
    expect(errorOf(() => parse(mapFile({ silkgraph: '2' }))).message).toBe(
      'Silkgraph JSON: $.silkgraph: expected the map format\'s version, a whole number, not "2"',
    );
  });

  it('with broken categories are refused, naming the path', () => {
    const broken = [
      [{ id: 'political', label: 'Political', colour: 'red' }],
      ARTICLE_SPHERES.slice(1),
      [...ARTICLE_SPHERES, ARTICLE_SPHERES[0]],
    ];
    const messages = broken.map((categories) => errorOf(() => parse(mapFile({ categories }))));
    expect(messages[0]!.message).toBe(
      'Silkgraph JSON: $.categories[0].colour: expected a colour such as "#1f77b4"',
    );
    expect(messages[1]!.message).toMatch(
      /^Silkgraph JSON: \d+ problems, the first: \$\.nodes\[0\]\.domains\[0\]: category "political" is not among the file's categories$/,
    );
    expect(messages[2]!.message).toBe(
      'Silkgraph JSON: $.categories[4].id: duplicate category id "political"',
    );
  });

  it('keep an authored tour’s views (filters, selection, focus depth, frame) as written', () => {
    const authored: Tour = {
      title: 'Mine',
      steps: [
        {
          ...tour.steps[0]!,
          kinds: ['state'],
          statuses: ['established'],
          attributions: ['fact'],
          selection: { type: 'node', id: 'china' },
          focusDepth: 2,
          frame: ['china', 'kazakhstan'],
        },
        tour.steps[1]!,
      ],
    };
    const { graph: read } = parse(mapFile({ tour: authored }));
    const dataset = toDataset(read, { sphereAttribute: null, fileName: 'map.json' });
    expect(dataset.tour).toEqual(authored);
    const wrong = { ...authored, steps: [{ ...authored.steps[0]!, frame: ['atlantis'] }] };
    expect(errorOf(() => parse(mapFile({ tour: wrong }))).message).toBe(
      'Silkgraph JSON: $.tour.steps[0].frame[0]: unknown node or edge id "atlantis"',
    );
  });

  it('with a tour that does not fit the map are refused, naming the step', () => {
    const steps = tour.steps.map((step, i) => (i === 2 ? { ...step, focus: ['atlantis'] } : step));
    expect(errorOf(() => parse(mapFile({ tour: { ...tour, steps } }))).message).toBe(
      'Silkgraph JSON: $.tour.steps[2].focus[0]: unknown node or edge id "atlantis"',
    );
    const textless = mapFile();
    delete textless.article;
    expect(errorOf(() => parse(textless)).message).toBe(
      'Silkgraph JSON: $.tour: a tour needs the text it walks through',
    );
  });
});
