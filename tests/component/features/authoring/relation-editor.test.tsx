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

/** The small map on screen as one's own, relation `id` selected and its editor opened. */
async function editRelation(id: string) {
  const user = userEvent.setup();
  const view = renderWithStore(<EditorSlot />);
  act(() => {
    view.store.getState().openOwnMap(smallDataset, null);
    view.store.getState().selectElement({ type: 'edge', id });
  });
  await user.click(await screen.findByRole('button', { name: 'Edit relation' }));
  const form = screen.getByRole('form', { name: 'Edit relation' });
  const edge = () => view.store.getState().graph.edges.find((e) => e.id === id);
  return { user, form, edge, ...view };
}

describe('RelationEditor', () => {
  it('reads the phrase as a sentence while it is typed, and saves it with status, claim and year', async () => {
    const { user, form, edge, store } = await editRelation('beta-oil-alpha');
    const phrase = within(form).getByRole('textbox', {
      name: 'Relation, read from “Beta” to “Alpha”',
    });
    expect(form).toHaveTextContent('Reads: The article reports that Beta exports oil to Alpha.');
    await user.clear(phrase);
    expect(form).toHaveTextContent('Reads: The article reports that Beta … Alpha.');
    await user.type(phrase, 'sells gas to');
    expect(form).toHaveTextContent('Reads: The article reports that Beta sells gas to Alpha.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'Proposed');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Whose claim' }),
      'Author’s assessment',
    );
    expect(form).toHaveTextContent('Reads: The author argues that Beta sells gas to Alpha.');
    await user.type(within(form).getByRole('textbox', { name: /^Year/ }), ' 2014 ');
    await user.click(within(form).getByRole('button', { name: 'Save relation' }));

    expect(edge()).toMatchObject({
      relation: 'sells gas to',
      status: 'proposed',
      attribution: 'author',
      year: 2014,
      source: 'beta',
      target: 'alpha',
    });
    expect(screen.queryByRole('form')).toBeNull();
    expect(store.getState().past).toHaveLength(1);
  });

  it('refuses a year that is not a number and keeps what was typed', async () => {
    const { user, form, edge, store } = await editRelation('alpha-treaty-beta');
    const phrase = within(form).getByRole('textbox', { name: /^Relation, read from/ });
    await user.type(phrase, ' (again)');
    const year = within(form).getByRole('textbox', { name: /^Year/ });
    await user.clear(year);
    await user.type(year, 'spring 2013');
    await user.click(within(form).getByRole('button', { name: 'Save relation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not saved: the year is to be a whole number, such as 2013.',
    );
    expect(year).toHaveValue('spring 2013');
    expect(phrase).toHaveValue('signed a treaty with (again)');
    expect(edge()).toEqual(smallDataset.graph.edges[0]);
    expect(store.getState().past).toHaveLength(0);

    // No year at all is fine: the relation has none.
    await user.clear(year);
    await user.click(within(form).getByRole('button', { name: 'Save relation' }));
    expect(edge()!.year).toBeNull();
  });

  it('refuses an empty phrase with the message shown', async () => {
    const { user, form, edge } = await editRelation('alpha-treaty-beta');
    const phrase = within(form).getByRole('textbox', { name: /^Relation, read from/ });
    await user.clear(phrase);
    await user.type(phrase, '   ');
    await user.click(within(form).getByRole('button', { name: 'Save relation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not saved: write what the relation is, such as “exports oil to”.',
    );
    expect(edge()!.relation).toBe('signed a treaty with');
    await user.type(phrase, 'agreed with');
    await user.click(within(form).getByRole('checkbox', { name: 'Political' }));
    await user.click(within(form).getByRole('button', { name: 'Save relation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not saved: choose at least one category.',
    );
    expect(phrase).toHaveValue('   agreed with');
  });

  it('reverses the direction as one undo step', async () => {
    const { user, edge, store } = await editRelation('gamma-fields-beta');
    await user.click(screen.getByRole('button', { name: 'Reverse direction' }));
    expect(edge()).toMatchObject({ source: 'beta', target: 'gamma-oil' });
    // The open form now reads the other way.
    expect(
      screen.getByRole('textbox', { name: 'Relation, read from “Beta” to “Gamma Oil”' }),
    ).toBeInTheDocument();
    act(() => store.getState().undo());
    expect(edge()).toMatchObject({ source: 'gamma-oil', target: 'beta' });
  });

  it('asks before deleting, then deletes and says how to bring it back', async () => {
    const { user, edge, store } = await editRelation('beta-oil-alpha');
    await user.click(screen.getByRole('button', { name: 'Delete relation…' }));
    const confirm = screen.getByRole('group', { name: 'Delete relation' });
    expect(confirm).toHaveTextContent('Delete this relation? Its two nodes stay.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    const s = store.getState();
    expect(edge()).toBeUndefined();
    expect(s.graph.nodes).toHaveLength(smallDataset.graph.nodes.length);
    expect(s.selection).toBeNull();
    expect(s.notices.at(-1)!.text).toBe(
      'Deleted the relation “Beta exports oil to Alpha”. Undo brings it back.',
    );
  });
});

describe('after a delete', () => {
  it('the editor is closed when the relation comes back and is selected again', async () => {
    const { user, store } = await editRelation('beta-oil-alpha');
    await user.click(screen.getByRole('button', { name: 'Delete relation…' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Delete relation' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    act(() => {
      store.getState().undo();
      store.getState().selectElement({ type: 'edge', id: 'beta-oil-alpha' });
    });
    expect(screen.getByRole('button', { name: 'Edit relation' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
