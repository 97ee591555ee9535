import { useMemo } from 'react';
import { sphereCounts } from '../../domain/filters';
import { sphereDef } from '../../domain/palette';
import { useApp } from '../../store/context';
import { selectWording } from '../../store/derived';
import { useT } from '../../i18n/react';

/**
 * The dataset's categories (the article's four cooperation spheres, or an import's): a toggle each
 * with its colour and counts, plus all / none / only.
 */
export function SphereFilter() {
  const graph = useApp((s) => s.graph);
  const active = useApp((s) => s.filters.spheres);
  const toggleSphere = useApp((s) => s.toggleSphere);
  const showAll = useApp((s) => s.showAllSpheres);
  const showNone = useApp((s) => s.showNoSpheres);
  const showOnly = useApp((s) => s.showOnlySphere);
  const defs = useApp((s) => s.spheres);
  const wording = useApp(selectWording);
  const t = useT();
  const counts = useMemo(
    () =>
      sphereCounts(
        graph,
        defs.map((d) => d.id),
      ),
    [graph, defs],
  );

  return (
    <fieldset className="filter-group">
      <legend>{t(`filters.categories.${wording.category}`)}</legend>
      <ul className="sphere-list">
        {counts.map(({ sphere, nodes, edges }) => {
          const on = active.includes(sphere);
          return (
            <li key={sphere} className="sphere-row">
              <label className="sphere-toggle">
                <input type="checkbox" checked={on} onChange={() => toggleSphere(sphere)} />
                <span
                  className="swatch"
                  style={{ background: sphereDef(defs, sphere).colour }}
                  aria-hidden="true"
                />
                <span className="sphere-name">{sphereDef(defs, sphere).label}</span>
                <span className="count">
                  <span className="visually-hidden">, </span>
                  {t('common.nodes', { count: nodes })} · {t('common.relations', { count: edges })}
                </span>
              </label>
              <button
                type="button"
                className="link-button"
                onClick={() => showOnly(sphere)}
                aria-label={t('filters.only.label', { name: sphereDef(defs, sphere).label })}
              >
                {t('filters.only')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" onClick={showAll} disabled={active.length === counts.length}>
          {t(`filters.all.${wording.category}`)}
        </button>
        <button type="button" onClick={showNone} disabled={active.length === 0}>
          {t('filters.none')}
        </button>
      </div>
    </fieldset>
  );
}
