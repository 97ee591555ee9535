import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import {
  elementsByBlock,
  findElement,
  type ElementRef,
  type Selection,
} from '../../../src/domain/evidence';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { activateLanguage, loadCatalogue } from '../../../src/i18n';
import {
  markedBlocks,
  passageNames,
  readerRuns,
  selectionHighlight,
} from '../../../src/domain/reader';
import type { Article, Graph } from '../../../src/domain/schema';
import { syntheticDataset } from '../../fixtures/synthetic';
import { smallArticle, smallGraph } from '../../fixtures/small';

const realArticle = articleJson as unknown as Article;
const allShown = visibleElements(smallGraph, ALL_FILTERS);
const byBlock = elementsByBlock(smallGraph);

describe('readerRuns', () => {
  it('labels only a section that opens without a heading, and keeps blocks in order', () => {
    const runs = readerRuns(smallArticle);
    expect(
      runs.map((r) =>
        r.kind === 'block' ? r.block.id : r.kind === 'label' ? `label:${r.title}` : 'list',
      ),
    ).toEqual(['label:Introduction', 'p1', 'h1', 'p2', 'p3']);
  });

  it('puts consecutive list items in one list and starts a new list after other blocks', () => {
    const li = (id: string) => ({ id, type: 'list-item' as const, section: 'energy', text: id });
    const article: Article = {
      ...smallArticle,
      blocks: [...smallArticle.blocks, li('li1'), li('li2'), smallArticle.blocks[0]!, li('li3')],
    };
    const lists = readerRuns(article).filter((r) => r.kind === 'list');
    expect(lists.map((r) => r.blocks.map((b) => b.id))).toEqual([['li1', 'li2'], ['li3']]);
  });

  it('renders the real article as 46 blocks with its six numbered items in one list', () => {
    const runs = readerRuns(realArticle);
    const blocks = runs.flatMap((r) =>
      r.kind === 'block' ? [r.block] : r.kind === 'list' ? r.blocks : [],
    );
    expect(blocks.map((b) => b.id)).toEqual(realArticle.blocks.map((b) => b.id));
    const lists = runs.filter((r) => r.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.blocks.map((b) => b.text.slice(0, 3))).toEqual([
      '1) ',
      '2) ',
      '3) ',
      '4) ',
      '5) ',
      '6) ',
    ]);
    expect(runs.filter((r) => r.kind === 'label').map((r) => r.title)).toEqual(['Introduction']);
  });
});

describe('markedBlocks', () => {
  it('marks every block with evidence of a displayed element, in article order', () => {
    const marked = markedBlocks(smallArticle, byBlock, allShown);
    expect([...marked.keys()]).toEqual(['p1', 'p2', 'p3']);
    expect(
      marked
        .get('p2')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['beta-oil-alpha', 'gamma-fields-beta', 'gamma-oil']);
  });

  it('follows the filters: hidden elements neither mark nor count', () => {
    const noEnergy = visibleElements(smallGraph, {
      ...ALL_FILTERS,
      spheres: ['political', 'economic', 'humanitarian'],
    });
    expect(
      markedBlocks(smallArticle, byBlock, noEnergy)
        .get('p2')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['beta-oil-alpha', 'gamma-oil']);
    const nothing = visibleElements(smallGraph, { ...ALL_FILTERS, spheres: [] });
    expect(markedBlocks(smallArticle, byBlock, nothing).size).toBe(0);
  });

  it('ignores evidence that points at a block the article lacks', () => {
    const stray = new Map([...byBlock, ['p99', [{ type: 'node' as const, id: 'alpha' }]]]);
    expect(markedBlocks(smallArticle, stray, allShown).has('p99')).toBe(false);
  });
});

