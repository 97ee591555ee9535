import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Selection } from '../../../../src/domain/evidence';
import { parseGraphFile } from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import { DetailsPanel } from '../../../../src/features/evidence/DetailsPanel';
import type { AppStore } from '../../../../src/store/store';
import { smallDataset, smallGraph } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const select = (store: AppStore, ref: Selection | null) =>
  act(() => store.getState().selectElement(ref));
const panel = () => screen.getByRole('region', { name: 'Details' });

describe('DetailsPanel', () => {
  it('explains what to do when nothing is selected', () => {
    renderWithStore(<DetailsPanel />);
    expect(panel()).toHaveTextContent(/Select a node or a relation on the map/);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('shows the hint, without crashing, when the selection no longer exists', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'gone' });
    expect(panel()).toHaveTextContent(/Select a node or a relation/);
    select(store, { type: 'passage', id: 'p99' });
    expect(panel()).toHaveTextContent(/Select a node or a relation/);
  });

  it('shows a node: label, kind, spheres, summary and other names', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'alpha' });
    expect(screen.getByRole('heading', { level: 2, name: 'Alpha' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('State');
    const spheres = within(screen.getByRole('list', { name: 'Spheres' })).getAllByRole('listitem');
    expect(spheres.map((li) => li.textContent)).toEqual(['Political', 'Energy']);
    expect(panel()).toHaveTextContent('A state.');
    expect(panel()).toHaveTextContent('Also called: Alphaville');
  });

  it('lists other names only when they differ from the label by more than case', () => {
    const graph = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) =>
        n.id === 'alpha' ? { ...n, aliases: ['alpha', 'Alpha', 'Alphaville'] } : n,
      ),
    };
    const { store } = renderWithStore(<DetailsPanel />, { ...smallDataset, graph });
    select(store, { type: 'node', id: 'alpha' });
    expect(screen.getByText(/Also called/).parentElement).toHaveTextContent(
      /^Also called: Alphaville$/,
    );
    select(store, { type: 'node', id: 'lonely' });
    expect(panel()).not.toHaveTextContent('Also called');
  });

  it('groups a node’s relations by sphere as sentences, and a click selects the relation', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'alpha' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Political relations',
      'Economic relations',
      'Energy relations',
      'Evidence 1 passage',
    ]);
    // A relation with two spheres is listed under both.
    for (const sphere of ['Economic', 'Energy'])
      expect(
        within(screen.getByRole('list', { name: `${sphere} relations` })).getByRole('button', {
          name: 'Beta exports oil to Alpha, established, reported fact',
        }),
      ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Political relations' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alpha signed a treaty with Beta, established, reported fact']);
    await user.click(
      screen.getByRole('button', {
        name: 'Alpha signed a treaty with Beta, established, reported fact',
      }),
    );
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'alpha-treaty-beta' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('lists only displayed relations and counts those the filters hide', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'gamma-oil' });
    expect(
      screen.getByRole('button', { name: /^Delta Group may compete with Gamma Oil/ }),
    ).toBeInTheDocument();
    act(() => store.getState().toggleSphere('economic'));
    expect(
      screen.queryByRole('button', { name: /^Delta Group may compete with Gamma Oil/ }),
    ).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Economic relations' })).toBeNull();
    expect(
      screen.getByRole('button', {
        name: 'Gamma Oil develops fields in Beta, established, reported fact',
      }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('1 more hidden by the filters.');
  });

  it('shows the whole paragraph with the quote in a <mark> and the node’s names marked', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'alpha' });
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Introduction')).toBeInTheDocument();
    const quote = figure.querySelector('blockquote')!;
    expect(quote).toHaveTextContent(
      'Alpha and Beta signed a treaty in 2013. Alpha’s capital is Alphaville.',
    );
    const marks = [...quote.querySelectorAll('mark')].map((m) => m.textContent).join('');
    expect(marks).toBe('Alpha and Beta signed a treaty in 2013.');
    const aliases = [...quote.querySelectorAll('.alias')].map((a) => a.textContent);
    expect(aliases).toContain('Alphaville');
    expect(aliases).not.toContain('Beta');
  });

  it('scrolls the article to the passage on “Show in article”', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <DetailsPanel />
        <p id="block-p1">reader block</p>
      </>,
    );
    // jsdom does not implement scrolling.
    const original = Element.prototype.scrollIntoView;
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      select(store, { type: 'node', id: 'alpha' });
      scroll.mockClear();
      await user.click(screen.getByRole('button', { name: 'Show in article' }));
      expect(scroll).toHaveBeenCalledTimes(1);
      expect(scroll.mock.contexts[0]).toBe(document.getElementById('block-p1'));
      expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('sets the focus depth with pressed-state buttons', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'node', id: 'beta' });
    const group = screen.getByRole('group', { name: 'Focus neighbourhood' });
    expect(within(group).getByRole('button', { name: 'Off' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(group).getByRole('button', { name: '2 steps' }));
    expect(store.getState().focusDepth).toBe(2);
    expect(within(group).getByRole('button', { name: '2 steps' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(group).getByRole('button', { name: 'Off' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows a relation with clickable ends, status, year and passage', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'edge', id: 'alpha-treaty-beta' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Alpha signed a treaty with Beta' }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Established — the text states it as fact');
    expect(panel()).toHaveTextContent(
      'Whose claimReported fact — an event, figure or state of affairs the article reports',
    );
    // The relation as the claim it is, whose first.
    expect(panel()).toHaveTextContent('The article reports that Alpha signed a treaty with Beta.');
    expect(panel()).toHaveTextContent('Year2013');
    const quote = screen.getByRole('figure').querySelector('blockquote')!;
    expect([...quote.querySelectorAll('.alias')].map((a) => a.textContent)).toEqual(
      expect.arrayContaining(['Beta', 'Alphaville']),
    );
    await user.click(screen.getByRole('button', { name: 'Beta' }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'beta' });
    expect(screen.getByRole('heading', { level: 2, name: 'Beta' })).toHaveFocus();
  });

  it('leaves out the year when the relation has none', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'edge', id: 'delta-competes-gamma' });
    expect(panel()).toHaveTextContent('Contested — the text reports parties at odds over it');
    expect(panel()).toHaveTextContent(
      'The author argues that Delta Group may compete with Gamma Oil.',
    );
    expect(panel()).not.toHaveTextContent('Year');
  });

  it('shows a passage with all its quotes and the displayed elements it supports', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'passage', id: 'p2' });
    expect(screen.getByRole('heading', { level: 2, name: 'Passage' })).toBeInTheDocument();
    expect(within(screen.getByRole('figure')).getByText('Energy Ties')).toBeInTheDocument();
    const marks = [...screen.getByRole('figure').querySelectorAll('mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual([
      'Beta exports oil to Alpha.',
      'The company Gamma Oil develops fields in Beta.',
    ]);
    const list = within(screen.getByRole('list', { name: 'What this passage supports' }));
    expect(list.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Gamma Oil',
      'Beta exports oil to Alpha, established, reported fact',
      'Gamma Oil develops fields in Beta, established, reported fact',
    ]);

    act(() => store.getState().toggleSphere('energy'));
    expect(screen.queryByRole('button', { name: /^Gamma Oil develops fields in Beta/ })).toBeNull();
    expect(panel()).toHaveTextContent('1 more hidden by the filters.');

    await user.click(screen.getByRole('button', { name: 'Gamma Oil' }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'gamma-oil' });
  });

  it('renders a hostile label as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const graph = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) => (n.id === 'beta' ? { ...n, label: hostile } : n)),
    };
    const { store, container } = renderWithStore(<DetailsPanel />, { ...smallDataset, graph });
    select(store, { type: 'node', id: 'beta' });
    expect(screen.getByRole('heading', { level: 2, name: hostile })).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', {
        name: `${hostile} exports oil to Alpha, established, reported fact`,
      }),
    ).toHaveLength(2);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('DetailsPanel over an imported graph without a text', () => {
  const imported = () =>
    toDataset(
      parseGraphFile({
        name: 'les-mis.graphml',
        text: `<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge id="e" source="a" target="b"/></graph></graphml>`,
      }).graph,
      { sphereAttribute: null, fileName: 'les-mis.graphml' },
    );

  it('says what selecting shows, with no passages or article to speak of', () => {
    renderWithStore(<DetailsPanel />, imported());
    expect(panel()).toHaveTextContent(
      'Select a node or a relation on the map or in the list to see what it is and how it connects.',
    );
    expect(panel()).not.toHaveTextContent(/marked passage in the article/);
  });

  it('tells a relation’s status without the article’s words', () => {
    const { store } = renderWithStore(<DetailsPanel />, imported());
    select(store, { type: 'edge', id: 'e' });
    expect(panel()).toHaveTextContent('Established — stated as fact');
    expect(panel()).not.toHaveTextContent(/the text states/);
    // No evidence to list, and no article to look for it in.
    expect(screen.queryByRole('heading', { name: /Evidence/ })).toBeNull();
    expect(panel()).not.toHaveTextContent(/in this article/);
  });

  it('reads a relation of an undirected graph both ways: no arrows', () => {
    const text = `<graphml><graph edgedefault="undirected"><node id="valjean"/><node id="babet"/><edge id="e" source="valjean" target="babet"/></graph></graphml>`;
    const dataset = toDataset(parseGraphFile({ name: 'u.graphml', text }).graph, {
      sphereAttribute: null,
      fileName: 'u.graphml',
    });
    const { store } = renderWithStore(<DetailsPanel />, dataset);
    select(store, { type: 'edge', id: 'e' });
    expect(panel()).toHaveTextContent('Relation, both ways');
    const title = screen.getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent('valjean — is linked with — babet');
    expect(title).not.toHaveTextContent('→');
  });
});
