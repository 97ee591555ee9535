import { sphereDef } from '../domain/palette';
import type { Sphere, SphereDef } from '../domain/schema';
import { useT } from '../i18n/react';

/** The spheres of an element as chips: a coloured dot beside the name, so colour never speaks alone. */
export function SphereChips({
  spheres,
  defs,
  label,
  className = 'ev-chips',
}: {
  spheres: readonly Sphere[];
  /** The dataset's sphere definitions (names and colours). */
  defs: readonly SphereDef[];
  /** The list's name; "Spheres" unless given. */
  label?: string;
  className?: string;
}) {
  const t = useT();
  return (
    <ul className={className} aria-label={label ?? t('app.spheres')}>
      {spheres.map((sphere) => (
        <li key={sphere} className="ev-chip">
          <span
            className="ev-dot"
            style={{ backgroundColor: sphereDef(defs, sphere).colour }}
            aria-hidden="true"
          />
          {sphereDef(defs, sphere).label}
        </li>
      ))}
    </ul>
  );
}
