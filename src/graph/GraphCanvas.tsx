import { useEffect, useLayoutEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { useAppStore } from '../store/context';
import { MapAdapter } from './adapter';
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
    // Before any element is styled: see styleTriggers.ts (about 100 ms of the first paint).
    coalesceStyleTriggers(cy);
    // One frame drawn before the elements come, while there is nothing to draw. Cytoscape's layered
    // texture cache draws the whole graph into one offscreen canvas in the first frame it ever draws
    // (then copies that to the screen); in later frames it fills that canvas lazily, in idle time,
    // and draws straight to the screen meanwhile. This way the first frame with the article is one of
    // those: the same picture, and the map on screen sooner (~140 ms with the benchmark's 2 cores).
    (cy as unknown as { renderer(): { render?: () => void } | null }).renderer()?.render?.();
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
      adapter.destroy();
      cy.destroy();
    };
  }, [store]);

  return <div ref={container} style={CANVAS_STYLE} />;
}
