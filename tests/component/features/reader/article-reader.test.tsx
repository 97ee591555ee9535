import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInDataset } from '../../../../src/app/dataset';
import { quotesInBlock } from '../../../../src/domain/blockPassages';
import { elementsByBlock } from '../../../../src/domain/evidence';
import { syntheticDataset } from '../../../fixtures/synthetic';
import { ArticleReader } from '../../../../src/features/reader/ArticleReader';
import type { DatasetSlice } from '../../../../src/store/store';
import { smallArticle, smallDataset, smallGraph } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

/** A block element's own text: what the reader shows of the article, without its passage button. */
function blockText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('button').forEach((b) => b.remove());
  return copy.textContent ?? '';
}

const block = (container: HTMLElement, id: string) => {
  const el = container.querySelector(`#block-${id}`);
  if (!el) throw new Error(`no element for block ${id}`);
  return el as HTMLElement;
};

const passageButton = (container: HTMLElement, id: string) =>
  within(block(container, id)).queryByRole('button', { name: /this passage supports$/ });

afterEach(() => {
  // jsdom has no scrollIntoView; some tests install a spy.
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
});

describe('ArticleReader with the small fixture', () => {
  it('renders the title, author, headings and paragraphs verbatim, each block addressable', () => {
    const { container } = renderWithStore(<ArticleReader />);
    const article = screen.getByRole('region', { name: 'Article' });
    expect(
      within(article).getByRole('heading', { level: 2, name: 'A small article' }),
    ).toBeInTheDocument();
    expect(
      within(article).getByRole('heading', { level: 3, name: 'Energy Ties' }),
    ).toBeInTheDocument();
    expect(within(article).getByText('Test')).toBeInTheDocument();
    for (const b of smallArticle.blocks) {
      expect(block(container, b.id)).toHaveAttribute('data-block', b.id);
      expect(blockText(block(container, b.id))).toBe(b.text);
    }
    expect(block(container, 'p1').tagName).toBe('P');
    // The introduction has no heading in the text: none is invented.
    expect(within(article).getAllByRole('heading')).toHaveLength(2);
  });

  it('marks the blocks that back what the map shows, and only those', () => {
    const { container } = renderWithStore(<ArticleReader />);
    expect(screen.getByText('3 passages support what the map shows')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /this passage supports$/ })).toHaveLength(3);
    // Each button says which passage it is, by its first words, and the count it shows.
    expect(passageButton(container, 'p2')).toHaveAccessibleName(
      '“Beta exports oil to Alpha. The…”: select the 3 elements this passage supports',
    );
    expect(block(container, 'p2')).toHaveClass('rd-marked');
    expect(block(container, 'h1')).not.toHaveClass('rd-marked');
    expect(passageButton(container, 'h1')).toBeNull();
  });

  it('selects a passage on click and clears it on a second click', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<ArticleReader />);
    const button = passageButton(container, 'p2')!;
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(store.getState().selection).toEqual({ type: 'passage', id: 'p2' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(block(container, 'p2')).toHaveAttribute('aria-current', 'true');
    const marks = within(block(container, 'p2')).getAllByText((_, el) => el?.tagName === 'MARK');
    expect(marks.map((m) => m.textContent).sort()).toEqual([
      'Beta exports oil to Alpha.',
      'The company Gamma Oil develops fields in Beta.',
    ]);

    await user.click(button);
    expect(store.getState().selection).toBeNull();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(block(container, 'p2')).not.toHaveAttribute('aria-current');
    expect(block(container, 'p2').querySelector('mark')).toBeNull();
  });

  it('lets the keyboard reach and press a passage button', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<ArticleReader />);
    await user.tab();
    expect(passageButton(container, 'p1')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'passage', id: 'p1' });
  });

  it('drops the mark of a block whose elements are all energy-only when energy is turned off', async () => {
    const dataset: DatasetSlice = {
      ...smallDataset,
      article: {
        ...smallArticle,
        blocks: [
          ...smallArticle.blocks,
          {
            id: 'p4',
            type: 'paragraph',
            section: 'energy',
            text: 'Alpha builds a pipeline to Beta.',
          },
        ],
      },
      graph: {
        ...smallGraph,
        edges: [
          ...smallGraph.edges,
          {
            id: 'alpha-pipeline-beta',
            source: 'alpha',
            target: 'beta',
            relation: 'builds a pipeline to',
            domains: ['energy'],
            status: 'established',
            year: null,
            evidence: [{ block: 'p4', quote: 'Alpha builds a pipeline to Beta.' }],
          },
        ],
      },
    };
    const { store, container } = renderWithStore(<ArticleReader />, dataset);
    expect(screen.getByText('4 passages support what the map shows')).toBeInTheDocument();
    expect(block(container, 'p4')).toHaveClass('rd-marked');
    expect(passageButton(container, 'p4')).toHaveAccessibleName(
      /: select the 1 element this passage supports$/,
    );

    act(() => store.getState().toggleSphere('energy'));
    // The marks follow once the map has painted the change: the article is not in its way.
    expect(block(container, 'p4')).toHaveClass('rd-marked');
    await waitFor(() => expect(block(container, 'p4')).not.toHaveClass('rd-marked'));
    expect(passageButton(container, 'p4')).toBeNull();
    expect(screen.getByText('3 passages support what the map shows')).toBeInTheDocument();
    // A block that still backs something stays marked, with its count following the filter.
    expect(passageButton(container, 'p2')).toHaveAccessibleName(
      /: select the 2 elements this passage supports$/,
    );
  });

  it('highlights the blocks of a selected node, marks its quote, and scrolls to it once', () => {
    const scroll = vi.fn();
    HTMLElement.prototype.scrollIntoView = scroll;
    const { store, container } = renderWithStore(<ArticleReader />);

    act(() => store.getState().selectElement({ type: 'node', id: 'gamma-oil' }));
    const p2 = block(container, 'p2');
    expect(p2).toHaveClass('rd-highlight');
    expect(block(container, 'p1')).not.toHaveClass('rd-highlight');
    const marks = p2.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([
      'The company Gamma Oil develops fields in Beta.',
    ]);
    expect(screen.getByText('Evidence for “Gamma Oil”: 1 passage highlighted')).toBeInTheDocument();
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(p2);

    // Filters changing under a selection must not yank the text around.
    act(() => store.getState().toggleSphere('humanitarian'));
    expect(scroll).toHaveBeenCalledTimes(1);
  });

  it('marks only a selected edge’s quote in a block shared with other elements', () => {
    const { store, container } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectElement({ type: 'edge', id: 'beta-oil-alpha' }));
    expect([...block(container, 'p2').querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Beta exports oil to Alpha.',
    ]);
    expect(
      screen.getByText('Evidence for “Beta exports oil to Alpha”: 1 passage highlighted'),
    ).toBeInTheDocument();
  });

  it('renders hostile text as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(1)">';
    const dataset: DatasetSlice = {
      ...smallDataset,
      article: {
        ...smallArticle,
        title: '<b>bold</b>',
        blocks: [{ id: 'p1', type: 'paragraph', section: 'introduction', text: hostile }],
      },
      graph: {
        nodes: [
          {
            ...smallGraph.nodes[0]!,
            evidence: [{ block: 'p1', quote: '<img src=x onerror="alert(1)">' }],
          },
        ],
        edges: [],
      },
    };
    const { store, container } = renderWithStore(<ArticleReader />, dataset);
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    expect(blockText(block(container, 'p1'))).toBe(hostile);
    expect(block(container, 'p1').querySelector('mark')).toHaveTextContent(
      '<img src=x onerror="alert(1)">',
    );
    expect(screen.getByRole('heading', { level: 2, name: '<b>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('script, img, b')).toBeNull();
  });
});

