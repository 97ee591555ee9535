import type { Core } from 'cytoscape';
import { groupBy } from './largeLayer';
import { rendererOf } from './renderer';

/**
 * The article map's relations drawn batched: one path per look, not one cytoscape draw per edge.
 *
 * Cytoscape draws each edge on its own: its bounding box, its underlay and overlay, its line (colour
 * string, dash, path), then its arrowhead (four arrow positions looked up, a transform, a fill), and
 * the canvas records every call. On the article's 140 relations that is most of a redraw: a sphere
 * toggle spent ~8 ms of script and ~8 ms of rasterising on the relations alone (measured by hiding
 * them). Here every plain relation is drawn with the others of its look in one path and one stroke,
 * and the arrowheads of one colour in one fill, just before cytoscape draws the rest of the frame
 * (nodes, and relations that are not plain) onto the same canvas; cytoscape skips the plain ones.
 * On the bench's 2 cores the article's sphere toggle went from 47.7 to 40.8 ms (medians of 40
 * alternating toggles). A canvas of their own under cytoscape's was tried first: each canvas changed
 * costs its own copy to the compositor in every frame, which took back most of the gain.
 *
 * Plain: drawn on the map's own layer as a line and at most a triangle at its target, with nothing
 * else (no label, underlay, overlay, outline or ghost), on a straight or curved path. Selected and
 * on-path relations carry labels and underlays, and so do hovered ones around a node with few of
 * them (HOVER_LABELS_MAX in sync.ts): cytoscape draws those, over the batch, as before. A hovered
 * hub's relations, unlabelled, are batched, in their full colours. Nothing about the elements changes: styles, bounds and events are cytoscape's,
 * and a relation is hovered and clicked as before. The PNG and SVG exports draw element by element
 * (cytoscape's drawElements), not through its frame: cytoscape draws every relation there, as before.
 *
 * Where relations cross, they are drawn by look rather than in cytoscape's element order: faint
 * (dimmed) ones first, lines and then arrowheads at each level, so the strong ones lie on top.
 * Beneath every node, as cytoscape puts edges (the stylesheet does not have edges' z-index compared
 * with nodes', and the app makes no compound nodes).
 *
 * This relies on cytoscape 3.35 canvas renderer internals: `drawLayeredElements`,
 * `drawCachedElement`, `getArrowWidth`, `createGradientStyleFor`, and an edge's `rscratch` (its path
 * `allpts`, `edgeType`, `arrowEndX`/`arrowEndY`/`tgtArrowAngle`, `inDragLayer`). Without the methods
 * it does nothing and cytoscape draws every edge. The e2e test in tests/e2e/map.spec.ts fails when
 * an upgrade loses any of them: it checks the methods, that a relation's line and arrowhead are
 * painted in their colours, and that a dragged node's relations are drawn while it moves. It does
 * not check `createGradientStyleFor`'s arguments: a change there would show as multi-sphere lines
 * drawn wrongly.
 */

/** What cytoscape keeps of an edge's drawn geometry. */
interface Scratch {
  inDragLayer?: boolean;
  badLine?: boolean;
  allpts?: number[] | null;
  edgeType?: string;
  arrowEndX?: number;
  arrowEndY?: number;
  tgtArrowAngle?: number;
}

interface StyleValue {
  value: unknown;
  pfValue?: unknown;
  strValue?: string;
}

/** The parts of a cytoscape element the batch reads. */
export interface BatchElement {
  _private: { group: string; rscratch: Scratch };
  pstyle(name: string): StyleValue;
  visible(): boolean;
}

type Draw = (this: Renderer, context: CanvasRenderingContext2D, ...rest: unknown[]) => unknown;

interface Renderer {
  drawLayeredElements?: (
    this: Renderer,
    context: CanvasRenderingContext2D,
    eles: ArrayLike<BatchElement>,
    ...rest: unknown[]
  ) => unknown;
  drawCachedElement?: (
    this: Renderer,
    context: CanvasRenderingContext2D,
    ele: BatchElement,
    ...rest: unknown[]
  ) => unknown;
  getArrowWidth?: (edgeWidth: number, scale: number) => number;
  createGradientStyleFor?: (
    context: CanvasRenderingContext2D,
    shape: 'line',
    ele: BatchElement,
    fill: string,
    opacity: number,
  ) => CanvasGradient | null;
}

