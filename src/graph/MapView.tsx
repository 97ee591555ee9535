import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import { useAppStore } from '../store/context';
import { MapBinding } from './mapBinding';
import { MAP_ZOOM } from './sizedMap';
import { STYLESHEET } from './stylesheet';
import { useT } from '../i18n/react';

// Constant props: react-cytoscapejs patches cytoscape only where a prop changed from one render to
// the next, so these are applied once, at mount. The elements are the adapters' (MapBinding), never
// the component's: an empty list it has nothing to diff against.
const ELEMENTS: ElementDefinition[] = [];
const CONTAINER_STYLE = { width: '100%', height: '100%' } as const;

interface Props {
  /**
   * Called once, in a task of its own after the frame that put the map's first drawing on screen:
   * the time to render what can wait for the map.
   */
  onFirstPaint?: () => void;
}

/**
 * The map: react-cytoscapejs makes the cytoscape instance with the map's stylesheet and zoom limits,
 * and hands it to a MapBinding, which keeps it in step with the store. Its container takes focus
 * (by Tab or a click) and answers the keys the binding knows: arrows pan, + and − zoom, 0 fits.
 */
export function MapView({ onFirstPaint }: Props) {
  const store = useAppStore();
  const binding = useRef<MapBinding | null>(null);
  const onFirstPaintRef = useRef(onFirstPaint);
  useEffect(() => {
    onFirstPaintRef.current = onFirstPaint;
  }, [onFirstPaint]);

  // react-cytoscapejs calls this after every update of the component: bind a new instance once.
  const bind = useCallback(
    (cy: Core) => {
      if (binding.current?.cy === cy) return;
      binding.current?.destroy();
      binding.current = new MapBinding(cy, store, () => onFirstPaintRef.current?.());
    },
    [store],
  );

  // The component destroys its instance when it unmounts, after this cleanup has run (a parent's
  // layout cleanup comes before its children's unmount), so the binding lets go of a live instance.
  useLayoutEffect(
    () => () => {
      binding.current?.destroy();
      binding.current = null;
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (binding.current?.key(e)) e.preventDefault();
  };
  const hintId = useId();
  const t = useT();

  return (
    // An application: a screen reader passes the arrow keys through to it rather than reading on.
    // jsx-a11y counts the role as non-interactive, but taking focus and keys is its whole purpose.
    /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
    <div
      className="map-view"
      role="application"
      aria-label={t('graph.map')}
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
      <p id={hintId} className="visually-hidden">
        {t('graph.map.hint')}
      </p>
      <CytoscapeComponent
        elements={ELEMENTS}
        stylesheet={STYLESHEET}
        minZoom={MAP_ZOOM.min}
        maxZoom={MAP_ZOOM.max}
        boxSelectionEnabled={false}
        autounselectify
        style={CONTAINER_STYLE}
        cy={bind}
      />
    </div>
  );
}
