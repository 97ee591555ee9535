import { ARTICLE_SPHERES } from '../../../src/domain/palette';
// @vitest-environment node
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvColumns,
  countsLine,
  describeView,
  escapeMarkdown,
  evidenceRows,
  shownGraphJson,
  toCsv,
  toMarkdown,
  viewName,
  type EvidenceRow,
} from '../../../src/domain/exportSheet';
import { ALL_FILTERS, neighbourhood, visibleElements } from '../../../src/domain/filters';
import { articleSchema, graphSchema } from '../../../src/domain/schema';
import { smallArticle, smallGraph } from '../../fixtures/small';

const read = (file: string) => readFileSync(resolve(__dirname, '../../../data', file), 'utf8');
const article = articleSchema.parse(JSON.parse(read('article.json')));
const graph = graphSchema.parse(JSON.parse(read('graph.json')));

const noEnergy = { ...ALL_FILTERS, spheres: ['political', 'economic', 'humanitarian'] as const };
const all = visibleElements(graph, ALL_FILTERS);
const withoutEnergy = visibleElements(graph, noEnergy);

const parseCsv = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const asCsvRecord = (row: EvidenceRow) =>
  Object.fromEntries(csvColumns().map(([key, header]) => [header, String(row[key] ?? '')]));

describe('evidenceRows', () => {
  it('has one row per passage of each displayed relation, and none for hidden relations', () => {
    const rows = evidenceRows(article, graph, withoutEnergy);
    const shown = graph.edges.filter((e) => withoutEnergy.edges.has(e.id));
    expect(withoutEnergy.edges.size).toBeLessThan(all.edges.size);
    expect(rows).toHaveLength(shown.reduce((n, e) => n + e.evidence.length, 0));
    expect(new Set(rows.map((r) => r.relationId))).toEqual(withoutEnergy.edges);
    expect(evidenceRows(article, graph, all).length).toBeGreaterThan(rows.length);
  });

  it('carries every quote verbatim from its block, with the block’s section title', () => {
    const blocks = new Map(article.blocks.map((b) => [b.id, b]));
    const titles = new Map(article.sections.map((s) => [s.id, s.title]));
    const rows = evidenceRows(article, graph, all);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const block = blocks.get(row.block)!;
      expect(block.text).toContain(row.quote);
      expect(row.section).toBe(titles.get(block.section));
    }
  });

  it('names the ends by label, joins spheres, and orders relations by sentence and passages by article order', () => {
    const rows = evidenceRows(smallArticle, smallGraph, visibleElements(smallGraph, ALL_FILTERS));
    expect(rows.map((r) => [r.source, r.relation, r.target, r.spheres, r.year])).toEqual([
      ['Alpha', 'signed a treaty with', 'Beta', 'political', 2013],
      ['Beta', 'exports oil to', 'Alpha', 'energy; economic', null],
      ['Delta Group', 'may compete with', 'Gamma Oil', 'economic', null],
      ['Gamma Oil', 'develops fields in', 'Beta', 'energy', null],
    ]);
    expect(rows[0]).toMatchObject({ section: 'Introduction', block: 'p1', status: 'established' });

    const twoPassages = {
      ...smallGraph,
      edges: [
        {
          ...smallGraph.edges[0]!,
          evidence: [
            { block: 'p2', quote: 'Beta exports oil to Alpha.' },
            { block: 'p1', quote: 'Alpha and Beta signed a treaty in 2013.' },
          ],
        },
      ],
    };
    const blocks = evidenceRows(smallArticle, twoPassages, {
      nodes: new Set(),
      edges: new Set(['alpha-treaty-beta']),
    });
    expect(blocks.map((r) => r.block)).toEqual(['p1', 'p2']);
    expect(countsLine(blocks)).toBe('1 relation, 2 passages');
  });
});

