import { FONT_SANS } from '../domain/fonts';
import type { Legend } from '../domain/legend';
import type { ClaimMark } from '../domain/palette';

// The legend of the image exports: laid out once (rows of marks and labels that wrap to the image's
// width), then drawn on the PNG's canvas or appended to the SVG as elements. Both come from
// legendOf, which the legend over the map shows too.

/** Measures a text's width in CSS pixels in a given canvas font. */
export type Measure = (text: string, font: string) => number;

export type LegendMark =
  | { type: 'sphere'; colour: string }
  | { type: 'status'; dash: readonly number[] }
  | { type: 'claim'; claim: ClaimMark }
  | { type: 'bundle'; colours: readonly string[] }
  | { type: 'kind'; outline: readonly number[] | null; round: boolean }
  | { type: 'pie'; colours: readonly string[] };

export type LegendItem = LegendMark & {
  label: string;
  /** Width of the mark before the label. */
  mark: number;
  width: number;
};

// The page's fonts: a category name in Chinese or Cyrillic is drawn with real glyphs.
const FAMILY = FONT_SANS;
export const LEGEND_FONT = { font: `400 13px ${FAMILY}`, size: 13, line: 22, colour: '#1a1a1a' };
const SWATCH = 12;
const LINE_SAMPLE = 28;
/** A claim mark's sample: a short line with the mark in its middle and its arrowhead, as on the map. */
const CLAIM_SAMPLE = 32;
const GLYPH = 14;
const MARK_GAP = 6;
const ITEM_GAP = 18;

/** The legend's items in rows no wider than `max`. */
export function legendRows(max: number, measure: Measure, legend: Legend): LegendItem[][] {
  const marks: (LegendMark & { label: string; mark: number })[] = [
    ...legend.spheres.map((s) => ({
      type: 'sphere' as const,
      label: s.label,
      colour: s.colour,
      mark: SWATCH,
    })),
    {
      type: 'pie' as const,
      label: legend.pie,
      colours: legend.spheres.slice(0, 3).map((s) => s.colour),
      mark: GLYPH,
    },
    ...legend.statuses.map((s) => ({
      type: 'status' as const,
      label: s.label,
      dash: s.dash,
      mark: LINE_SAMPLE,
    })),
    ...(legend.bundle
      ? [
          {
            type: 'bundle' as const,
            label: legend.bundle,
            colours: legend.spheres.slice(0, 3).map((s) => s.colour),
            mark: CLAIM_SAMPLE,
          },
        ]
      : []),
    ...legend.claims.map((c) => ({
      type: 'claim' as const,
      label: c.label,
      claim: c.mark,
      mark: CLAIM_SAMPLE,
    })),
    ...legend.kinds.map((k) => ({
      type: 'kind' as const,
      label: k.label,
      outline: k.outline,
      round: k.shape === 'round-rectangle',
      mark: GLYPH,
    })),
  ];
  const items = marks.map(
    (item) =>
      ({
        ...item,
        width: item.mark + MARK_GAP + measure(item.label, LEGEND_FONT.font),
      }) as LegendItem,
  );
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const item of items) {
    const row = rows[rows.length - 1]!;
    if (row.length > 0 && used + ITEM_GAP + item.width > max) {
      rows.push([item]);
      used = item.width;
    } else {
      used += (row.length ? ITEM_GAP : 0) + item.width;
      row.push(item);
    }
  }
  return rows;
}

/** Each item's left edge and middle line, from the rows' top-left corner. */
function placed(rows: LegendItem[][], left: number, top: number) {
  return rows.flatMap((row, r) => {
    let x = left;
    const y = top + r * LEGEND_FONT.line + LEGEND_FONT.line / 2;
    return row.map((item) => {
      const at = { item, x, y };
      x += item.width + ITEM_GAP;
      return at;
    });
  });
}

/** Points of an outline (unit square) around a centre, at a half-size. */
const outlinePoints = (outline: readonly number[], cx: number, cy: number, half: number) => {
  const points: [number, number][] = [];
  for (let i = 0; i < outline.length; i += 2)
    points.push([cx + half * outline[i]!, cy + half * outline[i + 1]!]);
  return points;
};

/** Slices of a pie as [start, end] angles, the first from the top, clockwise. */
const slices = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    (2 * Math.PI * i) / n - Math.PI / 2,
    (2 * Math.PI * (i + 1)) / n - Math.PI / 2,
  ]);

const NODE_FILL = '#f5f5f2';
const NODE_STROKE = '#2b2b2b';
const INK = '#333333';

