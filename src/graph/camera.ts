import type {
  Collection,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import type { CameraIntent } from '../store/store';
import type { Viewport } from './sizedMap';
import { LARGE_ABOVE } from './stylesheet';
import { DRAFT_ABOVE } from './layoutOptions';
import { BUNDLE_OPEN_ZOOM, STATE_BITS, stateBits } from './sync';

const DURATION = 350;

/** The camera that frames elements with their labels as the map sizes them (SizedMap.viewportFor). */
export type Framer = (eles: Collection, padding: number) => Viewport | null;

/**
 * Carries out a camera request from the store on the map. `graph` holds the elements when the map
 * draws a large graph's model (see largeMap.ts): the camera then works from the model's positions.
 * `framer`, where the map has one, frames with the labels as they will be at the new zoom.
 */
export function runCameraIntent(
  cy: Core,
  intent: CameraIntent,
  graph: Core = cy,
  framer?: Framer,
): void {
  if (graph !== cy) {
    runModelCameraIntent(cy, intent, graph);
    return;
  }
  const shown = cy.elements().not('.hidden');
  const framing = (eles: Collection, padding: number) =>
    framer?.(eles, padding) ?? { fit: { eles, padding } };
  if (intent.kind === 'fit') {
    cy.stop();
    cy.animate(framing(shown.nonempty() ? shown : cy.elements(), 40), { duration: DURATION });
  } else if (intent.kind === 'center') {
    const node = cy.getElementById(intent.id);
    if (node.empty() || !node.isNode()) return;
    // The node itself in the middle, not its box: that holds its label, which may sit beside it.
    const p = (node as NodeSingular).position();
    const zoom = Math.max(cy.zoom(), 1);
    cy.stop();
    cy.animate(
      { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } },
      { duration: DURATION },
    );
  } else if (intent.kind === 'frame') {
    const focus = intent.ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection());
    const eles = focus.union(focus.connectedNodes());
    cy.stop();
    cy.animate(framing(eles.nonempty() ? eles : shown, 70), { duration: 600 });
  }
  // 'arrange' and 'relayout' are the binding's: it runs them with their progress on the map.
}

/** The same requests for a large graph whose elements are in a headless model: by node positions. */
function runModelCameraIntent(cy: Core, intent: CameraIntent, graph: Core): void {
  if (intent.kind === 'fit') {
    const view = nodesViewport(
      cy,
      graph.nodes().filter((n) => !n.hasClass('hidden')),
      40,
    );
    if (!view) return;
    cy.stop();
    cy.animate(view, { duration: DURATION });
  } else if (intent.kind === 'center') {
    const node = graph.getElementById(intent.id);
    if (node.empty() || !node.isNode()) return;
    const p = node.position();
    const zoom = Math.max(cy.zoom(), 1);
    cy.stop();
    cy.animate(
      { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } },
      { duration: DURATION },
    );
  } else if (intent.kind === 'frame') {
    const focus = intent.ids.reduce(
      (acc, id) => acc.union(graph.getElementById(id)),
      graph.collection(),
    );
    const view = nodesViewport(cy, focus.union(focus.connectedNodes()).nodes(), 70);
    if (!view) return;
    cy.stop();
    cy.animate(view, { duration: 600 });
  }
}

/**
 * After a dataset replaced another: lays out when it came without positions and added nodes (an
 * attribute switch keeps the same nodes, and they stay where they are), else fits what is shown.
 * Returns the layout under way, if one was started. `graph` holds the elements (a large graph's
 * model), `box` sizes its nodes for the layout when they have no style to measure.
 */
export function arrangeNewDataset(
  cy: Core,
  layout: boolean,
  before: ReadonlySet<string>,
  options: {
    signal?: AbortSignal;
    graph?: Core;
    box?: (node: SingularElementArgument) => { width: number; height: number };
    framer?: Framer;
  } = {},
): { draft: boolean; done: Promise<void> } | null {
  const { signal, graph = cy, box, framer } = options;
  cy.stop();
  const added = graph
    .nodes()
    .toArray()
    .some((n) => !before.has(n.id()));
  if (layout && added) {
    const nodes = graph.nodes().length;
    return {
      draft: nodes > DRAFT_ABOVE,
      // The layout code (and fcose) loads when a graph without positions first needs it.
      done: import('./layout').then(({ layoutAll }) =>
        layoutAll(graph, {
          signal,
          ...(graph !== cy ? { view: cy } : {}),
          ...(box ? { box } : {}),
        }),
      ),
    };
  }
  if (graph.elements().length > LARGE_ABOVE) fitNodes(cy, 40, graph.nodes());
  else {
    const shown = cy.elements().not('.hidden');
    const eles = shown.nonempty() ? shown : cy.elements();
    const view = framer?.(eles, 40);
    if (view) cy.viewport(view);
    else cy.fit(eles, 40);
  }
  return null;
}

/**
 * A bundled link was clicked: the camera zooms in on it until its relations are drawn apart
 * (BUNDLE_OPEN_ZOOM), centred on its middle.
 */
export function openBundle(cy: Core, link: EdgeSingular): void {
  const mid = link.midpoint();
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), BUNDLE_OPEN_ZOOM));
  cy.stop();
  cy.animate(
    { zoom, pan: { x: cy.width() / 2 - zoom * mid.x, y: cy.height() / 2 - zoom * mid.y } },
    { duration: DURATION },
  );
}

/**
 * Fits the shown nodes' positions, not their bounding boxes: on a large graph cytoscape's fit builds
 * a collection of every shown element and unions 25,000 boxes, a long task of its own. The nodes
 * are `graph`'s (a large graph's model), the camera is the map's.
 */
export function fitNodes(
  cy: Core,
  padding: number,
  nodes: ArrayLike<NodeSingular> = cy.nodes(),
): void {
  const view = nodesViewport(cy, nodes, padding, true);
  if (view) cy.viewport(view);
}

/** The zoom and pan that fit these nodes' positions (with a large node's size around them) on the map. */
function nodesViewport(
  cy: Core,
  nodes: ArrayLike<NodeSingular>,
  padding: number,
  shownOnly = false,
): { zoom: number; pan: { x: number; y: number } } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (shownOnly && (stateBits(node) & STATE_BITS.hidden) !== 0) continue;
    const p = node.position();
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return null;
  const margin = 30; // a large node's radius and its label
  const w = x2 - x1 + 2 * margin;
  const h = y2 - y1 + 2 * margin;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h),
    ),
  );
  return {
    zoom,
    pan: {
      x: (cy.width() - zoom * (x1 + x2)) / 2,
      y: (cy.height() - zoom * (y1 + y2)) / 2,
    },
  };
}
