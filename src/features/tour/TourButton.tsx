import { useApp } from '../../store/context';

/** Starts (or leaves) the guided tour from the toolbar, while the article is on the map. */
export function TourButton() {
  const presenting = useApp((s) => s.tourStep !== null);
  const loading = useApp((s) => s.pendingTourStep !== null);
  const requestTour = useApp((s) => s.requestTour);
  const endTour = useApp((s) => s.endTour);
  // The tour walks through the article: it is not offered over an imported graph.
  const article = useApp((s) => s.origin === 'article');
  if (!article && !presenting) return null;
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
