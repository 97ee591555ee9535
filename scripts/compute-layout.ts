/**
 * `npm run layout`: lays the article graph out once with fcose (seeded, so the result is repeatable)
 * and writes data/positions.json, so the app's first paint needs no layout run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { parallelBundles } from '../src/domain/bundles';
import { graphSchema } from '../src/domain/schema';
// The words the domain writes (problems, notes) in English.
import '../src/i18n/englishLoaded';

// A small seeded generator (mulberry32) replaces Math.random so the same graph gives the same map.
let seed = 20131;
Math.random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

cytoscape.use(fcose);

// Headless cytoscape cannot measure text, so each node is given the box its wrapped label will take
// on the map (15px bold, wrapped at 150px): the layout then keeps labels apart.
function labelBox(label: string): { w: number; h: number } {
  const width = label.length * 8.6;
  const lines = Math.ceil(width / 150);
  return { w: Math.max(36, Math.min(150, width)), h: 34 + lines * 19 };
}
const graph = graphSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8')));
// A pair with many relations is one bundled link on the map (src/domain/bundles.ts): laid out as
// one long edge, not as many springs that pull its two hubs onto each other, so that its count
// finds room on it.
const bundles = parallelBundles(graph);
const bundled = new Set(bundles.flatMap((b) => b.edges));
const BUNDLE_LENGTH = Number(process.env.BUNDLE ?? 300);
const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  elements: [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, ...labelBox(n.label) },
    })),
    ...graph.edges
      .filter((e) => !bundled.has(e.id))
      .map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ...bundles.map((b) => ({
      group: 'edges' as const,
      data: { id: b.id, source: b.source, target: b.target, bundle: true },
    })),
  ],
});

cy.layout({
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: false,
  idealEdgeLength: (edge: { data: (key: string) => unknown }) =>
    edge.data('bundle') ? BUNDLE_LENGTH : Number(process.env.EDGE ?? 20),
  nodeRepulsion: () => Number(process.env.REP ?? 300),
  edgeElasticity: () => 0.3,
  gravity: Number(process.env.GRAV ?? 0.6),
  gravityRange: 2,
  numIter: 10000,
  nodeSeparation: 60,
  tile: true,
} as never).run();

// fcose keeps nodes apart but not their labels: push overlapping label boxes apart along the
// axis that needs the least travel, until none overlap. The map can then be fitted tighter.
interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
// A label hangs below its node, so its box is centred lower than the node: y here is the box centre.
const NODE = 34;
const boxes: Box[] = cy.nodes().map((n) => {
  const h: number = n.data('h');
  return { id: n.id(), x: n.position().x, y: n.position().y + (h - NODE) / 2, w: n.data('w'), h };
});
// Stretch to a square-ish extent first: the map area beside the panels is about as tall as wide.
{
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const ratio = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
  const target = Number(process.env.ASPECT ?? 1.1);
  for (const b of boxes) b.y *= ratio / target;
}
/** How far a node keeps from a bundled link it is not an end of: the thick line and its count show. */
const CLEAR = 45;
const byId = new Map(boxes.map((b) => [b.id, b]));
/** Moves nodes that lie on a bundled link off it, across the link. */
function clearBundles(): void {
  for (const bundle of bundles) {
    const a = byId.get(bundle.source)!;
    const b = byId.get(bundle.target)!;
    const ax = a.x;
    const ay = a.y - (a.h - NODE) / 2;
    const dx = b.x - ax;
    const dy = b.y - (b.h - NODE) / 2 - ay;
    const len2 = dx * dx + dy * dy;
    for (const n of boxes) {
      if (n === a || n === b) continue;
      const ny = n.y - (n.h - NODE) / 2;
      const t = ((n.x - ax) * dx + (ny - ay) * dy) / len2;
      if (t <= 0 || t >= 1) continue;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d = Math.hypot(n.x - px, ny - py);
      if (d >= CLEAR) continue;
      // Across the link, to the side the node is on (or either, on the line itself).
      const len = Math.sqrt(len2);
      const side = (n.x - px) * -dy + (ny - py) * dx >= 0 ? 1 : -1;
      n.x += (side * -dy * (CLEAR - d)) / len;
      n.y += (side * dx * (CLEAR - d)) / len;
    }
  }
}
const GAP = 6;
for (let pass = 0; pass < 1; pass++) {
  for (let round = 0; round < 500; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const ox = (a.w + b.w) / 2 + GAP - Math.abs(a.x - b.x);
        const oy = (a.h + b.h) / 2 + GAP - Math.abs(a.y - b.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const d = (ox / 2) * (a.x < b.x ? -1 : 1);
          a.x += d;
          b.x -= d;
        } else {
          const d = (oy / 2) * (a.y < b.y ? -1 : 1);
          a.y += d;
          b.y -= d;
        }
      }
    if (!moved) break;
  }
}

// Last: labels the map places itself (src/graph/labels.ts), but a node on a bundled link would
// hide the line and its count.
clearBundles();

const positions: Record<string, { x: number; y: number }> = {};
for (const b of boxes)
  positions[b.id] = { x: Math.round(b.x), y: Math.round(b.y - (b.h - NODE) / 2) };
writeFileSync('data/positions.json', JSON.stringify(positions, null, 2) + '\n');
const w =
  Math.max(...boxes.map((b) => b.x + b.w / 2)) - Math.min(...boxes.map((b) => b.x - b.w / 2));
const h =
  Math.max(...boxes.map((b) => b.y + b.h / 2)) - Math.min(...boxes.map((b) => b.y - b.h / 2));
console.log(
  `${boxes.length} positions written; extent ${Math.round(w)} × ${Math.round(h)};` +
    ` fitted zoom on an 820 × 940 map: ${Math.min(760 / w, 880 / h).toFixed(2)}`,
);
// cytoscape leaves timers running in Node; nothing is pending once the file is written.
process.exit(0);
