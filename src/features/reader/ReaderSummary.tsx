import type { Selection } from '../../domain/evidence';
import { fillRelation } from '../../domain/relationTemplates';
import { graphIndex } from '../../domain/graphIndex';
import type { Graph } from '../../domain/schema';
import { useT } from '../../i18n/react';

interface Props {
  graph: Graph;
  /** Whether the dataset has a text at all. */
  hasText: boolean;
  selection: Selection | null;
  markedCount: number;
  highlightedCount: number;
}

/** What the selection is called in a sentence: a node by its label, an edge as "source relation target". */
function describe(graph: Graph, selection: Selection): string | null {
  if (selection.type === 'passage') return null;
  const index = graphIndex(graph);
  const element = index.element(selection);
  if (!element) return null;
  if ('label' in element) return element.label;
  const label = (id: string) => index.node(id)?.label ?? id;
  return fillRelation(element.relation, label(element.source), label(element.target));
}

/** The line that ties the text to the map: how many passages back what it shows, and what is lit up. */
export function ReaderSummary({ graph, hasText, selection, markedCount, highlightedCount }: Props) {
  const t = useT();
  const name = selection ? describe(graph, selection) : null;
  // A graph that came without a text: the reader says so, and has no passages to count.
  if (!hasText) return null;
  return (
    // Polite, so a filter change or a selection on the map is announced without interrupting.
    <p className="rd-summary" aria-live="polite">
      <span>{t('reader.summary.support', { count: markedCount })}</span>
      {name && (
        <span className="rd-summary-selection">
          {t('reader.summary.selection', { name, count: highlightedCount })}
        </span>
      )}
    </p>
  );
}
