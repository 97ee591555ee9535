import { useApp } from '../store/context';
import { Rich } from '../i18n/Rich';

/**
 * The map's source, on the map: whose text every node and relation quotes, and its title. Left out
 * for a graph that came without a text (an import names no author).
 */
export function MapSource() {
  const author = useApp((s) => s.article.author);
  const title = useApp((s) => s.article.title);
  if (!author) return null;
  return (
    // Labels of the map keep out from under it (src/graph/labels.ts).
    <p className="map-source" data-covers-map>
      <Rich id="app.source" values={{ author }} parts={{ title: <cite>{title}</cite> }} />
    </p>
  );
}
