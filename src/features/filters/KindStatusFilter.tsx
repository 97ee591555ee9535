import { useMemo } from 'react';
import { kindCounts, statusCounts } from '../../domain/filters';
import { KIND_LABELS, STATUS_LABELS } from '../../domain/palette';
import { statusHelpOf } from '../../domain/vocabularyHelp';
import { useApp } from '../../store/context';
import { selectWording } from '../../store/derived';
import { KindShape, StatusLine } from '../../components/LegendMarks';
import { formatCount } from '../../components/plural';
import { useT } from '../../i18n/react';

/** Filters by node kind (its shape on the map) and by edge status (its line style). */
export function KindStatusFilter() {
  const graph = useApp((s) => s.graph);
  const kinds = useApp((s) => s.filters.kinds);
  const statuses = useApp((s) => s.filters.statuses);
  const toggleKind = useApp((s) => s.toggleKind);
  const toggleStatus = useApp((s) => s.toggleStatus);
  const kindRows = useMemo(() => kindCounts(graph), [graph]);
  const statusRows = useMemo(() => statusCounts(graph), [graph]);
  // The article's words for the article; neutral ones for a graph without a text.
  const statusHelp = statusHelpOf(useApp((s) => selectWording(s).hasText));
  const t = useT();

  return (
    <>
      <fieldset className="filter-group">
        <legend>{t('filters.kinds')}</legend>
        <ul className="kind-list">
          {kindRows.map(({ kind, count }) => (
            <li key={kind}>
              <label className="plain-toggle">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() => toggleKind(kind)}
                />
                <KindShape kind={kind} />
                <span>{KIND_LABELS[kind]}</span>
                <span className="count">
                  <span className="visually-hidden">, </span>
                  {formatCount(count)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.statuses')}</legend>
        <ul className="status-list">
          {statusRows.map(({ status, count }) => (
            <li key={status}>
              <label className="plain-toggle" title={statusHelp[status]}>
                <input
                  type="checkbox"
                  checked={statuses.includes(status)}
                  onChange={() => toggleStatus(status)}
                />
                <StatusLine status={status} />
                <span>
                  {STATUS_LABELS[status]} <span className="help">({statusHelp[status]})</span>
                </span>
                <span className="count">
                  <span className="visually-hidden">, </span>
                  {formatCount(count)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
