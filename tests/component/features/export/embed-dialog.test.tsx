import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  // The menu's contents load when it is first opened.
  await userEvent.click(await screen.findByRole('button', { name: /^Embed…/ }));
  return screen.findByRole('dialog', { name: 'Embed in a course page' });
}

const snippet = (dialog: HTMLElement) =>
  (within(dialog).getByRole('textbox', { name: 'HTML to paste' }) as HTMLTextAreaElement).value;

describe('Embed dialog', () => {
  it('gives the iframe of the current view, with the size and panels chosen', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().showOnlySphere('energy');
    const dialog = await openDialog();
    expect(snippet(dialog)).toMatch(
      /^<iframe src="http:\/\/localhost(:\d+)?\/#embed=map&amp;spheres=energy" width="800" height="600" title="Silkgraph: A small article"/,
    );
    const width = within(dialog).getByRole('spinbutton', { name: 'Width' });
    await userEvent.clear(width);
    await userEvent.type(width, '320');
    const height = within(dialog).getByRole('spinbutton', { name: 'Height' });
    await userEvent.clear(height);
    await userEvent.type(height, '100');
    expect(snippet(dialog)).toContain('width="320" height="400"');
    expect(within(dialog).getByRole('heading', { name: /^Preview at 320 × 400$/ })).toBeVisible();
    expect(within(dialog).getByTitle('Preview of the embed')).toHaveAttribute('width', '320');

    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Tools/ }));
    expect(snippet(dialog)).toContain('#embed=map&amp;panels=tools,evidence&amp;spheres=energy');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^The tour/ }));
    expect(snippet(dialog)).toMatch(/#embed=tour&amp;panels=tools,evidence"/);
  });

  it('copies the snippet, and says so', async () => {
    const user = userEvent.setup();
    renderWithStore(<ExportMenu />);
    const dialog = await openDialog();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'Copy snippet' }));
    expect(write).toHaveBeenCalledWith(snippet(dialog));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied the snippet');
  });

  it('embeds a map of one’s own from its offline page, once its address is given', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().replaceDataset(smallDataset);
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('save it with Export → “Save as one offline page…”');
    expect(within(dialog).queryByRole('textbox', { name: 'HTML to paste' })).toBeNull();
    const address = within(dialog).getByRole('textbox', { name: 'Address of the saved page' });
    await userEvent.type(address, 'moodle/course/map.html');
    expect(address).toHaveAccessibleDescription(/starting with https:\/\//);
    expect(within(dialog).queryByRole('textbox', { name: 'HTML to paste' })).toBeNull();
    await userEvent.clear(address);
    await userEvent.type(address, 'https://moodle.example.edu/pluginfile.php/7/map.html#old');
    expect(snippet(dialog)).toMatch(
      /^<iframe src="https:\/\/moodle\.example\.edu\/pluginfile\.php\/7\/map\.html#embed=map" width="800" height="600" title="Silkgraph: A small article"/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
