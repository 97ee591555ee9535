import { STATUS_LABELS } from '../domain/palette';
import { useApp } from '../store/context';
import { StatusLine } from '../components/LegendMarks';
import { EDGE_STATUSES } from '../domain/vocabulary';

/** A compact key drawn over the map's corner: sphere colours and line styles (shapes are in the filters). */
export function MapLegend() {
  const spheres = useApp((s) => s.spheres);
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
    </aside>
  );
}
