import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { searchNodes } from '../../../../src/domain/search';
import { syntheticDataset } from '../../../fixtures/synthetic';
import { SearchBox } from '../../../../src/features/search/SearchBox';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

function setup() {
  const user = userEvent.setup();
  const rendered = renderWithStore(<SearchBox />);
  const input = screen.getByRole('combobox', { name: 'Search nodes' });
  return { user, input, ...rendered };
}

describe('SearchBox', () => {
  it('lists the nodes whose label matches what is typed', async () => {
    const { user, input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'gam');
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveAccessibleName('Gamma Oil, Company');
  });

  it('searches aliases and says which alias matched', async () => {
    const { user, input } = setup();
    await user.type(input, 'ville');
    const option = screen.getByRole('option', { name: /^Alpha,/ });
    expect(option).toHaveTextContent('matches “Alphaville”');
    expect(option).toHaveAccessibleName('Alpha, matches “Alphaville”, State');
  });

  it('selects the option reached with ArrowDown on Enter and asks the map to centre on it', async () => {
    const { user, input, store } = setup();
    await user.type(input, 'a');
    const first = screen.getAllByRole('option')[0]!;
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    const chosenName = second.getAttribute('aria-label')!.split(',')[0];
    await user.keyboard('{Enter}');

    const chosen = store.getState().graph.nodes.find((n) => n.label === chosenName)!;
    expect(store.getState().selection).toEqual({ type: 'node', id: chosen.id });
    expect(store.getState().camera).toMatchObject({ kind: 'center', id: chosen.id });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
  });

  it('selects the first option on Enter when none is active', async () => {
    const { user, input, store } = setup();
    await user.type(input, 'delta{Enter}');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'delta' });
    expect(input).toHaveValue('Delta Group');
  });

  it('ArrowUp wraps to the last option', async () => {
    const { user, input } = setup();
    await user.type(input, 'a{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(input).toHaveAttribute('aria-activedescendant', options[options.length - 1]!.id);
  });

  it('selects an option on click', async () => {
    const { user, input, store } = setup();
    await user.type(input, 'beta');
    await user.click(screen.getByRole('option', { name: /^Beta/ }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'beta' });
    expect(store.getState().camera).toMatchObject({ kind: 'center', id: 'beta' });
    expect(input).toHaveFocus();
  });

  it('closes on Escape, and clears the text on a second Escape', async () => {
    const { user, input } = setup();
    await user.type(input, 'gam');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveValue('gam');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('marks a node hidden by the filters, and still selects it', async () => {
    const { user, input, store } = setup();
    act(() => store.getState().toggleSphere('humanitarian'));
    await user.type(input, 'lonely');
    const option = screen.getByRole('option', { name: /Lonely Concept/ });
    expect(option).toHaveTextContent('(hidden by filters)');
    expect(screen.getByRole('option', { name: /Lonely Concept/ })).toHaveAccessibleName(
      /hidden by filters$/,
    );
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'lonely' });
  });

  it('says so when nothing matches', async () => {
    const { user, input } = setup();
    await user.type(input, 'xyz');
    expect(screen.getByRole('status')).toHaveTextContent('No match for “xyz”');
    expect(screen.queryByRole('option')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.clear(input);
    await user.type(input, 'gam');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('focuses the search box when "/" is pressed outside a text field', async () => {
    const { user, input } = setup();
    expect(input).not.toHaveFocus();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });

  it('leaves "/" alone while the user types in another field', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <label>
          Notes <textarea />
        </label>
        <SearchBox />
      </>,
    );
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'a/b');
    expect(notes).toHaveValue('a/b');
    expect(notes).toHaveFocus();
  });

  it('stops listening for "/" once unmounted', () => {
    const { unmount } = setup();
    const remove = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(remove).toHaveBeenCalledWith('keydown', expect.any(Function));
    remove.mockRestore();
  });

  it('renders a hostile label as text', async () => {
    const user = userEvent.setup();
    const hostile = '<img src=x onerror="alert(1)">';
    const graph = {
      ...smallDataset.graph,
      nodes: smallDataset.graph.nodes.map((n) =>
        n.id === 'alpha' ? { ...n, label: hostile, aliases: [hostile] } : n,
      ),
    };
    const { container } = renderWithStore(<SearchBox />, { ...smallDataset, graph });
    await user.type(screen.getByRole('combobox'), '<img');
    expect(screen.getByRole('option')).toHaveTextContent(hostile);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('SearchBox on a graph of thousands', () => {
  it('offers the 12 best matches in rank order as the user types, and picks the best on Enter', async () => {
    const big = syntheticDataset({ nodes: 5000, edges: 20000, seed: 20131 });
    const { user, input, store } = setup();
    act(() => store.getState().replaceDataset(big));
    const nodes = store.getState().graph.nodes;
    for (const query of ['k', 'ka', 'kar']) {
      await user.clear(input);
      await user.type(input, query);
      // Ranked as the domain ranks them: prefix, then word start, then anywhere; ties by label.
      const expected = searchNodes(nodes, query, Infinity).slice(0, 12);
      expect(expected.length).toBe(12);
      const options = screen.getAllByRole('option');
      expect(options.map((o) => o.querySelector('.sr-option-label')?.textContent)).toEqual(
        expected.map((h) => h.node.label),
      );
    }
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({
      type: 'node',
      id: searchNodes(nodes, 'kar', Infinity)[0]!.node.id,
    });
  }, 30_000);
});
