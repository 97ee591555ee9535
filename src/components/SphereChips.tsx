import { SPHERE_COLOURS, SPHERE_LABELS } from '../domain/palette';
import type { Sphere } from '../domain/schema';

/** The spheres of an element as chips: a coloured dot beside the name, so colour never speaks alone. */
export function SphereChips({
  spheres,
  label = 'Spheres',
  className = 'ev-chips',
}: {
  spheres: readonly Sphere[];
  label?: string;
  className?: string;
}) {
  return (
    <ul className={className} aria-label={label}>
      {spheres.map((sphere) => (
        <li key={sphere} className="ev-chip">
          <span
            className="ev-dot"
            style={{ backgroundColor: SPHERE_COLOURS[sphere] }}
            aria-hidden="true"
          />
          {SPHERE_LABELS[sphere]}
        </li>
      ))}
    </ul>
  );
}
