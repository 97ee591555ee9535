import { sphereDef } from '../../domain/palette';
import { useApp } from '../../store/context';
import type { Sphere } from '../../domain/schema';
import { useT } from '../../i18n/react';

/** Small coloured dots for an element's spheres; the names are in the title, so colour is never alone. */
export function SphereDots({ spheres }: { spheres: readonly Sphere[] }) {
  const defs = useApp((s) => s.spheres);
  const t = useT();
  const names = spheres.map((s) => sphereDef(defs, s).label).join(t('app.separator'));
  return (
    <span className="ls-dots" title={t('list.spheres', { names })} aria-hidden="true">
      {spheres.map((s) => (
        <span key={s} className="ls-dot" style={{ backgroundColor: sphereDef(defs, s).colour }} />
      ))}
    </span>
  );
}
