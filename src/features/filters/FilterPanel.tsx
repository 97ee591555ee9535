import { formatCount } from '../../components/plural';
import { useAfterPaint } from '../../components/useAfterPaint';
import { Rich } from '../../i18n/Rich';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import { AttributionFilter } from './AttributionFilter';
import { FilterRule } from './FilterRule';
import { KindStatusFilter } from './KindStatusFilter';
import { SphereFilter } from './SphereFilter';

/** All filters, with what they hide stated up front. */
export function FilterPanel() {
  const totalNodes = useApp((s) => s.graph.nodes.length);
  const totalEdges = useApp((s) => s.graph.edges.length);
  const graph = useApp((s) => s.graph);
  // The counts follow a filter change once the map has shown it (the map first).
  const shownNodes = useAfterPaint(
    useApp((s) => selectDisplayed(s).nodes.size),
    graph,
  );
  const shownEdges = useAfterPaint(
    useApp((s) => selectDisplayed(s).edges.size),
    graph,
  );
  const focusDepth = useApp((s) => s.focusDepth);
  const resetFilters = useApp((s) => s.resetFilters);
  const hiddenNodes = totalNodes - shownNodes;
  const hiddenEdges = totalEdges - shownEdges;
  const t = useT();
  const shown = t('filters.shown', {
    shownNodes: formatCount(shownNodes),
    totalNodes,
    shownEdges: formatCount(shownEdges),
    totalEdges,
  });

  return (
    <section aria-label={t('filters.title')} className="filter-panel">
      <h2 className="panel-title">{t('filters.title')}</h2>
      <p className="shown-summary" role="status">
        {hiddenNodes + hiddenEdges > 0 ? (
          <Rich
            id="filters.summary.hidden"
            values={{ shown, focus: String(focusDepth > 0) }}
            parts={{
              hidden: (
                <strong>{t('filters.hidden', { nodes: hiddenNodes, edges: hiddenEdges })}</strong>
              ),
            }}
          />
        ) : (
          t('filters.summary', { shown })
        )}
      </p>
      {hiddenNodes + hiddenEdges > 0 && (
        <button type="button" onClick={resetFilters}>
          {t('filters.reset')}
        </button>
      )}
      <SphereFilter />
      <KindStatusFilter />
      <AttributionFilter />
      <FilterRule />
    </section>
  );
}
