import type { Core } from 'cytoscape';
import type { CameraIntent } from '../store/store';
import { relayoutVisible } from './layout';

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
  } else {
    void relayoutVisible(shown);
  }
}

/** Smallest label size on screen while presenting: legible from the back of a seminar room. */
export const PROJECTOR_LABEL_PX = 20;

/** Sizes labels so they read at PROJECTOR_LABEL_PX on screen at the zoom the camera settled on. */
export function scaleProjectorLabels(cy: Core): void {
  const size = Math.max(15, PROJECTOR_LABEL_PX / cy.zoom());
  cy.batch(() => cy.elements().data('projectorFont', size));
}
