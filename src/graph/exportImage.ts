import type { Core } from 'cytoscape';
import { FONT_SANS } from '../domain/fonts';
import { legendOf, type Legend } from '../domain/legend';
import { ARTICLE_SPHERES } from '../domain/palette';
import { LEGEND_FONT, drawLegend, legendRows, type LegendItem, type Measure } from './exportLegend';

export type { LegendItem, Measure } from './exportLegend';

/** Chromium, Firefox and Safari all draw nothing beyond these; the area is kept well under 16384². */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 120_000_000;
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface Size {
  width: number;
  height: number;
}

/** What is drawn around the map: the article title, a line on the filters, a caption (the tour's). */
export interface ImageText {
  title: string;
  subtitle?: string;
  caption?: string;
  /** The legend (legendOf); when left out, the article's spheres and the statuses, no shapes. */
  legend?: Legend;
}

/** A legend of the article's spheres and the statuses, for a picture that is given none. */
const PLAIN_LEGEND = legendOf({ nodes: [], edges: [] }, ARTICLE_SPHERES);

/** Where everything sits at 1× (CSS pixels); a scaled image multiplies it all. */
export interface ImageLayout extends Size {
  title: string[];
  subtitle: string[];
  caption: string[];
  legend: LegendItem[][];
  mapTop: number;
  legendTop: number;
  captionTop: number;
}

export const PAD = 16;
// The page's fonts: a title or caption in Chinese or Cyrillic is drawn with real glyphs.
const FAMILY = FONT_SANS;
export const FONTS = {
  title: { font: `700 22px ${FAMILY}`, line: 28, colour: '#14213d' },
  subtitle: { font: `400 13px ${FAMILY}`, line: 18, colour: '#555350' },
  caption: { font: `400 15px ${FAMILY}`, line: 21, colour: '#1a1a1a' },
};
/** Breaks text into lines no wider than `max`, at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, font: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, font) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Lays out the bands around a map view of the given size; all heights are whole CSS pixels. */
export function imageLayout(view: Size, text: ImageText, measure: Measure): ImageLayout {
  const max = Math.max(view.width - 2 * PAD, 40);
  const title = wrapText(text.title, FONTS.title.font, max, measure);
  if (title.length > 3) title.splice(2, Infinity, `${title[2]}…`);
  const subtitle = text.subtitle ? wrapText(text.subtitle, FONTS.subtitle.font, max, measure) : [];
  const caption = text.caption ? wrapText(text.caption, FONTS.caption.font, max, measure) : [];
  const legend = legendRows(max, measure, text.legend ?? PLAIN_LEGEND);
  const mapTop =
    PAD + title.length * FONTS.title.line + subtitle.length * FONTS.subtitle.line + PAD / 2;
  const legendTop = mapTop + view.height + PAD / 2;
  const captionTop = legendTop + legend.length * LEGEND_FONT.line;
  const bottom = captionTop + (caption.length ? PAD / 2 + caption.length * FONTS.caption.line : 0);
  return {
    width: view.width,
    height: bottom + PAD,
    title,
    subtitle,
    caption,
    legend,
    mapTop,
    legendTop,
    captionTop,
  };
}

/** The PNG's size in pixels at a scale. */
export function imageSize(layout: Size, scale: number): Size {
  return { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
}

/** Whether a canvas of this size can be drawn (else browsers hand back a blank image). */
export function checkCanvasLimit(width: number, height: number): boolean {
  return width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_AREA;
}

const px = (n: number) => n.toLocaleString('en-US');
const fitsAt = (layout: Size, scale: number) => {
  const { width, height } = imageSize(layout, scale);
  return checkCanvasLimit(width, height);
};

/** Why a PNG at this scale cannot be made, naming the scales that can; null when it can. */
export function canvasLimitError(layout: Size, scale: number): string | null {
  const { width, height } = imageSize(layout, scale);
  if (checkCanvasLimit(width, height)) return null;
  const fits = PNG_SCALES.filter((s) => s < scale && fitsAt(layout, s))
    .reverse()
    .map((s) => `${s}×`);
  const advice = fits.length ? `choose ${fits.join(' or ')}` : 'make the window smaller';
  return `A ${scale}× PNG of this view would be ${px(width)} × ${px(height)} px, more than this browser can draw; ${advice}`;
}

/** Text widths from a canvas's own metrics (a rough 8 px a character where there is no canvas). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * 8;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: string[],
  top: number,
  style: (typeof FONTS)[keyof typeof FONTS],
) {
  ctx.font = style.font;
  ctx.fillStyle = style.colour;
  ctx.textBaseline = 'middle';
  lines.forEach((line, i) => ctx.fillText(line, PAD, top + i * style.line + style.line / 2));
}

/** Cheap blank check: a canvas the browser could not allocate reads back as all transparent. */
function isBlank(canvas: HTMLCanvasElement): boolean {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 16;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.drawImage(canvas, 0, 0, 16, 16);
  const { data } = ctx.getImageData(0, 0, 16, 16);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return false;
  return true;
}

/** CSS pixels to canvas pixels, as cytoscape reads it for an instance made without `pixelRatio`. */
export const pixelRatio = () => window.devicePixelRatio || 1;

/**
 * The current view as a PNG at 1×, 2× or 4× of its CSS size (whatever the screen's pixel ratio),
 * under a title band and above a legend and an optional caption. Throws, naming the sizes that
 * work, when the image would be larger than the browser can draw.
 */
export async function exportPng(
  cy: Core,
  scale: PngScale,
  text: ImageText,
  /** What lies under cytoscape's drawing on the map (a large graph's layer), at `scale`. */
  underlay?: (scale: number) => CanvasImageSource,
): Promise<{ blob: Blob; width: number; height: number }> {
  const view = { width: Math.round(cy.width()), height: Math.round(cy.height()) };
  if (view.width === 0 || view.height === 0)
    throw new Error('The map is not on screen, so there is no view to save.');
  const layout = imageLayout(view, text, canvasMeasure());
  const refusal = canvasLimitError(layout, scale);
  if (refusal) throw new Error(refusal);
  const { width, height } = imageSize(layout, scale);

  // cytoscape multiplies its scale by the screen's pixel ratio: divide it out so 1× is CSS size.
  const map = await cy.png({
    output: 'blob-promise',
    scale: scale / pixelRatio(),
    full: false,
    // Over an underlay cytoscape's drawing keeps its transparent ground.
    ...(underlay ? {} : { bg: '#ffffff' }),
  });
  const bitmap = await createImageBitmap(map);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  const blank = () =>
    new Error(
      `The browser could not draw a ${scale}× PNG of this view (it came out blank); choose a smaller size.`,
    );
  if (!ctx) throw blank();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawLines(ctx, layout.title, PAD, FONTS.title);
  drawLines(ctx, layout.subtitle, PAD + layout.title.length * FONTS.title.line, FONTS.subtitle);
  if (underlay) ctx.drawImage(underlay(scale), 0, layout.mapTop, view.width, view.height);
  ctx.drawImage(bitmap, 0, layout.mapTop, view.width, view.height);
  bitmap.close();
  ctx.fillStyle = '#d9d6cf';
  ctx.fillRect(0, layout.mapTop - 1, layout.width, 1);
  ctx.fillRect(0, layout.mapTop + view.height, layout.width, 1);
  drawLegend(ctx, layout.legend, PAD, layout.legendTop);
  drawLines(ctx, layout.caption, layout.captionTop + PAD / 2, FONTS.caption);
  if (isBlank(canvas)) throw blank();

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw blank();
  return { blob, width, height };
}