describe('toCsv', async () => {
  it('parses back with papaparse to the same rows, under a header row, with CRLF line ends', async () => {
    const rows = evidenceRows(article, graph, withoutEnergy);
    const csv = await toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      csvColumns()
        .map(([, h]) => h)
        .join(','),
    );
    expect(csv).not.toMatch(/(?<!\r)\n/);
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows.map(asCsvRecord));
  });

  it('quotes cells with commas, quotes and line breaks so they survive the round trip', async () => {
    const row: EvidenceRow = {
      source: 'A, "B"',
      relation: 'says\nthat',
      target: 'C',
      spheres: 'political',
      status: 'established',
      attribution: 'author',
      claim: 'The author argues that A, "B" says\nthat C.',
      year: null,
      section: 'S',
      block: 'p1',
      quote: 'the “Community of Shared Future”, a “key” partner',
      relationId: 'a-c',
    };
    expect(parseCsv(await toCsv([row])).data).toEqual([asCsvRecord(row)]);
  });

  it('guards every cell a spreadsheet would run as a formula with a leading apostrophe', async () => {
    const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tTAB', '\rCR', '=1\n+2'];
    const rows = hostile.map<EvidenceRow>((text, i) => ({
      source: text,
      relation: 'r',
      target: 'Safe = fine',
      spheres: 'political',
      status: 'established',
      attribution: '',
      claim: text,
      year: 2013,
      section: 'S',
      block: 'p1',
      quote: text,
      relationId: `e${i}`,
    }));
    const parsed = parseCsv(await toCsv(rows)).data;
    expect(parsed.map((r) => r.Source)).toEqual(hostile.map((t) => `'${t}`));
    expect(parsed.map((r) => r.Quote)).toEqual(hostile.map((t) => `'${t}`));
    expect(parsed.map((r) => r.Target)).toEqual(hostile.map(() => 'Safe = fine'));
    expect(parsed.map((r) => r.Year)).toEqual(hostile.map(() => '2013'));
  });

  it('leaves the shipped quotes untouched: none starts like a formula', async () => {
    const rows = evidenceRows(article, graph, all);
    expect(parseCsv(await toCsv(rows)).data.map((r) => r.Quote)).toEqual(rows.map((r) => r.quote));
  });
});

// CommonMark renders a backslash before ASCII punctuation as that punctuation alone.
const rendered = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('toMarkdown', () => {
  const rows = evidenceRows(smallArticle, smallGraph, visibleElements(smallGraph, ALL_FILTERS));

  it('has a heading, the description, counts, and one section per relation with its quotes', () => {
    const md = toMarkdown(
      rows,
      'A small article',
      'All spheres, kinds, statuses and claims shown.',
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Evidence: A small article');
    expect(md).toContain('All spheres, kinds, statuses and claims shown.');
    expect(md).toContain('4 relations, 4 passages.');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## 1. Alpha signed a treaty with Beta',
      '## 2. Beta exports oil to Alpha',
      '## 3. Delta Group may compete with Gamma Oil',
      '## 4. Gamma Oil develops fields in Beta',
    ]);
    expect(md).toContain('> Alpha and Beta signed a treaty in 2013.\n\n— Introduction, block p1');
    expect(md).toContain(
      '## 1. Alpha signed a treaty with Beta\n\nThe article reports that Alpha signed a treaty with Beta.\n\n*Spheres: political · status: established · whose claim: reported fact · year: 2013*',
    );
    expect(md).toContain('The author argues that Delta Group may compete with Gamma Oil.');
  });

  it('escapes Markdown in labels and quotes so they render exactly as written', () => {
    const hostile = {
      ...rows[0]!,
      source: 'A|B *bold* _em_ <script>',
      target: '[link](http://x) `code` &amp;',
      quote: '# not a heading | 1. not a list *x*',
    };
    const md = toMarkdown([hostile], 'Title with | pipe');
    expect(md).toContain('# Evidence: Title with \\| pipe');
    expect(md).toContain('A\\|B \\*bold\\* \\_em\\_ \\<script\\>');
    expect(md).toContain('\\[link\\](http://x) \\`code\\` \\&amp;');
    expect(md).toContain('> \\# not a heading \\| 1. not a list \\*x\\*');
    expect(md).not.toContain('<script>');
  });

  it('escapes in a way that renders back to the original text', () => {
    for (const text of [
      '1. first',
      '- item',
      '+ plus',
      '= setext',
      '> quote',
      'a_b*c|d<e>f~g`h\\i[j]',
    ])
      expect(rendered(escapeMarkdown(text))).toBe(text);
  });
});

