import { SPHERES } from '../domain/vocabulary';
import { SPHERE_COLOURS, SPHERE_LABELS, STATUS_LABELS } from '../domain/palette';
import { StatusLine } from '../components/LegendMarks';
import { EDGE_STATUSES } from '../domain/vocabulary';

/** A compact key drawn over the map's corner: sphere colours and line styles (shapes are in the filters). */
export function MapLegend() {
  return (
    <aside className="map-legend" aria-label="Legend">
      <ul>
        {SPHERES.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: SPHERE_COLOURS[s] }} aria-hidden="true" />
            {SPHERE_LABELS[s]}
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
