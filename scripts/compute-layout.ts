/**
 * `npm run layout`: lays the article graph out once with fcose (seeded, so the result is repeatable)
 * and writes data/positions.json, so the app's first paint needs no layout run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphSchema } from '../src/domain/schema';

// A small seeded generator (mulberry32) replaces Math.random so the same graph gives the same map.
let seed = 20131;
Math.random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

cytoscape.use(fcose);
const graph = graphSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8')));
const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  style: [{ selector: 'node', style: { width: 150, height: 70 } }],
  elements: [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target },
    })),
  ],
});

cy.layout({
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: false,
  idealEdgeLength: () => 110,
  nodeRepulsion: () => 30000,
  edgeElasticity: () => 0.25,
  gravity: 0.35,
  numIter: 10000,
  nodeSeparation: 120,
  tile: true,
} as never).run();

const positions: Record<string, { x: number; y: number }> = {};
cy.nodes().forEach((n) => {
  const p = n.position();
  positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
});
writeFileSync('data/positions.json', JSON.stringify(positions, null, 2) + '\n');
const bb = cy.nodes().boundingBox({});
console.log(
  `${cy.nodes().length} positions written; extent ${Math.round(bb.w)} × ${Math.round(bb.h)}`,
);
// cytoscape leaves timers running in Node; nothing is pending once the file is written.
process.exit(0);
