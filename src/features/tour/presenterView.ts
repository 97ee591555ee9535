import { newSession, presenterUrl } from '../../lib/presenterLink';
import type { AppStore } from '../../store/store';
import { startAudienceLink } from './AudienceLink';

/** The presenter view this window opened and its link, while it is open. */
let current: { session: string; window: Window | null; stop: () => void } | null = null;

const presenterWindow = (): Window | null =>
  current?.window && !current.window.closed ? current.window : null;

/**
 * Opens the presenter view: the same page in a second window, which asks this one for the map,
 * the tour and the step, then follows it. One already open comes to the front instead. The link
 * starts before the window does, so its hello is answered however fast it loads.
 */
export function openPresenterView(store: AppStore): void {
  const open = presenterWindow();
  if (open) {
    open.focus();
    return;
  }
  if (!current) {
    const session = newSession();
    const stop = startAudienceLink(store, session, presenterWindow, () => (current = null));
    current = { session, window: null, stop };
  }
  // Not `noopener`: from a file the presenter view reaches this window only as its opener.
  current.window = window.open(
    presenterUrl(window.location.href, current.session),
    `silkgraph-presenter-${current.session}`,
    'popup,width=1280,height=800',
  );
  if (!current.window) {
    current.stop();
    current = null;
    store
      .getState()
      .notify(
        'error',
        'The browser did not open the presenter view: allow pop-ups for this page, then try again.',
      );
  }
}
