import { useEffect } from 'react';
import { t } from '../../i18n/core';
import { useApp } from '../../store/context';
import { loadBuiltInTour } from '../../lib/builtInTour';

/** Answers a request to present (from the toolbar or a link) by loading the tour and starting it. */
export function TourLoader() {
  const pending = useApp((s) => s.pendingTourStep);
  const startTour = useApp((s) => s.startTour);
  const notify = useApp((s) => s.notify);
  useEffect(() => {
    if (pending === null) return;
    let cancelled = false;
    loadBuiltInTour().then(
      (tour) => {
        if (cancelled) return;
        if (pending >= tour.steps.length)
          notify(
            'info',
            t('tour.notice.lastStep', { count: tour.steps.length, step: pending + 1 }),
          );
        startTour(tour, pending);
      },
      (error: Error) => notify('error', t('tour.notice.loadFailed', { error: error.message })),
    );
    return () => {
      cancelled = true;
    };
  }, [pending, startTour, notify]);
  return null;
}
