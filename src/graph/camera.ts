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
  } else {
    void relayoutVisible(shown);
  }
}