describe('shownGraphJson', () => {
  it('keeps only the displayed nodes and edges, every field intact, and validates as graph.json', () => {
    const json = shownGraphJson(graph, withoutEnergy);
    expect(json).toMatch(/^\{\n {2}"nodes": \[\n/);
    const shown = graphSchema.parse(JSON.parse(json));
    expect(new Set(shown.nodes.map((n) => n.id))).toEqual(withoutEnergy.nodes);
    expect(new Set(shown.edges.map((e) => e.id))).toEqual(withoutEnergy.edges);
    expect(shown.nodes).toEqual(graph.nodes.filter((n) => withoutEnergy.nodes.has(n.id)));
    expect(shown.edges).toEqual(graph.edges.filter((e) => withoutEnergy.edges.has(e.id)));
    expect(shown.nodes.length).toBeLessThan(graph.nodes.length);
  });

  it('follows a focus neighbourhood too', () => {
    const focused = neighbourhood(graph, all, 'kazakhstan', 1);
    const shown = JSON.parse(shownGraphJson(graph, focused));
    expect(shown.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...focused.nodes].sort());
  });
});

describe('describeView and viewName', () => {
  const base = { filters: ALL_FILTERS, selection: null, focusDepth: 0, spheres: ARTICLE_SPHERES };

  it('says nothing is filtered when nothing is', () => {
    expect(describeView(graph, base)).toBe('All spheres, kinds, statuses and claims shown.');
    expect(viewName(base)).toBe('map');
  });

  it('names what is off and the focus', () => {
    const view = {
      filters: {
        ...noEnergy,
        statuses: ['established'] as const,
        attributions: ['author', 'fact'] as const,
      },
      selection: { type: 'node' as const, id: 'kazakhstan' },
      focusDepth: 1,
      spheres: ARTICLE_SPHERES,
    };
    expect(describeView(graph, view)).toBe(
      'Spheres: Political, Economic, Humanitarian (Energy off). Statuses: Established (Proposed, Risk, Contested off). Whose claims: Author’s assessment, Reported fact (Realist reading, Liberal reading, Constructivist reading, China’s position (as reported), Kazakhstan’s position (as reported) off). Focus: within 1 step of Kazakhstan.',
    );
    expect(viewName(view)).toBe('kazakhstan-focus-1-political-economic-humanitarian-filtered');
    expect(viewName({ ...base, filters: { ...ALL_FILTERS, spheres: [] } })).toBe('no-spheres');
  });

  it('speaks of categories, not spheres, for an imported graph’s own', () => {
    const spheres = [
      { id: 'convicts', label: 'convicts', colour: '#000000' },
      { id: 'police', label: 'police', colour: '#ffffff' },
    ];
    const filters = { ...ALL_FILTERS, spheres: ['police'] };
    // An import's relations seldom say whose claims they are: then claims go unmentioned.
    const imported = { ...graph, edges: graph.edges.map(({ attribution: _, ...e }) => e) };
    expect(
      describeView(imported, {
        ...base,
        spheres,
        filters: { ...filters, spheres: ['convicts', 'police'] },
      }),
    ).toBe('All categories, kinds and statuses shown.');
    expect(describeView(graph, { ...base, spheres, filters })).toBe(
      'Categories: police (convicts off).',
    );
  });
});
