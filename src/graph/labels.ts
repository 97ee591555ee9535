import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  degrees,
  labelFontSize,
  labelOrder,
  placeLabels,
  projectorLabelPx,
  unionBox,
  type Box,
  type LabelCandidate,
  type LabelRank,
  type Obstacle,
} from '../domain/labelPlacement';
import { memoizeLast } from '../domain/memo';
import { selectDisplayed } from '../store/derived';
import type { AppState } from '../store/store';
import { ALONG, PLACES, placesOf, type Anchor, type Measured } from './labelPlaces';
import { STATE_BITS, stateBits, type BundleLinks, type GraphElements } from './sync';

/** The smallest label on screen while exploring: legible on a 1280×720 laptop. */
export const LABEL_MIN_PX = 11;
/** The smallest label on screen while presenting: legible from the back of a seminar room. */
export const PROJECTOR_LABEL_PX = 20;
/** The map's width from which presenting labels get all of PROJECTOR_LABEL_PX (a 1280 px window's). */
const PROJECTOR_FULL_WIDTH = 640;
/** Label sizes in the graph's units when zoomed in (the stylesheet's, before any scaling). */
export const NODE_FONT = 15;
export const EDGE_FONT = 12;
/** A node label wraps at this many times its font size (150 graph units at 15). */
export const WRAP_EMS = 10;
/** Screen pixels kept between two labels shown. */
const GAP_PX = 2;
/** A node with this share of the best-connected node's relations (and at least 3) is a hub. */
const HUB_SHARE = 0.25;

/** The class that takes a label off the map (the stylesheet draws no label for it). */
export const LABEL_HIDDEN = 'label-hidden';
/** The class that draws a node whose label may lie over others above them, its label readable. */
export const LABEL_TOP = 'label-top';

const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
} as const;

type Ele = NodeSingular | EdgeSingular;

const nodeAnchor = (node: NodeSingular): Anchor => {
  const p = node.position();
  return { x: p.x, y: p.y, half: { w: node.width() / 2, h: node.height() / 2 } };
};
/**
 * An edge's ends where cytoscape draws them, or its nodes' middles where it has not placed the edge
 * yet (just shown again: its geometry comes with the next frame).
 */
const endsOf = (edge: EdgeSingular) => {
  const s = edge.sourceEndpoint() ?? edge.source().position();
  const t = edge.targetEndpoint() ?? edge.target().position();
  return { s, t };
};
/** A bundled link's middle and run (it is straight). */
const linkAnchor = (edge: EdgeSingular): Anchor => {
  const { s, t } = endsOf(edge);
  return {
    x: (s.x + t.x) / 2,
    y: (s.y + t.y) / 2,
    half: { w: 0, h: 0 },
    along: { x: t.x - s.x, y: t.y - s.y },
  };
};
/** A relation's middle, where its label sits (on its curve, in a fan). */
const relationAnchor = (edge: EdgeSingular): Anchor => {
  const mid = edge.midpoint();
  if (mid) return { x: mid.x, y: mid.y, half: { w: 0, h: 0 } };
  const { s, t } = endsOf(edge);
  return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2, half: { w: 0, h: 0 } };
};

const degreesOf = memoizeLast(degrees);

/** The node classes that pin a label: what the user pointed at or asked for. */
const PINNED = STATE_BITS.hover | STATE_BITS.selected | STATE_BITS['on-path'];
/** Relations that carry their label (the stylesheet's state rules); the selected or on the path pinned. */
const RELATION_LABELLED = STATE_BITS['hover-label'] | STATE_BITS.selected | STATE_BITS['on-path'];
const RELATION_PINNED = STATE_BITS.selected | STATE_BITS['on-path'];

/**
 * Whether cytoscape draws an element: not filtered out nor folded into a bundled link, as syncToCy
 * last set it. (cytoscape's own visible() is cached, and reads stale right after a class change.)
 */
const drawn = (ele: Ele) => (stateBits(ele) & (STATE_BITS.hidden | STATE_BITS.collapsed)) === 0;

const isPresenting = (s: AppState) => s.tourStep !== null && s.tour !== null;

