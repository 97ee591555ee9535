import cytoscape, { type Core } from 'cytoscape';
import { installExportPatches } from './patches';
import { copyOf } from './sizedMap';
import { LARGE_EXPORT_STYLESHEET } from './stylesheet';

/**
 * Runs `draw` on a cytoscape instance the size of the map, out of sight, holding all of a large
 * graph's model as the map shows it (the same classes, positions and camera), then destroys it.
 * The map itself draws only the highlighted copies; an SVG needs every element drawn by cytoscape.
 */
export async function withExportCopy<T>(
  view: Core,
  model: Core,
  draw: (copy: Core) => Promise<T>,
): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${view.width()}px`,
    height: `${view.height()}px`,
  });
  document.body.append(container);
  const copy = cytoscape({
    container,
    elements: model.elements().map(copyOf),
    style: LARGE_EXPORT_STYLESHEET,
    zoom: view.zoom(),
    pan: { ...view.pan() },
    minZoom: view.minZoom(),
    maxZoom: view.maxZoom(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    autoungrabify: true,
  });
  installExportPatches(copy);
  try {
    return await draw(copy);
  } finally {
    copy.destroy();
    container.remove();
  }
}