/** Draws the legend's rows on a canvas (CSS pixels), from the rows' top-left corner. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  rows: LegendItem[][],
  left: number,
  top: number,
): void {
  ctx.font = LEGEND_FONT.font;
  ctx.textBaseline = 'middle';
  for (const { item, x, y } of placed(rows, left, top)) {
    const cx = x + item.mark / 2;
    const half = item.mark / 2;
    if (item.type === 'sphere') {
      ctx.fillStyle = item.colour;
      ctx.beginPath();
      ctx.arc(cx, y, half, 0, 2 * Math.PI);
      ctx.fill();
    } else if (item.type === 'status') {
      ctx.strokeStyle = '#333333';
      ctx.lineWidth = 2.5;
      ctx.setLineDash([...item.dash]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + item.mark, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (item.type === 'claim') drawClaimSample(ctx, item.claim, x, y);
    else if (item.type === 'bundle') drawBundleSample(ctx, item.colours, x, y);
    else if (item.type === 'pie') {
      slices(item.colours.length).forEach(([a0, a1], i) => {
        ctx.fillStyle = item.colours[i]!;
        ctx.beginPath();
        ctx.moveTo(cx, y);
        ctx.arc(cx, y, half, a0!, a1!);
        ctx.closePath();
        ctx.fill();
      });
    } else {
      ctx.fillStyle = NODE_FILL;
      ctx.strokeStyle = NODE_STROKE;
      ctx.lineWidth = 1.4;
      ctx.beginPath();
      if (!item.outline) ctx.arc(cx, y, half - 1, 0, 2 * Math.PI);
      else if (item.round) ctx.roundRect(x + 1, y - half + 1, item.mark - 2, item.mark - 2, 3);
      else
        outlinePoints(item.outline, cx, y, half - 1).forEach(([px, py], i) =>
          i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py),
        );
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
    ctx.fillStyle = LEGEND_FONT.colour;
    ctx.fillText(item.label, x + item.mark + MARK_GAP, y);
  }
}

/** A line with the mark in its middle that says whose claim it is, as the legend on screen has it. */
function drawClaimSample(ctx: CanvasRenderingContext2D, mark: ClaimMark, x: number, y: number) {
  ctx.fillStyle = ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x + 1, y);
  ctx.lineTo(x + 26, y);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x + 25, y - 3.5);
  ctx.lineTo(x + 31, y);
  ctx.lineTo(x + 25, y + 3.5);
  ctx.fill();
  ctx.beginPath();
  const m = x + 13;
  if (mark === 'bar') {
    ctx.lineWidth = 2.5;
    ctx.moveTo(m, y - 4);
    ctx.lineTo(m, y + 4);
    ctx.stroke();
  } else if (mark === 'diamond') {
    ctx.lineWidth = 1.5;
    ctx.moveTo(m - 4.5, y);
    ctx.lineTo(m, y - 3.7);
    ctx.lineTo(m + 4.5, y);
    ctx.lineTo(m, y + 3.7);
    ctx.closePath();
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  } else if (mark === 'circle') {
    ctx.arc(m, y, 3.6, 0, 2 * Math.PI);
    ctx.fill();
  } else if (mark === 'square') ctx.fillRect(m - 3.6, y - 3.6, 7.2, 7.2);
}

/** A bundled link's sample: a thick line striped with spheres, a badge with "n" on it. */
function drawBundleSample(
  ctx: CanvasRenderingContext2D,
  colours: readonly string[],
  x: number,
  y: number,
) {
  const stripe = 30 / Math.max(colours.length, 1);
  colours.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect(x + 1 + i * stripe, y - 2.5, stripe, 5);
  });
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x + 10, y - 6, 12, 12, 3);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `600 9px ${FAMILY}`;
  ctx.textAlign = 'center';
  ctx.fillText('n', x + 16, y);
  ctx.textAlign = 'start';
  ctx.font = LEGEND_FONT.font;
}