interface Entry extends LabelRank {
  ele: Ele;
  kind: 'node' | 'link' | 'relation';
  anchor: () => Anchor;
  /**
   * May lie over other nodes where every place near it is crowded: a hub (HUB_SHARE), which in a
   * small map sits among its neighbours. Drawn above them (LABEL_TOP).
   */
  mayCover: boolean;
}

/**
 * Keeps an article-sized map's labels legible: sized to read at least LABEL_MIN_PX on screen at
 * the current zoom (PROJECTOR_LABEL_PX while presenting), and none over another or over a node:
 * where two would, the less important one moves to another place beside its node or is hidden
 * (labelOrder), until the zoom makes room or the node is hovered. A label's box is measured where
 * cytoscape draws it and scaled with the font afterwards, so that a pass after a sync or a zoom
 * is arithmetic plus the class changes.
 */
export class MapLabels {
  private readonly measured = new WeakMap<Ele, Measured>();
  private elements: GraphElements = { nodes: [], edges: [] };
  private links: BundleLinks['links'] = [];

  constructor(private readonly cy: Core) {}

  /** The map's elements after a load: their labels are measured on the next pass. */
  reset(elements: GraphElements, links: BundleLinks['links']): void {
    this.elements = elements;
    this.links = links;
  }

  /** Sizes the labels for the zoom, then shows those that fit: after each sync and zoom. */
  apply(state: AppState, again = true): void {
    const { cy } = this;
    const zoom = cy.zoom();
    const { nodeFont, edgeFont } = fonts(state, zoom, cy.width());
    const { entries, hidden } = this.entries(state);
    this.measure(entries);
    const pan = cy.pan();
    const inset = GAP_PX / zoom;
    const view: Box = {
      x1: -pan.x / zoom + inset,
      y1: -pan.y / zoom + inset,
      x2: (cy.width() - pan.x) / zoom - inset,
      y2: (cy.height() - pan.y) / zoom - inset,
    };
    const boxes = this.boxes(entries, nodeFont, edgeFont);
    const shown = this.choose(entries, boxes, zoom, this.obstacles(), view, this.covered());
    // A bundled link's count moves along it: how far, read before the batch (cytoscape does not
    // place edges while a batch is open).
    const shifts = new Map<string, { labelDx: number; labelDy: number }>();
    for (const e of entries) {
      const place = shown.get(e.id);
      if (e.kind !== 'link' || place === undefined) continue;
      const { along } = e.anchor();
      const t = ALONG[place] ?? 0;
      shifts.set(e.id, { labelDx: t * along!.x, labelDy: t * along!.y });
    }
    cy.batch(() => {
      for (const node of this.elements.nodes)
        if (node.data('labelFont') !== nodeFont)
          node.data({ labelFont: nodeFont, labelWidth: nodeFont * WRAP_EMS });
      for (const e of entries) {
        if (e.kind !== 'node' && e.ele.data('labelFont') !== edgeFont)
          e.ele.data('labelFont', edgeFont);
        setLabel(e, shown.get(e.id) ?? -1, shifts.get(e.id));
      }
      for (const ele of hidden) if (!ele.hasClass(LABEL_HIDDEN)) ele.addClass(LABEL_HIDDEN);
    });
    // A label shown for the first time (a relation's, as a node is hovered) is measured now that
    // it is drawn, and placed again with its true size.
    if (again && entries.some((e) => shown.has(e.id) && !boxes.has(e.id))) this.apply(state, false);
  }

