import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, statusCounts } from '../../../../src/domain/filters';
import { syntheticDataset } from '../../../fixtures/synthetic';
import { parseGraphFile } from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import { SPHERES } from '../../../../src/domain/vocabulary';
import { FilterPanel } from '../../../../src/features/filters/FilterPanel';
import { selectDisplayed } from '../../../../src/store/derived';
import { renderWithStore } from '../../renderWithStore';

function setup() {
  const user = userEvent.setup();
  const rendered = renderWithStore(<FilterPanel />);
  return { user, ...rendered };
}

// A toggle's accessible name is its label, a comma, then its count, e.g. "Energy, 3 nodes · 2 relations".
const checkbox = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label}`) });
const spheres = () =>
  within(screen.getByRole('group', { name: 'Cooperation spheres' })).getAllByRole('checkbox');
const summary = () =>
  within(screen.getByRole('region', { name: 'Filters' })).getAllByRole('status')[0]!;

describe('FilterPanel', () => {
  it('is a region named Filters with a heading', () => {
    setup();
    const panel = screen.getByRole('region', { name: 'Filters' });
    expect(within(panel).getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
  });

  it('lists the four spheres, all on, each with its node and relation counts', () => {
    setup();
    const boxes = spheres();
    expect(boxes).toHaveLength(4);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(checkbox('Political').closest('label')).toHaveTextContent(
      'Political, 2 nodes · 1 relation',
    );
    expect(checkbox('Economic').closest('label')).toHaveTextContent(
      'Economic, 2 nodes · 2 relations',
    );
    expect(checkbox('Energy').closest('label')).toHaveTextContent('Energy, 3 nodes · 2 relations');
    expect(checkbox('Humanitarian').closest('label')).toHaveTextContent(
      'Humanitarian, 1 node · 0 relations',
    );
  });

  it('turns a sphere off and on from its checkbox, and the store follows', async () => {
    const { user, store } = setup();
    await user.click(checkbox('Political'));
    expect(checkbox('Political')).not.toBeChecked();
    expect(store.getState().filters.spheres).toEqual(['economic', 'energy', 'humanitarian']);
    await user.click(checkbox('Political'));
    expect(checkbox('Political')).toBeChecked();
    expect(store.getState().filters.spheres).toEqual(SPHERES);
  });

  it('follows the store when the spheres change elsewhere', () => {
    const { store } = setup();
    act(() => store.getState().toggleSphere('humanitarian'));
    expect(checkbox('Humanitarian')).not.toBeChecked();
    expect(checkbox('Energy')).toBeChecked();
  });

  it('shows only one sphere with its "only" button', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only Energy' }));
    expect(store.getState().filters.spheres).toEqual(['energy']);
    expect(spheres().map((b) => (b as HTMLInputElement).checked)).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('turns all spheres off with None and back on with All spheres, disabling what would do nothing', async () => {
    const { user, store } = setup();
    const all = screen.getByRole('button', { name: 'All spheres' });
    const none = screen.getByRole('button', { name: 'None' });
    expect(all).toBeDisabled();
    expect(none).toBeEnabled();

    await user.click(none);
    expect(store.getState().filters.spheres).toEqual([]);
    expect(spheres().some((b) => (b as HTMLInputElement).checked)).toBe(false);
    expect(none).toBeDisabled();
    expect(all).toBeEnabled();

    await user.click(all);
    expect(store.getState().filters.spheres).toEqual(SPHERES);
    expect(all).toBeDisabled();
  });

  it('enables both All spheres and None when some spheres are on', async () => {
    const { user } = setup();
    await user.click(checkbox('Economic'));
    expect(screen.getByRole('button', { name: 'All spheres' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'None' })).toBeEnabled();
  });

  it('lists the kinds the graph has, with counts, and toggles them', async () => {
    const { user, store } = setup();
    const group = screen.getByRole('group', { name: 'Kinds of node (shape)' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
      'State, 2',
      'Company, 2',
      'Concept, 1',
    ]);
    await user.click(checkbox('Company'));
    expect(checkbox('Company')).not.toBeChecked();
    expect(store.getState().filters.kinds).not.toContain('company');
    await user.click(checkbox('Company'));
    expect(store.getState().filters.kinds).toEqual(ALL_FILTERS.kinds);
  });

  it('lists every status with what it means and its count, and toggles them', async () => {
    const { user, store } = setup();
    const group = screen.getByRole('group', { name: 'Status of relation (line)' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(4);
    expect(checkbox('Established').closest('label')).toHaveTextContent(
      'Established (the text states it as fact), 3',
    );
    expect(checkbox('Proposed').closest('label')).toHaveTextContent(/0$/);
    expect(checkbox('Risk').closest('label')).toHaveTextContent(
      'Risk (a challenge, concern or danger the text names), 0',
    );
    await user.click(checkbox('Contested'));
    expect(store.getState().filters.statuses).toEqual(['established', 'proposed', 'risk']);
  });

  it('lists whose claims the relations are, with counts, and hides or shows them', async () => {
    const { user, store } = setup();
    const group = screen.getByRole('group', { name: 'Whose claim (mark on the line)' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
    expect(checkbox('Reported fact').closest('label')).toHaveTextContent('Reported fact, 3');
    expect(checkbox('Author’s assessment').closest('label')).toHaveTextContent(
      'Author’s assessment, 1',
    );
    expect(checkbox('Constructivist reading').closest('label')).toHaveTextContent(/, 0$/);
    await user.click(checkbox('Reported fact'));
    expect(store.getState().filters.attributions).not.toContain('fact');
    await waitFor(() =>
      expect(summary()).toHaveTextContent('1 of 4 relations — 0 nodes and 3 relations hidden.'),
    );
    await user.click(checkbox('Reported fact'));
    expect(store.getState().filters.attributions).toEqual(ALL_FILTERS.attributions);
  });

  it('offers no attribution filter for a graph whose relations do not say whose claims they are', () => {
    const { store } = setup();
    const { article, graph, positions, spheres } = store.getState();
    const unsaid = graph.edges.map(({ attribution: _, ...edge }) => edge);
    act(() =>
      store
        .getState()
        .replaceDataset({ article, positions, spheres, graph: { ...graph, edges: unsaid } }),
    );
    expect(screen.queryByRole('group', { name: /Whose claim/ })).toBeNull();
  });

  it('says that everything is shown when nothing is hidden', () => {
    setup();
    expect(summary()).toHaveTextContent(/^Showing 5 of 5 nodes and 4 of 4 relations\.$/);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });

  it('says how much the filters hide, and updates as they change', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only Political' }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        'Showing 2 of 5 nodes and 1 of 4 relations — 3 nodes and 3 relations hidden.',
      ),
    );
    await user.click(checkbox('Contested'));
    await user.click(screen.getByRole('button', { name: 'All spheres' }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        'Showing 5 of 5 nodes and 3 of 4 relations — 0 nodes and 1 relations hidden.',
      ),
    );
    await user.click(checkbox('Company'));
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        'Showing 3 of 5 nodes and 2 of 4 relations — 2 nodes and 2 relations hidden.',
      ),
    );
  });

  it('says when the neighbourhood focus is what hides things', async () => {
    const { store } = setup();
    act(() => {
      store.getState().selectElement({ type: 'node', id: 'delta' });
      store.getState().setFocusDepth(1);
    });
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        'Showing 2 of 5 nodes and 1 of 4 relations — 3 nodes and 3 relations hidden (neighbourhood focus is on).',
      ),
    );
  });

  it('resets every filter and the focus with Reset filters, which then goes away', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Show only Humanitarian' }));
    await user.click(checkbox('State'));
    await user.click(checkbox('Proposed'));
    act(() => {
      store.getState().selectElement({ type: 'node', id: 'lonely' });
      store.getState().setFocusDepth(2);
    });
    await user.click(await screen.findByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters).toEqual(ALL_FILTERS);
    expect(store.getState().focusDepth).toBe(0);
    expect(spheres().every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(checkbox('State')).toBeChecked();
    expect(checkbox('Proposed')).toBeChecked();
    await waitFor(() =>
      expect(summary()).toHaveTextContent(/^Showing 5 of 5 nodes and 4 of 4 relations\.$/),
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull());
  });

  it('states the visibility rule in words', async () => {
    const { user } = setup();
    const toggle = screen.getByText('What stays visible?');
    const rule = toggle.closest('details')!;
    expect(rule).toHaveTextContent(
      'A relation shows when at least one of its spheres is on, its status is on, its attribution (whose claim it is) is on, and both of its ends are of a kind that is on.',
    );
    expect(rule).toHaveTextContent(
      'A node shows when its kind is on and either one of its own spheres is on or it has a relation that shows.',
    );
    expect(rule).toHaveTextContent('Filtering never moves the nodes that stay.');
    expect(rule).not.toHaveAttribute('open');
    await user.click(toggle);
    expect(rule).toHaveAttribute('open');
  });

  it('writes large counts with thousands separators, as the sphere counts do', async () => {
    const { user, store } = setup();
    const big = syntheticDataset({ nodes: 1500, edges: 2500, seed: 7 });
    act(() => store.getState().replaceDataset(big));
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        /^Showing 1,500 of 1,500 nodes and 2,500 of 2,500 relations\.$/,
      ),
    );
    const established = statusCounts(big.graph).find((r) => r.status === 'established')!.count;
    expect(established).toBeGreaterThan(1000);
    expect(checkbox('Established').closest('label')).toHaveTextContent(
      new RegExp(`, ${established.toLocaleString('en')}$`),
    );

    await user.click(checkbox('Contested'));
    await user.click(checkbox('Company'));
    const shown = selectDisplayed(store.getState());
    const hiddenNodes = 1500 - shown.nodes.size;
    const hiddenEdges = 2500 - shown.edges.size;
    // Enough is filtered out that every number in the summary but the hidden nodes needs a separator.
    expect(shown.nodes.size).toBeGreaterThan(999);
    expect(shown.edges.size).toBeGreaterThan(999);
    expect(hiddenNodes).toBeGreaterThan(0);
    const n = (x: number) => x.toLocaleString('en');
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        `Showing ${n(shown.nodes.size)} of 1,500 nodes and ${n(shown.edges.size)} of 2,500 relations — ${n(hiddenNodes)} nodes and ${n(hiddenEdges)} relations hidden.`,
      ),
    );
    expect(summary().textContent).toMatch(/^Showing \d,\d{3} of 1,500 nodes and \d,\d{3} of 2,500/);
  });
});

describe('FilterPanel over an imported graph without a text', () => {
  const gexf = `<gexf><graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="group" type="string"/></attributes>
    <nodes>
      <node id="a" label="Valjean"><attvalues><attvalue for="0" value="convicts"/></attvalues></node>
      <node id="b" label="Babet"><attvalues><attvalue for="0" value="thieves"/></attvalues></node>
    </nodes>
    <edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
  const imported = () => {
    const { graph } = parseGraphFile({ name: 'les-mis.gexf', text: gexf });
    return toDataset(graph, { sphereAttribute: 'group', fileName: 'les-mis.gexf' });
  };

  it('names its categories and statuses in neutral words, not the article’s', async () => {
    const user = userEvent.setup();
    renderWithStore(<FilterPanel />, imported());
    const categories = screen.getByRole('group', { name: 'Categories' });
    expect(within(categories).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(categories).getByRole('button', { name: 'All categories' })).toBeInTheDocument();
    expect(screen.queryByText(/Cooperation spheres/)).toBeNull();
    const status = screen.getByRole('group', { name: 'Status of relation (line)' });
    expect(status).toHaveTextContent('Established (stated as fact)');
    expect(status).not.toHaveTextContent(/the text/);
    await user.click(screen.getByText('What stays visible?'));
    expect(screen.getByText(/at least one of its categories is on/)).toBeVisible();
    expect(screen.queryByText(/spheres/)).toBeNull();
  });

  it('keeps the article’s words for the article', () => {
    renderWithStore(<FilterPanel />);
    expect(screen.getByRole('group', { name: 'Cooperation spheres' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All spheres' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Status of relation (line)' })).toHaveTextContent(
      'Established (the text states it as fact)',
    );
  });
});
