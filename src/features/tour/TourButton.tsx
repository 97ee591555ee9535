import { hasBuiltInTour } from '../../lib/builtInTour';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';

/** Starts (or leaves) the guided tour from the toolbar, while a map with a tour is shown. */
export function TourButton() {
  const t = useT();
  const presenting = useApp((s) => s.tourStep !== null);
  const loading = useApp((s) => s.pendingTourStep !== null);
  const requestTour = useApp((s) => s.requestTour);
  const endTour = useApp((s) => s.endTour);
  // The article's tour (or an offline page's map's), or an opened map file's own: none is offered
  // over a graph without one.
  const hasTour = useApp((s) => (s.origin === 'article' && hasBuiltInTour) || s.tour !== null);
  if (!hasTour && !presenting) return null;
  return presenting ? (
    <button type="button" className="tour-button" onClick={endTour}>
      {t('tour.button.leave')}
    </button>
  ) : (
    <button type="button" className="tour-button" onClick={() => requestTour(0)} disabled={loading}>
      {t(loading ? 'tour.button.loading' : 'tour.button.present')}
    </button>
  );
}
