import type { Core } from 'cytoscape';
import type { CameraIntent } from '../store/store';
import { layoutAll, relayoutVisible } from './layout';

const DURATION = 350;

/** Carries out a camera request from the store on the map. */
export function runCameraIntent(cy: Core, intent: CameraIntent): void {
  const shown = cy.elements().not('.hidden');
  if (intent.kind === 'fit') {
    cy.stop();
    cy.animate(
      { fit: { eles: shown.nonempty() ? shown : cy.elements(), padding: 40 } },
      { duration: DURATION },
    );
  } else if (intent.kind === 'center') {
    const node = cy.getElementById(intent.id);
    if (node.empty()) return;
    cy.stop();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: DURATION });
  } else if (intent.kind === 'frame') {
    const focus = intent.ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection());
    const eles = focus.union(focus.connectedNodes());
    cy.stop();
    cy.animate(
      { fit: { eles: eles.nonempty() ? eles : shown, padding: 70 } },
      { duration: 600, complete: () => scaleProjectorLabels(cy) },
    );
  } else if (intent.kind === 'relayout') {
    void relayoutVisible(shown);
  }
  // 'arrange' waits for the new elements: GraphCanvas runs it through arrangeNewDataset.
}

/**
 * After a dataset replaced another: lays out when it came without positions and added nodes (an
 * attribute switch keeps the same nodes, and they stay where they are), else fits what is shown.
 */
export function arrangeNewDataset(cy: Core, layout: boolean, before: ReadonlySet<string>): void {
  cy.stop();
  const added = cy
    .nodes()
    .toArray()
    .some((n) => !before.has(n.id()));
  if (layout && added) {
    void layoutAll(cy);
    return;
  }
  const shown = cy.elements().not('.hidden');
  cy.fit(shown.nonempty() ? shown : cy.elements(), 40);
}

/** Smallest label size on screen while presenting: legible from the back of a seminar room. */
export const PROJECTOR_LABEL_PX = 20;

/** Sizes labels so they read at PROJECTOR_LABEL_PX on screen at the zoom the camera settled on. */
export function scaleProjectorLabels(cy: Core): void {
  const size = Math.max(15, PROJECTOR_LABEL_PX / cy.zoom());
  cy.batch(() => cy.elements().data('projectorFont', size));
}
