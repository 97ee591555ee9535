import { useApp } from '../store/context';
import { selectDisplayed } from '../store/derived';
import { useT } from '../i18n/react';

/**
 * Said on top of the map when it shows nothing: on a map of one's own with no node yet, how to make
 * the first; otherwise, that the filters hide every node.
 */
export function EmptyMapNotice() {
  const empty = useApp((s) => selectDisplayed(s).nodes.size === 0);
  const newMap = useApp((s) => s.editable && s.graph.nodes.length === 0);
  const resetFilters = useApp((s) => s.resetFilters);
  const t = useT();
  if (newMap)
    return (
      <div className="empty-map" role="status">
        <p>{t('app.empty.newMap')}</p>
      </div>
    );
  if (!empty) return null;
  return (
    <div className="empty-map" role="status">
      <p>{t('app.empty.filtered')}</p>
      <button type="button" onClick={resetFilters}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