describe('selectionHighlight', () => {
  const marked = markedBlocks(smallArticle, byBlock, allShown);

  it('lights up nothing without a selection', () => {
    expect(selectionHighlight(smallArticle, smallGraph, null, marked).size).toBe(0);
  });

  it('lights up the blocks of a node’s evidence with its quotes', () => {
    const lit = selectionHighlight(
      smallArticle,
      smallGraph,
      { type: 'node', id: 'gamma-oil' },
      marked,
    );
    expect([...lit]).toEqual([['p2', ['The company Gamma Oil develops fields in Beta.']]]);
  });

  it('lights up an edge’s evidence only, not its neighbours’ in the same block', () => {
    const lit = selectionHighlight(
      smallArticle,
      smallGraph,
      { type: 'edge', id: 'beta-oil-alpha' },
      marked,
    );
    expect([...lit]).toEqual([['p2', ['Beta exports oil to Alpha.']]]);
  });

  it('orders the blocks as the article does, whatever the evidence order', () => {
    const graph = {
      ...smallGraph,
      nodes: [
        {
          ...smallGraph.nodes[0]!,
          evidence: [
            { block: 'p3', quote: 'Delta Group' },
            { block: 'p1', quote: 'Alphaville' },
          ],
        },
      ],
    };
    const lit = selectionHighlight(smallArticle, graph, { type: 'node', id: 'alpha' }, marked);
    expect([...lit.keys()]).toEqual(['p1', 'p3']);
  });

  it('lights up a passage with the distinct quotes of the displayed elements it supports', () => {
    const lit = selectionHighlight(smallArticle, smallGraph, { type: 'passage', id: 'p2' }, marked);
    expect([...lit.keys()]).toEqual(['p2']);
    expect(lit.get('p2')?.sort()).toEqual([
      'Beta exports oil to Alpha.',
      'The company Gamma Oil develops fields in Beta.',
    ]);
    const p1 = selectionHighlight(smallArticle, smallGraph, { type: 'passage', id: 'p1' }, marked);
    expect(p1.get('p1')).toEqual(['Alpha and Beta signed a treaty in 2013.']);
  });

  it('still lights up a passage whose elements are all hidden, with nothing to mark', () => {
    const lit = selectionHighlight(
      smallArticle,
      smallGraph,
      { type: 'passage', id: 'h1' },
      new Map(),
    );
    expect([...lit]).toEqual([['h1', []]]);
  });

  it('lights up nothing for an unknown element or block', () => {
    expect(
      selectionHighlight(smallArticle, smallGraph, { type: 'node', id: 'nobody' }, marked).size,
    ).toBe(0);
    expect(
      selectionHighlight(smallArticle, smallGraph, { type: 'passage', id: 'p99' }, marked).size,
    ).toBe(0);
  });
});

describe('selectionHighlight on a graph of thousands', () => {
  // The linear search it replaces, as a reference: findElement for each element the passage supports.
  function highlightByScan(
    article: Article,
    graph: Graph,
    selection: Selection,
    marked: ReadonlyMap<string, readonly ElementRef[]>,
  ) {
    const quotes = new Map<string, string[]>();
    const add = (block: string, quote: string) => {
      const list = quotes.get(block) ?? [];
      if (!list.includes(quote)) list.push(quote);
      quotes.set(block, list);
    };
    if (selection.type === 'passage') {
      quotes.set(selection.id, []);
      for (const ref of marked.get(selection.id) ?? [])
        for (const ev of findElement(graph, ref)?.evidence ?? [])
          if (ev.block === selection.id) add(ev.block, ev.quote);
    } else for (const ev of findElement(graph, selection)?.evidence ?? []) add(ev.block, ev.quote);
    return new Map(
      article.blocks.flatMap((b) => (quotes.has(b.id) ? [[b.id, quotes.get(b.id)!]] : [])),
    );
  }

  const { article, graph } = syntheticDataset({ nodes: 1000, edges: 4000, seed: 3 });
  const blocks = elementsByBlock(graph);
  const filterStates = [
    ALL_FILTERS,
    { ...ALL_FILTERS, spheres: ['political', 'humanitarian'] },
    { ...ALL_FILTERS, kinds: ALL_FILTERS.kinds.filter((k) => k !== 'company') },
  ];

  it('lights up every passage as the linear search did, whatever the filters', () => {
    for (const filters of filterStates) {
      const marked = markedBlocks(article, blocks, visibleElements(graph, filters));
      for (const block of article.blocks) {
        const selection = { type: 'passage' as const, id: block.id };
        expect(selectionHighlight(article, graph, selection, marked)).toEqual(
          highlightByScan(article, graph, selection, marked),
        );
      }
    }
  });

  it('lights up the evidence of nodes and edges as the linear search did', () => {
    const marked = markedBlocks(article, blocks, visibleElements(graph, ALL_FILTERS));
    const refs: Selection[] = [
      ...graph.nodes
        .filter((_, i) => i % 7 === 0)
        .map((n) => ({ type: 'node' as const, id: n.id })),
      ...graph.edges
        .filter((_, i) => i % 29 === 0)
        .map((e) => ({ type: 'edge' as const, id: e.id })),
    ];
    for (const selection of refs)
      expect(selectionHighlight(article, graph, selection, marked)).toEqual(
        highlightByScan(article, graph, selection, marked),
      );
  });

  it('reads the evidence of the graph it is given, not of an earlier graph with the same ids', () => {
    const marked = markedBlocks(smallArticle, byBlock, allShown);
    const first = selectionHighlight(
      smallArticle,
      smallGraph,
      { type: 'node', id: 'beta' },
      marked,
    );
    expect([...first.keys()]).toEqual(['p1']);
    const moved = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) =>
        n.id === 'beta' ? { ...n, evidence: [{ block: 'p3', quote: 'for Beta' }] } : n,
      ),
    };
    expect([
      ...selectionHighlight(smallArticle, moved, { type: 'node', id: 'beta' }, marked),
    ]).toEqual([['p3', ['for Beta']]]);
  });
});

