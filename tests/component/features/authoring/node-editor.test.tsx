import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import EditorSlot from '../../../../src/features/authoring/editors/EditorSlot';
import { useAuthoringUi } from '../../../../src/features/authoring/ui';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

// The authoring UI's state is the module's, shared with other test files (isolate: false):
// closed before each test, and left closed after.
const closeAll = () =>
  useAuthoringUi.setState({ editorFor: null, relationEvidence: null, quoteDialog: false });
beforeEach(closeAll);
afterEach(() => {
  cleanup();
  closeAll();
});

/** The small map on screen as one's own, `id` selected and its editor opened. */
async function editNode(id: string) {
  const user = userEvent.setup();
  const view = renderWithStore(<EditorSlot />);
  act(() => {
    view.store.getState().openOwnMap(smallDataset, null);
    view.store.getState().selectElement({ type: 'node', id });
  });
  await user.click(await screen.findByRole('button', { name: 'Edit node' }));
  const label = view.store.getState().graph.nodes.find((n) => n.id === id)!.label;
  const form = screen.getByRole('form', { name: `Edit node “${label}”` });
  return { user, form, ...view };
}

const nodeOf = (store: ReturnType<typeof renderWithStore>['store'], id: string) =>
  store.getState().graph.nodes.find((n) => n.id === id);

describe('NodeEditor', () => {
  it('saves label, kind, categories and summary as one undo step', async () => {
    const { user, form, store } = await editNode('delta');
    expect(screen.getByRole('button', { name: 'Edit node' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const label = within(form).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Delta Holdings');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'Organisation');
    await user.click(within(form).getByRole('checkbox', { name: 'Energy' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Economic' }));
    const summary = within(form).getByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, '  A rival group.  ');
    await user.click(within(form).getByRole('button', { name: 'Save node' }));

    expect(nodeOf(store, 'delta')).toMatchObject({
      label: 'Delta Holdings',
      aliases: ['Delta Group'],
      kind: 'organization',
      domains: ['energy'],
      summary: 'A rival group.',
    });
    // The editor closes; the edit is one step.
    expect(screen.queryByRole('form')).toBeNull();
    expect(store.getState().past).toHaveLength(1);
    act(() => store.getState().undo());
    expect(nodeOf(store, 'delta')).toEqual(smallDataset.graph.nodes[3]);
  });

  it('keeps the categories in the map’s order', async () => {
    const { user, form, store } = await editNode('lonely');
    await user.click(within(form).getByRole('checkbox', { name: 'Political' }));
    await user.click(within(form).getByRole('button', { name: 'Save node' }));
    expect(nodeOf(store, 'lonely')!.domains).toEqual(['political', 'humanitarian']);
  });

  it('refuses an alias the text does not use, says so, and keeps what was typed', async () => {
    const { user, form, store } = await editNode('alpha');
    const label = within(form).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Republic of Alpha');
    const aliases = within(form).getByRole('textbox', { name: /Names the text also uses/ });
    await user.type(aliases, '{Enter}Alphastan');
    await user.click(within(form).getByRole('button', { name: 'Save node' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not saved: "Alphastan" does not occur in the text.',
    );
    expect(label).toHaveValue('Republic of Alpha');
    expect(aliases).toHaveValue('Alpha\nAlphaville\nAlphastan');
    expect(nodeOf(store, 'alpha')!.label).toBe('Alpha');
    expect(store.getState().past).toHaveLength(0);
  });

  it('says a node needs a label and a category, in the form’s words', async () => {
    const { user, form, store } = await editNode('lonely');
    await user.click(within(form).getByRole('checkbox', { name: 'Humanitarian' }));
    await user.click(within(form).getByRole('button', { name: 'Save node' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not saved: choose at least one category.',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Energy' }));
    const label = within(form).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, '  ');
    await user.click(within(form).getByRole('button', { name: 'Save node' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Not saved: the node needs a label.');
    expect(within(form).getByRole('checkbox', { name: 'Energy' })).toBeChecked();
    expect(store.getState().past).toHaveLength(0);
  });

  it('merges into another node: relations move over and a notice says so', async () => {
    const { user, store } = await editNode('delta');
    const merge = screen.getByRole('group', { name: 'Merge' });
    const button = within(merge).getByRole('button', { name: 'Merge' });
    expect(button).toBeDisabled();
    await user.selectOptions(within(merge).getByRole('combobox', { name: 'Merge into' }), 'Beta');
    await user.click(button);

    const s = store.getState();
    expect(nodeOf(store, 'delta')).toBeUndefined();
    expect(s.graph.edges.find((e) => e.id === 'delta-competes-gamma')).toMatchObject({
      source: 'beta',
      target: 'gamma-oil',
    });
    expect(nodeOf(store, 'beta')!.aliases).toEqual(['Beta', 'Delta Group']);
    expect(s.selection).toEqual({ type: 'node', id: 'beta' });
    expect(s.notices.at(-1)).toMatchObject({
      kind: 'info',
      text: 'Merged “Delta Group” into “Beta”: 1 relation moved over.',
    });
    expect(s.past).toHaveLength(1);
  });

  it('says when a merge drops the relations between the two', async () => {
    const { user, store } = await editNode('beta');
    const merge = screen.getByRole('group', { name: 'Merge' });
    await user.selectOptions(within(merge).getByRole('combobox', { name: 'Merge into' }), 'Alpha');
    await user.click(within(merge).getByRole('button', { name: 'Merge' }));
    expect(store.getState().notices.at(-1)!.text).toBe(
      'Merged “Beta” into “Alpha”: 1 relation moved over, 2 relations between the two dropped.',
    );
  });

  it('asks before deleting, saying how many relations go with the node', async () => {
    const { user, store } = await editNode('beta');
    await user.click(screen.getByRole('button', { name: 'Delete node…' }));
    const confirm = screen.getByRole('group', { name: 'Delete node' });
    expect(confirm).toHaveTextContent('Delete “Beta” and its 3 relations?');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(nodeOf(store, 'beta')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete node…' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Delete node' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    const s = store.getState();
    expect(nodeOf(store, 'beta')).toBeUndefined();
    expect(s.graph.edges.map((e) => e.id)).toEqual(['delta-competes-gamma']);
    expect(s.selection).toBeNull();
    expect(s.notices.at(-1)!.text).toBe('Deleted “Beta” and 3 relations. Undo brings them back.');
    // Nothing is selected any more: the editor is gone.
    expect(screen.queryByRole('button', { name: 'Edit node' })).toBeNull();
    act(() => s.undo());
    expect(store.getState().graph).toEqual(smallDataset.graph);
  });

  it('deletes a node without relations without naming any', async () => {
    const { user } = await editNode('lonely');
    await user.click(screen.getByRole('button', { name: 'Delete node…' }));
    expect(screen.getByRole('group', { name: 'Delete node' })).toHaveTextContent(
      /^Delete “Lonely Concept”\?/,
    );
  });
});

describe('after a delete', () => {
  it('the editor is closed when the node comes back and is selected again', async () => {
    const { user, store } = await editNode('delta');
    await user.click(screen.getByRole('button', { name: 'Delete node…' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Delete node' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    act(() => {
      store.getState().undo();
      store.getState().selectElement({ type: 'node', id: 'delta' });
    });
    expect(screen.getByRole('button', { name: 'Edit node' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
