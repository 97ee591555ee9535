import cytoscape, { type Collection } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers the fcose layout with cytoscape once. */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
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
export function relayoutVisible(shown: Collection): void {
  registerLayouts();
  shown
    .layout(fcoseOptions({ randomize: false, animate: true, animationDuration: 600 }) as never)
    .run();
}
