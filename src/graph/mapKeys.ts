import type { Core } from 'cytoscape';

/** What a key does to the map's camera when the map has focus. */
export type MapKeyAction =
  { kind: 'pan'; dx: number; dy: number } | { kind: 'zoom'; factor: number } | { kind: 'fit' };

/** How far an arrow key moves the map: a share of its width or height (Shift: a bigger step). */
const PAN_SHARE = 0.1;
const PAN_SHARE_SHIFT = 0.4;
/** How much + and − zoom by, about the middle of the map. */
export const ZOOM_STEP = 1.25;

/** Keys that move the map in the direction of the arrow: what was to the right comes into view. */
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The camera move a key press asks for on a map of this size, or null for a key the map leaves
 * alone. Arrows look left, right, up and down; + and − (= and _ unshifted, the keypad's too) zoom
 * about the middle; 0 frames what is shown. `arrows`: false while the tour uses them to step.
 */
export function mapKeyAction(
  e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  size: { width: number; height: number },
  arrows = true,
): MapKeyAction | null {
  // Ctrl/Cmd with + and − zoom the page, as the browser means them to.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const arrow = ARROWS[e.key];
  if (arrow) {
    if (!arrows) return null;
    const share = e.shiftKey ? PAN_SHARE_SHIFT : PAN_SHARE;
    return { kind: 'pan', dx: arrow[0] * share * size.width, dy: arrow[1] * share * size.height };
  }
  if (e.key === '+' || e.key === '=') return { kind: 'zoom', factor: ZOOM_STEP };
  if (e.key === '-' || e.key === '_' || e.key === '−')
    return { kind: 'zoom', factor: 1 / ZOOM_STEP };
  if (e.key === '0') return { kind: 'fit' };
  return null;
}

/** Pans or zooms (about the middle) the map's camera as a key asked; zoom stays within its limits. */
export function moveCamera(cy: Core, action: Exclude<MapKeyAction, { kind: 'fit' }>): void {
  cy.stop();
  if (action.kind === 'pan') cy.panBy({ x: -action.dx, y: -action.dy });
  else
    cy.zoom({
      level: cy.zoom() * action.factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
}
