import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import type { Tour } from '../../../../src/domain/tour';
import type { AppStore } from '../../../../src/store/store';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

beforeEach(() => {
  // jsdom has no object URLs.
  let n = 0;
  URL.createObjectURL = vi.fn(() => `blob:picture-${++n}`);
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => vi.restoreAllMocks());

/** Stands in for the map: answers every picture request (or none). */
function answerPictures(store: AppStore, answer = true) {
  store.subscribe(
    (s) => s.exportRequest,
    (request) => {
      if (request?.format === 'picture' && answer)
        queueMicrotask(() => request.deliver({ blob: new Blob(['png']), width: 40, height: 20 }));
    },
  );
}

async function openHandout() {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(await screen.findByRole('button', { name: /^Print handout/ }));
  return screen.findByRole('dialog', { name: 'Print handout' });
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

describe('Export: Print handout', () => {
  it('previews a title page and one page per step, then prints the handout alone', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    const tour: Tour = {
      ...smallTour,
      steps: smallTour.steps.map((s, i) => (i === 0 ? { ...s, title: `Treaty ${HOSTILE}` } : s)),
    };
    store.setState({ tour });
    answerPictures(store);
    const dialog = await openHandout();
    const print = await within(dialog).findByRole('button', { name: 'Print' });
    const preview = within(dialog).getByRole('region', { name: 'Handout preview' });
    const pages = within(preview).getAllByRole('region', { name: /^Step \d of 3$/ });
    expect(pages).toHaveLength(3);
    expect(within(preview).getByRole('region', { name: 'Title page' })).toBeTruthy();

    // A step's page: its title, picture, legend, caption, passages with the focus's quotes marked.
    const first = within(pages[0]!);
    expect(first.getByRole('heading', { level: 3 }).textContent).toBe(
      `Step 1 of 3 — Treaty ${HOSTILE}`,
    );
    expect(first.getByRole('img', { name: /^The map at step 1:/ }).getAttribute('src')).toMatch(
      /^blob:picture-/,
    );
    expect(first.getByRole('list', { name: 'Spheres shown' }).textContent).toContain('Political');
    expect(first.getByText('Alpha and Beta agree.')).toBeTruthy();
    expect(first.getByText('Introduction, ¶ 1')).toBeTruthy();
    expect(pages[0]!.querySelector('mark')?.textContent).toBe(
      'Alpha and Beta signed a treaty in 2013.',
    );
    expect(first.getByText(/^Source: Test,/)).toBeTruthy();
    // Hostile text stays text.
    expect(document.querySelector('img[src="x"]')).toBeNull();

    // The print copy is at the body's level, and the body says to print it instead of the app.
    expect(document.body.classList.contains('printing-handout')).toBe(true);
    const copy = document.body.querySelector(':scope > .handout');
    expect(copy?.querySelectorAll('section.handout-page')).toHaveLength(4);
    window.print = vi.fn();
    await userEvent.click(print);
    expect(window.print).toHaveBeenCalledOnce();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Print handout' })).toBeNull();
    expect(document.body.classList.contains('printing-handout')).toBe(false);
    expect(document.body.querySelector(':scope > .handout')).toBeNull();
    // Its three pictures' URLs, whatever other files' downloads revoke late on the same mock.
    const revoked = vi.mocked(URL.revokeObjectURL).mock.calls.map(([url]) => url);
    expect(revoked.filter((url) => url.startsWith('blob:picture-')).sort()).toEqual([
      'blob:picture-1',
      'blob:picture-2',
      'blob:picture-3',
    ]);
    expect(store.getState().tourStep).toBeNull();
  });

  it('shows its progress, and Cancel gives the view back', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.setState({ tour: smallTour });
    answerPictures(store, false);
    const dialog = await openHandout();
    expect((await within(dialog).findByRole('status')).textContent).toBe('Preparing step 1 of 3…');
    expect(store.getState().tourStep).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Print handout' })).toBeNull();
    await vi.waitFor(() => expect(store.getState().tourStep).toBeNull());
  });

  it('is disabled, saying why, on a map without a tour', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().openOwnMap(smallDataset, null);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const item = await screen.findByRole('button', { name: /^Print handout/ });
    expect((item as HTMLButtonElement).disabled).toBe(true);
    expect(item.textContent).toContain('needs a tour: add steps with “Add this view as a step”');
  });
});
