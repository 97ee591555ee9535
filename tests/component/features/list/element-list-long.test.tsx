import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInDataset } from '../../../../src/app/dataset';
import { listElements } from '../../../../src/domain/elementList';
import { syntheticDataset, type SyntheticDataset } from '../../../fixtures/synthetic';
import { ElementList } from '../../../../src/features/list/ElementList';
import { selectDisplayed } from '../../../../src/store/derived';
import type { DatasetSlice } from '../../../../src/store/store';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

// Long lists render a page per group; these tests use an imported-size graph (5,000 nodes, 20,000
// relations), with the real page size once and a page of 20 after that (role queries over hundreds of
// buttons are slow in jsdom), and the small fixture with a page of 2 for the edge cases.

let big: SyntheticDataset;
beforeAll(() => {
  big = syntheticDataset({ nodes: 5000, edges: 20000, seed: 11 });
});

function setup(dataset: DatasetSlice | SyntheticDataset, pageSize?: number) {
  const user = userEvent.setup();
  const rendered = renderWithStore(<ElementList pageSize={pageSize} />, smallDataset);
  if (dataset !== smallDataset) act(() => rendered.store.getState().replaceDataset(dataset));
  return { user, ...rendered };
}

const group = (name: RegExp) => screen.getByRole('list', { name });
const items = (name: RegExp) => within(group(name)).getAllByRole('button');
const status = () => screen.getByRole('status');
/** The list's order, as the component lists it. */
const order = (store: ReturnType<typeof setup>['store']) =>
  listElements(store.getState().graph, selectDisplayed(store.getState()), '', false);

afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('ElementList on a graph of thousands', () => {
  it('renders a page of each group, says how much is listed and shown, and offers more', async () => {
    const { user, store } = setup(big);
    expect(screen.getByRole('heading', { name: 'Nodes (5,000)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Relations (20,000)' })).toBeInTheDocument();
    expect(items(/^Nodes/)).toHaveLength(200);
    expect(items(/^Relations/)).toHaveLength(200);
    const listing = order(store);
    expect(items(/^Nodes/).map((b) => b.dataset.key)).toEqual(
      listing.nodes.slice(0, 200).map((n) => `node:${n.id}`),
    );
    expect(status()).toHaveTextContent(
      /^5,000 nodes and 20,000 relations listed; shown: 200 nodes, 200 relations$/,
    );
    expect(
      screen.getByRole('button', { name: 'Show 200 more nodes (4,800 not shown)' }),
    ).toHaveAccessibleDescription(
      'Showing 200 of 5,000. Type a name in “Filter list” above to find any node.',
    );
    expect(
      screen.getByRole('button', { name: 'Show 200 more relations (19,800 not shown)' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 200 more nodes (4,800 not shown)' }));
    expect(items(/^Nodes/)).toHaveLength(400);
    expect(document.activeElement).toHaveAttribute('data-key', `node:${listing.nodes[200]!.id}`);
    expect(status()).toHaveTextContent(/; shown: 400 nodes, 200 relations$/);
    expect(
      screen.getByRole('button', { name: 'Show 200 more nodes (4,600 not shown)' }),
    ).toBeInTheDocument();
  }, 30_000);

  it('shows the next page on request, moves focus to its first item and says so', async () => {
    const { user, store } = setup(big, 20);
    const listing = order(store);
    await user.click(screen.getByRole('button', { name: 'Show 20 more nodes (4,980 not shown)' }));
    expect(items(/^Nodes/)).toHaveLength(40);
    const first = listing.nodes[20]!;
    expect(document.activeElement).toHaveAttribute('data-key', `node:${first.id}`);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(status()).toHaveTextContent(
      /^5,000 nodes and 20,000 relations listed; shown: 40 nodes, 20 relations$/,
    );
    expect(
      screen.getByRole('button', { name: 'Show 20 more nodes (4,960 not shown)' }),
    ).toBeInTheDocument();
    // The keyboard goes on from there over what is rendered.
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('data-key', `node:${listing.nodes[19]!.id}`);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-key', `edge:${listing.edges[19]!.id}`);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('data-key', `node:${listing.nodes[0]!.id}`);
  });

  it('always renders the selected element, scrolled into view and the tab stop, even beyond the page', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { store } = setup(big, 20);
    const listing = order(store);
    const far = listing.nodes[3000]!;
    act(() => store.getState().selectElement({ type: 'node', id: far.id }));
    const item = within(group(/^Nodes/)).getByRole('button', { pressed: true });
    expect(item).toHaveAttribute('data-key', `node:${far.id}`);
    expect(item).toHaveAttribute('tabindex', '0');
    expect(scroll.mock.contexts.at(-1)).toBe(item);
    // In list order, after the page and a note of what lies between.
    expect(items(/^Nodes/)).toHaveLength(21);
    expect(items(/^Nodes/).at(-1)).toBe(item);
    expect(within(group(/^Nodes/)).getByText('2,980 nodes not shown')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Show 20 more nodes (4,979 not shown)' }),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent(/; shown: 21 nodes, 20 relations$/);

    const edge = listing.edges[19999]!;
    act(() => store.getState().selectElement({ type: 'edge', id: edge.id }));
    expect(within(group(/^Relations/)).getByRole('button', { pressed: true })).toHaveAttribute(
      'data-key',
      `edge:${edge.id}`,
    );
    expect(within(group(/^Nodes/)).queryByRole('button', { pressed: true })).toBeNull();
    expect(items(/^Nodes/)).toHaveLength(20);
  });

  it('reaches the selected element beyond the page with the arrow keys', async () => {
    const { user, store } = setup(big, 20);
    const listing = order(store);
    act(() => store.getState().selectElement({ type: 'node', id: listing.nodes[4321]!.id }));
    act(() => items(/^Nodes/)[19]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-key', `node:${listing.nodes[4321]!.id}`);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-key', `edge:${listing.edges[0]!.id}`);
  });

  it('finds anything by the filter text, and starts again from one page for a new text', async () => {
    const { user, store } = setup(big, 20);
    await user.click(screen.getByRole('button', { name: /^Show 20 more nodes/ }));
    expect(items(/^Nodes/)).toHaveLength(40);
    const target = order(store).nodes[4999]!;
    await user.click(screen.getByRole('searchbox', { name: 'Filter list' }));
    await user.paste(target.label);
    expect(within(group(/^Nodes/)).getByRole('button', { name: /^/ })).toHaveAttribute(
      'data-key',
      `node:${target.id}`,
    );
    expect(screen.queryByRole('button', { name: /^Show .* nodes/ })).toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter list' }));
    expect(items(/^Nodes/)).toHaveLength(20);
  });

  it('keeps to a page when a sphere filter changes what is listed', () => {
    const { store } = setup(big, 20);
    act(() => store.getState().toggleSphere('economic'));
    const listing = order(store);
    expect(listing.nodes.length).toBeLessThan(5000);
    expect(items(/^Nodes/)).toHaveLength(20);
    expect(screen.getByRole('heading', { name: /^Nodes \(/ })).toHaveTextContent(
      `Nodes (${listing.nodes.length.toLocaleString('en-US')})`,
    );
    expect(status()).toHaveTextContent(
      new RegExp(`^${listing.nodes.length.toLocaleString('en-US')} nodes and `),
    );
  });
});

describe('ElementList paging, small', () => {
  it('renders the article in full, with no button and no hint', { timeout: 20_000 }, () => {
    setup(builtInDataset);
    const { graph } = builtInDataset;
    expect(items(/^Nodes/)).toHaveLength(graph.nodes.length);
    expect(items(/^Relations/)).toHaveLength(graph.edges.length);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
    expect(screen.queryByText(/Type a name in/)).toBeNull();
    expect(status()).toHaveTextContent(
      `${graph.nodes.length} nodes and ${graph.edges.length} relations listed`,
    );
  });

  it('counts down to the last entry and then leaves the button out', async () => {
    const { user } = setup(smallDataset, 2);
    expect(status()).toHaveTextContent(
      '5 nodes and 4 relations listed; shown: 2 nodes, 2 relations',
    );
    await user.click(screen.getByRole('button', { name: 'Show 2 more nodes (3 not shown)' }));
    expect(screen.getByRole('button', { name: /^Delta Group, Company/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show the remaining node' }));
    expect(screen.getByRole('button', { name: /^Lonely Concept/ })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /nodes? \(|remaining node/ })).toBeNull();
    expect(status()).toHaveTextContent(
      '5 nodes and 4 relations listed; shown: all nodes, 2 relations',
    );
    await user.click(screen.getByRole('button', { name: 'Show the remaining 2 relations' }));
    expect(screen.getByRole('button', { name: /^Delta Group may compete/ })).toHaveFocus();
    expect(status()).toHaveTextContent(/^5 nodes and 4 relations listed$/);
  });

  it('shows as many new entries as it says when the selected one was already in view', async () => {
    const { user, store } = setup(smallDataset, 2);
    act(() => store.getState().selectElement({ type: 'node', id: 'gamma-oil' }));
    // Alpha, Beta, then Delta left out, then the selected Gamma Oil; Lonely Concept after it.
    expect(within(group(/^Nodes/)).getByText('1 node not shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the remaining 2 nodes' }));
    expect(screen.getByRole('button', { name: /^Delta Group, Company/ })).toHaveFocus();
    expect(items(/^Nodes/)).toHaveLength(5);
    expect(within(group(/^Nodes/)).queryByText(/not shown/)).toBeNull();
  });

  it('says "1 node" in the singular', async () => {
    const { user } = setup(smallDataset);
    await user.type(screen.getByRole('searchbox', { name: 'Filter list' }), 'lonely');
    expect(status()).toHaveTextContent(/^1 node and 0 relations listed$/);
  });
});
