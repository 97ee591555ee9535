import { linkKindOf, newSession, presenterUrl } from '../../lib/presenterLink';
import { t } from '../../i18n/core';
import type { AppStore } from '../../store/store';
import { startAudienceLink } from './AudienceLink';

/** The presenter view this window opened and its link, while it is open. */
let current: { session: string; window: Window | null; stop: () => void } | null = null;

const presenterWindow = (): Window | null =>
  current?.window && !current.window.closed ? current.window : null;

/** Where this tab remembers its presenter view's session across a reload of the audience window. */
const SESSION_KEY = 'silkgraph:presenter-session';
const remembered = {
  get: () => {
    try {
      return window.sessionStorage.getItem(SESSION_KEY);
    } catch {
      return null;
    }
  },
  set: (session: string | null) => {
    try {
      if (session) window.sessionStorage.setItem(SESSION_KEY, session);
      else window.sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // No storage (a private window's quota): a reload only loses the link.
    }
  },
};

function startLink(store: AppStore, session: string): NonNullable<typeof current> {
  const stop = startAudienceLink(store, session, presenterWindow, () => {
    current = null;
    remembered.set(null);
  });
  current = { session, window: null, stop };
  remembered.set(session);
  return current;
}

/**
 * After a reload of the audience window, takes up the link to the presenter view it had opened
 * (the tour comes back from the address). Only over a channel: the windows' own messages need a
 * reference to the presenter view's window, which the reload lost.
 */
export function resumePresenterView(store: AppStore): void {
  const session = remembered.get();
  if (current || !session || linkKindOf(window) !== 'channel') return;
  startLink(store, session);
}

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
  const link = current ?? startLink(store, newSession());
  // Not `noopener`: from a file the presenter view reaches this window only as its opener.
  link.window = window.open(
    presenterUrl(window.location.href, link.session),
    `silkgraph-presenter-${link.session}`,
    'popup,width=1280,height=800',
  );
  if (!link.window) {
    link.stop();
    current = null;
    remembered.set(null);
    store.getState().notify('error', t('tour.notice.popupBlocked'));
  }
}
