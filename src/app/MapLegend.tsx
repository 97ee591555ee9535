import { bySpheres } from '../domain/wording';
import { useMemo, useState } from 'react';
import { legendOf } from '../domain/legend';
import { useApp } from '../store/context';
import {
  BundleMark,
  ClaimMarkGlyph,
  KindShape,
  PieMark,
  StatusLine,
} from '../components/LegendMarks';
import { useT } from '../i18n/react';

/** Below this window width the legend starts folded: open, it would cover much of a narrow map. */
const OPEN_FROM_PX = 1400;

/**
 * The map's key, over its corner: sphere colours, the line style of each status, the marks that say
 * whose claim a relation is (for a graph whose relations say), the shape of each kind of node on
 * the map, and what a node's pie means. The exports draw the same (legendOf).
 */
export function MapLegend() {
  const graph = useApp((s) => s.graph);
  const spheres = useApp((s) => s.spheres);
  const t = useT();
  const legend = useMemo(
    () => legendOf(graph, spheres, bySpheres(spheres) ? 'sphere' : 'category'),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- its words are the language's (`t`)
    [graph, spheres, t],
  );
  const [open, setOpen] = useState(
    () => typeof window === 'undefined' || window.innerWidth >= OPEN_FROM_PX,
  );
  // Folded while presenting, unless opened then: beside the tour's panel it would cover much of
  // the map, and the tour names the spheres in words.
  const presenting = useApp((s) => s.tourStep !== null);
  const [openInTour, setOpenInTour] = useState(false);
  return (
    <aside className="map-legend" aria-label={t('app.legend')} data-covers-map>
      <details
        open={presenting ? openInTour : open}
        onToggle={(e) => (presenting ? setOpenInTour : setOpen)(e.currentTarget.open)}
      >
        <summary>{t('app.legend')}</summary>
        <div className="map-legend-body">
          <div>
            <ul aria-label={t('app.legend.colours')} className="map-legend-colours">
              {legend.spheres.map((s) => (
                <li key={s.id}>
                  <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
                  {s.label}
                </li>
              ))}
            </ul>
            <p className="map-legend-pie">
              <PieMark colours={legend.spheres.slice(0, 3).map((s) => s.colour)} />
              {legend.pie}
            </p>
          </div>
          <ul aria-label={t('app.legend.lines')}>
            {legend.statuses.map((s) => (
              <li key={s.status}>
                <StatusLine status={s.status} />
                {s.label}
              </li>
            ))}
            {legend.bundle && (
              <li>
                <BundleMark colours={legend.spheres.slice(0, 3).map((s) => s.colour)} />
                {legend.bundle}
              </li>
            )}
          </ul>
          {legend.claims.length > 0 && (
            <ul aria-label={t('app.legend.claims')}>
              {legend.claims.map(({ mark, label }) => (
                <li key={mark}>
                  <ClaimMarkGlyph mark={mark} />
                  {label}
                </li>
              ))}
            </ul>
          )}
          <ul aria-label={t('app.legend.shapes')} className="map-legend-shapes">
            {legend.kinds.map((k) => (
              <li key={k.kind}>
                <KindShape kind={k.kind} />
                {k.label}
              </li>
            ))}
          </ul>
        </div>
      </details>
    </aside>
  );
}
