import cytoscape, { type Collection } from 'cytoscape';

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
