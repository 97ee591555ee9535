import { SPHERE_COLOURS, SPHERE_LABELS } from '../../domain/palette';
import type { Sphere } from '../../domain/schema';

/** Small coloured dots for an element's spheres; the names are in the title, so colour is never alone. */
export function SphereDots({ spheres }: { spheres: readonly Sphere[] }) {
  const names = spheres.map((s) => SPHERE_LABELS[s]).join(', ');
  return (
    <span className="ls-dots" title={`Spheres: ${names}`} aria-hidden="true">
      {spheres.map((s) => (
        <span key={s} className="ls-dot" style={{ backgroundColor: SPHERE_COLOURS[s] }} />
      ))}
    </span>
  );
}
