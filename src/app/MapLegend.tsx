import { CLAIM_MARK_ROWS, STATUS_LABELS } from '../domain/palette';
import { useApp } from '../store/context';
import { selectAttributed } from '../store/derived';
import { ClaimMarkGlyph, StatusLine } from '../components/LegendMarks';
import { EDGE_STATUSES } from '../domain/vocabulary';

/**
 * A compact key drawn over the map's corner: sphere colours, line styles (status) and marks on the lines
 * (whose claim; only for a graph whose relations say). Shapes are in the filters.
 */
export function MapLegend() {
  const spheres = useApp((s) => s.spheres);
  const attributed = useApp(selectAttributed);
  return (
    <aside className="map-legend" aria-label="Legend">
      <ul>
        {spheres.map((s) => (
          <li key={s.id}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_STATUSES.map((s) => (
          <li key={s}>
            <StatusLine status={s} />
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
      {attributed && (
        <ul aria-label="Whose claim">
          {CLAIM_MARK_ROWS.map(({ mark, label }) => (
            <li key={mark}>
              <ClaimMarkGlyph mark={mark} />
              {label}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