describe('markedBlocks on a large graph', () => {
  const { article, graph } = syntheticDataset({ nodes: 300, edges: 1200, seed: 5 });
  const refsByBlock = elementsByBlock(graph);
  // The version it replaces: a filtered copy of every block's list.
  const reference = (displayed: ReturnType<typeof visibleElements>) => {
    const marked = new Map<string, ElementRef[]>();
    for (const block of article.blocks) {
      const shown = (refsByBlock.get(block.id) ?? []).filter((ref) =>
        ref.type === 'node' ? displayed.nodes.has(ref.id) : displayed.edges.has(ref.id),
      );
      if (shown.length > 0) marked.set(block.id, shown);
    }
    return marked;
  };

  it('gives the same blocks and elements, in order, whatever is filtered', () => {
    for (const filters of [
      ALL_FILTERS,
      { ...ALL_FILTERS, spheres: ['energy' as const] },
      { ...ALL_FILTERS, statuses: ['contested' as const], kinds: ['state' as const] },
      { ...ALL_FILTERS, spheres: [] },
    ]) {
      const displayed = visibleElements(graph, filters);
      expect([...markedBlocks(article, refsByBlock, displayed)]).toEqual([...reference(displayed)]);
    }
  });

  it('makes no copy of a block whose elements are all displayed', () => {
    const marked = markedBlocks(article, refsByBlock, visibleElements(graph, ALL_FILTERS));
    expect(marked.size).toBeGreaterThan(3);
    for (const [block, refs] of marked) expect(refs).toBe(refsByBlock.get(block));
  });
});

describe('passageNames', () => {
  const article = (...texts: string[]): Article => ({
    ...smallArticle,
    blocks: texts.map((text, i) => ({ id: `p${i + 1}`, type: 'paragraph', section: 's', text })),
  });

  it('names a passage by its first six words, or all of a short one', () => {
    const names = passageNames(article('One two three four five six seven.', 'Short text.'));
    expect(names.get('p1')).toBe('“One two three four five six…”');
    expect(names.get('p2')).toBe('“Short text.”');
  });

  it('gives passages that start alike as many words as tell them apart', () => {
    const names = passageNames(
      article(
        'At the same time, the concept serves as a key component.',
        'At the same time, the cooperation grows.',
        'At the start.',
      ),
    );
    expect(names.get('p1')).toBe('“At the same time, the concept…”');
    expect(names.get('p2')).toBe('“At the same time, the cooperation…”');
    expect(names.get('p3')).toBe('“At the start.”');
  });

  it('stops at the whole text when two passages are the same', () => {
    const names = passageNames(article('Same words here.', 'Same words here.'));
    expect(names.get('p1')).toBe('“Same words here.”');
    expect(names.get('p2')).toBe('“Same words here.”');
  });

  it('quotes with the marks of the interface’s language', async () => {
    await loadCatalogue('ru');
    try {
      activateLanguage('ru');
      const names = passageNames(article('One two three four five six seven.', 'Short text.'));
      expect(names.get('p1')).toBe('«One two three four five six…»');
      expect(names.get('p2')).toBe('«Short text.»');
    } finally {
      activateLanguage('en');
    }
  });

  it('tells every passage of the article apart', () => {
    const names = [...passageNames(articleJson as unknown as Article).values()];
    expect(new Set(names).size).toBe(names.length);
  });
});
