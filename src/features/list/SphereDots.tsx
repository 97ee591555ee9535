import { sphereDef } from '../../domain/palette';
import { useApp } from '../../store/context';
import type { Sphere } from '../../domain/schema';

/** Small coloured dots for an element's spheres; the names are in the title, so colour is never alone. */
export function SphereDots({ spheres }: { spheres: readonly Sphere[] }) {
  const defs = useApp((s) => s.spheres);
  const names = spheres.map((s) => sphereDef(defs, s).label).join(', ');
  return (
    <span className="ls-dots" title={`Spheres: ${names}`} aria-hidden="true">
      {spheres.map((s) => (
        <span key={s} className="ls-dot" style={{ backgroundColor: sphereDef(defs, s).colour }} />
      ))}
    </span>
  );
}
