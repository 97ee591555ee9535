import { useApp } from '../../store/context';

/** Starts (or leaves) the guided tour from the toolbar. */
export function TourButton() {
  const presenting = useApp((s) => s.tourStep !== null);
  const loading = useApp((s) => s.pendingTourStep !== null);
  const requestTour = useApp((s) => s.requestTour);
  const endTour = useApp((s) => s.endTour);
  return presenting ? (
    <button type="button" className="tour-button" onClick={endTour}>
      Leave tour
    </button>
  ) : (
    <button type="button" className="tour-button" onClick={() => requestTour(0)} disabled={loading}>
      {loading ? 'Loading tour…' : 'Present tour'}
    </button>
  );
}
