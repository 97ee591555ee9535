import { formatCount } from '../../components/plural';
import { useAfterPaint } from '../../components/useAfterPaint';
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

  return (
    <section aria-label="Filters" className="filter-panel">
      <h2 className="panel-title">Filters</h2>
      <p className="shown-summary" role="status">
        Showing {formatCount(shownNodes)} of {formatCount(totalNodes)} nodes and{' '}
        {formatCount(shownEdges)} of {formatCount(totalEdges)} relations
        {hiddenNodes + hiddenEdges > 0 ? (
          <>
            {' '}
            —{' '}
            <strong>
              {formatCount(hiddenNodes)} nodes and {formatCount(hiddenEdges)} relations hidden
            </strong>
            {focusDepth > 0 ? ' (neighbourhood focus is on)' : ''}.
          </>
        ) : (
          '.'
        )}
      </p>
      {hiddenNodes + hiddenEdges > 0 && (
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      )}
      <SphereFilter />
      <KindStatusFilter />
      <AttributionFilter />
      <FilterRule />
    </section>
  );
}
