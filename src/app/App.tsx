import { lazy, startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import { BackToArticle } from '../features/import/BackToArticle';
import { DropZone } from '../features/import/DropZone';
import { ImportButton } from '../features/import/ImportButton';
import { ImportProgress } from '../features/import/ImportProgress';
import { ReportButton } from '../features/import/ReportButton';
import { useImportSession } from '../features/import/importSession';
import { SearchBox } from '../features/search/SearchBox';
import { MapActions } from '../features/toolbar/Toolbar';
import { TourButton } from '../features/tour/TourButton';
import { TourLoader } from '../features/tour/TourLoader';
import { MapView } from '../graph/MapView';
import { nodesInViewNow } from '../graph/nodesInView';
import { useApp, useAppStore } from '../store/context';
import type { AppStore } from '../store/store';
import { EmptyMapNotice } from './EmptyMapNotice';
import { HeaderMenu } from './HeaderMenu';
import { currentLanguage, loadCatalogue } from '../i18n';
import { LanguageMenu } from '../features/language/LanguageMenu';
import { PanelToggle } from './PanelToggle';
import { PANEL_KEYS, usePanelKeys } from './usePanelKeys';
import { ErrorBoundary } from './ErrorBoundary';
import { builtInDataset } from './dataset';
import { MapActivity } from './MapActivity';
import { MapLegend } from './MapLegend';
import type { EmbedOptions } from '../domain/embed';
import { MyMapsButton } from '../features/maps/MyMapsButton';
import { NewMapButton } from '../features/authoring/newMap/NewMapButton';
import type { KeepMap } from '../features/authoring/newMap/NewMapDialog';
import { MapSource } from './MapSource';
import { pageTitle } from '../domain/offlinePage';
import { Notices } from './Notices';
import { PrintCaption } from './PrintCaption';
import { useEscapeClearsSelection } from './useEscapeClearsSelection';
import { useT } from '../i18n/react';

/** Keeps a new map in My maps (the browser's database, its code loaded on first use). */
const keepNewMap: KeepMap = async (title, dataset) =>
  (await import('../lib/mapLibrary')).mapLibrary().add(title, dataset);

/**
 * The side panels' code, loaded apart from the first view's: they render only after the map's first
 * frame, so their code is fetched and parsed after it too.
 */
// The panels come after the map's first frame, with the words of theirs the first view has not.
const loadPanels = () =>
  Promise.all([import('./Panels'), loadCatalogue(currentLanguage())]).then(([m]) => m);
const ToolsPanel = lazy(() => loadPanels().then((m) => ({ default: m.ToolsPanel })));
const EvidencePanels = lazy(() => loadPanels().then((m) => ({ default: m.EvidencePanels })));

// Code that only some visits need, loaded when it is: the tour's presenter, the report of an
// import, and an embed's bar and legend (the first view's JavaScript has a budget).
const Presenter = lazy(() =>
  import('../features/tour/Presenter').then((m) => ({ default: m.Presenter })),
);
const ImportReport = lazy(() =>
  import('../features/import/ImportReport').then((m) => ({ default: m.ImportReport })),
);
const EmbedBar = lazy(() => import('./EmbedBar').then((m) => ({ default: m.EmbedBar })));
// Authoring loads when a map of one's own is on screen; the offline page (the single file) has none.
const AuthoringBar =
  import.meta.env.MODE === 'single'
    ? null
    : lazy(() => import('../features/authoring/AuthoringBar'));
const EmbedLegend = lazy(() => import('./EmbedBar').then((m) => ({ default: m.EmbedLegend })));

/** The side panels come without the map's first frame after this long (the map failed, or a hidden tab). */
export const PANELS_AT_THE_LATEST_MS = 2000;

/**
 * Whether the side panels (tools, details, article) are to be rendered yet: only once the map's first
 * frame is on screen, so that the map is not kept waiting for the whole article and the panels'
 * layout (they do not change the map's size: the columns are fixed). Their render is a transition,
 * done in slices that leave the page free to answer.
 */
function usePanelsAfterMap() {
  const [ready, setReady] = useState(false);
  const show = useCallback(() => startTransition(() => setReady(true)), []);
  useEffect(() => {
    const timer = setTimeout(show, PANELS_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [show]);
  return [ready, show] as const;
}

/** Saves the map on screen as a map file (the export code loads when asked). */
const saveMapFile = (store: AppStore) =>
  void import('../features/export/saveGraphFile').then((m) => m.saveMap(store.getState()));

/** The app shell: tools on the left, the map in the middle, evidence and the article on the right. */
export function App({ embed = null }: { embed?: EmbedOptions | null }) {
  const title = useApp((s) => s.article.title);
  const titleLanguage = useApp((s) => s.article.language);
  const presenting = useApp((s) => s.tourStep !== null);
  const toolsOpen = useApp((s) => s.panels.tools);
  const reportOpen = useImportSession((s) => s.reportOpen);
  const evidenceOpen = useApp((s) => s.panels.evidence);
  const store = useAppStore();
  const t = useT();
  const editable = useApp((s) => s.editable) && !embed;
  const editing = editable && !presenting;
  const [panels, showPanels] = usePanelsAfterMap();
  usePanelKeys(!presenting && !embed);
  useEscapeClearsSelection();
  // The tab says which map is open (an offline page's, an import, one's own).
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
  return (
    <div className={`app${presenting ? ' presenting' : ''}${embed ? ' embedded' : ''}`}>
      <TourLoader />
      {embed ? (
        <Suspense fallback={<header className="topbar embed-bar" />}>
          <EmbedBar embed={embed} />
        </Suspense>
      ) : (
        <header className="topbar">
          {!presenting && (
            <PanelToggle panel="tools" controls="tools-panel" shortcut={PANEL_KEYS.tools} />
          )}
          <h1 className="brand">
            Silkgraph{' '}
            <span className="brand-sub" lang={titleLanguage}>
              {title}
            </span>
          </h1>
          <SearchBox />
          <TourButton />
          <HeaderMenu>
            <MapActions />
            <ImportButton />
            {/* The offline page shows its own map: no maps of one's own there. */}
            {import.meta.env.MODE !== 'single' && <NewMapButton keep={keepNewMap} />}
            {import.meta.env.MODE !== 'single' && <MyMapsButton />}
            <ReportButton />
            <BackToArticle dataset={builtInDataset} />
            <ExportMenu />
          </HeaderMenu>
          <LanguageMenu />
          {!presenting && (
            <PanelToggle
              panel="evidence"
              controls="evidence-panel"
              shortcut={PANEL_KEYS.evidence}
            />
          )}
        </header>
      )}
      {/* The import report floats just under the header, however many rows it wraps to. */}
      <div className="under-header">
        <ImportProgress />
        {reportOpen && (
          <Suspense fallback={null}>
            <ImportReport />
          </Suspense>
        )}
      </div>
      {!embed && <DropZone />}
      <div className="workspace">
        <aside
          id="tools-panel"
          className="sidebar sidebar-left"
          aria-label={t('app.panel.tools')}
          aria-busy={!panels || undefined}
          hidden={presenting || !toolsOpen}
        >
          {panels && (
            <Suspense fallback={null}>
              <ToolsPanel />
            </Suspense>
          )}
        </aside>
        <PrintCaption />
        <main className={`map-area${editing ? ' editing' : ''}`} aria-label={t('graph.map')}>
          <p className="visually-hidden">{t('app.canvasNote')}</p>
          {editable && AuthoringBar && (
            <ErrorBoundary view="editing">
              <Suspense fallback={null}>
                <AuthoringBar
                  hidden={presenting}
                  onSaveFile={() => saveMapFile(store)}
                  nodesInView={nodesInViewNow}
                />
              </Suspense>
            </ErrorBoundary>
          )}
          <ErrorBoundary view="map" onError={showPanels}>
            <div className="map-canvas">
              <MapView onFirstPaint={showPanels} />
            </div>
          </ErrorBoundary>
          {embed ? (
            <Suspense fallback={null}>
              <EmbedLegend />
            </Suspense>
          ) : (
            <MapLegend />
          )}
          <MapSource />
          <EmptyMapNotice />
          <MapActivity />
          {/* In the map's top right corner: clear of the header's controls and the tour's title. */}
          <Notices />
        </main>
        {presenting && (
          <ErrorBoundary view="tour">
            <Suspense fallback={null}>
              <Presenter />
            </Suspense>
          </ErrorBoundary>
        )}
        <aside
          id="evidence-panel"
          className="sidebar sidebar-right"
          aria-label={t('app.evidenceAndArticle')}
          aria-busy={!panels || undefined}
          hidden={presenting || !evidenceOpen}
        >
          {panels && (
            <Suspense fallback={null}>
              <EvidencePanels />
            </Suspense>
          )}
        </aside>
      </div>
    </div>
  );
}
