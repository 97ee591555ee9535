import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { FONT_SANS } from '../domain/fonts';
import { LINE_DASHES, STATUS_LINES } from '../domain/palette';
import { KIND_SHAPES, shapeOutline } from '../domain/nodeShapes';
import type { EdgeStatus, NodeKind } from '../domain/schema';
import { placeLabels, type LabelCandidate } from '../domain/labelPlacement';
import { HIGHLIGHT_BITS, STATE_BITS, stateBits, type GraphElements } from './sync';

/**
 * Draws a large graph's model under cytoscape's canvases, batched: one path and one stroke per
 * colour and state for all the edges of that colour, one fill per colour for the nodes. Cytoscape's
 * renderer draws every element on its own (a bounding box, a texture lookup, a path and a stroke
 * each), which on tens of thousands of elements is what makes a frame slow. Cytoscape keeps the
 * camera and the events, and draws only the few highlighted copies, on top as usual.
 *
 * Since cytoscape gives no pointer events for elements it does not draw, the layer also finds the
 * node under the pointer for taps and hovers.
 */

export { HIGHLIGHT_CLASSES } from './sync';

const DIMMED_ALPHA = 0.12;
const LOADING_REDRAW_MS = 750;
const EDGE_ALPHA = 0.55;
/** Screen pixels below which a label is not drawn (as cytoscape's min-zoomed-font-size). */
const MIN_LABEL_PX = 9;
const LABEL_FONT = 12;
/** Labels drawn at most per frame: beyond this a zoomed-in view is too crowded to read anyway. */
const MAX_LABELS = 800;
/** How long the camera stands still before the layer places its labels for where it is. */
const LABELS_SETTLE_MS = 120;

interface NodeEntry {
  node: NodeSingular;
  /** The node's data object itself (cytoscape changes it in place): its size, read every frame. */
  data: { size?: unknown };
  label: string;
  /** Its colour and shape, as an index into the layer's list of node styles. */
  style: number;
  /** Its relations in the graph: the busier node's label wins where two would overlap. */
  degree: number;
  /** Its label's width at LABEL_FONT in the graph's units, measured once when first drawn. */
  labelWidth?: number;
}

interface EdgeEntry {
  edge: EdgeSingular;
  source: NodeSingular;
  target: NodeSingular;
  /** Its colour and line style, as an index into the layer's list of edge styles. */
  style: number;
}

import { LARGE_NODE_WIDTH } from './largeStyle';
export { LARGE_NODE_WIDTH };

/** A node's radius in model units, as the large stylesheet sizes it by its size data. */
export function nodeRadius(size: number): number {
  const { min, max } = LARGE_NODE_WIDTH;
  return (min + (max - min) * Math.min(1, Math.max(0, size))) / 2;
}

