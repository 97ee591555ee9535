import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

function ownMap(tour = false) {
  const view = renderWithStore(<AuthoringBar />);
  view.store.getState().openOwnMap({ ...smallDataset, ...(tour ? { tour: smallTour } : {}) }, null);
  return view;
}

describe('Add this view as a step', () => {
  it('offers the selection’s name as the title and adds the view as the first step', async () => {
    const user = userEvent.setup();
    const { store } = ownMap();
    store.getState().selectElement({ type: 'node', id: 'beta' });
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add this view as a step' });
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
    await user.type(within(dialog).getByRole('textbox', { name: 'Caption' }), 'Beta, close up.');
    await user.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const tour = store.getState().tour!;
    expect(tour.title).toBe(smallDataset.article.title);
    expect(tour.steps[0]).toMatchObject({
      title: 'Beta',
      caption: 'Beta, close up.',
      selection: { type: 'node', id: 'beta' },
      focus: ['beta'],
      blocks: ['p1'],
    });
    store.getState().undo();
    expect(store.getState().tour).toBeNull();
  });

  it('says what is missing and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { store } = ownMap();
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add this view as a step' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Step 1');
    await user.clear(title);
    await user.type(title, 'Overview');
    await user.click(within(dialog).getByRole('button', { name: 'Add step' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The step needs a caption.');
    expect(title).toHaveValue('Overview');
    expect(store.getState().tour).toBeNull();
  });
});

describe('Tour steps', () => {
  it('says there is no tour yet', async () => {
    const user = userEvent.setup();
    ownMap();
    await user.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    expect(dialog).toHaveTextContent('This map has no tour yet.');
  });

  it('moves a step by keyboard, focus staying on it, and says where it went', async () => {
    const user = userEvent.setup();
    const { store } = ownMap(true);
    await user.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    const down = within(dialog).getByRole('button', { name: 'Move step 1 down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().tour!.steps.map((s) => s.id)).toEqual(['two', 'one', 'three']);
    expect(within(dialog).getByRole('button', { name: 'Move step 2 down' })).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('“Treaty” is now step 2 of 3.');
    expect(within(dialog).getByRole('button', { name: 'Move step 1 up' })).toBeDisabled();
  });

  it('moves a step by dragging it onto another', async () => {
    const { store } = ownMap(true);
    fireEvent.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    const items = within(dialog).getAllByRole('listitem');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      get types() {
        return [...data.keys()];
      },
      setDragImage: () => {},
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(items[2]!.querySelector('[draggable]')!, { dataTransfer });
    fireEvent.dragOver(items[0]!, { dataTransfer });
    fireEvent.drop(items[0]!, { dataTransfer });
    expect(store.getState().tour!.steps.map((s) => s.id)).toEqual(['three', 'one', 'two']);
  });

  it('edits a title, refuses an empty caption keeping the text, deletes and previews', async () => {
    const user = userEvent.setup();
    const { store } = ownMap(true);
    await user.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    const title = within(dialog).getByRole('textbox', { name: 'Title of step 2' });
    await user.clear(title);
    await user.type(title, 'Oil and gas{Enter}');
    expect(store.getState().tour!.steps[1]!.title).toBe('Oil and gas');
    const caption = within(dialog).getByRole('textbox', { name: 'Caption of step 2' });
    await user.clear(caption);
    await user.tab();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Step 2 needs a caption');
    expect(store.getState().tour!.steps[1]!.caption).toBe('Beta sells oil.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete step 1' }));
    expect(store.getState().tour!.steps.map((s) => s.id)).toEqual(['two', 'three']);
    await user.click(within(dialog).getByRole('button', { name: 'Preview step 2' }));
    expect(store.getState().tourStep).toBe(1);
    expect(store.getState().tour!.steps[1]!.id).toBe('three');
  });
});

describe('speaker notes', () => {
  it('are written per step, one undo step each, emptied away, and kept as text', async () => {
    const user = userEvent.setup();
    const { store } = ownMap(true);
    await user.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    const notes = within(dialog).getByRole('textbox', { name: 'Speaker notes for step 2' });
    expect(notes).toHaveValue('');
    expect(notes).toHaveAccessibleDescription(/Shown only in the presenter view/);
    await user.type(notes, 'Point at ¶2. <b>Ask</b> who buys.');
    expect(store.getState().tour!.steps[1]!.notes).toBeUndefined();
    await user.tab();
    expect(store.getState().tour!.steps[1]!.notes).toBe('Point at ¶2. <b>Ask</b> who buys.');
    expect(dialog.querySelector('b')).toBeNull();
    // Leaving it unchanged makes no step; emptying it removes the notes.
    await user.click(notes);
    await user.tab();
    expect(store.getState().past).toHaveLength(1);
    await user.clear(notes);
    await user.tab();
    expect(store.getState().tour!.steps[1]).not.toHaveProperty('notes');
    store.getState().undo();
    await waitFor(() => expect(notes).toHaveValue('Point at ¶2. <b>Ask</b> who buys.'));
    store.getState().undo();
    await waitFor(() => expect(notes).toHaveValue(''));
    expect(store.getState().tour!.steps[1]).toEqual(smallTour.steps[1]);
  });
});

describe('the tour’s title', () => {
  it('is edited in Tour steps, one undo step, and never left empty', async () => {
    const user = userEvent.setup();
    const { store } = ownMap(true);
    await user.click(screen.getByRole('button', { name: 'Tour steps…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tour steps' });
    const title = within(dialog).getByRole('textbox', { name: 'Tour title' });
    expect(title).toHaveValue('A small tour');
    await user.clear(title);
    await user.type(title, 'My walk{Enter}');
    expect(store.getState().tour!.title).toBe('My walk');
    await user.clear(title);
    await user.tab();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The tour needs a title');
    expect(store.getState().tour!.title).toBe('My walk');
    store.getState().undo();
    await waitFor(() => expect(title).toHaveValue('A small tour'));
  });
});
