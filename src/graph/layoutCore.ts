import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createPositionTable } from '../domain/positions';
import { newGraphLayoutOptions } from './layoutOptions';

// The layout of a whole new graph, away from the map: a headless cytoscape instance laid out by
// fcose. Loaded only by the layout worker, or lazily on the page where workers cannot start; never
// part of the first view.

cytoscape.use(fcose);

export type LayoutQuality = 'draft' | 'default' | 'proof';

/** A graph to lay out: each node's box (with its label, if it should keep clear of labels). */
export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
  quality: LayoutQuality;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * What a layout is doing. fcose reports nothing while it runs, so these are the only real steps:
 * 'started' (the graph arrived), 'computing' (fcose runs), 'done' (positions computed).
 */
export type LayoutPhase = 'started' | 'computing' | 'done';

/**
 * fcose joins a graph's components one at a time, each time at the cost of the whole graph, so
 * thousands of nodes without edges take minutes (and draft quality piles them on a few spots).
 * Above this many, nodes without edges are set in rows under the rest instead.
 */
export const LOOSE_IN_ROWS_ABOVE = 100;

/** Lays the graph out from scratch with fcose on a headless instance; returns every node's position. */
export function computePositions(
  input: LayoutInput,
  onPhase: (phase: LayoutPhase) => void = () => {},
): Positions {
  onPhase('started');
  const ids = new Set(input.nodes.map((n) => n.id));
  // An edge to a node that is not there would make cytoscape throw: the map never has one.
  const edges = input.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const loose = input.nodes.filter((n) => !linked.has(n.id));
  const inRows = loose.length > LOOSE_IN_ROWS_ABOVE ? loose : [];
  const nodes = inRows.length > 0 ? input.nodes.filter((n) => linked.has(n.id)) : input.nodes;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, w: size(n.width), h: size(n.height) },
      })),
      ...edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
  });
  try {
    onPhase('computing');
    if (nodes.length > 0)
      cy.layout({
        ...newGraphLayoutOptions(input.nodes.length),
        quality: input.quality,
        // Headless there is no renderer to measure labels: the boxes already include them.
        nodeDimensionsIncludeLabels: false,
        animate: false,
        fit: false,
      } as never).run();
    const positions = createPositionTable();
    cy.nodes().forEach((n) => {
      const { x, y } = n.position();
      positions[n.id()] = { x, y };
    });
    spreadCoincident(positions, nodes);
    if (inRows.length > 0) placeInRows(positions, nodes, inRows);
    onPhase('done');
    return positions;
  } finally {
    // A headless instance keeps an animation timer running until it is destroyed.
    cy.destroy();
  }
}

/** Sets nodes in rows of equal cells under the nodes already placed, about as wide as they are. */
function placeInRows(
  positions: Positions,
  placed: LayoutInput['nodes'],
  rows: LayoutInput['nodes'],
): void {
  const gap = 30;
  const cell = Math.max(...rows.map((n) => Math.max(size(n.width), size(n.height)))) + gap;
  let left = 0;
  let top = 0;
  let width = 0;
  if (placed.length > 0) {
    let [x1, x2, y2] = [Infinity, -Infinity, -Infinity];
    for (const n of placed) {
      const p = positions[n.id]!;
      x1 = Math.min(x1, p.x - size(n.width) / 2);
      x2 = Math.max(x2, p.x + size(n.width) / 2);
      y2 = Math.max(y2, p.y + size(n.height) / 2);
    }
    [left, top, width] = [x1, y2 + 2 * cell, x2 - x1];
  }
  const columns = Math.max(Math.ceil(Math.sqrt(rows.length)), Math.floor(width / cell));
  rows.forEach((n, i) => {
    positions[n.id] = {
      x: left + cell / 2 + (i % columns) * cell,
      y: top + cell / 2 + Math.floor(i / columns) * cell,
    };
  });
}

const size = (px: number) => (Number.isFinite(px) && px > 0 ? px : 30);

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * fcose's draft (its spectral step alone) puts nodes it cannot tell apart on the very same spot:
 * leaves of one hub, or like components of a disconnected graph. The second and later nodes on a
 * spot (to the pixel) move out along a sunflower spiral around it, a node's size apart, to the first
 * free spot, so each can be seen and picked. A position that is not a number (none seen) counts as
 * the origin.
 */
function spreadCoincident(positions: Positions, nodes: LayoutInput['nodes']): void {
  const spot = (p: { x: number; y: number }) => `${Math.round(p.x)},${Math.round(p.y)}`;
  const taken = new Set<string>();
  const crowded: LayoutInput['nodes'] = [];
  for (const node of nodes) {
    const p = positions[node.id];
    if (!p) continue;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) positions[node.id] = { x: 0, y: 0 };
    const key = spot(positions[node.id]!);
    if (taken.has(key)) crowded.push(node);
    else taken.add(key);
  }
  // Where each crowded spot's spiral goes on: many nodes on one spot cost linear time, not quadratic.
  const turns = new Map<string, number>();
  for (const node of crowded) {
    const { x, y } = positions[node.id]!;
    const origin = spot({ x, y });
    const step = Math.max(size(node.width), size(node.height));
    for (let i = turns.get(origin) ?? 1; ; i++) {
      const r = step * Math.sqrt(i);
      const p = { x: x + r * Math.cos(i * GOLDEN_ANGLE), y: y + r * Math.sin(i * GOLDEN_ANGLE) };
      if (taken.has(spot(p))) continue;
      taken.add(spot(p));
      turns.set(origin, i + 1);
      positions[node.id] = p;
      break;
    }
  }
}
