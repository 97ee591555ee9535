import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepPictures } from '../../src/features/export/handoutPictures';
import { stepFrame } from '../../src/store/slices/tour';
import { createAppStore, type AppStore, type MapPicture } from '../../src/store/store';
import { smallDataset, smallTour as tour } from '../fixtures/small';

/** What the map saw when asked for each picture: the step presented, its spheres, the frame. */
interface Asked {
  step: number | null;
  spheres: readonly string[];
  frame: readonly string[];
}

/** Stands in for the map: answers picture requests (or not) as `answer` says. */
function fakeMap(store: AppStore, answer: (index: number) => 'picture' | 'error' | 'silent') {
  const asked: Asked[] = [];
  store.subscribe(
    (s) => s.exportRequest,
    (request) => {
      if (request?.format !== 'picture') return;
      const s = store.getState();
      asked.push({ step: s.tourStep, spheres: s.filters.spheres, frame: request.frame });
      const how = answer(asked.length - 1);
      const picture: MapPicture = { blob: new Blob(['png']), width: 20, height: 10 };
      if (how === 'picture') queueMicrotask(() => request.deliver(picture));
      else if (how === 'error')
        queueMicrotask(() => request.deliver(new Error('It came out blank.')));
    },
  );
  return asked;
}

afterEach(() => vi.useRealTimers());

describe('stepPictures', () => {
  it('draws each step as presented, in order, then gives back the view before the tour', async () => {
    const store = createAppStore(smallDataset);
    store.getState().toggleSphere('economic');
    const before = store.getState().filters.spheres;
    const asked = fakeMap(store, () => 'picture');
    const seen: number[] = [];
    const results = await stepPictures(store, tour, {
      signal: new AbortController().signal,
      onStep: (i) => seen.push(i),
    });
    expect(results.map((r) => 'picture' in r)).toEqual([true, true, true]);
    expect(seen).toEqual([0, 1, 2]);
    expect(asked.map((a) => a.step)).toEqual([0, 1, 2]);
    expect(asked.map((a) => a.spheres)).toEqual(tour.steps.map((s) => s.spheres));
    expect(asked.map((a) => a.frame)).toEqual(tour.steps.map(stepFrame));
    const s = store.getState();
    expect(s.tourStep).toBeNull();
    expect(s.filters.spheres).toEqual(before);
  });

  it('goes back to the step being presented', async () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(tour, 1);
    fakeMap(store, () => 'picture');
    await stepPictures(store, tour, { signal: new AbortController().signal });
    expect(store.getState().tourStep).toBe(1);
    expect(store.getState().filters.spheres).toEqual(tour.steps[1]!.spheres);
  });

  it('says why a step has no picture, and draws the others', async () => {
    const store = createAppStore(smallDataset);
    fakeMap(store, (i) => (i === 1 ? 'error' : 'picture'));
    const results = await stepPictures(store, tour, { signal: new AbortController().signal });
    expect('picture' in results[0]!).toBe(true);
    expect(results[1]).toEqual({
      problem: 'No picture of the map for this step: it came out blank.',
    });
    expect('picture' in results[2]!).toBe(true);
  });

  it('does not wait on a map that never answers: the rest go without pictures', async () => {
    vi.useFakeTimers();
    const store = createAppStore(smallDataset);
    const asked = fakeMap(store, () => 'silent');
    const walk = stepPictures(store, tour, {
      signal: new AbortController().signal,
      limitMs: 5000,
    });
    await vi.advanceTimersByTimeAsync(5000);
    const results = await walk;
    // One step was asked; the others were not kept waiting as long.
    expect(asked).toHaveLength(1);
    expect(results).toHaveLength(3);
    for (const r of results)
      expect(r).toMatchObject({ problem: expect.stringMatching(/within 5 s/) });
    expect(store.getState().tourStep).toBeNull();
  });

  it('stops when cancelled, and still gives the view back', async () => {
    const store = createAppStore(smallDataset);
    const abort = new AbortController();
    const asked = fakeMap(store, (i) => {
      if (i === 1) abort.abort();
      return i === 1 ? 'silent' : 'picture';
    });
    await expect(stepPictures(store, tour, { signal: abort.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(asked).toHaveLength(2);
    expect(store.getState().tourStep).toBeNull();
  });
});
