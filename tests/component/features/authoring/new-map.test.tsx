import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewMapButton } from '../../../../src/features/authoring/newMap/NewMapButton';
import type { KeepMap } from '../../../../src/features/authoring/newMap/NewMapDialog';
import { buildDocx } from '../../../fixtures/docx';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

async function openDialog(keep: KeepMap = vi.fn(async () => ({ id: 'kept-1' }))) {
  const rendered = renderWithStore(<NewMapButton keep={keep} />);
  await userEvent.click(screen.getByRole('button', { name: 'New map' }));
  const dialog = await screen.findByRole('dialog', { name: 'New map' });
  return { ...rendered, dialog, keep };
}

// Reading and keeping take a while on a busy machine: more than waitFor's default second.
const SLOW = { timeout: 5000 };

/** Waits until the dialog has closed (the map made). */
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), SLOW);

/** Waits for the preview of what the text became (the reading's status comes first). */
const preview = (dialog: HTMLElement, text: string) =>
  waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(text), SLOW);

const fileOf = (name: string, content: BlobPart, type = 'text/plain') =>
  new File([content], name, { type });

describe('New map', () => {
  it('makes a pasted text an empty map of one’s own, kept in My maps', async () => {
    const { dialog, store, keep } = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Paste a text' }),
      'One.{Enter}{Enter}Two.{Enter}{Enter}Three.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Read the pasted text' }));
    await preview(dialog, 'The pasted text became 0 headings, 3 paragraphs and 0 list items.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title (required)' }), 'Mine');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create map' }));
    await closed();
    const s = store.getState();
    expect(keep).toHaveBeenCalledWith(
      'Mine',
      expect.objectContaining({ graph: { nodes: [], edges: [] } }),
    );
    expect(s.editable).toBe(true);
    expect(s.mapId).toBe('kept-1');
    expect(s.article.blocks.map((b) => b.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(s.graph.nodes).toEqual([]);
  });

  it('reads a pasted text as Markdown when told so', async () => {
    const { dialog } = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Paste a text' }),
      '# Heading{Enter}{Enter}- one{Enter}- two',
    );
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Markdown' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Read the pasted text' }));
    await preview(dialog, 'became 1 heading, 0 paragraphs and 2 list items.');
    expect(within(dialog).getByRole('textbox', { name: 'Title (required)' })).toHaveValue(
      'Heading',
    );
  });

  it('opens a Word document and prefills nothing it does not state', async () => {
    const { dialog } = await openDialog();
    const docx = await buildDocx([{ text: 'Energy', style: 'Heading1' }, { text: 'Oil.' }]);
    await userEvent.upload(
      within(dialog).getByLabelText(/^Or open a file/),
      fileOf('energy.docx', docx.slice().buffer),
    );
    await preview(dialog, 'energy.docx became 1 heading, 1 paragraph and 0 list items.');
    expect(within(dialog).getByRole('textbox', { name: 'Title (required)' })).toHaveValue('');
  });

  it('forgets a file read before when the next one is refused', async () => {
    const { dialog } = await openDialog();
    const input = within(dialog).getByLabelText(/^Or open a file/);
    await userEvent.upload(input, fileOf('good.txt', 'Some text.'));
    await preview(dialog, 'good.txt became 0 headings, 1 paragraph and 0 list items.');
    await userEvent.upload(input, fileOf('empty.txt', ''));
    expect(await within(dialog).findByRole('alert', undefined, SLOW)).toHaveTextContent(
      'empty.txt: there is no text in it',
    );
    expect(within(dialog).queryByText(/good\.txt became/)).toBeNull();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title (required)' }), 'T');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create map' }));
    expect(
      await within(dialog).findByText('Paste a text or open a file first.', undefined, SLOW),
    ).toBeVisible();
  });

  it('says what is wrong next to what caused it, and keeps what was typed', async () => {
    const { dialog, store, keep } = await openDialog();
    const title = within(dialog).getByRole('textbox', { name: 'Title (required)' });
    await userEvent.type(title, 'Kept');
    const input = within(dialog).getByLabelText(/^Or open a file/);
    await userEvent.upload(input, fileOf('empty.txt', ''));
    const alert = await within(dialog).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('empty.txt: there is no text in it');
    expect(input).toHaveAccessibleDescription('empty.txt: there is no text in it');

    await userEvent.upload(input, fileOf('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0, 1])));
    expect(await within(dialog).findByRole('alert', undefined, SLOW)).toHaveTextContent(
      'photo.txt: this is not a text file',
    );
    expect(title).toHaveValue('Kept');

    await userEvent.clear(title);
    const paste = within(dialog).getByRole('textbox', { name: 'Paste a text' });
    await userEvent.type(paste, 'Some text.');
    const source = within(dialog).getByRole('textbox', { name: 'Source URL' });
    await userEvent.type(source, 'not a link');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create map' }));
    await waitFor(
      () =>
        expect(
          within(dialog).getByRole('textbox', { name: 'Title (required)' }),
        ).toHaveAccessibleDescription('A map needs a title.'),
      SLOW,
    );
    // The first field to correct has the focus, once the paste is read.
    await waitFor(
      () => expect(within(dialog).getByRole('textbox', { name: 'Title (required)' })).toHaveFocus(),
      SLOW,
    );
    expect(source).toHaveAccessibleDescription(
      /“not a link” is not a web address: it should start with https:\/\/ or http:\/\/\./,
    );
    expect(paste).toHaveValue('Some text.');
    expect(keep).not.toHaveBeenCalled();
    expect(store.getState().editable).toBe(false);
    expect(store.getState().article).toBe(smallDataset.article);
  });

  it('puts the map on screen when the browser will not keep it, and says why', async () => {
    const keep = vi.fn(async () => {
      throw new Error('This browser does not let the page keep maps.');
    });
    const { dialog, store } = await openDialog(keep);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Paste a text' }), 'Text.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title (required)' }), 'T');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create map' }));
    await closed();
    const s = store.getState();
    expect(s.editable).toBe(true);
    expect(s.mapId).toBeNull();
    expect(s.saveState).toEqual({
      kind: 'failed',
      message: 'This browser does not let the page keep maps.',
    });
    expect(s.notices.at(-1)).toMatchObject({
      kind: 'error',
      text: 'This browser does not let the page keep maps.',
    });
  });
});

describe('readText', () => {
  it('stops when cancelled, and when its time is up', async () => {
    const { readText, ReadStopped } =
      await import('../../../../src/features/authoring/newMap/readText');
    const input = { kind: 'paste' as const, text: 'x', format: 'text' as const };
    const controller = new AbortController();
    controller.abort();
    await expect(readText(input, { signal: controller.signal })).rejects.toBeInstanceOf(
      ReadStopped,
    );
    await expect(readText(input, { limitMs: 0 })).rejects.toMatchObject({
      reason: 'time-limit',
    });
  });
});
