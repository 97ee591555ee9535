import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapActions } from '../../../../src/features/toolbar/Toolbar';
import { renderWithStore } from '../../renderWithStore';

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');

/** Puts a fake clipboard on navigator (after userEvent.setup, which installs its own). */
function mockClipboard(writeText: (text: string) => Promise<void>) {
  const clipboard = { writeText: vi.fn(writeText) };
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
  return clipboard;
}

function setup() {
  const user = userEvent.setup();
  const rendered = renderWithStore(<MapActions />);
  const toolbar = screen.getByRole('toolbar', { name: 'Map actions' });
  const status = within(toolbar).getByRole('status');
  return { user, toolbar, status, ...rendered };
}

afterEach(() => {
  if (original) Object.defineProperty(window.navigator, 'clipboard', original);
  else delete (window.navigator as { clipboard?: unknown }).clipboard;
  vi.useRealTimers();
  window.location.hash = '';
});

describe('MapActions', () => {
  it('asks the map to fit, with a new intent on every press', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Fit to screen' }));
    const first = store.getState().camera;
    expect(first).toMatchObject({ kind: 'fit' });
    await user.click(screen.getByRole('button', { name: 'Fit to screen' }));
    expect(store.getState().camera!.seq).toBeGreaterThan(first!.seq);
  });

  it('asks the map to re-arrange what is visible', async () => {
    const { user, store } = setup();
    const button = screen.getByRole('button', { name: 'Re-arrange visible' });
    expect(button).toHaveAttribute('title', 'Lay out only what the filters show');
    await user.click(button);
    expect(store.getState().camera).toMatchObject({ kind: 'relayout' });
  });

  it('sets the node sizing from its select, and follows the store', async () => {
    const { user, store } = setup();
    const select = screen.getByRole('combobox', { name: /Size nodes by/ });
    expect(select).toHaveValue('none');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['nothing', 'degree', 'betweenness']);
    await user.selectOptions(select, 'degree');
    expect(store.getState().sizeBy).toBe('degree');
    await user.selectOptions(select, 'betweenness');
    expect(store.getState().sizeBy).toBe('betweenness');
    act(() => store.getState().setSizeBy('none'));
    expect(select).toHaveValue('none');
  });

  it('copies the address of this view and says so, even before the address bar follows', async () => {
    const { user, status, store } = setup();
    const clipboard = mockClipboard(() => Promise.resolve());
    // The address bar is written after the next frame; the view is the store's, now.
    window.location.hash = 'spheres=political';
    store.getState().showOnlySphere('energy');
    expect(status).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    expect(clipboard.writeText).toHaveBeenCalledWith(
      `${window.location.href.split('#')[0]}#spheres=energy`,
    );
    expect(status).toHaveTextContent('Link copied.');
  });

  it('says where the link is when the clipboard refuses', async () => {
    const { user, status } = setup();
    mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(
      await within(status).findByText('Copy failed: the link is in the address bar.'),
    ).toBeInTheDocument();
    expect(status).not.toHaveTextContent('Link copied.');
  });

  it('says where the link is when there is no clipboard at all', async () => {
    // No secure context (e.g. the single file opened from disk): navigator.clipboard is missing.
    const { user, status } = setup();
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(status).toHaveTextContent('Copy failed: the link is in the address bar.');
  });

  it('clears the message after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithStore(<MapActions />);
    mockClipboard(() => Promise.resolve());
    const status = within(screen.getByRole('toolbar', { name: 'Map actions' })).getByRole('status');
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(status).toHaveTextContent('Link copied.');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status).toHaveTextContent('Link copied.');
    await act(() => vi.advanceTimersByTimeAsync(1600));
    expect(status).toHaveTextContent(/^$/);
  });
});
