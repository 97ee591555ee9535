import { Tabs } from '../components/Tabs';
import { DetailsPanel } from '../features/evidence/DetailsPanel';
import { ExportMenu } from '../features/export/ExportMenu';
import { FilterPanel } from '../features/filters/FilterPanel';
import { BackToArticle } from '../features/import/BackToArticle';
import { DropZone } from '../features/import/DropZone';
import { ImportButton } from '../features/import/ImportButton';
import { ReportButton } from '../features/import/ReportButton';
import { ImportReport } from '../features/import/ImportReport';
import { ElementList } from '../features/list/ElementList';
import { PathPanel } from '../features/path/PathPanel';
import { ArticleReader } from '../features/reader/ArticleReader';
import { SearchBox } from '../features/search/SearchBox';
import { MapActions } from '../features/toolbar/Toolbar';
import { Presenter } from '../features/tour/Presenter';
import { TourButton } from '../features/tour/TourButton';
import { TourLoader } from '../features/tour/TourLoader';
import { GraphCanvas } from '../graph/GraphCanvas';
import { useApp } from '../store/context';
import { EmptyMapNotice } from './EmptyMapNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { builtInDataset } from './dataset';
import { MapActivity } from './MapActivity';
import { MapLegend } from './MapLegend';
import { Notices } from './Notices';

/** The app shell: tools on the left, the map in the middle, evidence and the article on the right. */
export function App() {
  const title = useApp((s) => s.article.title);
  const presenting = useApp((s) => s.tourStep !== null);
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <TourLoader />
      <header className="topbar">
        <h1 className="brand">
          Silkgraph <span className="brand-sub">{title}</span>
        </h1>
        <SearchBox />
        <TourButton />
        <MapActions />
        <ImportButton />
        <ReportButton />
        <BackToArticle dataset={builtInDataset} />
        <ExportMenu />
      </header>
      <Notices />
      <DropZone />
      <ImportReport />
      <div className="workspace">
        <aside className="sidebar sidebar-left" aria-label="Tools" hidden={presenting}>
          <ErrorBoundary name="the tools panel">
            <Tabs
              label="Tools"
              tabs={[
                { id: 'filters', label: 'Filters', content: <FilterPanel /> },
                { id: 'list', label: 'List', content: <ElementList /> },
                { id: 'path', label: 'Path', content: <PathPanel /> },
              ]}
            />
          </ErrorBoundary>
        </aside>
        <main className="map-area" aria-label="Map">
          <p className="visually-hidden">
            The map is drawn on a canvas. Every node and relation on it is also in the List tab,
            reachable by keyboard.
          </p>
          <ErrorBoundary name="the map">
            <div className="map-canvas" aria-hidden="true">
              <GraphCanvas />
            </div>
          </ErrorBoundary>
          <MapLegend />
          <EmptyMapNotice />
          <MapActivity />
        </main>
        {presenting && (
          <ErrorBoundary name="the tour">
            <Presenter />
          </ErrorBoundary>
        )}
        <aside
          className="sidebar sidebar-right"
          aria-label="Evidence and article"
          hidden={presenting}
        >
          <div className="details-slot">
            <ErrorBoundary name="the details panel">
              <DetailsPanel />
            </ErrorBoundary>
          </div>
          <div className="reader-slot">
            <ErrorBoundary name="the article reader">
              <ArticleReader />
            </ErrorBoundary>
          </div>
        </aside>
      </div>
    </div>
  );
}
