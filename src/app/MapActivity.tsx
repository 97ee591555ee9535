import { useEffect, useState } from 'react';
import { formatCount } from '../components/plural';
import { useApp } from '../store/context';
import { useT } from '../i18n/react';

/** Seconds since a moment, ticking once a second while shown. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.round((now - since) / 1000));
}

/**
 * Progress over the map while a new graph is drawn in slices or laid out. The live region says what
 * is happening once; the changing figures sit in the progress bar and beside it, not in the announcement.
 */
export function MapActivity() {
  const activity = useApp((s) => s.mapActivity);
  const elapsed = useElapsed(activity?.kind === 'layout' ? activity.startedAt : null);
  const t = useT();
  let message = '';
  if (activity?.kind === 'drawing')
    message = t('app.activity.drawing', { count: formatCount(activity.total) });
  else if (activity?.kind === 'layout')
    message = t('app.activity.layout', {
      count: formatCount(activity.nodes),
      draft: String(Boolean(activity.draft)),
    });
  return (
    // The live region stays in the page when idle (announcements need it there beforehand): only the box goes.
    <div className={activity ? 'map-activity' : 'map-activity is-idle'}>
      <p role="status" className="map-activity-message">
        {message}
      </p>
      {activity?.kind === 'drawing' && (
        <>
          <progress
            max={activity.total}
            value={activity.done}
            aria-label={t('app.activity.drawingLabel')}
            aria-valuetext={t('app.activity.progress', {
              done: formatCount(activity.done),
              total: formatCount(activity.total),
            })}
          />
          <span className="map-activity-figure" aria-hidden="true">
            {Math.floor((100 * activity.done) / activity.total)}%
          </span>
        </>
      )}
      {activity?.kind === 'layout' && (
        <>
          <progress aria-label={t('app.activity.layoutLabel')} />
          <span className="map-activity-figure" aria-hidden="true">
            {t('app.activity.seconds', { seconds: formatCount(elapsed) })}
          </span>
        </>
      )}
    </div>
  );
}
