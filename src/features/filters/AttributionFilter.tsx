import { ATTRIBUTION_LABELS, ATTRIBUTION_MARKS } from '../../domain/palette';
import { ATTRIBUTION_HELP } from '../../domain/vocabularyHelp';
import { useApp } from '../../store/context';
import { selectAttributionCounts } from '../../store/derived';
import { ClaimMarkGlyph } from '../../components/LegendMarks';
import { formatCount } from '../../components/plural';
import { useT } from '../../i18n/react';

/**
 * Filters by whose claim a relation is (its mark on the line). Left out for a graph whose relations
 * do not say (an import), where there would be nothing to choose.
 */
export function AttributionFilter() {
  const rows = useApp(selectAttributionCounts);
  const t = useT();
  const attributions = useApp((s) => s.filters.attributions);
  const toggleAttribution = useApp((s) => s.toggleAttribution);
  if (rows.every((r) => r.count === 0)) return null;

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.attributions')}</legend>
      <ul className="status-list">
        {rows.map(({ attribution, count }) => (
          <li key={attribution}>
            <label className="plain-toggle" title={ATTRIBUTION_HELP[attribution]}>
              <input
                type="checkbox"
                checked={attributions.includes(attribution)}
                onChange={() => toggleAttribution(attribution)}
              />
              <ClaimMarkGlyph mark={ATTRIBUTION_MARKS[attribution]} />
              <span>{ATTRIBUTION_LABELS[attribution]}</span>
              <span className="count">
                <span className="visually-hidden">, </span>
                {formatCount(count)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
