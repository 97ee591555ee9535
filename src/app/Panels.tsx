import { Tabs } from '../components/Tabs';
import type { ToolsTab } from '../domain/urlState';
import { DetailsPanel } from '../features/evidence/DetailsPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { ElementList } from '../features/list/ElementList';
import { PathPanel } from '../features/path/PathPanel';
import { ArticleReader } from '../features/reader/ArticleReader';
import { useApp } from '../store/context';
import { ErrorBoundary } from './ErrorBoundary';

/** The tools panel: filters, the list of everything on the map, paths. Its open tab is in the link. */
export function ToolsPanel() {
  const tab = useApp((s) => s.tab);
  const setTab = useApp((s) => s.setTab);
  return (
    <ErrorBoundary name="the tools panel">
      <Tabs
        label="Tools"
        active={tab}
        onSelect={(id) => setTab(id as ToolsTab)}
        tabs={[
          { id: 'filters', label: 'Filters', content: <FilterPanel /> },
          { id: 'list', label: 'List', content: <ElementList /> },
          { id: 'path', label: 'Path', content: <PathPanel /> },
        ]}
      />
    </ErrorBoundary>
  );
}

/** The evidence column: the selection's details above the article reader. */
export function EvidencePanels() {
  return (
    <>
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
    </>
  );
}
