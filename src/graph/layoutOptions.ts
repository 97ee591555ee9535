// fcose's settings, as plain data: read by the page (relayoutVisible) and by the layout worker
// (layoutCore.ts), so neither has to load the other's code.

/** fcose options tuned for this article-sized graph: room for labels, gentle gravity. */
export function fcoseOptions(extra: Record<string, unknown> = {}) {
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 140,
    nodeRepulsion: 12000,
    edgeElasticity: 0.3,
    gravity: 0.2,
    gravityRange: 3.8,
    numIter: 5000,
    nodeSeparation: 90,
    ...extra,
  };
}

/** Above this many nodes an import is laid out in fcose's draft quality: seconds instead of minutes. */
export const DRAFT_ABOVE = 1000;

/** Above this many shown nodes, "Re-arrange visible" runs fcose in the worker, not on the page. */
export const RELAYOUT_IN_WORKER_ABOVE = 150;

/** fcose options for a new graph without positions: from scratch, no animation, draft when big. */
export function newGraphLayoutOptions(nodeCount: number) {
  const big = nodeCount > DRAFT_ABOVE;
  return fcoseOptions({
    randomize: true,
    animate: false,
    fit: true,
    ...(big ? { quality: 'draft', nodeDimensionsIncludeLabels: false } : {}),
  });
}

// The map's node label (stylesheet.ts): 15 px semi-bold under the node, wrapped at 150 px.
const CHAR_PX = 8.6;
const WRAP_PX = 150;
const LINE_PX = 19;
const LABEL_GAP_PX = 8; // text-margin-y and the text background's padding

/**
 * The box a node takes on the map with its label, for a layout that cannot measure text (a headless
 * instance in a worker): as wide as the wider of node and label, as tall as both.
 */
export function boxWithLabel(
  width: number,
  height: number,
  label: string,
): { width: number; height: number } {
  if (label.length === 0) return { width, height };
  const text = label.length * CHAR_PX;
  const lines = Math.ceil(text / WRAP_PX);
  return {
    width: Math.max(width, Math.min(WRAP_PX, text)),
    height: height + LABEL_GAP_PX + lines * LINE_PX,
  };
}