describe('ArticleReader with the real article and graph', () => {
  const { article, graph } = builtInDataset;

  it('renders the whole article verbatim: five headings, six numbered items in one list, the byline', () => {
    const { container } = renderWithStore(<ArticleReader />, builtInDataset);
    const region = screen.getByRole('region', { name: 'Article' });
    expect(
      within(region).getByRole('heading', { level: 2, name: article.title }),
    ).toBeInTheDocument();
    const headings = article.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toHaveLength(5);
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(headings);
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => blockText(li).slice(0, 3))).toEqual([
      '1) ',
      '2) ',
      '3) ',
      '4) ',
      '5) ',
      '6) ',
    ]);
    for (const b of article.blocks) expect(blockText(block(container, b.id))).toBe(b.text);
    expect(block(container, 'byline')).toHaveTextContent('China Studies Centre');
  });

  it('counts the passages behind the whole map, and marks the quote of a selected node', () => {
    const { store, container } = renderWithStore(<ArticleReader />, builtInDataset);
    const withEvidence = new Set(
      [...graph.nodes, ...graph.edges].flatMap((e) => e.evidence.map((ev) => ev.block)),
    );
    expect(
      screen.getByText(`${withEvidence.size} passages support what the map shows`),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /this passage supports$/ })).toHaveLength(
      withEvidence.size,
    );

    const node = graph.nodes.find((n) => n.id === 'kazakhstan') ?? graph.nodes[0]!;
    act(() => store.getState().selectElement({ type: 'node', id: node.id }));
    for (const ev of node.evidence) {
      const el = block(container, ev.block);
      expect(el).toHaveClass('rd-highlight');
      expect([...el.querySelectorAll('mark')].map((m) => m.textContent).join('')).toContain(
        ev.quote,
      );
    }
  });
});

