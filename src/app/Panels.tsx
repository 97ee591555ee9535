import { lazy, Suspense } from 'react';
import { Tabs } from '../components/Tabs';
import type { ToolsTab } from '../domain/urlState';
import { DetailsPanel } from '../features/evidence/DetailsPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { ElementList } from '../features/list/ElementList';
import { PathPanel } from '../features/path/PathPanel';
import { ArticleReader } from '../features/reader/ArticleReader';
import { useApp } from '../store/context';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from '../i18n/react';

// On one's own map: the selected element's editor, and what to make of words selected in the text.
// Not in the offline page (the single file): it opens no map of one's own to edit.
const EditorSlot =
  import.meta.env.MODE === 'single'
    ? null
    : lazy(() => import('../features/authoring/editors/EditorSlot'));
const ReaderQuoteTools =
  import.meta.env.MODE === 'single'
    ? null
    : lazy(() => import('../features/authoring/ReaderQuoteTools'));

/** The tools panel: filters, the list of everything on the map, paths. Its open tab is in the link. */
export function ToolsPanel() {
  const tab = useApp((s) => s.tab);
  const setTab = useApp((s) => s.setTab);
  const t = useT();
  return (
    <ErrorBoundary view="tools">
      <Tabs
        label={t('app.panel.tools')}
        active={tab}
        onSelect={(id) => setTab(id as ToolsTab)}
        tabs={[
          { id: 'filters', label: t('filters.title'), content: <FilterPanel /> },
          { id: 'list', label: t('list.tab'), content: <ElementList /> },
          { id: 'path', label: t('path.tab'), content: <PathPanel /> },
        ]}
      />
    </ErrorBoundary>
  );
}

/**
 * The evidence column: the selection's details above the article reader; on one's own map, with
 * the tools to edit what is selected and to make nodes and relations of the text.
 */
export function EvidencePanels() {
  const editable = useApp((s) => s.editable);
  return (
    <>
      <div className="details-slot">
        <ErrorBoundary view="details">
          <DetailsPanel
            editor={
              editable && EditorSlot ? (
                <Suspense fallback={null}>
                  <EditorSlot />
                </Suspense>
              ) : null
            }
          />
        </ErrorBoundary>
      </div>
      <div className="reader-slot">
        <ErrorBoundary view="reader">
          <ArticleReader
            selectionTools={
              editable && ReaderQuoteTools ? (
                <Suspense fallback={null}>
                  <ReaderQuoteTools />
                </Suspense>
              ) : null
            }
          />
        </ErrorBoundary>
      </div>
    </>
  );
}