  /**
   * The zoom and pan that frame `eles` within `padding` pixels, with the labels of what is in
   * focus (the tour step's actors, what is selected or on the path) as this pass will size and
   * place them at that zoom, which a fit by cytoscape's boxes cannot know: the labels grow as the
   * zoom shrinks. Other labels find room inside the frame or wait for a zoom.
   */
  viewportFor(
    state: AppState,
    eles: Collection,
    padding: number,
  ): { zoom: number; pan: { x: number; y: number } } | null {
    const { cy } = this;
    if (eles.empty()) return null;
    const bodies = eles.boundingBox({ includeLabels: false, includeOverlays: false });
    if (!Number.isFinite(bodies.w)) return null;
    const inside = new Set(eles.map((e) => e.id()));
    const { entries } = this.entries(state);
    this.measure(entries);
    const framed = entries.filter((e) => (e.pinned || e.focus) && inside.has(e.id));
    const obstacles = this.obstacles();
    const inset = this.insets();
    const width = Math.max(cy.width() - 2 * padding, 1);
    const height = Math.max(cy.height() - inset.top - inset.bottom - 2 * padding, 1);
    const fits = (box: Box) =>
      Math.min(width / Math.max(box.x2 - box.x1, 1), height / Math.max(box.y2 - box.y1, 1));
    const limit = (z: number) => Math.min(cy.maxZoom(), Math.max(cy.minZoom(), z));
    const body: Box = { x1: bodies.x1, y1: bodies.y1, x2: bodies.x2, y2: bodies.y2 };
    let frame = body;
    let zoom = limit(fits(frame));
    // The labels' size depends on the zoom and the zoom on the labels: a few rounds settle it.
    for (let round = 0; round < 4 && framed.length > 0; round++) {
      const { nodeFont, edgeFont } = fonts(state, zoom, cy.width());
      const boxes = this.boxes(framed, nodeFont, edgeFont);
      const shown = this.choose(framed, boxes, zoom, obstacles, null);
      frame = unionBox([
        body,
        ...framed
          .filter((e) => shown.has(e.id) && boxes.has(e.id))
          .map((e) => boxes.get(e.id)![shown.get(e.id)!]!),
      ])!;
      const next = limit(fits(frame));
      const settled = Math.abs(next - zoom) / zoom < 0.005;
      zoom = Math.min(zoom, next);
      if (settled) break;
      zoom = next;
    }
    return {
      zoom,
      pan: {
        x: (cy.width() - zoom * (frame.x1 + frame.x2)) / 2,
        y: inset.top + (cy.height() - inset.top - inset.bottom - zoom * (frame.y1 + frame.y2)) / 2,
      },
    };
  }

  /**
   * Measures the labels drawn where cytoscape puts them by default (below a node, on an edge's
   * middle): a node's and a link's once, a relation's each time (its curve may have moved).
   */
  private measure(entries: readonly Entry[]): void {
    for (const e of entries) {
      const { ele } = e;
      if (e.kind !== 'relation' && this.measured.has(ele)) continue;
      if (ele.hasClass(LABEL_HIDDEN) || PLACES.some(([c]) => c && ele.hasClass(c))) continue;
      if (e.kind === 'link' && (ele.data('labelDx') || ele.data('labelDy'))) continue;
      const box = ele.boundingBox(LABEL_BOX as never);
      if (!(box.w > 0) || !Number.isFinite(box.w)) continue;
      const anchor = e.anchor();
      this.measured.set(ele, {
        font: Number(ele.data('labelFont')) || (e.kind === 'node' ? NODE_FONT : EDGE_FONT),
        centred: e.kind !== 'node',
        dx: (box.x1 + box.x2) / 2 - anchor.x,
        top: box.y1 - (anchor.y + anchor.half.h),
        width: box.w,
        height: box.h,
      });
    }
  }

