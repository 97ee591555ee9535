import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryError, mapLibrary } from '../../../../src/lib/mapLibrary';
import { MyMapsButton } from '../../../../src/features/maps/MyMapsButton';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

beforeEach(async () => {
  vi.restoreAllMocks();
  for (const map of await mapLibrary().list()) await mapLibrary().remove(map.id);
});

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'My maps' }));
  return screen.findByRole('dialog', { name: 'My maps' });
}

const item = (dialog: HTMLElement, title: string) =>
  within(within(dialog).getByRole('list', { name: /^Kept maps/ })).getByRole('heading', {
    name: title,
  }).parentElement!;

describe('My maps', () => {
  it('keeps a copy of the built-in article, then renames, duplicates, deletes and undoes', async () => {
    const { store } = renderWithStore(<MyMapsButton />);
    // The small article's tour, as if loaded (the built-in one walks the real article).
    store.setState({ tour: smallTour });
    const dialog = await openDialog();
    expect(await within(dialog).findByText('No maps kept in this browser yet.')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Duplicate to edit' }));

    const title = 'A small article (copy)';
    // The copy is on screen, editable and kept; the dialog closes on it.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState()).toMatchObject({ editable: true, origin: 'import' });
    expect(store.getState().mapId).toBe((await mapLibrary().list())[0]!.id);
    expect(store.getState().notices.at(-1)?.text).toBe(
      `Kept “${title}” in My maps: edit it with the tools above the map.`,
    );
    const reopened = await openDialog();
    await waitFor(() =>
      expect(item(reopened, title)).toHaveTextContent(
        `${smallDataset.graph.nodes.length} nodes · ${smallDataset.graph.edges.length} relations · with its text · edited just now · on screen`,
      ),
    );
    expect(within(reopened).getByText('The map on screen is kept in My maps.')).toBeVisible();
    const dialog2 = reopened;
    const actions = within(dialog2).getByRole('group', { name: title });
    await userEvent.click(within(actions).getByRole('button', { name: 'Rename' }));
    const name = within(dialog2).getByRole('textbox', { name: `New name for “${title}”` });
    expect(name).toHaveFocus();
    await userEvent.clear(name);
    await userEvent.type(name, 'Seminar 3{Enter}');
    await waitFor(() => expect(item(dialog2, 'Seminar 3')).toBeVisible());

    await userEvent.click(
      within(within(dialog2).getByRole('group', { name: 'Seminar 3' })).getByRole('button', {
        name: 'Duplicate',
      }),
    );
    await waitFor(() => expect(item(dialog2, 'Copy of Seminar 3')).toBeVisible());

    await userEvent.click(
      within(within(dialog2).getByRole('group', { name: 'Copy of Seminar 3' })).getByRole(
        'button',
        {
          name: 'Delete',
        },
      ),
    );
    const deleted = await within(dialog2).findByRole('list', { name: 'Deleted maps' });
    expect(deleted).toHaveTextContent('Deleted “Copy of Seminar 3”.');
    expect(within(dialog2).queryByRole('heading', { name: 'Copy of Seminar 3' })).toBeNull();
    await userEvent.click(within(deleted).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(item(dialog2, 'Copy of Seminar 3')).toBeVisible());
    expect((await mapLibrary().list()).map((m) => m.title)).toEqual([
      'Copy of Seminar 3',
      'Seminar 3',
    ]);
    const [copy] = await mapLibrary().list();
    expect((await mapLibrary().open(copy!.id)).tour).toEqual(smallTour);
  });

  it('opens a kept map in place of the one on screen, and closes', async () => {
    const kept = await mapLibrary().add('Kept', smallDataset);
    const { store } = renderWithStore(<MyMapsButton />);
    store.getState().replaceDataset({
      ...smallDataset,
      graph: { nodes: smallDataset.graph.nodes.slice(0, 1), edges: [] },
    });
    const dialog = await openDialog();
    expect(within(dialog).getByText(/is not kept yet/)).toBeVisible();
    await userEvent.click(
      within(await within(dialog).findByRole('group', { name: 'Kept' })).getByRole('button', {
        name: 'Open',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().graph).toEqual(smallDataset.graph);
    expect(store.getState().notices.at(-1)?.text).toBe('Opened “Kept” from My maps.');
    expect(store.getState()).toMatchObject({ mapId: kept.id, editable: true });
    const again = await openDialog();
    expect(within(again).getByText('The map on screen is kept in My maps.')).toBeVisible();
    expect(item(again, 'Kept')).toHaveTextContent(/on screen/);
  });

  it('says when the browser keeps nothing, and leaves the map on screen', async () => {
    vi.spyOn(mapLibrary(), 'list').mockRejectedValue(
      new LibraryError('This browser does not let the page keep maps.'),
    );
    const { store } = renderWithStore(<MyMapsButton />);
    const dialog = await openDialog();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This browser does not let the page keep maps.',
    );
    expect(store.getState().graph).toBe(smallDataset.graph);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
