// First: the offline page keeps a copy of itself as loaded, before anything draws into it.
import './lib/pristinePage';
// The interface's words for the first view, before any module that writes them.
import { loadCatalogue } from './i18n';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { builtInDataset, pageOpenView, pageProblem } from './app/dataset';
import { loadLastImport } from './features/import/persist';
import { StoreProvider } from './store/context';
import { createAppStore, type AppStore } from './store/store';
import { startUrlSync } from './store/urlSync';
import { afterNextPaint } from './components/afterNextPaint';
import { followEmbed, followScreen, initialPanels } from './app/panelLayout';
import { readEmbed, writeEmbed } from './domain/embed';
import { mapOfHash } from './domain/urlState';
import { presenterSessionOf } from './lib/presenterSession';
import { initialLanguage, showLanguage } from './features/language/language';
import { languageOfHash, type Language } from './domain/languages';
import { forgetOpenMap, openMapId, rememberOpenMap } from './lib/openMap';
import './app/app.css';
import './app/print.css';

// User Timing marks of the first paint's phases, which the benchmark prints (bench/page.ts).
performance.mark('silkgraph:app-start');
// An embed on a course page: the built-in map (never this browser's last import), its panels closed
// until the reader opens one, and its options kept in the address beside the view.
const embed = readEmbed(window.location.hash);
// The presenter view of a tour shown in another window (`#presenter=<session>`): that window sends
// it the map and the step; it reads no address, last import or kept map of its own.
const presenterSession = presenterSessionOf(window.location.hash);
const PresenterConsole = lazy(() => import('./features/tour/PresenterConsole'));
/** A map of one's own being opened from My maps before the address is read. */
let ownMapLoaded: Promise<void> | null = null;
const store = createAppStore(builtInDataset, {
  panels: embed ? { tools: false, evidence: false } : initialPanels(),
});
// The interface's language: the link's, the one chosen last, or the browser's. Another than English
// loads its words (and the article map's translation) before the app is drawn.
const languageShown = (() => {
  const language = initialLanguage(window.location.hash);
  // English's messages beyond the first view's come meanwhile, for the panels and dialogs.
  if (language === 'en') {
    void loadCatalogue('en');
    return null;
  }
  return showLanguage(store, language);
})();
const afterLanguage = (then: () => void) => {
  if (languageShown) void languageShown.finally(then);
  else then();
};
// What went wrong as the page opened is said in its language, once the words for it have come.
const notifyProblem = (problem: () => string) =>
  afterLanguage(() => store.getState().notify('error', problem()));
if (pageProblem) notifyProblem(pageProblem);
/** The presenter view speaks its audience's language, whatever it was opened in. */
const presenterLanguage = (language: Language) => void showLanguage(store, language);
// A link pasted into the address bar may name another language.
window.addEventListener('hashchange', () => {
  const language = languageOfHash(window.location.hash);
  if (language && language !== store.getState().language) void showLanguage(store, language);
});
// Opened without a view in its address, the offline page shows the one it was saved with.
if (import.meta.env.MODE === 'single' && pageOpenView && !window.location.hash.replace(/^#/, ''))
  history.replaceState(history.state, '', `#${pageOpenView}`);
if (embed) followEmbed(store, embed);
// The offline page (the single file) shows its own map, never this browser's other maps or imports;
// a presenter view shows the map its audience window sends.
else if (import.meta.env.MODE === 'single' || presenterSession) followScreen(store);
else {
  followScreen(store);
  // The graph imported on the last visit comes back before the URL is read (its filters may name
  // the import's spheres); one that cannot be read is removed, with a notice.
  const kept = loadLastImport();
  if (kept.dataset) store.getState().replaceDataset(kept.dataset);
  if (kept.problem) notifyProblem(kept.problem);
  // A link to a map kept in this browser opens it (a reload, a link shared between one's own
  // windows); a page opened without a link goes on with the map of one's own last on screen.
  // The view in the link is read once the map is there.
  const linked = mapOfHash(window.location.hash);
  const ownMap = linked ?? (window.location.hash.replace(/^#/, '') ? null : openMapId());
  if (ownMap)
    ownMapLoaded = import('./features/maps/reopen').then((m) =>
      m.reopenMap(store, ownMap, linked !== null),
    );
  store.subscribe(
    (s) => s.mapId,
    (id) => (id ? rememberOpenMap(id) : forgetOpenMap()),
  );
}
// The address follows a change after the next frame, which is the map's.
const followAddress = () => {
  startUrlSync(store, window, {
    defer: (write) => void afterNextPaint(write),
    ...(embed ? { extra: writeEmbed(embed) } : {}),
  });
  // An embedded tour opens on its first step unless the address names one.
  if (
    embed?.mode === 'tour' &&
    store.getState().pendingTourStep === null &&
    store.getState().tourStep === null
  )
    store.getState().requestTour(0);
};
if (ownMapLoaded) void Promise.all([ownMapLoaded, languageShown]).finally(followAddress);
else if (!presenterSession) afterLanguage(followAddress);

declare global {
  interface Window {
    /** For console scripting, automation and the benchmark: the app's store, as its actions see it. */
    silkgraph?: { store: AppStore };
  }
}
window.silkgraph = { store };

afterLanguage(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        {presenterSession ? (
          <Suspense fallback={null}>
            <PresenterConsole session={presenterSession} showLanguage={presenterLanguage} />
          </Suspense>
        ) : (
          <App embed={embed} />
        )}
      </StoreProvider>
    </StrictMode>,
  ),
);
