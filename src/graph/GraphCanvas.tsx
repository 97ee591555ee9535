import { useCallback, useEffect, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useAppStore } from '../store/context';
import { MapAdapter } from './adapter';
import { STYLESHEET } from './stylesheet';

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;
/**
 * react-cytoscapejs is given no elements, ever: the adapter owns them. Its element diff serialises
 * every element on each change, which on a 25,000-element import blocked the page for 20 seconds.
 */
const NO_ELEMENTS: never[] = [];

interface Props {
  /**
   * Called once, in a task of its own after the frame that put the map's first drawing on screen
   * (the frame after cytoscape's first draw has begun): the time to render what can wait for the map.
   */
  onFirstPaint?: () => void;
}

/** The map: react-cytoscapejs makes the cytoscape instance; the adapter keeps it in step with the store. */
export function GraphCanvas({ onFirstPaint }: Props) {
  const store = useAppStore();
  const adapterRef = useRef<{ cy: Core; adapter: MapAdapter } | null>(null);
  const onFirstPaintRef = useRef(onFirstPaint);
  useEffect(() => {
    onFirstPaintRef.current = onFirstPaint;
  }, [onFirstPaint]);

  // react-cytoscapejs calls this on every render: one adapter per cy instance.
  const onCy = useCallback(
    (cy: Core) => {
      if (adapterRef.current?.cy === cy) return;
      adapterRef.current?.adapter.destroy();
      adapterRef.current = { cy, adapter: new MapAdapter(cy, store) };
      // 'render' is emitted when cytoscape has drawn a frame; the next animation frame comes after
      // that frame was painted, and a task after it leaves that frame's own callbacks undisturbed.
      cy.one('render', () =>
        requestAnimationFrame(() => setTimeout(() => onFirstPaintRef.current?.(), 0)),
      );
    },
    [store],
  );

  useEffect(
    () => () => {
      adapterRef.current?.adapter.destroy();
      adapterRef.current = null;
    },
    [],
  );

  return (
    <CytoscapeComponent
      elements={NO_ELEMENTS}
      stylesheet={STYLESHEET}
      cy={onCy}
      style={CANVAS_STYLE}
      minZoom={0.15}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
    />
  );
}
