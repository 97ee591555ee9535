import cytoscape, { type Collection, type Core } from 'cytoscape';

let fcoseReady: Promise<void> | null = null;

/** Loads and registers fcose on first use: the first paint uses precomputed positions and needs no layout code. */
export function loadFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseReady;
}

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

/** Lays out only what is shown, starting from where it stands, and animates there. */
export async function relayoutVisible(shown: Collection): Promise<void> {
  await loadFcose();
  shown
    .layout(fcoseOptions({ randomize: false, animate: true, animationDuration: 600 }) as never)
    .run();
}

/** Above this many nodes an import is laid out in fcose's draft quality: seconds instead of minutes. */
export const DRAFT_ABOVE = 1000;

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

/** Lays out a whole new graph that came without positions, and fits it; settles when it is done. */
export async function layoutAll(cy: Core): Promise<void> {
  await loadFcose();
  const layout = cy.elements().layout(newGraphLayoutOptions(cy.nodes().length) as never);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}
