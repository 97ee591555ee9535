import { decodeView, encodeView } from '../domain/urlState';
import { viewOf, type AppState, type AppStore } from './store';

const sphereIds = (s: AppState) => s.spheres.map((d) => d.id);

/** The bits of `window` URL sync needs, so tests can hand in a fake. */
export interface UrlHost {
  location: { hash: string; href: string };
  history: { replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange', fn: () => void) => void;
  removeEventListener: (type: 'hashchange', fn: () => void) => void;
}

/**
 * Keeps the view in the URL hash: reads it once at start (with a notice for anything ignored),
 * writes it back on every change, and follows a hash the user pastes or navigates to.
 */
export function startUrlSync(store: AppStore, host: UrlHost): () => void {
  const blockIds = () => new Set(store.getState().article.blocks.map((b) => b.id));
  const readHash = () => {
    const s = store.getState();
    const { view, notices } = decodeView(host.location.hash, s.graph, blockIds(), sphereIds(s));
    store.getState().applyView(view);
    for (const notice of notices) store.getState().notify(notice);
  };
  let written = host.location.hash.replace(/^#/, '');
  readHash();

  const unsubscribe = store.subscribe((state) => {
    const encoded = encodeView(viewOf(state), sphereIds(state));
    if (encoded === written) return;
    written = encoded;
    const base = host.location.href.split('#')[0] ?? '';
    host.history.replaceState(null, '', encoded ? `${base}#${encoded}` : base);
  });

  const onHashChange = () => {
    const hash = host.location.hash.replace(/^#/, '');
    if (hash === written) return;
    written = hash;
    readHash();
  };
  host.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
