import { visibleElements, ALL_FILTERS } from './filters';
import type { Graph, Positions, SphereDef } from './schema';
import type { TourStep } from './tour';

// The presenter view's picture of a step: the map as the step will show it, small. Drawn from the
// map's positions on a plain canvas (no second cytoscape in the presenter's window): what the step
// shows in grey, its focus dark and coloured by sphere, the focus's names beside their nodes.

export interface ThumbnailNode {
  x: number;
  y: number;
  focus: boolean;
  colour: string;
  label: string | null;
}

export interface ThumbnailEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  focus: boolean;
}

export interface ThumbnailScene {
  nodes: ThumbnailNode[];
  edges: ThumbnailEdge[];
}

/** How many of the focus's names are written on the picture: more would be unreadable. */
export const THUMBNAIL_LABELS = 8;

/**
 * The step's scene in a `width`×`height` box: what its filters show, framed on its frame (or its
 * focus) as the map frames it; null when the map has no positions for what it frames.
 */
export function thumbnailScene(
  graph: Graph,
  positions: Positions,
  spheres: readonly SphereDef[],
  step: TourStep,
  width: number,
  height: number,
  pad = 20,
): ThumbnailScene | null {
  const shown = visibleElements(graph, {
    spheres: step.spheres,
    kinds: step.kinds ?? ALL_FILTERS.kinds,
    statuses: step.statuses ?? ALL_FILTERS.statuses,
    attributions: step.attributions ?? ALL_FILTERS.attributions,
  });
  const edgeEnds = new Map(graph.edges.map((e) => [e.id, [e.source, e.target]]));
  const framed = new Set((step.frame ?? step.focus).flatMap((id) => edgeEnds.get(id) ?? [id]));
  const focus = new Set(step.focus.flatMap((id) => [id, ...(edgeEnds.get(id) ?? [])]));
  const at = (id: string) => (Object.hasOwn(positions, id) ? positions[id]! : null);
  const points = [...framed].flatMap((id) => at(id) ?? []);
  if (points.length === 0) return null;
  // A loop, not Math.min(...xs): a spread of a large frame would overflow the call stack.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // One node alone is shown at the scale of a small neighbourhood, not blown up.
  const spanX = Math.max(maxX - minX, 200);
  const spanY = Math.max(maxY - minY, 200);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const place = (p: { x: number; y: number }) => ({
    x: width / 2 + (p.x - cx) * scale,
    y: height / 2 + (p.y - cy) * scale,
  });
  const colours = new Map(spheres.map((s) => [s.id, s.colour]));
  const on = new Set(step.spheres);
  let labels = 0;
  const nodes: ThumbnailNode[] = [];
  for (const node of graph.nodes) {
    const p = at(node.id);
    if (!p || !shown.nodes.has(node.id)) continue;
    const isFocus = focus.has(node.id);
    const sphere = node.domains.find((d) => on.has(d)) ?? node.domains[0];
    nodes.push({
      ...place(p),
      focus: isFocus,
      colour: (sphere && colours.get(sphere)) ?? '#666666',
      label: isFocus && labels++ < THUMBNAIL_LABELS ? node.label : null,
    });
  }
  const edges: ThumbnailEdge[] = [];
  for (const edge of graph.edges) {
    const a = at(edge.source);
    const b = at(edge.target);
    if (!a || !b || !shown.edges.has(edge.id)) continue;
    edges.push({ from: place(a), to: place(b), focus: focus.has(edge.id) });
  }
  // Focus drawn last, over the rest.
  nodes.sort((a, b) => Number(a.focus) - Number(b.focus));
  edges.sort((a, b) => Number(a.focus) - Number(b.focus));
  return { nodes, edges };
}
