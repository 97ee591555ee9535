import { useCallback, useMemo, useRef } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import { markedBlocks, readerRuns, selectionHighlight } from '../../domain/reader';
import type { Block } from '../../domain/schema';
import { useApp, useAppStore } from '../../store/context';
import { selectDisplayed, selectElementsByBlock } from '../../store/derived';
import { ReaderBlock } from './ReaderBlock';
import { ReaderSummary } from './ReaderSummary';
import { useScrollToBlock } from './useScrollToBlock';
import './reader.css';

/**
 * The article, verbatim and in order, linked both ways with the map: passages that back what the map
 * shows are marked and select their elements; a selected node, edge or passage lights up its text.
 */
export function ArticleReader() {
  const store = useAppStore();
  const article = useApp((s) => s.article);
  const graph = useApp((s) => s.graph);
  const selection = useApp((s) => s.selection);
  // Both are memoized in derived.ts, so they keep their identity until the graph or filters change.
  const byBlock = useApp(selectElementsByBlock);
  // The marks follow a filter change once the map has shown it: the whole article's render and
  // layout are not in the way of the map's next frame. A new graph comes at once.
  const displayed = useAfterPaint(useApp(selectDisplayed), graph);

  const runs = useMemo(() => readerRuns(article), [article]);
  const marked = useMemo(
    () => markedBlocks(article, byBlock, displayed),
    [article, byBlock, displayed],
  );
  const highlight = useMemo(
    () => selectionHighlight(article, graph, selection, marked),
    [article, graph, selection, marked],
  );
  const current = selection?.type === 'passage' ? selection.id : null;

  const rootRef = useRef<HTMLElement>(null);
  useScrollToBlock(rootRef, highlight.keys().next().value, selection);

  // Read at click time, so the toggle is right even if the selection changed since the last render.
  const togglePassage = useCallback(
    (id: string) => {
      const { selection: now, selectElement } = store.getState();
      selectElement(now?.type === 'passage' && now.id === id ? null : { type: 'passage', id });
    },
    [store],
  );

  const renderBlock = (block: Block) => (
    <ReaderBlock
      key={block.id}
      block={block}
      supports={marked.get(block.id)?.length ?? 0}
      quotes={highlight.get(block.id)}
      current={current === block.id}
      onToggle={togglePassage}
    />
  );

  return (
    <section aria-label="Article" className="rd-reader" ref={rootRef}>
      <header className="rd-header">
        <h2 className="rd-title">{article.title}</h2>
        <p className="rd-author">{article.author}</p>
      </header>
      <ReaderSummary
        graph={graph}
        selection={selection}
        markedCount={marked.size}
        highlightedCount={highlight.size}
      />
      {article.blocks.length === 0 && (
        <p className="rd-empty">
          This graph came without source text: there are no passages to show.
        </p>
      )}
      <div className="rd-body" lang={article.language}>
        {runs.map((run) => {
          if (run.kind === 'label')
            return (
              <p key={`label-${run.section}`} className="rd-section-label">
                {run.title}
              </p>
            );
          if (run.kind === 'list')
            return (
              <ul key={`list-${run.blocks[0]?.id}`} className="rd-list">
                {run.blocks.map(renderBlock)}
              </ul>
            );
          return renderBlock(run.block);
        })}
      </div>
    </section>
  );
}