/** Cytoscape's 'triangle' arrowhead: its outline at unit size, pointing along +y turned by the angle. */
export const TRIANGLE = [-0.15, -0.3, 0, 0, 0.15, -0.3] as const;

/** Paths cytoscape draws as its edge path does: a polyline, or quadratic curves point to point. */
const STRAIGHT = new Set(['straight']);
const CURVED = new Set(['bezier', 'multibezier']);
/** The curve styles drawn so: as a line along those paths. */
const CURVE_STYLES = new Set(['straight', 'bezier', 'unbundled-bezier']);

type RGBA = number[];

const rgba = (colour: RGBA, alpha: number) =>
  `rgba(${colour[0]},${colour[1]},${colour[2]},${(colour[3] ?? 1) * alpha})`;

/** How a plain edge is drawn: everything the batch needs, read from cytoscape's computed style. */
export interface EdgeLook {
  alpha: number;
  width: number;
  dash: number[];
  dashOffset: number;
  /** A solid line's colour (with alpha), or null for a gradient. */
  stroke: string | null;
  /** The arrowhead's colour (with alpha) and scale, or null for none. */
  arrow: { fill: string; scale: number } | null;
}

const isZero = (v: StyleValue) => Number(v.value) === 0;
const text = (v: StyleValue) => String(v.strValue ?? v.value ?? '');

/**
 * The look of an edge the batch draws, or null when cytoscape must draw it itself: not shown, being
 * dragged, not a plain line (see the module's comment), or with a geometry cytoscape could not work
 * out.
 */
export function plainLook(ele: BatchElement): EdgeLook | null {
  if (ele._private.group !== 'edges') return null;
  const rs = ele._private.rscratch;
  if (rs.inDragLayer || rs.badLine || !rs.allpts || !(rs.allpts.length >= 4)) return null;
  if (Number.isNaN(rs.allpts[0])) return null;
  if (!STRAIGHT.has(rs.edgeType ?? '') && !CURVED.has(rs.edgeType ?? '')) return null;
  if (!ele.visible()) return null;
  const s = (name: string): StyleValue => ele.pstyle(name) ?? { value: undefined };
  // 'straight-triangle' has a straight geometry but is filled, not stroked.
  if (!CURVE_STYLES.has(String(s('curve-style').value))) return null;
  // Drawn beneath every node, as cytoscape orders edges unless told to compare their z-index with
  // the nodes' or to lift them by compound depth (nor does the stylesheet sink nodes that way, and
  // the app makes no compound nodes).
  if (s('z-index-compare').value !== 'auto' || s('z-compound-depth').value !== 'auto') return null;
  if (text(s('label')) !== '' || text(s('source-label')) !== '' || text(s('target-label')) !== '')
    return null;
  if (!isZero(s('underlay-opacity')) || !isZero(s('overlay-opacity'))) return null;
  if (!isZero(s('line-outline-width')) || s('ghost').value === 'yes') return null;
  if (s('line-cap').value !== 'butt') return null;
  for (const prefix of ['source', 'mid-source', 'mid-target'])
    if (s(`${prefix}-arrow-shape`).value !== 'none') return null;
  const arrowShape = s('target-arrow-shape').value;
  if (
    arrowShape !== 'none' &&
    (arrowShape !== 'triangle' || s('target-arrow-fill').value !== 'filled')
  )
    return null;
  const lineStyle = s('line-style').value;
  if (lineStyle !== 'solid' && lineStyle !== 'dashed' && lineStyle !== 'dotted') return null;
  const fill = s('line-fill').value;
  if (fill !== 'solid' && fill !== 'linear-gradient') return null;

  const alpha = Number(s('opacity').value) * Number(s('line-opacity').value);
  return {
    alpha,
    width: Number(s('width').pfValue),
    // As cytoscape's edge path sets them: 'dotted' is its fixed 1 on, 1 off.
    dash:
      lineStyle === 'dashed'
        ? [...(s('line-dash-pattern').pfValue as number[])]
        : lineStyle === 'dotted'
          ? [1, 1]
          : [],
    dashOffset: lineStyle === 'dashed' ? Number(s('line-dash-offset').pfValue) : 0,
    stroke: fill === 'solid' ? rgba(s('line-color').value as RGBA, alpha) : null,
    arrow:
      arrowShape === 'none'
        ? null
        : {
            fill: rgba(s('target-arrow-color').value as RGBA, alpha),
            // A target-arrow-scale of its own, else the edge's arrow-scale, as cytoscape reads them.
            scale: Number(
              s('target-arrow-scale').value === 'inherit' || s('target-arrow-scale').value == null
                ? s('arrow-scale').value
                : s('target-arrow-scale').value,
            ),
          },
  };
}

