import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mapFileOfPage, pageBlock } from '../../../../src/domain/offlinePage';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { recordDownloads } from '../../recordDownloads';
import { renderWithStore } from '../../renderWithStore';

const saved = recordDownloads();
const TEMPLATE = `<!doctype html><html><head><title>Silkgraph — Article</title><script type="module">run()</script></head><body>${pageBlock('{"silkgraph":2,"nodes":[],"edges":[]}')}<div id="root"></div></body></html>`;

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(await screen.findByRole('button', { name: /^Save as one offline page…/ }));
  return screen.findByRole('dialog', { name: 'Save as one offline page' });
}

describe('Save as one offline page', () => {
  it('writes the map and its tour into the app’s offline page, telling the size first', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(() => Promise.resolve(new Response(TEMPLATE, { status: 200 })));
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().replaceDataset({ ...smallDataset, tour: smallTour });
    const dialog = await openDialog();
    expect(String(fetch.mock.calls[0]![0])).toMatch(/\/offline\.html$/);
    const status = within(dialog).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(/\.html: \d+ kB, with the tour of 3 steps\./),
    );
    await userEvent.click(within(dialog).getByRole('radio', { name: /^The tour/ }));
    await waitFor(() => expect(status).toHaveTextContent(/kB/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the page' }));

    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^a-small-article-offline-\d{4}-\d\d-\d\d\.html$/);
    const html = await saved[0]!.blob.text();
    expect(status.textContent).toContain(`${Math.round(saved[0]!.blob.size / 1000)} kB`);
    expect(html).toContain('<title>Silkgraph — A small article</title>');
    expect(html).toContain('data-view="step=1"');
    const map = JSON.parse(mapFileOfPage(html)!);
    expect(map.nodes).toEqual(smallDataset.graph.nodes);
    expect(map.tour).toEqual(smallTour);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Saved a-small-article-offline-.*\.html \(\d+ kB\)\. It opens in a browser with no network/,
    );
  });

  it('says why when the app has no offline page to write into, and saves nothing', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('Not found', { status: 404 }));
    renderWithStore(<ExportMenu />);
    const dialog = await openDialog();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The page could not be written: this copy of Silkgraph has no offline page (offline.html): it is made by “npm run build”.',
    );
    expect(within(dialog).getByRole('button', { name: 'Save the page' })).toBeDisabled();
    expect(saved).toHaveLength(0);
  });
});
