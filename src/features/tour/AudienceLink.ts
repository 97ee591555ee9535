import { shallow } from 'zustand/shallow';
import { openLink, type LinkMessage, type LinkState } from '../../lib/presenterLink';
import { t } from '../../i18n/core';
import { sourceOf, type AppState, type AppStore } from '../../store/store';

/**
 * What the presenter view needs to show this window's tour: the map only when it is not the
 * article, the tour as written, and the language to show them in.
 */
export function audienceState(s: AppState): LinkState {
  const { article, graph, positions, spheres } = s;
  return {
    type: 'state',
    tour: s.tour && sourceOf(s.tour),
    step: s.tourStep,
    blanked: s.tourBlanked,
    dataset: s.origin === 'article' ? null : { article, graph, positions, spheres },
    language: s.language,
  };
}

/**
 * The audience's (projector's) end of the link to a presenter view, from its opening until it
 * says goodbye, whether a tour runs or not: it answers the view's hello with the state, follows
 * its steps, blanking and leaving, and tells it every change made here. Returns how to stop it.
 */
/** How long the audience waits, after the presenter view's goodbye, for it to come back (a reload). */
export const PRESENTER_RETURN_MS = 4000;

export function startAudienceLink(
  store: AppStore,
  session: string,
  peer: () => Window | null,
  onClosed: () => void,
): () => void {
  /** Set while a change asked for by the presenter view is made: it is not sent back. */
  let remote = false;
  const fromPresenter = (change: () => void) => {
    remote = true;
    try {
      change();
    } finally {
      remote = false;
    }
  };
  /** A goodbye waits this long for the view's hello again: a reload of the view says goodbye too. */
  let farewell: number | undefined;
  const onMessage = (message: LinkMessage) => {
    const s = store.getState();
    switch (message.type) {
      case 'hello':
        window.clearTimeout(farewell);
        link.send(audienceState(s));
        break;
      case 'step': {
        fromPresenter(() => {
          if (s.tourStep !== null) s.goToStep(message.step);
          else if (s.tour) s.startTour(s.tour, message.step);
          else s.requestTour(message.step);
        });
        // This window's step is the one that counts: said back, so that two steps taken at the
        // same moment in both windows end on the same one (the view follows without answering).
        const now = store.getState().tourStep;
        if (now !== null) link.send({ type: 'step', step: now });
        break;
      }
      case 'blank':
        fromPresenter(() => s.setTourBlanked(message.blanked));
        break;
      case 'end':
        fromPresenter(() => s.endTour());
        break;
      case 'bye':
        window.clearTimeout(farewell);
        farewell = window.setTimeout(() => {
          stop();
          onClosed();
          store.getState().notify('info', t('tour.notice.presenterClosed'));
        }, PRESENTER_RETURN_MS);
        break;
      default:
        break;
    }
  };
  const link = openLink({
    session,
    role: 'audience',
    peer,
    onMessage,
    base: () => store.getState(),
  });
  const sendState = () => link.send(audienceState(store.getState()));
  const unsubscribe = [
    store.subscribe(
      (s) => s.tourStep,
      (step, before) => {
        if (remote) return;
        // A tour begun or ended here is news of its own; a step within it is one number.
        if (step === null || before === null) sendState();
        else link.send({ type: 'step', step });
      },
    ),
    store.subscribe(
      (s) => s.tourBlanked,
      (blanked) => {
        if (!remote) link.send({ type: 'blank', blanked });
      },
    ),
    // Another map, its tour edited, or the interface in another language (the presenter view
    // follows): one state for what changed in one set.
    store.subscribe((s) => [s.tour, s.graph, s.language] as const, sendState, {
      equalityFn: shallow,
    }),
  ];
  // A presenter view already open (this window was reloaded) hears that it is back.
  sendState();
  const bye = () => link.send({ type: 'bye' });
  window.addEventListener('pagehide', bye);
  function stop() {
    window.clearTimeout(farewell);
    window.removeEventListener('pagehide', bye);
    unsubscribe.forEach((off) => off());
    link.close();
  }
  return stop;
}
