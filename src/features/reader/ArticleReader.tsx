import { useCallback, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import { markedBlocks, passageNames, readerRuns, selectionHighlight } from '../../domain/reader';
import type { Block } from '../../domain/schema';
import { useT } from '../../i18n/react';
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
export function ArticleReader({
  selectionTools,
}: {
  /** On one's own map: what to make of words selected in the text (it finds them in `.rd-reader`). */
  selectionTools?: ReactNode;
} = {}) {
  const t = useT();
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
  const names = useMemo(() => passageNames(article, t), [article, t]);
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

  // A click on a marked passage's text does what its button does. Not when the click ends a text
  // selection (copying a quote), is the second of a double click (selecting a word), or lands on
  // a control of its own. The button stays the way in by keyboard and for screen readers.
  const onTextClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as Element;
    const marked = target.closest<HTMLElement>('.rd-marked[data-block]');
    if (!marked || e.detail > 1 || target.closest('button, a, input, select, textarea')) return;
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    togglePassage(marked.dataset.block!);
  };

  const renderBlock = (block: Block) => (
    <ReaderBlock
      key={block.id}
      block={block}
      name={names.get(block.id) ?? block.id}
      supports={marked.get(block.id)?.length ?? 0}
      quotes={highlight.get(block.id)}
      current={current === block.id}
      onToggle={togglePassage}
    />
  );

  return (
    <section aria-label={t('reader.region')} className="rd-reader" ref={rootRef}>
      {selectionTools}
      <header className="rd-header" lang={article.language}>
        <h2 className="rd-title">{article.title}</h2>
        <p className="rd-author">{article.author}</p>
      </header>
      <ReaderSummary
        graph={graph}
        hasText={article.blocks.length > 0}
        selection={selection}
        markedCount={marked.size}
        highlightedCount={highlight.size}
      />
      {article.blocks.length === 0 && <p className="rd-empty">{t('reader.noText')}</p>}
      {/* Pointer only, a shortcut: each marked passage has its button for the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className="rd-body" lang={article.language} onClick={onTextClick}>
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
