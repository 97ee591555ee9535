import { newSession, presenterUrl } from '../../lib/presenterLink';
import type { AppStore } from '../../store/store';

/** The presenter view this window opened, while it is open (the fallback link posts to it). */
let opened: Window | null = null;

export const presenterWindow = (): Window | null => (opened && !opened.closed ? opened : null);

/**
 * Opens the presenter view: the same page in a second window, which asks this one for the map,
 * the tour and the step, then follows it. One already open comes to the front instead.
 */
export function openPresenterView(store: AppStore): void {
  const open = presenterWindow();
  if (open) {
    open.focus();
    return;
  }
  const s = store.getState();
  const session = s.presenterSession ?? newSession();
  // Not `noopener`: from a file the presenter view reaches this window only as its opener.
  opened = window.open(
    presenterUrl(window.location.href, session),
    `silkgraph-presenter-${session}`,
    'popup,width=1280,height=800',
  );
  if (!opened) {
    s.notify(
      'error',
      'The browser did not open the presenter view: allow pop-ups for this page, then try again.',
    );
    return;
  }
  s.setPresenterSession(session);
}