/** A number as an SVG attribute, to two decimals. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** The same claim sample as SVG elements. */
function svgClaimSample(
  el: (name: string, attributes: Record<string, string>) => Element,
  mark: ClaimMark,
  x: number,
  y: number,
): Element[] {
  const m = x + 13;
  const out = [
    el('line', {
      x1: n(x + 1),
      y1: n(y),
      x2: n(x + 26),
      y2: n(y),
      stroke: INK,
      'stroke-width': '2',
    }),
    el('polygon', {
      points: `${n(x + 25)},${n(y - 3.5)} ${n(x + 31)},${n(y)} ${n(x + 25)},${n(y + 3.5)}`,
      fill: INK,
    }),
  ];
  if (mark === 'bar')
    out.push(
      el('line', {
        x1: n(m),
        y1: n(y - 4),
        x2: n(m),
        y2: n(y + 4),
        stroke: INK,
        'stroke-width': '2.5',
      }),
    );
  else if (mark === 'diamond')
    out.push(
      el('polygon', {
        points: `${n(m - 4.5)},${n(y)} ${n(m)},${n(y - 3.7)} ${n(m + 4.5)},${n(y)} ${n(m)},${n(y + 3.7)}`,
        fill: '#ffffff',
        stroke: INK,
        'stroke-width': '1.5',
      }),
    );
  else if (mark === 'circle') out.push(el('circle', { cx: n(m), cy: n(y), r: '3.6', fill: INK }));
  else if (mark === 'square')
    out.push(el('rect', { x: n(m - 3.6), y: n(y - 3.6), width: '7.2', height: '7.2', fill: INK }));
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The legend's rows as an SVG group, from the rows' top-left corner. Built with DOM methods: a
 * label from an imported file is a text node, never markup.
 */
export function svgLegend(doc: Document, rows: LegendItem[][], left: number, top: number): Element {
  const el = (name: string, attributes: Record<string, string>) => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return element;
  };
  const group = el('g', { class: 'legend' });
  for (const { item, x, y } of placed(rows, left, top)) {
    const cx = x + item.mark / 2;
    const half = item.mark / 2;
    const node = { fill: NODE_FILL, stroke: NODE_STROKE, 'stroke-width': '1.4' };
    if (item.type === 'sphere')
      group.append(el('circle', { cx: n(cx), cy: n(y), r: n(half), fill: item.colour }));
    else if (item.type === 'status')
      group.append(
        el('line', {
          x1: n(x),
          y1: n(y),
          x2: n(x + item.mark),
          y2: n(y),
          stroke: '#333333',
          'stroke-width': '2.5',
          ...(item.dash.length ? { 'stroke-dasharray': item.dash.join(' ') } : {}),
        }),
      );
    else if (item.type === 'claim') group.append(...svgClaimSample(el, item.claim, x, y));
    else if (item.type === 'bundle') {
      const stripe = 30 / Math.max(item.colours.length, 1);
      item.colours.forEach((colour, i) =>
        group.append(
          el('rect', {
            x: n(x + 1 + i * stripe),
            y: n(y - 2.5),
            width: n(stripe),
            height: '5',
            fill: colour,
          }),
        ),
      );
      group.append(
        el('rect', {
          x: n(x + 10),
          y: n(y - 6),
          width: '12',
          height: '12',
          rx: '3',
          fill: '#ffffff',
          stroke: '#555555',
        }),
      );
      const badge = el('text', {
        x: n(x + 16),
        y: n(y),
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-family': FAMILY,
        'font-size': '9px',
        'font-weight': '600',
        fill: INK,
      });
      badge.textContent = 'n';
      group.append(badge);
    } else if (item.type === 'pie')
      slices(item.colours.length).forEach(([a0, a1], i) => {
        const p = (a: number) => `${n(cx + half * Math.cos(a))} ${n(y + half * Math.sin(a))}`;
        const large = a1! - a0! > Math.PI ? 1 : 0;
        group.append(
          item.colours.length === 1
            ? el('circle', { cx: n(cx), cy: n(y), r: n(half), fill: item.colours[i]! })
            : el('path', {
                d: `M${n(cx)} ${n(y)} L${p(a0!)} A${n(half)} ${n(half)} 0 ${large} 1 ${p(a1!)}Z`,
                fill: item.colours[i]!,
              }),
        );
      });
    else if (!item.outline)
      group.append(el('circle', { cx: n(cx), cy: n(y), r: n(half - 1), ...node }));
    else if (item.round)
      group.append(
        el('rect', {
          x: n(x + 1),
          y: n(y - half + 1),
          width: n(item.mark - 2),
          height: n(item.mark - 2),
          rx: '3',
          ...node,
        }),
      );
    else
      group.append(
        el('polygon', {
          points: outlinePoints(item.outline, cx, y, half - 1)
            .map(([px, py]) => `${n(px)},${n(py)}`)
            .join(' '),
          'stroke-linejoin': 'round',
          ...node,
        }),
      );
    const text = el('text', {
      x: n(x + item.mark + MARK_GAP),
      y: n(y),
      'dominant-baseline': 'central',
      'font-family': FAMILY,
      'font-size': `${LEGEND_FONT.size}px`,
      fill: LEGEND_FONT.colour,
    });
    text.textContent = item.label;
    group.append(text);
  }
  return group;
}