  /** The labels that may show, with what ranks them; and the displayed nodes' that may not. */
  private entries(state: AppState): { entries: Entry[]; hidden: NodeSingular[] } {
    const presenting = isPresenting(state);
    const selecting = state.selection !== null;
    const degree = degreesOf(state.graph, selectDisplayed(state).edges);
    let most = 0;
    for (const d of degree.values()) most = Math.max(most, d);
    const hub = Math.max(3, most * HUB_SHARE);
    const entries: Entry[] = [];
    const hidden: NodeSingular[] = [];
    for (const node of this.elements.nodes) {
      const bits = stateBits(node);
      if ((bits & STATE_BITS.hidden) !== 0) continue;
      const dimmed = (bits & STATE_BITS.dimmed) !== 0;
      // While presenting, only the step's actors are labelled (the stylesheet fades the rest out).
      if (presenting && dimmed) {
        hidden.push(node);
        continue;
      }
      const d = degree.get(node.id()) ?? 0;
      entries.push({
        ele: node,
        kind: 'node',
        anchor: () => nodeAnchor(node),
        id: node.id(),
        pinned: (bits & PINNED) !== 0,
        focus: (bits & STATE_BITS['tour-focus']) !== 0,
        near: (bits & STATE_BITS.neighbour) !== 0 || (selecting && !dimmed),
        dimmed,
        degree: d,
        mayCover: d >= hub,
      });
    }
    for (const { edge } of this.links) {
      if (!drawn(edge)) continue;
      const bits = stateBits(edge);
      entries.push({
        ele: edge,
        kind: 'link',
        anchor: () => linkAnchor(edge),
        id: edge.id(),
        pinned: false,
        focus: false,
        near: (bits & STATE_BITS['hover-edge']) !== 0,
        dimmed: (bits & STATE_BITS.dimmed) !== 0,
        // Right after the labels of its ends: the count says what the thick line is, and is
        // worth more than the names of the hubs' smaller neighbours.
        degree:
          Math.min(
            degree.get(edge.data('source') as string) ?? 0,
            degree.get(edge.data('target') as string) ?? 0,
          ) - 0.5,
        // Never over a node: nodes are drawn above the links, so the count would be cut.
        mayCover: false,
      });
    }
    // A hovered node's relations (labelled when it has few); the selected or on the path pinned.
    for (const edge of this.elements.edges) {
      const bits = stateBits(edge);
      if ((bits & RELATION_LABELLED) === 0 || !drawn(edge) || presenting) continue;
      entries.push({
        ele: edge,
        kind: 'relation',
        anchor: () => relationAnchor(edge),
        id: edge.id(),
        pinned: (bits & RELATION_PINNED) !== 0,
        focus: false,
        near: true,
        dimmed: false,
        degree: 0,
        relation: true,
        // Asked for by the pointer: over nodes if need be, never over another label.
        mayCover: true,
      });
    }
    return { entries, hidden };
  }

  /** Each entry's label boxes at these font sizes, by place (those never measured are left out). */
  private boxes(entries: readonly Entry[], nodeFont: number, edgeFont: number): Map<string, Box[]> {
    const boxes = new Map<string, Box[]>();
    for (const e of entries) {
      const m = this.measured.get(e.ele);
      if (m) boxes.set(e.id, placesOf(m, e.kind === 'node' ? nodeFont : edgeFont, e.anchor()));
    }
    return boxes;
  }

  /**
   * What labels must not cover: the shapes of the nodes on the map, so that every node stays in
   * sight (faded ones aside), and the bundled links, which a label would hide (they run between
   * hubs, whose neighbours' labels crowd around them).
   */
  private obstacles(): Obstacle[] {
    const obstacles: Obstacle[] = [];
    for (const node of this.elements.nodes) {
      if ((stateBits(node) & (STATE_BITS.hidden | STATE_BITS.dimmed)) !== 0) continue;
      const p = node.position();
      const w = node.outerWidth() / 2;
      const h = node.outerHeight() / 2;
      obstacles.push({
        owner: node.id(),
        box: { x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h },
      });
    }
    for (const { edge } of this.links) {
      if (!drawn(edge)) continue;
      const { s, t } = endsOf(edge);
      const half = Number(edge.numericStyle('width')) / 2;
      // The line as a string of small boxes along it: its bounding box would block a whole
      // rectangle around a slanting line.
      const steps = Math.max(1, Math.ceil(Math.hypot(t.x - s.x, t.y - s.y) / (4 * half)));
      for (let i = 0; i < steps; i++) {
        const a = { x: s.x + ((t.x - s.x) * i) / steps, y: s.y + ((t.y - s.y) * i) / steps };
        const b = {
          x: s.x + ((t.x - s.x) * (i + 1)) / steps,
          y: s.y + ((t.y - s.y) * (i + 1)) / steps,
        };
        obstacles.push({
          owner: edge.id(),
          box: {
            x1: Math.min(a.x, b.x) - half,
            y1: Math.min(a.y, b.y) - half,
            x2: Math.max(a.x, b.x) + half,
            y2: Math.max(a.y, b.y) + half,
          },
        });
      }
    }
    return obstacles;
  }