describe('ArticleReader: passages by pointer and by name', () => {
  it('selects what a marked passage supports when its text is clicked, and clears it again', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<ArticleReader />);
    await user.click(within(block(container, 'p2')).getByText(/Beta exports oil/));
    expect(store.getState().selection).toEqual({ type: 'passage', id: 'p2' });
    expect(passageButton(container, 'p2')).toHaveAttribute('aria-pressed', 'true');
    // On its marked quote too, once lit up.
    const mark = within(block(container, 'p2')).getByText('Beta exports oil to Alpha.');
    expect(mark.tagName).toBe('MARK');
    await user.click(mark);
    expect(store.getState().selection).toBeNull();
  });

  it('leaves a click alone on text that backs nothing, or that ends a selection of text', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<ArticleReader />);
    await user.click(within(block(container, 'h1')).getByText('Energy Ties'));
    expect(store.getState().selection).toBeNull();
    // Selecting a quote to copy it is not a click on the passage.
    const text = within(block(container, 'p2')).getByText(/Beta exports oil/);
    const range = document.createRange();
    range.selectNodeContents(text);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.click(text);
    expect(store.getState().selection).toBeNull();
    window.getSelection()!.removeAllRanges();
    // The button inside the passage toggles once, not twice.
    await user.click(passageButton(container, 'p2')!);
    expect(store.getState().selection).toEqual({ type: 'passage', id: 'p2' });
  });

  it('gives every passage button of the article a name of its own', () => {
    renderWithStore(<ArticleReader />, builtInDataset);
    const names = screen
      .getAllByRole('button', { name: /this passage supports$/ })
      .map((b) => b.getAttribute('aria-label'));
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('ArticleReader with a graph of thousands', () => {
  const big = syntheticDataset({ nodes: 5000, edges: 20000, seed: 20131 });
  // The passage that supports the most elements (about 3,600).
  const [passage, refs] = [...elementsByBlock(big.graph)].sort(
    (a, b) => b[1].length - a[1].length,
  )[0]!;

  function setup() {
    const rendered = renderWithStore(<ArticleReader />);
    act(() => rendered.store.getState().replaceDataset(big));
    return rendered;
  }

  it('selects a passage that supports thousands and marks the quotes of all of them', async () => {
    const user = userEvent.setup();
    const { store, container } = setup();
    const button = within(block(container, passage)).getByRole('button', {
      name: new RegExp(`: select the ${refs.length} elements this passage supports$`),
    });
    await user.click(button);
    expect(store.getState().selection).toEqual({ type: 'passage', id: passage });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const marked = [...block(container, passage).querySelectorAll('mark')]
      .map((m) => m.textContent)
      .join(' ');
    const quotes = quotesInBlock(big.graph, passage);
    expect(quotes.length).toBeGreaterThan(1);
    for (const quote of quotes) expect(marked).toContain(quote);

    // With a sphere off, the passage still supports some, so its text stays lit.
    act(() => store.getState().toggleSphere('energy'));
    await waitFor(() =>
      expect(button).not.toHaveAccessibleName(
        new RegExp(`: select the ${refs.length} elements this passage supports$`),
      ),
    );
    expect(block(container, passage)).toHaveClass('rd-highlight');
  }, 30_000);

  it('names a selected relation of the big graph in the summary', () => {
    const { store } = setup();
    const edge = big.graph.edges.at(-1)!;
    const label = (id: string) => big.graph.nodes.find((n) => n.id === id)!.label;
    act(() => store.getState().selectElement({ type: 'edge', id: edge.id }));
    expect(
      screen.getByText(
        new RegExp(
          `^Evidence for “${label(edge.source)} ${edge.relation} ${label(edge.target)}”: \\d+ passages? highlighted$`,
        ),
      ),
    ).toBeInTheDocument();
  }, 30_000);
});
