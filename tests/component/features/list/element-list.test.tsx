import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ElementList } from '../../../../src/features/list/ElementList';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

function setup(dataset = smallDataset) {
  const user = userEvent.setup();
  const rendered = renderWithStore(<ElementList />, dataset);
  const section = screen.getByRole('region', { name: 'Elements' });
  return { user, section, ...rendered };
}

const list = (name: RegExp) => screen.getByRole('list', { name });
const names = (name: RegExp) =>
  within(list(name))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));

describe('ElementList', () => {
  it('lists what the map displays, with counts, sorted, each with a self-sufficient name', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Nodes (5)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Relations (4)' })).toBeInTheDocument();
    expect(names(/^Nodes/)).toEqual([
      'Alpha, State, Political, Energy',
      'Beta, State, Political, Energy',
      'Delta Group, Company, Economic',
      'Gamma Oil, Company, Energy, Economic',
      'Lonely Concept, Concept, Humanitarian',
    ]);
    expect(names(/^Relations/)).toEqual([
      'Alpha signed a treaty with Beta, Established, reported fact, Political',
      'Beta exports oil to Alpha, Established, reported fact, Energy, Economic',
      'Delta Group may compete with Gamma Oil, Contested, author’s assessment, Economic',
      'Gamma Oil develops fields in Beta, Established, reported fact, Energy',
    ]);
  });

  it('drops what a sphere filter hides, and lists it marked when "Include hidden" is ticked', async () => {
    const { user, store } = setup();
    act(() => store.getState().toggleSphere('economic'));
    expect(screen.queryByRole('button', { name: /^Delta Group, Company/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delta Group may compete/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nodes (4)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Gamma Oil, Company/ })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include hidden' }));
    const delta = screen.getByRole('button', {
      name: 'Delta Group, Company, Economic, hidden by filters',
    });
    expect(delta).toHaveTextContent('hidden');
    expect(screen.getByRole('heading', { name: 'Nodes (5)' })).toBeInTheDocument();
  });

  it('narrows the list to what the filter text matches', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Filter list' }), 'gamma');
    expect(names(/^Nodes/)).toEqual(['Gamma Oil, Company, Energy, Economic']);
    expect(screen.getByRole('heading', { name: 'Relations (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Alpha, State/ })).toBeNull();
  });

  it('selects and centres a node on click, and selects a relation on click', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: /^Beta, State/ }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'beta' });
    expect(store.getState().camera).toMatchObject({ kind: 'center', id: 'beta' });
    await user.click(screen.getByRole('button', { name: /^Beta exports oil to Alpha/ }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'beta-oil-alpha' });
  });

  it('moves focus with the arrow keys, Home and End, with one tab stop, and selects with Enter and Space', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('searchbox', { name: 'Filter list' }));
    await user.tab(); // the checkbox
    await user.tab();
    const alpha = screen.getByRole('button', { name: /^Alpha, State/ });
    expect(alpha).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const beta = screen.getByRole('button', { name: /^Beta, State/ });
    expect(beta).toHaveFocus();
    expect(beta).toHaveAttribute('tabindex', '0');
    expect(alpha).toHaveAttribute('tabindex', '-1');
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(alpha).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /^Gamma Oil develops fields/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'gamma-fields-beta' });
    await user.keyboard('{Home}');
    expect(alpha).toHaveFocus();
    await user.keyboard(' ');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'alpha' });
    // Tab leaves the list rather than walking through every item.
    await user.tab();
    expect(document.activeElement?.closest('ul')).toBeNull();
  });

  it('marks the item selected elsewhere (on the map) as pressed, scrolls it into view and makes it the tab stop', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      const { store } = setup();
      const gamma = screen.getByRole('button', { name: /^Gamma Oil, Company/ });
      expect(gamma).toHaveAttribute('aria-pressed', 'false');
      act(() => store.getState().selectElement({ type: 'node', id: 'gamma-oil' }));
      expect(gamma).toHaveAttribute('aria-pressed', 'true');
      expect(gamma).toHaveAttribute('tabindex', '0');
      expect(scroll).toHaveBeenCalled();
      expect(scroll.mock.contexts.at(-1)).toBe(gamma);
      expect(screen.getAllByRole('button', { pressed: true })).toEqual([gamma]);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('highlights a node on the map while its item is hovered or focused', async () => {
    const { user, store } = setup();
    const delta = screen.getByRole('button', { name: /^Delta Group, Company/ });
    await user.hover(delta);
    expect(store.getState().hovered).toBe('delta');
    await user.unhover(delta);
    expect(store.getState().hovered).toBeNull();
    act(() => delta.focus());
    expect(store.getState().hovered).toBe('delta');
    act(() => delta.blur());
    expect(store.getState().hovered).toBeNull();
  });

  it('clears the highlight it set when the list goes away, but not one set by the map', () => {
    const { store, unmount } = setup();
    act(() => screen.getByRole('button', { name: /^Delta Group, Company/ }).focus());
    expect(store.getState().hovered).toBe('delta');
    unmount();
    expect(store.getState().hovered).toBeNull();

    const again = setup();
    act(() => screen.getByRole('button', { name: /^Beta, State/ }).focus());
    act(() => again.store.getState().hoverNode('alpha'));
    again.unmount();
    expect(again.store.getState().hovered).toBe('alpha');
  });

  it('says when the filter text matches nothing', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Filter list' }), 'xyz');
    expect(screen.getByText('Nothing matches “xyz”.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Nodes/ })).toBeNull();
  });

  it('offers to reset the filters when they hide everything', async () => {
    const { user, store } = setup();
    act(() => store.getState().showNoSpheres());
    expect(screen.getByText('The filters hide everything.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters.spheres).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Nodes (5)' })).toBeInTheDocument();
  });

  it('renders a hostile label as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const graph = {
      ...smallDataset.graph,
      nodes: smallDataset.graph.nodes.map((n) => (n.id === 'alpha' ? { ...n, label: hostile } : n)),
    };
    const { section } = setup({ ...smallDataset, graph });
    expect(
      screen.getByRole('button', { name: `${hostile}, State, Political, Energy` }),
    ).toHaveTextContent(hostile);
    expect(
      screen.getByRole('button', {
        name: new RegExp(`^Beta exports oil to ${hostile.replace(/[()]/g, '\\$&')}`),
      }),
    ).toBeInTheDocument();
    expect(section.querySelector('img')).toBeNull();
  });
});
