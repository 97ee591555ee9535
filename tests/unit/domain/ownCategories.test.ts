import { describe, expect, it } from 'vitest';
import { followCategories } from '../../../src/features/authoring/categories/followFilters';
import { decodeView, encodeView, DEFAULT_VIEW } from '../../../src/domain/urlState';
import { validateDataset } from '../../../src/domain/validate';
import { validateTour } from '../../../src/domain/tour';
import { evidenceRows, shownGraphJson, toCsv, toMarkdown } from '../../../src/domain/exportSheet';
import { legendOf } from '../../../src/domain/legend';
import { wordingOf } from '../../../src/domain/wording';
import { visibleElements, allFilters } from '../../../src/domain/filters';
import { smallArticle, smallGraph } from '../../fixtures/small';
import { ownCategories, ownGraph } from '../../fixtures/ownCategories';

const ids = ownCategories.map((c) => c.id);

describe('a map with categories of its own', () => {
  it('validates against its categories, not the article’s spheres', () => {
    const rules = { attribution: true, categories: ids };
    expect(validateDataset(smallArticle, ownGraph, undefined, rules)).toEqual([]);
    // Without its categories the article's four are expected, and the own ones are unknown.
    expect(validateDataset(smallArticle, ownGraph).length).toBeGreaterThan(0);
    // The article itself is checked as before.
    expect(validateDataset(smallArticle, smallGraph)).toEqual([]);
  });

  it('names a category the map lacks, where, and which it has', () => {
    const graph = structuredClone(ownGraph);
    (graph.nodes[2]!.domains as string[]) = ['fields', 'weather'];
    const problems = validateDataset(smallArticle, graph, undefined, {
      attribution: true,
      categories: ids,
    });
    expect(problems).toEqual([
      {
        file: 'data/graph.json',
        path: '$.nodes[2].domains[1]',
        message: 'unknown category "weather" (expected one of diplomacy, trade-routes, fields)',
      },
    ]);
  });

  it('still needs every node and relation in at least one category', () => {
    const graph = structuredClone(ownGraph);
    (graph.edges[0]!.domains as string[]) = [];
    const problems = validateDataset(smallArticle, graph, undefined, {
      attribution: true,
      categories: ids,
    });
    expect(problems.map((p) => p.path)).toEqual(['$.edges[0].domains']);
  });

  it('checks a tour’s categories against the map’s', () => {
    const tour = {
      title: 'T',
      steps: [
        {
          id: 'a',
          title: 'A',
          caption: 'c',
          spheres: ['fields'],
          focus: ['alpha'],
          blocks: ['p1'],
        },
        {
          id: 'b',
          title: 'B',
          caption: 'c',
          spheres: ['energy'],
          focus: ['alpha'],
          blocks: ['p1'],
        },
      ],
    };
    expect(validateTour(tour, smallArticle, ownGraph, 'tour', ids)).toEqual([
      { file: 'tour', path: '$.steps[1].spheres[0]', message: 'unknown category "energy"' },
    ]);
  });

  it('writes and reads its categories in a link, and drops the article’s', () => {
    const view = { ...DEFAULT_VIEW, filters: { ...allFilters(ids), spheres: ['fields'] } };
    const hash = encodeView(view, ids);
    expect(hash).toBe('spheres=fields');
    expect(decodeView(hash, ownGraph, new Set(), ids).view.filters.spheres).toEqual(['fields']);
    const { view: read, notices } = decodeView(
      'spheres=trade-routes,energy',
      ownGraph,
      new Set(),
      ids,
    );
    expect(read.filters.spheres).toEqual(['trade-routes']);
    expect(notices).toEqual(['Ignored unknown spheres in the link: energy.']);
    // All of them on is the default, left out of the link.
    expect(encodeView({ ...DEFAULT_VIEW, filters: allFilters(ids) }, ids)).toBe('');
  });

  it('filters by its categories', () => {
    const shown = visibleElements(ownGraph, { ...allFilters(ids), spheres: ['diplomacy'] });
    expect([...shown.edges]).toEqual(['alpha-treaty-beta']);
    expect(shown.nodes.has('lonely')).toBe(true);
    expect(shown.nodes.has('delta')).toBe(false);
  });

  it('is called categories in the legend and the filters', () => {
    expect(wordingOf(smallArticle, ownCategories).categories).toBe('Categories');
    const legend = legendOf(ownGraph, ownCategories, 'category');
    expect(legend.spheres.map((s) => s.label)).toEqual(['Diplomacy', 'Trade routes', 'Fields']);
    expect(legend.pie).toBe('Pie inside a node: its categories, a slice each');
  });

  it('names its categories in the evidence sheet; the article keeps its sphere ids', async () => {
    const all = {
      nodes: new Set(ownGraph.nodes.map((n) => n.id)),
      edges: new Set(ownGraph.edges.map((e) => e.id)),
    };
    const rows = evidenceRows(smallArticle, ownGraph, all, ownCategories);
    const oil = rows.find((r) => r.relationId === 'beta-oil-alpha')!;
    expect(oil.spheres).toBe('Fields; Trade routes');
    const csv = await toCsv(rows, 'Categories');
    expect(csv.split('\r\n')[0]).toContain(',Categories,');
    expect(toMarkdown(rows, 'T', '', 'Categories')).toContain(
      '*Categories: Fields; Trade routes · status',
    );
    const article = evidenceRows(smallArticle, smallGraph, all);
    expect(article.find((r) => r.relationId === 'beta-oil-alpha')!.spheres).toBe(
      'energy; economic',
    );
    expect((await toCsv(article)).split('\r\n')[0]).toContain(',Spheres,');
  });

  it('carries its categories in the shown graph’s JSON', () => {
    const all = { nodes: new Set(['alpha']), edges: new Set<string>() };
    const json = JSON.parse(shownGraphJson(ownGraph, all, ownCategories)) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ silkgraph: 2, categories: ownCategories });
    expect(Object.keys(JSON.parse(shownGraphJson(smallGraph, all)) as object)).toEqual([
      'nodes',
      'edges',
    ]);
  });
});

describe('followCategories', () => {
  it('keeps those shown, shows a new one, lets a deleted one go, in the new order', () => {
    expect(followCategories(['a', 'c'], ['a', 'b', 'c'], ['c', 'b', 'a', 'd'])).toEqual([
      'c',
      'a',
      'd',
    ]);
    expect(followCategories(['a', 'b'], ['a', 'b'], ['b'])).toEqual(['b']);
    expect(followCategories([], ['a', 'b'], ['a', 'b', 'c'])).toEqual(['c']);
  });
});
