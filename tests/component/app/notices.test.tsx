import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../src/app/Notices';
import { NOTICE_AFTER_PAUSE_MS, noticeLifetimeMs } from '../../../src/components/noticeTiming';
import { renderWithStore } from '../renderWithStore';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const SAVED = 'Saved silkgraph-map-2x.png (1200 × 800 px)';
const FAILED = 'The export failed: the canvas is too large.';
const region = () => screen.getByRole('status');
const texts = () =>
  within(region())
    .queryAllByRole('button', { name: /^Dismiss notice: / })
    .map((b) => b.getAttribute('aria-label')!.replace('Dismiss notice: ', ''));

function setup() {
  const result = renderWithStore(<Notices />);
  const notify = (kind: 'info' | 'error', text: string) =>
    act(() => result.store.getState().notify(kind, text));
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { ...result, notify, wait };
}

describe('Notices', () => {
  it('lets a confirmation go by itself once read, and keeps an error until dismissed', () => {
    const { notify, wait, store } = setup();
    notify('info', SAVED);
    notify('error', FAILED);
    expect(texts()).toEqual([SAVED, FAILED]);
    // An error says so in words, not only in colour.
    expect(within(region()).getByText(/^Error:/)).toBeInTheDocument();
    wait(noticeLifetimeMs(SAVED) - 1);
    expect(texts()).toEqual([SAVED, FAILED]);
    wait(1);
    expect(texts()).toEqual([FAILED]);
    wait(60_000);
    expect(texts()).toEqual([FAILED]);
    fireEvent.click(screen.getByRole('button', { name: `Dismiss notice: ${FAILED}` }));
    expect(texts()).toEqual([]);
    expect(store.getState().notices).toEqual([]);
  });

  it('waits while the pointer is over the notices, then leaves time to finish reading', () => {
    const { notify, wait } = setup();
    notify('info', SAVED);
    wait(noticeLifetimeMs(SAVED) - 100);
    fireEvent.mouseEnter(region());
    wait(60_000);
    expect(texts()).toEqual([SAVED]);
    fireEvent.mouseLeave(region());
    wait(NOTICE_AFTER_PAUSE_MS - 1);
    expect(texts()).toEqual([SAVED]);
    wait(1);
    expect(texts()).toEqual([]);
  });

  it('waits while focus is in the notices (on a dismiss button)', () => {
    const { notify, wait } = setup();
    notify('info', SAVED);
    const button = screen.getByRole('button', { name: `Dismiss notice: ${SAVED}` });
    act(() => button.focus());
    wait(60_000);
    expect(texts()).toEqual([SAVED]);
    act(() => button.blur());
    wait(noticeLifetimeMs(SAVED));
    expect(texts()).toEqual([]);
  });

  it('waits while the page is hidden', () => {
    const { notify, wait } = setup();
    notify('info', SAVED);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    wait(60_000);
    expect(texts()).toEqual([SAVED]);
    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    wait(noticeLifetimeMs(SAVED));
    expect(texts()).toEqual([]);
  });

  it('shows at most three at once; the others come, in order, as those go', () => {
    const { notify, wait } = setup();
    notify('error', 'e1');
    notify('info', 'i2');
    notify('error', 'e3');
    notify('info', 'i4');
    notify('info', 'i5');
    expect(texts()).toEqual(['e1', 'i2', 'e3']);
    expect(within(region()).getByText('2 more notices to come')).toBeInTheDocument();
    // A waiting notice's clock has not started: i4 gets its full time once on screen.
    wait(noticeLifetimeMs('i2'));
    expect(texts()).toEqual(['e1', 'e3', 'i4']);
    wait(noticeLifetimeMs('i4') - 1);
    expect(texts()).toEqual(['e1', 'e3', 'i4']);
    wait(1);
    expect(texts()).toEqual(['e1', 'e3', 'i5']);
    expect(within(region()).queryByText(/more notice/)).toBeNull();
  });
});