/** The nearest of the given points within its own radius plus a slop (model units), or -1. */
export function nearestWithin(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  radii: ArrayLike<number>,
  x: number,
  y: number,
  slop: number,
): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - x;
    const dy = ys[i]! - y;
    const d = dx * dx + dy * dy;
    const reach = radii[i]! + slop;
    if (d <= reach * reach && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

/** Groups items by a key, keeping first-seen order of keys; an item whose key is undefined is left out. */
export function groupBy<T, K = string>(
  items: Iterable<T>,
  key: (item: T) => K | undefined,
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** An edge's line, by its status. */
type Dash = keyof typeof LINE_DASHES;

/** Distinct values, each with a small number: what a frame groups elements by. */
class Styles<T> {
  private readonly ids = new Map<string, number>();
  private readonly values: T[] = [];

  /** The number of the value with this key, given a number the first time it is seen. */
  id(key: string, value: T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(key, id);
    }
    return id;
  }

  at(id: number): T {
    return this.values[id]!;
  }
}

export class LargeGraphLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private nodes: NodeEntry[] = [];
  private edges: EdgeEntry[] = [];
  private indexed = false;
  private readonly disposers: (() => void)[] = [];
  private hoverFrame = 0;
  private loading = false;
  private lastDraw = 0;
  private lastHover: string | null = null;
  private drawFrame = 0;
  /** The instance holding the graph's elements: a large graph's headless model once set. */
  private graph: Core;
  /** That instance's elements as its owner keeps them (appended to while a graph loads), if it does. */
  private elements: GraphElements | null = null;
  /** Nodes by id, for the ends of the edges indexed. */
  private byId = new Map<string, NodeSingular>();
  /** The entries of the nodes indexed, by id: their degree grows as edges are indexed. */
  private entryById = new Map<string, NodeEntry>();
  /** The nodes by degree, busiest first, for the labels; null when the index changed since. */
  private byDegree: NodeEntry[] | null = null;
  /** The distinct looks of the nodes and edges indexed: a frame groups by these, not by strings. */
  private nodeStyles = new Styles<{ colour: string; outline: readonly number[] | null }>();
  private edgeStyles = new Styles<{ colour: string; dash: Dash }>();

  constructor(
    private readonly cy: Core,
    private readonly actions: {
      select: (id: string | null) => void;
      hover: (id: string | null) => void;
    },
  ) {
    this.graph = cy;
    const container = cy.container()!;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'large-graph-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      pointerEvents: 'none',
    });
    container.insertBefore(this.canvas, container.firstChild);
    this.ctx = this.canvas.getContext('2d');

    const draw = () => this.draw();
    cy.on('render', draw);
    const onTap = (e: EventObject) => {
      if (e.target !== cy) return;
      this.actions.select(this.nodeAt(e.position.x, e.position.y));
    };
    const onMove = (e: EventObject) => {
      const { x, y } = e.position;
      cancelAnimationFrame(this.hoverFrame);
      this.hoverFrame = requestAnimationFrame(() => {
        const id = this.nodeAt(x, y);
        if (id === this.lastHover) return;
        this.lastHover = id;
        container.style.cursor = id ? 'pointer' : '';
        this.actions.hover(id);
      });
    };
    // Leaving the map ends a hover, as cytoscape's own mouseout does for the nodes it draws.
    const onLeave = () => {
      cancelAnimationFrame(this.hoverFrame);
      if (this.lastHover === null) return;
      this.lastHover = null;
      container.style.cursor = '';
      this.actions.hover(null);
    };
    cy.on('tap', onTap);
    cy.on('mousemove', onMove);
    container.addEventListener('mouseleave', onLeave);
    this.disposers.push(() => {
      container.removeEventListener('mouseleave', onLeave);
      cy.off('render', draw);
      cy.off('tap', onTap);
      cy.off('mousemove', onMove);
      cancelAnimationFrame(this.hoverFrame);
      cancelAnimationFrame(this.drawFrame);
      container.style.cursor = '';
      this.canvas.remove();
    });
    this.draw();
  }

  /**
   * While a graph is being added in slices, the layer redraws at most every LOADING_REDRAW_MS (a
   * redraw then costs a frame that would otherwise go to adding elements), and fully when done.
   */
  setLoading(loading: boolean): void {
    this.loading = loading;
    if (!loading) this.requestDraw();
  }

  /** The map's elements changed (the adapter added or removed some): index them again before drawing. */
  invalidate(): void {
    this.indexed = false;
  }

  /**
   * Draws the elements of this instance (a large graph's headless model) with the map's camera; the
   * map's own instance draws the highlighted copies over them.
   */
  setGraph(graph: Core, elements?: GraphElements): void {
    this.graph = graph;
    this.elements = elements ?? null;
    this.nodes = [];
    this.edges = [];
    this.byId = new Map();
    this.entryById = new Map();
    this.indexed = false;
    this.requestDraw();
  }

  /**
   * Draws in the next frame, once however many changes come before it (classes, positions), and
   * not again when the map was drawn since (a camera move draws the layer with cytoscape's frame).
   */
  /**
   * The labels placed last, and the camera they were placed for. While the camera moves (a camera
   * other than the last frame's) the layer draws these rather than placing labels on every frame;
   * once it has stood still for LABELS_SETTLE_MS, or when the model's state changes (a draw with the
   * camera where it was), they are placed again.
   */
  private placed: NodeEntry[] = [];
  private lastCamera = '';
  private placeAgain = true;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;

  requestDraw(): void {
    if (this.drawFrame) return;
    const requested = performance.now();
    this.drawFrame = requestAnimationFrame(() => {
      this.drawFrame = 0;
      if (this.lastDraw <= requested || this.loading) this.draw();
    });
  }

  destroy(): void {
    clearTimeout(this.labelTimer);
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  /** The id of the shown node under a model position, if any. */
  nodeAt(x: number, y: number): string | null {
    this.index();
    const shown = this.nodes.filter((n) => (stateBits(n.node) & STATE_BITS.hidden) === 0);
    const xs = new Float64Array(shown.length);
    const ys = new Float64Array(shown.length);
    const radii = new Float64Array(shown.length);
    shown.forEach((n, i) => {
      const p = n.node.position();
      xs[i] = p.x;
      ys[i] = p.y;
      radii[i] = nodeRadius(Number(n.data.size) || 0);
    });
    const hit = nearestWithin(xs, ys, radii, x, y, 3 / this.cy.zoom());
    return hit < 0 ? null : shown[hit]!.node.id();
  }

  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    if (!this.elements) {
      // Elements the layer does not know to be only appended to: all again.
      this.nodes = [];
      this.edges = [];
      this.byId = new Map();
      this.entryById = new Map();
      this.nodeStyles = new Styles();
      this.edgeStyles = new Styles();
    }
    this.byDegree = null;
    const nodes = this.elements?.nodes ?? this.graph.nodes().toArray();
    const edges = this.elements?.edges ?? this.graph.edges().toArray();
    // Only what came since the last index (a large graph is added in slices).
    for (let i = this.nodes.length; i < nodes.length; i++) {
      const node = nodes[i]!;
      this.byId.set(node.id(), node);
      const colour = String(node.data('colour') ?? '#9a9a9a');
      const shape = KIND_SHAPES[node.data('kind') as NodeKind] ?? 'ellipse';
      const entry: NodeEntry = {
        node,
        data: node.data() as NodeEntry['data'],
        label: String(node.data('label') ?? ''),
        style: this.nodeStyles.id(`${colour}|${shape}`, { colour, outline: shapeOutline(shape) }),
        degree: 0,
      };
      this.nodes.push(entry);
      this.entryById.set(node.id(), entry);
    }
    // Ends looked up by id in the nodes indexed: edge.source() makes a collection per call.
    for (let i = this.edges.length; i < edges.length; i++) {
      const edge = edges[i]!;
      const colour = String(edge.data('colour') ?? '#9a9a9a');
      // The status's own line style, as the stylesheet draws it on an article-sized map.
      const dash: Dash = STATUS_LINES[edge.data('status') as EdgeStatus] ?? 'solid';
      const source = edge.data('source') as string;
      const target = edge.data('target') as string;
      this.edges.push({
        edge,
        source: this.byId.get(source)!,
        target: this.byId.get(target)!,
        style: this.edgeStyles.id(`${colour}|${dash}`, { colour, dash }),
      });
      this.entryById.get(source)!.degree++;
      this.entryById.get(target)!.degree++;
    }
  }

  /** The nodes indexed, busiest first (a stable sort keeps the graph's order among equals). */
  private nodesByDegree(): NodeEntry[] {
    this.byDegree ??= [...this.nodes].sort((a, b) => b.degree - a.degree);
    return this.byDegree;
  }

  /** Draws every shown element not in a highlight state: cytoscape draws those. */
  draw(): void {
    const { ctx, canvas, cy } = this;
    if (!ctx) return;
    const now = performance.now();
    if (this.loading && now - this.lastDraw < LOADING_REDRAW_MS) return;
    this.lastDraw = now;
    if (this.graph.destroyed()) return;
    const dpr = window.devicePixelRatio || 1;
    const width = cy.width();
    const height = cy.height();
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    this.paint(ctx, dpr);
    // For the benchmark and automation: the map's large-graph picture is up to date.
    cy.emit('layerdraw');
  }

  /**
   * The layer's picture of the current view on a white ground, `scale` canvas pixels per CSS pixel:
   * the ground of a PNG export, with cytoscape's highlighted elements drawn over it.
   */
  snapshot(scale: number): HTMLCanvasElement {
    const { cy } = this;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(cy.width() * scale);
    canvas.height = Math.round(cy.height() * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return canvas;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (!this.graph.destroyed()) this.paint(ctx, scale);
    return canvas;
  }

  /** Paints the view's elements, not highlighted, at `ratio` canvas pixels per CSS pixel. */
  private paint(ctx: CanvasRenderingContext2D, ratio: number): void {
    const { cy } = this;
    this.index();
    const dpr = ratio;
    const width = cy.width();
    const height = cy.height();
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(zoom * dpr, 0, 0, zoom * dpr, pan.x * dpr, pan.y * dpr);
    // The model area on screen, with a margin: what lies wholly outside is skipped.
    const margin = 50 / zoom;
    const x1 = -pan.x / zoom - margin;
    const y1 = -pan.y / zoom - margin;
    const x2 = (width - pan.x) / zoom + margin;
    const y2 = (height - pan.y) / zoom + margin;
    // Shown, and not drawn by cytoscape on top.
    const skip = STATE_BITS.hidden | HIGHLIGHT_BITS;
    // A group key: the element's style index, doubled, plus one when dimmed; undefined when not
    // drawn here. One read of its state bits per element and frame, no strings built.
    const groupKey = (ele: NodeSingular | EdgeSingular, style: number) => {
      const bits = stateBits(ele);
      if ((bits & skip) !== 0) return undefined;
      return style * 2 + ((bits & STATE_BITS.dimmed) !== 0 ? 1 : 0);
    };

    // Edges: one path per colour, line style and dimming.
    const edgeGroups = groupBy(this.edges, (e) => groupKey(e.edge, e.style));
    ctx.lineWidth = Math.max(1.2, 0.6 / zoom);
    ctx.lineCap = 'butt';
    for (const [key, group] of edgeGroups) {
      const { colour, dash } = this.edgeStyles.at(key >> 1);
      const dimmed = (key & 1) === 1;
      ctx.beginPath();
      for (const e of group) {
        const s = e.source.position();
        const t = e.target.position();
        if (
          (s.x < x1 && t.x < x1) ||
          (s.x > x2 && t.x > x2) ||
          (s.y < y1 && t.y < y1) ||
          (s.y > y2 && t.y > y2)
        )
          continue;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
      }
      ctx.strokeStyle = colour;
      ctx.globalAlpha = dimmed ? DIMMED_ALPHA : EDGE_ALPHA;
      ctx.setLineDash(LINE_DASHES[dash].map((d) => d / Math.max(zoom, 0.05)));
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Nodes: one fill per colour and dimming, with a thin dark outline.
    const nodeGroups = groupBy(this.nodes, (n) => groupKey(n.node, n.style));
    ctx.lineWidth = 1 / Math.max(zoom, 0.5);
    ctx.strokeStyle = '#2b2b2b';
    for (const [key, group] of nodeGroups) {
      const { colour, outline } = this.nodeStyles.at(key >> 1);
      const dimmed = (key & 1) === 1;
      ctx.beginPath();
      for (const n of group) {
        const p = n.node.position();
        if (p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2) continue;
        const r = nodeRadius(Number(n.data.size) || 0);
        if (outline) {
          // The kind's shape, as cytoscape draws it on the article's map and the legend shows it.
          ctx.moveTo(p.x + outline[0]! * r, p.y + outline[1]! * r);
          for (let i = 2; i < outline.length; i += 2)
            ctx.lineTo(p.x + outline[i]! * r, p.y + outline[i + 1]! * r);
          ctx.closePath();
        } else {
          ctx.moveTo(p.x + r, p.y);
          ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
        }
      }
      ctx.globalAlpha = dimmed ? DIMMED_ALPHA * 2 : 1;
      ctx.fillStyle = colour;
      ctx.fill();
      if (zoom > 0.2) ctx.stroke();
    }

    // Labels once they would read (as cytoscape's min-zoomed-font-size does), for what is on
    // screen, none over another: the busiest nodes' first (placeLabels, as on the article's map).
    const camera = `${zoom} ${pan.x} ${pan.y}`;
    const moving = camera !== this.lastCamera;
    this.lastCamera = camera;
    if (moving) {
      clearTimeout(this.labelTimer);
      this.labelTimer = setTimeout(() => {
        this.placeAgain = true;
        this.requestDraw();
      }, LABELS_SETTLE_MS);
    }
    if (LABEL_FONT * zoom >= MIN_LABEL_PX) {
      ctx.globalAlpha = 1;
      ctx.font = `${LABEL_FONT}px ${FONT_SANS}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.fillStyle = '#1a1a1a';
      const label = (n: NodeEntry) => {
        const p = n.node.position();
        const y = p.y + nodeRadius(Number(n.data.size) || 0) + 2;
        ctx.strokeText(n.label, p.x, y);
        ctx.fillText(n.label, p.x, y);
      };
      if (moving && !this.placeAgain) {
        // The camera moves: the labels placed for where it stood, those still shown.
        for (const n of this.placed) {
          if ((stateBits(n.node) & (skip | STATE_BITS.dimmed)) !== 0) continue;
          const p = n.node.position();
          if (p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2) continue;
          label(n);
        }
        ctx.globalAlpha = 1;
        return;
      }
      this.placeAgain = false;
      const candidates: LabelCandidate[] = [];
      const at = new Map<string, { entry: NodeEntry; x: number; y: number }>();
      for (const n of this.nodesByDegree()) {
        // A label drawn as it would be placed: enough candidates for MAX_LABELS to be shown.
        if (candidates.length >= MAX_LABELS * 4) break;
        // Shown, not drawn by cytoscape, not dimmed.
        if ((stateBits(n.node) & (skip | STATE_BITS.dimmed)) !== 0) continue;
        const p = n.node.position();
        if (p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2) continue;
        n.labelWidth ??= ctx.measureText(n.label).width;
        const y = p.y + nodeRadius(Number(n.data.size) || 0) + 2;
        const half = n.labelWidth / 2 + 1.5;
        const id = n.node.id();
        candidates.push({
          id,
          boxes: [{ x1: p.x - half, x2: p.x + half, y1: y - 1, y2: y + LABEL_FONT * 1.25 }],
        });
        at.set(id, { entry: n, x: p.x, y });
      }
      const shown = placeLabels(candidates, 2 / zoom);
      this.placed = [];
      for (const c of candidates) {
        if (this.placed.length >= MAX_LABELS) break;
        if (!shown.has(c.id)) continue;
        const { entry } = at.get(c.id)!;
        label(entry);
        this.placed.push(entry);
      }
    }
    ctx.globalAlpha = 1;
  }
}
