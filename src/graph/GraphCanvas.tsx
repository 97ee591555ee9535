import { useEffect, useLayoutEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { useAppStore } from '../store/context';
import { MapAdapter } from './adapter';
import { prepareFirstFrame } from './firstFrame';
import { STYLESHEET } from './stylesheet';
import { coalesceStyleTriggers } from './styleTriggers';

const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

interface Props {
  /**
   * Called once, in a task of its own after the frame that put the map's first drawing on screen
   * (the frame after cytoscape's first draw has begun): the time to render what can wait for the map.
   */
  onFirstPaint?: () => void;
}

/**
 * The map: one cytoscape instance for the component's life, made with the map's stylesheet, whose
 * elements the adapter owns and keeps in step with the store.
 *
 * Made here rather than by react-cytoscapejs, which built cytoscape with its default stylesheet and a
 * grid layout of nothing, then replaced the stylesheet, all before the first paint; and whose element
 * diff, which serialises every element on each change, the adapter never used anyway (it blocked the
 * page for 20 seconds on a 25,000-element import).
 */
export function GraphCanvas({ onFirstPaint }: Props) {
  const store = useAppStore();
  const container = useRef<HTMLDivElement>(null);
  const onFirstPaintRef = useRef(onFirstPaint);
  useEffect(() => {
    onFirstPaintRef.current = onFirstPaint;
  }, [onFirstPaint]);

  // A layout effect, as the map's size is read from the page the commit has just laid out.
  useLayoutEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      // The adapter puts the elements where their positions say.
      layout: { name: 'null' },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    performance.mark('silkgraph:cytoscape-made');
    // Before any element is styled: see styleTriggers.ts (about 100 ms of the first paint).
    coalesceStyleTriggers(cy);
    // An empty frame now, and the first frame with the graph drawn without texture caches.
    const restoreTextures = prepareFirstFrame(cy);
    const adapter = new MapAdapter(cy, store);
    // 'render' is emitted when cytoscape has drawn a frame; the next animation frame comes after
    // that frame was painted, and a task after it leaves that frame's own callbacks undisturbed.
    let frame = 0;
    let timer = 0;
    cy.one('render', () => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => onFirstPaintRef.current?.(), 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      restoreTextures();
      adapter.destroy();
      cy.destroy();
    };
  }, [store]);

  return <div ref={container} style={CANVAS_STYLE} />;
}
