import { LANG_KEY } from '../domain/languages';
import { decodeView, encodeView, mapParam } from '../domain/urlState';
import { viewOf, type AppState, type AppStore } from './store';

const sphereIds = (s: AppState) => s.spheres.map((d) => d.id);

/** The bits of `window` URL sync needs, so tests can hand in a fake. */
export interface UrlHost {
  location: { hash: string; href: string };
  history: { replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange', fn: () => void) => void;
  removeEventListener: (type: 'hashchange', fn: () => void) => void;
}

/** The view as hash parameters, after the page's own (an embed's) and the kept map it is of. */
const encodedView = (state: AppState, extra = '') => {
  const view = encodeView(viewOf(state), sphereIds(state));
  // The interface's language, unless English: a link opens in the language it was copied in.
  const language = state.language === 'en' ? '' : `${LANG_KEY}=${state.language}`;
  return [extra, language, state.mapId ? mapParam(state.mapId) : '', view]
    .filter(Boolean)
    .join('&');
};

/** An address with this encoded view as its hash (none for the default view). */
function withHash(href: string, encoded: string): string {
  const base = href.split('#')[0] ?? '';
  return encoded ? `${base}#${encoded}` : base;
}

/** This page's address with the state's view in the hash (none when the view is the default). */
export function viewUrl(state: AppState, href: string): string {
  return withHash(href, encodedView(state));
}

export interface UrlSyncOptions {
  /**
   * When to write the address after a change; by default at once. The app writes it after the
   * next frame: the address bar can wait, the map's frame after a filter toggle cannot (writing
   * it costs 1–6 ms, and Chromium re-reads the page's icon on every change of the address).
   * Changes made meanwhile are written together.
   */
  defer?: (write: () => void) => void;
  /** Hash parameters that are the page's, not the view's, kept in front of it (an embed's). */
  extra?: string;
}

/**
 * Keeps the view in the URL hash: reads it once at start (with a notice for anything ignored),
 * writes it back on every change, and follows a hash the user pastes or navigates to.
 */
export function startUrlSync(
  store: AppStore,
  host: UrlHost,
  options: UrlSyncOptions = {},
): () => void {
  const blockIds = () => new Set(store.getState().article.blocks.map((b) => b.id));
  const readHash = () => {
    const s = store.getState();
    const { view, notices } = decodeView(host.location.hash, s.graph, blockIds(), sphereIds(s));
    store.getState().applyView(view);
    for (const notice of notices) store.getState().notify('info', notice);
  };
  let written = host.location.hash.replace(/^#/, '');
  readHash();

  let stopped = false;
  let pending = false;
  const write = () => {
    pending = false;
    if (stopped) return;
    const encoded = encodedView(store.getState(), options.extra);
    if (encoded === written) return;
    written = encoded;
    host.history.replaceState(null, '', withHash(host.location.href, encoded));
  };
  const unsubscribe = store.subscribe(() => {
    if (!options.defer) write();
    else if (!pending) {
      pending = true;
      options.defer(write);
    }
  });

  const onHashChange = () => {
    const hash = host.location.hash.replace(/^#/, '');
    if (hash === written) return;
    written = hash;
    readHash();
  };
  host.addEventListener('hashchange', onHashChange);
  return () => {
    stopped = true;
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
