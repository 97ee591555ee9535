import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import { PathPanel } from '../../../../src/features/path/PathPanel';
import { renderWithStore } from '../../renderWithStore';

const from = () => screen.getByRole('combobox', { name: 'From' });
const to = () => screen.getByRole('combobox', { name: 'To' });
const steps = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => within(li).getByRole('button').textContent?.replace(/[—→]/g, ''));

describe('PathPanel', () => {
  it('lists the displayed nodes by label, after an empty choice', () => {
    const { store } = renderWithStore(<PathPanel />);
    const names = () =>
      within(from())
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(names()).toEqual([
      'Choose a node…',
      'Alpha',
      'Beta',
      'Delta Group',
      'Gamma Oil',
      'Lonely Concept',
    ]);
    act(() => store.getState().toggleSphere('humanitarian'));
    expect(names()).not.toContain('Lonely Concept');
  });

  it('sets the path once both ends are chosen and lists its steps', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    await user.selectOptions(from(), 'Alpha');
    expect(store.getState().path).toBeNull();
    await user.selectOptions(to(), 'Delta Group');
    expect(store.getState().path).toEqual(['alpha', 'delta']);
    expect(screen.getByRole('status')).toHaveTextContent('3 steps');
    // Each step reads in the relation's own direction, whichever way the path walks it.
    expect(steps()).toEqual([
      'Alpha signed a treaty with Beta',
      'Gamma Oil develops fields in Beta',
      'Delta Group may compete with Gamma Oil',
    ]);
    expect(screen.getAllByRole('blockquote').map((q) => q.textContent)).toEqual([
      'Alpha and Beta signed a treaty in 2013.',
      'The company Gamma Oil develops fields in Beta.',
      'Delta Group may compete with Gamma Oil',
    ]);
    // What kind of claim each step is, and whose.
    expect(screen.getByText('Contested · author’s assessment')).toBeInTheDocument();
    expect(screen.getAllByText('Established · reported fact')).toHaveLength(2);
  });

  it('selects a step’s relation from its button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    act(() => store.getState().setPath(['beta', 'delta']));
    await user.click(screen.getByRole('button', { name: 'Gamma Oil develops fields in Beta' }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'gamma-fields-beta' });
  });

  it('shows a path set elsewhere (a shared link) in the selects', () => {
    const { store } = renderWithStore(<PathPanel />);
    act(() => store.getState().setPath(['gamma-oil', 'alpha']));
    expect(from()).toHaveValue('gamma-oil');
    expect(to()).toHaveValue('alpha');
    expect(screen.getByRole('status')).toHaveTextContent('2 steps');
  });

  it('says when the filters leave no path, and resetting them finds it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    act(() => store.getState().setPath(['alpha', 'gamma-oil']));
    act(() => store.getState().toggleSphere('energy'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'No path between Alpha and Gamma Oil with the current filters',
    );
    expect(screen.queryByRole('list')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters.spheres).toContain('energy');
    expect(screen.getByRole('status')).toHaveTextContent('2 steps');
  });

  it('says two nodes are not connected when no filter is to blame', () => {
    const { store } = renderWithStore(<PathPanel />);
    act(() => store.getState().setPath(['alpha', 'lonely']));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Alpha and Lonely Concept are not connected in this map.',
    );
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });

  it('clears the path and both selects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    await user.selectOptions(from(), 'Alpha');
    await user.selectOptions(to(), 'Beta');
    expect(store.getState().path).toEqual(['alpha', 'beta']);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(store.getState().path).toBeNull();
    expect(from()).toHaveValue('');
    expect(to()).toHaveValue('');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('swaps the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    await user.selectOptions(from(), 'Alpha');
    await user.selectOptions(to(), 'Gamma Oil');
    await user.click(screen.getByRole('button', { name: /Swap ends/ }));
    expect(store.getState().path).toEqual(['gamma-oil', 'alpha']);
    expect(from()).toHaveValue('gamma-oil');
  });

  it('does not ask for a path from a node to itself', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathPanel />);
    await user.selectOptions(from(), 'Beta');
    await user.selectOptions(to(), 'Beta');
    expect(store.getState().path).toBeNull();
    expect(screen.getByText('Choose two different nodes.')).toBeInTheDocument();
  });
});

describe('PathPanel over an undirected graph', () => {
  const text = `<graphml><graph edgedefault="undirected">
    <node id="valjean"/><node id="babet"/><node id="javert"/>
    <edge source="valjean" target="babet"/><edge source="javert" target="babet"/></graph></graphml>`;
  const undirected = () =>
    toDataset(parseGraphFile({ name: 'u.graphml', text }).graph, {
      sphereAttribute: null,
      fileName: 'u.graphml',
    });

  it('reads each step in the path’s order, with no arrows', async () => {
    const user = userEvent.setup();
    renderWithStore(<PathPanel />, undirected());
    await user.selectOptions(from(), 'valjean');
    await user.selectOptions(to(), 'javert');
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'valjean —is linked with— babet',
      'babet —is linked with— javert',
    ]);
    expect(buttons.map((b) => b.textContent).join('')).not.toContain('→');
  });
});
