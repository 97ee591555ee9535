import type { Core } from 'cytoscape';
import { FONT_SANS } from '../domain/fonts';
import { legendOf, type Legend } from '../domain/legend';
import { ARTICLE_SPHERES } from '../domain/palette';
import { LEGEND_FONT, drawLegend, legendRows, type LegendItem, type Measure } from './exportLegend';
import { currentLanguage, formatNumber, t } from '../i18n/core';

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
  /**
   * Lines under the legend, each a paragraph of its own, in the subtitle's type: what else a reader
   * should know of the picture (e.g. whose translation the map's labels are).
   */
  notes?: readonly string[];
  caption?: string;
  /** The legend (legendOf); when left out, the article's spheres and the statuses, no shapes. */
  legend?: Legend;
}

/**
 * A legend of the article's spheres and the statuses, for a picture that is given none: made when
 * drawn, so that its words are in the interface's language of that moment.
 */
const plainLegend = () => legendOf({ nodes: [], edges: [] }, ARTICLE_SPHERES);

/** Where everything sits at 1× (CSS pixels); a scaled image multiplies it all. */
export interface ImageLayout extends Size {
  title: string[];
  subtitle: string[];
  caption: string[];
  legend: LegendItem[][];
  notes: string[];
  mapTop: number;
  legendTop: number;
  notesTop: number;
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
  const legend = legendRows(max, measure, text.legend ?? plainLegend());
  const notes = (text.notes ?? []).flatMap((note) =>
    wrapText(note, FONTS.subtitle.font, max, measure),
  );
  const mapTop =
    PAD + title.length * FONTS.title.line + subtitle.length * FONTS.subtitle.line + PAD / 2;
  const legendTop = mapTop + view.height + PAD / 2;
  const notesTop = legendTop + legend.length * LEGEND_FONT.line;
  const captionTop = notesTop + notes.length * FONTS.subtitle.line;
  const bottom = captionTop + (caption.length ? PAD / 2 + caption.length * FONTS.caption.line : 0);
  return {
    width: view.width,
    height: bottom + PAD,
    title,
    subtitle,
    caption,
    legend,
    notes,
    mapTop,
    legendTop,
    notesTop,
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
  const values = { scale, width: formatNumber(width), height: formatNumber(height) };
  return fits.length
    ? t('export.image.tooLarge', {
        ...values,
        sizes: new Intl.ListFormat(currentLanguage(), { type: 'disjunction' }).format(fits),
      })
    : t('export.image.tooLarge.window', values);
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
  const view = viewOnScreen(cy, t('export.image.offScreen'));
  const layout = imageLayout(view, text, canvasMeasure());
  const refusal = canvasLimitError(layout, scale);
  if (refusal) throw new Error(refusal);
  const { width, height } = imageSize(layout, scale);

  const bitmap = await viewBitmap(cy, scale, underlay !== undefined);
  const blank = () => new Error(t('export.image.blank', { scale }));
  const { canvas, ctx } = canvasOf(width, height, blank);
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
  drawLines(ctx, layout.notes, layout.notesTop, FONTS.subtitle);
  drawLines(ctx, layout.caption, layout.captionTop + PAD / 2, FONTS.caption);
  return { blob: await pngOf(canvas, blank), width, height };
}

/** How long a picture waits for the map to settle (an animation, a resize, labels) before it is taken. */
const SETTLE_LIMIT_MS = 4000;
/** Frames in a row the map must stand still: a resize reframes the step a frame after it. */
const STILL_FRAMES = 3;

/**
 * Resolves once the camera has stopped moving and the labels have followed it (the container's
 * `data-labels-pending`), a few frames in a row; after SETTLE_LIMIT_MS it resolves anyway, so a
 * map that never settles still gives its picture.
 */
export function mapSettled(cy: Core): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    let still = 0;
    let last = '';
    const check = () => {
      if (cy.destroyed()) return resolve();
      const pan = cy.pan();
      const camera = `${cy.zoom()},${pan.x},${pan.y},${cy.width()},${cy.height()}`;
      const moving =
        cy.animated() ||
        camera !== last ||
        cy.container()?.hasAttribute('data-labels-pending') === true;
      last = camera;
      still = moving ? 0 : still + 1;
      if (still >= STILL_FRAMES || performance.now() - started > SETTLE_LIMIT_MS) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Around what a picture frames, in CSS pixels of the view: room for its neighbours and labels. */
const CROP_PAD = 48;
/** A handout's picture is landscape, as a page's figure is: widths between these times the height. */
const CROP_ASPECT = { min: 1.3, max: 2.2 };
/** A picture is drawn this many pixels wide at least (up to 4×), to be sharp on paper. */
const PICTURE_MIN_WIDTH = 1800;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Grows `size` about `centre` towards `want`, within [0, max]: the box moved to stay inside. */
function grow(start: number, size: number, want: number, max: number): [number, number] {
  const next = Math.min(max, Math.max(size, want));
  const from = Math.min(Math.max(0, start - (next - size) / 2), max - next);
  return [from, next];
}

/**
 * The part of the view a picture keeps: what the step frames (with its labels), padded, widened
 * or heightened towards a landscape shape within the view; the whole view when nothing is framed.
 */
export function pictureCrop(view: Size, framed: Box | null): Box {
  const whole = { x: 0, y: 0, w: view.width, h: view.height };
  if (!framed || framed.w <= 0 || framed.h <= 0) return whole;
  const x1 = Math.max(0, framed.x - CROP_PAD);
  const y1 = Math.max(0, framed.y - CROP_PAD);
  const x2 = Math.min(view.width, framed.x + framed.w + CROP_PAD);
  const y2 = Math.min(view.height, framed.y + framed.h + CROP_PAD);
  if (x2 <= x1 || y2 <= y1) return whole;
  let [x, w] = [x1, x2 - x1];
  let [y, h] = [y1, y2 - y1];
  if (w < h * CROP_ASPECT.min) [x, w] = grow(x, w, h * CROP_ASPECT.min, view.width);
  if (w > h * CROP_ASPECT.max) [y, h] = grow(y, h, w / CROP_ASPECT.max, view.height);
  return { x: Math.round(x), y: Math.round(y), w: Math.round(w), h: Math.round(h) };
}

/** Where the framed elements (and their labels) are drawn in the view, in CSS pixels. */
function framedBox(cy: Core, ids: readonly string[]): Box | null {
  let eles = cy.collection();
  for (const id of ids) {
    const ele = cy.getElementById(id);
    if (ele.nonempty() && ele.visible())
      eles = eles.union(ele.isEdge() ? ele.union(ele.connectedNodes()) : ele);
  }
  if (eles.empty()) return null;
  const bb = eles.renderedBoundingBox({ includeLabels: true });
  return { x: bb.x1, y: bb.y1, w: bb.w, h: bb.h };
}

/**
 * The map's current view alone, on white: a handout's picture of a tour step (its legend and text
 * are the page's), cut to what the step frames (`frame`, node or relation ids) and drawn at least
 * `scale` times its CSS size, more for a small cut, so that it is sharp on paper. Throws when the
 * map is not on screen or the browser draws a blank.
 */
export async function mapPicture(
  cy: Core,
  scale: number,
  frame: readonly string[] = [],
  underlay?: (scale: number) => CanvasImageSource,
): Promise<{ blob: Blob; width: number; height: number }> {
  const view = viewOnScreen(cy, t('export.picture.offScreen'));
  const crop = pictureCrop(view, framedBox(cy, frame));
  let at = Math.min(4, Math.max(scale, PICTURE_MIN_WIDTH / crop.w));
  // Never more than the browser can draw: the whole view is drawn at that scale first.
  while (at > 1 && !checkCanvasLimit(view.width * at, view.height * at)) at /= 2;
  const width = Math.round(crop.w * at);
  const height = Math.round(crop.h * at);
  const bitmap = await viewBitmap(cy, at, underlay !== undefined);
  const blank = () => new Error(t('export.picture.blank'));
  const { canvas, ctx } = canvasOf(width, height, blank);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.setTransform(at, 0, 0, at, -crop.x * at, -crop.y * at);
  if (underlay) ctx.drawImage(underlay(at), 0, 0, view.width, view.height);
  ctx.drawImage(bitmap, 0, 0, view.width, view.height);
  bitmap.close();
  return { blob: await pngOf(canvas, blank), width, height };
}

/** The map's size on screen, in CSS pixels; throws `message` when it is not on screen. */
function viewOnScreen(cy: Core, message: string): { width: number; height: number } {
  const view = { width: Math.round(cy.width()), height: Math.round(cy.height()) };
  if (view.width === 0 || view.height === 0) throw new Error(message);
  return view;
}

/**
 * The map's current view as cytoscape draws it, `scale` times its CSS size (cytoscape multiplies
 * its scale by the screen's pixel ratio: it is divided out). Over an underlay it keeps its
 * transparent ground; otherwise it is on white.
 */
async function viewBitmap(cy: Core, scale: number, overUnderlay: boolean): Promise<ImageBitmap> {
  const map = await cy.png({
    output: 'blob-promise',
    scale: scale / pixelRatio(),
    full: false,
    ...(overUnderlay ? {} : { bg: '#ffffff' }),
  });
  return createImageBitmap(map);
}

/** A canvas of this size and its 2D context; `blank()` is thrown when the browser gives none. */
function canvasOf(width: number, height: number, blank: () => Error) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw blank();
  return { canvas, ctx };
}

/** The canvas as a PNG; `blank()` is thrown when it came out blank or could not be encoded. */
async function pngOf(canvas: HTMLCanvasElement, blank: () => Error): Promise<Blob> {
  if (isBlank(canvas)) throw blank();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw blank();
  return blob;
}
