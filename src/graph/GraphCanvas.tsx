import { useCallback, useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, EventObject } from 'cytoscape';
import { useApp, useAppStore } from '../store/context';
import { arrangeNewDataset, runCameraIntent } from './camera';
import { toElements } from './elements';
import { PRESET_LAYOUT, STYLESHEET } from './stylesheet';
import { syncToCy } from './sync';

declare global {
  interface Window {
    /** The map's cytoscape instance, for console scripting and automation. */
    cy?: Core;
  }
}

const FIT_PADDING = 30;
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

/** The map: a view of the store. Store changes become cy classes; cy events become store actions. */
export function GraphCanvas() {
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const positions = useApp((s) => s.positions);
  const spheres = useApp((s) => s.spheres);
  const elements = useMemo(
    () => toElements(graph, positions, spheres),
    [graph, positions, spheres],
  );
  const cyRef = useRef<Core | null>(null);
  const cleanupRef = useRef<(() => void) | null>(null);
  // An 'arrange' intent arrives before react-cytoscapejs has swapped the elements: it is kept here,
  // with the node ids the map had, and carried out in the effect below once the new ones are drawn.
  const arrangeRef = useRef<{ layout: boolean; before: Set<string> } | null>(null);
  const arrangeSeq = useApp((s) => (s.camera?.kind === 'arrange' ? s.camera.seq : 0));

  // react-cytoscapejs calls this on every render: wire each cy instance once.
  const onCy = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cleanupRef.current?.();
      cyRef.current = cy;
      window.cy = cy;
      const { selectElement, hoverNode } = store.getState();
      cy.on('tap', 'node', (e: EventObject) => selectElement({ type: 'node', id: e.target.id() }));
      cy.on('tap', 'edge', (e: EventObject) => selectElement({ type: 'edge', id: e.target.id() }));
      cy.on('tap', (e: EventObject) => {
        if (e.target === cy) selectElement(null);
      });
      cy.on('mouseover', 'node', (e: EventObject) => hoverNode(e.target.id()));
      cy.on('mouseout', 'node', () => hoverNode(null));
      syncToCy(cy, store.getState());
      // A dataset put in before the map existed (a reload with a kept import) is arranged too.
      const { camera } = store.getState();
      if (camera?.kind === 'arrange')
        arrangeRef.current = { layout: camera.layout, before: new Set() };
      // The container's size is only final after the page lays out (and changes with the window):
      // keep cytoscape's idea of it current and fit what is shown.
      const resizeObserver = new ResizeObserver(() => {
        cy.resize();
        cy.fit(cy.elements().not('.hidden'), FIT_PADDING);
      });
      const container = cy.container();
      if (container) resizeObserver.observe(container);
      const unsubscribe = store.subscribe((state, prev) => {
        syncToCy(cy, state);
        if (state.camera?.kind === 'arrange' && state.camera !== prev.camera)
          arrangeRef.current = {
            layout: state.camera.layout,
            before: new Set(cy.nodes().map((n) => n.id())),
          };
        else if (state.camera && state.camera !== prev.camera) runCameraIntent(cy, state.camera);
        if (state.exportRequest && state.exportRequest !== prev.exportRequest)
          // Drawing exports is code most visits never run: it loads on the first export.
          void import('./exportRequest').then(({ runExportRequest }) =>
            runExportRequest(cy, state.exportRequest!, state),
          );
      });
      cleanupRef.current = () => {
        resizeObserver.disconnect();
        unsubscribe();
        cy.removeAllListeners();
      };
    },
    [store],
  );

  useEffect(() => {
    const cy = cyRef.current;
    const pending = arrangeRef.current;
    if (!cy || !pending) return;
    arrangeRef.current = null;
    arrangeNewDataset(cy, pending.layout, pending.before);
  }, [elements, arrangeSeq]);

  useEffect(
    () => () => {
      cleanupRef.current?.();
      cleanupRef.current = null;
      cyRef.current = null;
      if (window.cy) delete window.cy;
    },
    [],
  );

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEET}
      layout={PRESET_LAYOUT}
      cy={onCy}
      style={CANVAS_STYLE}
      minZoom={0.15}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
    />
  );
}
