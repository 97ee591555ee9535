import { afterEach, describe, expect, it } from 'vitest';
import { builtInDataset } from '../../src/app/dataset';
import { showLanguage } from '../../src/features/language/language';
import { activateLanguage } from '../../src/i18n';
import { loadBuiltInTour } from '../../src/lib/builtInTour';
import { startAudienceLink } from '../../src/features/tour/AudienceLink';
import { createAppStore } from '../../src/store/store';
import { smallDataset, smallTour } from '../fixtures/small';

const session = 'abcdefghijklmnop';
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  activateLanguage('en');
  document.documentElement.lang = 'en';
  localStorage.clear();
});

/** The presenter view's end of the channel: what it hears, and a way to speak. */
function presenterEnd() {
  const channel = new BroadcastChannel(`silkgraph-presenter-${session}`);
  const heard: { type: string; step?: number }[] = [];
  channel.onmessage = (e: MessageEvent) => heard.push(e.data as { type: string; step?: number });
  stops.push(() => channel.close());
  const say = (message: object) =>
    channel.postMessage({ silkgraph: 'presenter', session, from: 'presenter', ...message });
  return { heard, say };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

/** The audience end started for `store`, with no window to talk to but the channel. */
const linked = (store: ReturnType<typeof createAppStore>) =>
  stops.push(
    startAudienceLink(
      store,
      session,
      () => null,
      () => {},
    ),
  );

describe('the audience end of the presenter link', () => {
  it('follows a step from the presenter view and says back the step it is on', async () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(smallTour, 0);
    linked(store);
    const { heard, say } = presenterEnd();
    await settle();
    heard.length = 0;

    say({ type: 'step', step: 2 });
    await settle();
    expect(store.getState().tourStep).toBe(2);
    // Said back: two steps taken at the same moment end on this window's.
    expect(heard).toEqual([expect.objectContaining({ type: 'step', step: 2 })]);

    // A step past the end is this window's last step, and the view hears which.
    say({ type: 'step', step: 40 });
    await settle();
    expect(store.getState().tourStep).toBe(smallTour.steps.length - 1);
    expect(heard.at(-1)).toEqual(
      expect.objectContaining({ type: 'step', step: smallTour.steps.length - 1 }),
    );
  });

  it('waits after a goodbye for the view to come back (a reload) before letting go', async () => {
    const store = createAppStore(smallDataset);
    store.getState().startTour(smallTour, 0);
    let closed = 0;
    stops.push(
      startAudienceLink(
        store,
        session,
        () => null,
        () => closed++,
      ),
    );
    const { heard, say } = presenterEnd();
    say({ type: 'bye' });
    await settle();
    say({ type: 'hello' });
    await settle();
    expect(heard.at(-1)).toEqual(expect.objectContaining({ type: 'state', step: 0 }));
    expect(closed).toBe(0);
  });

  it('tells the view the language it switched to, with the tour as written, once', async () => {
    const store = createAppStore(builtInDataset);
    const tour = await loadBuiltInTour();
    store.getState().startTour(tour, 1);
    linked(store);
    const { heard } = presenterEnd();
    await settle();
    heard.length = 0;
    await showLanguage(store, 'kk');
    await settle();
    expect(store.getState().tour?.title).not.toBe(tour.title);
    expect(heard).toEqual([
      expect.objectContaining({ type: 'state', step: 1, language: 'kk', tour }),
    ]);
  });
});
