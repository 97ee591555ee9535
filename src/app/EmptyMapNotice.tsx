import { useApp } from '../store/context';
import { selectDisplayed } from '../store/derived';

/** Said on top of the map when the filters leave nothing to show. */
export function EmptyMapNotice() {
  const empty = useApp((s) => selectDisplayed(s).nodes.size === 0);
  const resetFilters = useApp((s) => s.resetFilters);
  if (!empty) return null;
  return (
    <div className="empty-map" role="status">
      <p>Nothing to show: the filters hide every node.</p>
      <button type="button" onClick={resetFilters}>
        Reset filters
      </button>
    </div>
  );
}