  /**
   * How far the page's overlays (`data-covers-map`) reach into the map from its top and bottom
   * edges, in pixels, where one spans much of its width (the open legend): a framing keeps clear of
   * them. Narrow ones (the source, the folded legend) only keep labels away.
   */
  private insets(): { top: number; bottom: number } {
    const inset = { top: 0, bottom: 0 };
    const container = this.cy.container();
    if (!container) return inset;
    const frame = container.getBoundingClientRect();
    for (const el of container.ownerDocument.querySelectorAll('[data-covers-map]')) {
      const r = el.getBoundingClientRect();
      if (r.width < frame.width * 0.4 || r.height > frame.height / 3) continue;
      if (r.bottom >= frame.bottom - 24)
        inset.bottom = Math.max(inset.bottom, frame.bottom - r.top);
      else if (r.top <= frame.top + 24) inset.top = Math.max(inset.top, r.bottom - frame.top);
    }
    return inset;
  }

  /**
   * The parts of the map that the page covers (its source and legend, marked `data-covers-map`), in
   * the graph's units: a label there would be hidden under them, so none goes there.
   */
  private covered(): Box[] {
    const { cy } = this;
    const container = cy.container();
    if (!container) return [];
    const frame = container.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const boxes: Box[] = [];
    for (const el of container.ownerDocument.querySelectorAll('[data-covers-map]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      boxes.push({
        x1: (r.left - frame.left - pan.x) / zoom,
        y1: (r.top - frame.top - pan.y) / zoom,
        x2: (r.right - frame.left - pan.x) / zoom,
        y2: (r.bottom - frame.top - pan.y) / zoom,
      });
    }
    return boxes;
  }

  /**
   * Which labels show at this zoom, and where. One not measured yet (not drawn before) shows in
   * its default place, so that it is measured next time. `covered`: where the page lies over the
   * map; they go first as labels that are always shown, so that no label goes under them.
   */
  private choose(
    entries: readonly Entry[],
    boxes: ReadonlyMap<string, Box[]>,
    zoom: number,
    obstacles: readonly Obstacle[],
    view: Box | null,
    covered: readonly Box[] = [],
  ): Map<string, number> {
    const candidates: LabelCandidate[] = covered.map((box, i) => ({
      id: `\u0000covered:${i}`,
      boxes: [box],
      pinned: true,
    }));
    const unmeasured: string[] = [];
    for (const e of labelOrder(entries)) {
      const places = boxes.get(e.id);
      if (places)
        candidates.push({ id: e.id, boxes: places, pinned: e.pinned, mayCover: e.mayCover });
      else unmeasured.push(e.id);
    }
    const shown = placeLabels(candidates, GAP_PX / zoom, obstacles, view);
    for (let i = 0; i < covered.length; i++) shown.delete(`\u0000covered:${i}`);
    for (const id of unmeasured) shown.set(id, 0);
    return shown;
  }
}

/** The label sizes, in the graph's units, that read on screen at this zoom. */
function fonts(state: AppState, zoom: number, mapWidth: number) {
  const px = isPresenting(state)
    ? projectorLabelPx(mapWidth, PROJECTOR_LABEL_PX, PROJECTOR_FULL_WIDTH)
    : LABEL_MIN_PX;
  return {
    nodeFont: labelFontSize(NODE_FONT, px, zoom),
    edgeFont: labelFontSize(EDGE_FONT, LABEL_MIN_PX, zoom),
  };
}

/**
 * Shows a label in a place (an index into PLACES, or ALONG for a bundled link's count) or hides it
 * (-1), touching only what changes: cytoscape restyles whatever it is asked to.
 */
function setLabel(e: Entry, place: number, shift?: { labelDx: number; labelDy: number }): void {
  const { ele } = e;
  if (ele.hasClass(LABEL_HIDDEN) !== place < 0) ele.toggleClass(LABEL_HIDDEN, place < 0);
  if (e.kind === 'link') {
    if (shift && (ele.data('labelDx') !== shift.labelDx || ele.data('labelDy') !== shift.labelDy))
      ele.data(shift);
    return;
  }
  if (e.kind === 'relation') return;
  PLACES.forEach(([cls], i) => {
    if (cls && ele.hasClass(cls) !== (i === place)) ele.toggleClass(cls, i === place);
  });
  const top = e.mayCover && place >= 0;
  if (ele.hasClass(LABEL_TOP) !== top) ele.toggleClass(LABEL_TOP, top);
}