/** Adds an edge's path as cytoscape's edge path draws it. */
function tracePath(context: CanvasRenderingContext2D, rs: Scratch): void {
  const pts = rs.allpts!;
  context.moveTo(pts[0]!, pts[1]!);
  if (STRAIGHT.has(rs.edgeType!))
    for (let i = 2; i + 1 < pts.length; i += 2) context.lineTo(pts[i]!, pts[i + 1]!);
  else
    for (let i = 2; i + 3 < pts.length; i += 4)
      context.quadraticCurveTo(pts[i]!, pts[i + 1]!, pts[i + 2]!, pts[i + 3]!);
}

/** Adds a triangle arrowhead of `size` at (x, y), turned by `angle`, as cytoscape places it. */
export function traceArrow(
  context: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'closePath'>,
  x: number,
  y: number,
  angle: number,
  size: number,
): void {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let i = 0; i < TRIANGLE.length; i += 2) {
    const px = TRIANGLE[i]! * size;
    const py = TRIANGLE[i + 1]! * size;
    const ax = x + px * cos - py * sin;
    const ay = y + px * sin + py * cos;
    if (i === 0) context.moveTo(ax, ay);
    else context.lineTo(ax, ay);
  }
  context.closePath();
}

interface Item {
  ele: BatchElement;
  look: EdgeLook;
}

const strokeKey = (look: EdgeLook) =>
  `${look.stroke}|${look.width}|${look.dash.join(',')}|${look.dashOffset}`;

/**
 * Draws the plain edges among `eles` onto `context` (already set to the view's transform), and
 * returns how many it drew. Lines first, faint before strong, one path per look; gradient lines one
 * by one (each has its own gradient); then the arrowheads, one fill per colour.
 */
