import type { Evidence } from '../../domain/schema';
import { graphIndex } from '../../domain/graphIndex';
import { relationSentence } from '../../domain/relations';
import { useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import { addToSelected, newNodeFrom, newRelationFrom } from './quoteActions';

/** What can be made of the selected words: a node, evidence for what is selected, a relation. */
export function QuoteActionButtons({
  quotes,
  onDone,
  keepSelection = false,
}: {
  quotes: readonly Evidence[];
  onDone: () => void;
  /** Buttons over a text selection: pressing them must not take the selection away first. */
  keepSelection?: boolean;
}) {
  const t = useT();
  const store = useAppStore();
  const selection = useApp((s) => s.selection);
  const graph = useApp((s) => s.graph);
  const index = graphIndex(graph);
  const edge = selection?.type === 'edge' ? index.edge(selection.id) : undefined;
  const target =
    selection?.type === 'node'
      ? index.node(selection.id)?.label
      : edge && relationSentence(edge, index.labels);
  const disabled = quotes.length === 0;
  const hold = keepSelection
    ? { onMouseDown: (e: { preventDefault: () => void }) => e.preventDefault() }
    : {};
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        {...hold}
        onClick={() => newNodeFrom(store, quotes) && onDone()}
      >
        {t('authoring.quote.newNode')}
      </button>
      {target !== undefined && (
        <button
          type="button"
          disabled={disabled}
          {...hold}
          onClick={() => addToSelected(store, quotes) && onDone()}
        >
          {t('authoring.quote.addTo', { target })}
        </button>
      )}
      <button
        type="button"
        disabled={disabled || graph.nodes.length < 2}
        {...hold}
        onClick={() => {
          newRelationFrom(quotes);
          onDone();
        }}
      >
        {t('authoring.quote.newRelation')}
      </button>
    </>
  );
}
