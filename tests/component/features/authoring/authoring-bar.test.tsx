import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import { editNode } from '../../../../src/domain/authoring/nodeEdits';
import { mapLibrary } from '../../../../src/lib/mapLibrary';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

function ownMap(mapId: string | null = null) {
  const view = renderWithStore(
    <>
      <AuthoringBar onSaveFile={() => undefined} />
      <label>
        Notes
        <input />
      </label>
    </>,
  );
  act(() => view.store.getState().openOwnMap(smallDataset, mapId));
  const bar = screen.getByRole('toolbar', { name: 'Edit map' });
  return { user: userEvent.setup(), bar, ...view };
}

type Store = ReturnType<typeof ownMap>['store'];
const rename = (store: Store, label: string) =>
  act(() => {
    store.getState().applyEdit((g, c) => editNode(g, c, 'alpha', { label }));
  });
const alphaLabel = (store: Store) => store.getState().graph.nodes[0]!.label;

describe('AuthoringBar', () => {
  it('enables Undo and Redo as there is something to undo or redo', async () => {
    const { user, bar, store } = ownMap();
    const undo = within(bar).getByRole('button', { name: 'Undo' });
    const redo = within(bar).getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();
    rename(store, 'Alpha One');
    expect(undo).toBeEnabled();
    expect(redo).toBeDisabled();
    await user.click(undo);
    expect(alphaLabel(store)).toBe('Alpha');
    expect(undo).toBeDisabled();
    expect(redo).toBeEnabled();
    await user.click(redo);
    expect(alphaLabel(store)).toBe('Alpha One');
    expect(redo).toBeDisabled();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y on the page', () => {
    const { store } = ownMap();
    rename(store, 'Alpha One');
    rename(store, 'Alpha Two');
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    expect(alphaLabel(store)).toBe('Alpha One');
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    expect(alphaLabel(store)).toBe('Alpha');
    act(() => void fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true }));
    expect(alphaLabel(store)).toBe('Alpha One');
    act(() => void fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true }));
    expect(alphaLabel(store)).toBe('Alpha Two');
    // Cmd on a Mac.
    act(() => void fireEvent.keyDown(document.body, { key: 'z', metaKey: true }));
    expect(alphaLabel(store)).toBe('Alpha One');
    // Not with Alt, nor without Ctrl.
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, altKey: true }));
    act(() => void fireEvent.keyDown(document.body, { key: 'z' }));
    expect(alphaLabel(store)).toBe('Alpha One');
  });

  it('leaves Ctrl+Z to a text field that has focus', () => {
    const { store } = ownMap();
    rename(store, 'Alpha One');
    const field = screen.getByRole('textbox', { name: 'Notes' });
    const event = fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(event).toBe(true); // not prevented: the field undoes its own typing
    expect(alphaLabel(store)).toBe('Alpha One');
  });

  it('says whether the map is kept in My maps and how its saving goes', async () => {
    const { id } = await mapLibrary().add('Small', smallDataset);
    const { bar, store } = ownMap(id);
    const status = within(bar).getByRole('status');
    expect(status).toHaveTextContent('Saved in My maps');
    expect(within(bar).queryByRole('button', { name: 'Save as a map file' })).toBeNull();
    rename(store, 'Alpha One');
    expect(status).toHaveTextContent('Saving…');
    expect(await within(bar).findByText('Saved in My maps')).toBe(status);

    act(() =>
      store.getState().setSaveState({ kind: 'failed', message: 'The browser is out of room.' }),
    );
    expect(status).toHaveTextContent('Not saved: The browser is out of room.');
    expect(within(bar).getByRole('button', { name: 'Save as a map file' })).toBeInTheDocument();
  });

  it('says why a save failed, with a notice, and offers to save it as a file', async () => {
    // Kept under an id that My maps no longer has (deleted in another tab).
    const { bar, store } = ownMap('gone');
    rename(store, 'Alpha One');
    const status = within(bar).getByRole('status');
    expect(
      await within(bar).findByText('Not saved: This map is no longer kept in this browser.'),
    ).toBe(status);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: 'This map is no longer kept in this browser.',
    });
    expect(within(bar).getByRole('button', { name: 'Save as a map file' })).toBeInTheDocument();
    expect(alphaLabel(store)).toBe('Alpha One');
  });

  it('says a map not kept is not in My maps, and offers to save it as a file', () => {
    const { bar } = ownMap(null);
    expect(within(bar).getByRole('status')).toHaveTextContent('Not kept in My maps');
    expect(within(bar).getByRole('button', { name: 'Save as a map file' })).toBeInTheDocument();
  });
});