export function drawPlainEdges(
  context: CanvasRenderingContext2D,
  eles: ArrayLike<BatchElement>,
  renderer: Required<Pick<Renderer, 'getArrowWidth' | 'createGradientStyleFor'>>,
): number {
  const items: Item[] = [];
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i]!;
    if (ele._private.group !== 'edges') continue;
    const look = plainLook(ele);
    if (look) items.push({ ele, look });
  }
  if (items.length === 0) return 0;
  // Solid lines by look; gradient lines one by one; arrowheads by opacity and colour.
  const solid = groupBy(items, ({ look }) => (look.stroke === null ? undefined : strokeKey(look)));
  const gradients = items.filter(({ look }) => look.stroke === null);
  const arrows = groupBy(items, ({ look }) =>
    look.arrow ? `${look.alpha}|${look.arrow.fill}` : undefined,
  );

  // Faint to strong, each level's lines and then its arrowheads, so that clearing beneath a faint
  // arrowhead (below) touches only what is as faint or fainter, as in cytoscape's order of drawing.
  // At a level, narrow lines before wide ones: a hovered hub's relations (wider, and unlabelled, so
  // batched) lie over the others where they cross, as when cytoscape drew them over the batch.
  const lines = [
    ...[...solid.values()].map((items) => ({ items, gradient: false })),
    ...gradients.map((item) => ({ items: [item], gradient: true })),
  ].sort((a, b) => a.items[0]!.look.width - b.items[0]!.look.width);
  const levels = [...new Set(lines.map((line) => line.items[0]!.look.alpha))].sort((a, b) => a - b);
  context.lineJoin = 'round';
  context.lineCap = 'butt';
  for (const alpha of levels) {
    for (const { items, gradient } of lines) {
      const { look, ele } = items[0]!;
      if (look.alpha !== alpha) continue;
      const style = gradient
        ? renderer.createGradientStyleFor(context, 'line', ele, 'linear-gradient', look.alpha)
        : look.stroke;
      if (!style) continue;
      context.beginPath();
      for (const item of items) tracePath(context, item.ele._private.rscratch);
      context.strokeStyle = style;
      context.lineWidth = look.width;
      context.setLineDash(look.dash);
      context.lineDashOffset = look.dashOffset;
      context.stroke();
    }
    context.setLineDash([]);
    context.lineDashOffset = 0;
    for (const heads of arrows.values()) {
      const { arrow } = heads[0]!.look;
      if (heads[0]!.look.alpha !== alpha) continue;
      context.beginPath();
      for (const { ele, look } of heads) {
        const { arrowEndX: x, arrowEndY: y, tgtArrowAngle: angle } = ele._private.rscratch;
        if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(angle)) continue;
        traceArrow(context, x!, y!, angle!, renderer.getArrowWidth(look.width, look.arrow!.scale));
      }
      // As cytoscape does for a translucent arrowhead: what lies beneath is cleared first, so the
      // line's end does not show through it.
      if (alpha !== 1) {
        const composite = context.globalCompositeOperation;
        context.globalCompositeOperation = 'destination-out';
        context.fillStyle = '#ffffff';
        context.fill();
        context.globalCompositeOperation = composite;
      }
      context.fillStyle = arrow!.fill;
      context.fill();
    }
  }
  return items.length;
}

const usable = (r: Renderer | null): r is Required<Renderer> =>
  typeof r?.drawLayeredElements === 'function' &&
  typeof r.drawCachedElement === 'function' &&
  typeof r.getArrowWidth === 'function' &&
  typeof r.createGradientStyleFor === 'function';

/** Whether the installed cytoscape's renderer has what the batch uses (for a test). */
export function edgeBatchSupported(cy: Core): boolean {
  return usable(rendererOf<Renderer>(cy));
}

/**
 * Cytoscape's layer textures (drawn when the view has been still) hold what it drew, with or without
 * the batch: switching the batch leaves them as they are. The adapter switches it only together with
 * the stylesheet, which has cytoscape make every texture again, and disposes of it only before the
 * instance is destroyed.
 */
export interface EdgeBatch {
  /** On for an article-sized map; off for a large one, whose edges the large layer draws. */
  setEnabled(enabled: boolean): void;
  dispose(): void;
}

/**
 * Has `cy`'s renderer draw plain edges batched from now on (while enabled); does nothing on a
 * headless instance or a renderer without the internals used.
 */
export function batchEdges(cy: Core): EdgeBatch {
  const r = rendererOf<Renderer>(cy);
  if (!usable(r)) return { setEnabled: () => {}, dispose: () => {} };
  let enabled = true;
  const layered = r.drawLayeredElements as Draw;
  const cached = r.drawCachedElement as Draw;
  // Own properties over the prototype's methods, removed again by dispose.
  r.drawLayeredElements = function (context, eles, ...rest) {
    if (enabled) drawPlainEdges(context, eles, r);
    return layered.call(this, context, eles, ...rest);
  };
  // Wherever cytoscape draws elements through its caches (its frame, its layer textures), a plain
  // edge is the batch's. Its element-by-element drawing (drawElements: the exports) is untouched.
  r.drawCachedElement = function (context, ele, ...rest) {
    if (enabled && ele._private.group === 'edges' && plainLook(ele)) return;
    return cached.call(this, context, ele, ...rest);
  };
  return {
    setEnabled(next) {
      enabled = next;
    },
    dispose() {
      const own = r as Partial<Renderer>;
      delete own.drawLayeredElements;
      delete own.drawCachedElement;
      // Were they the renderer's own to begin with, they are put back.
      if (r.drawLayeredElements !== layered) r.drawLayeredElements = layered as never;
      if (r.drawCachedElement !== cached) r.drawCachedElement = cached as never;
    },
  };
}
