import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/app/dataset';
import { FONT_SANS } from '../../../src/domain/fonts';
import { legendOf } from '../../../src/domain/legend';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import {
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  canvasLimitError,
  checkCanvasLimit,
  imageLayout,
  imageSize,
  wrapText,
  type Measure,
} from '../../../src/graph/exportImage';

// A monospace stand-in for canvas text metrics: 8 px a character.
const measure: Measure = (text) => text.length * 8;
const text = { title: 'China and Kazakhstan in the “Community of Shared Future”' };

describe('imageLayout and imageSize', () => {
  const view = { width: 1000, height: 700 };

  it('puts a title band above the map and a legend below it, in whole pixels', () => {
    const layout = imageLayout(view, text, measure);
    expect(layout.width).toBe(1000);
    expect(layout.title).toEqual([text.title]);
    expect(layout.mapTop).toBeGreaterThan(20);
    expect(layout.legendTop).toBeGreaterThan(layout.mapTop + view.height);
    expect(layout.legend.flat().map((i) => i.label)).toEqual([
      'Political',
      'Economic',
      'Energy',
      'Humanitarian',
      'Pie inside a node: its spheres, a slice each',
      'Established',
      'Proposed',
      'Risk',
      'Contested',
    ]);
    expect(Number.isInteger(layout.height)).toBe(true);
  });

  it('explains the tail marks (whose claim) when the relations say whose claims they are', () => {
    const legend = legendOf(builtInDataset.graph, ARTICLE_SPHERES);
    const layout = imageLayout(view, { ...text, legend }, measure);
    expect(
      layout.legend.flat().flatMap((i) => (i.type === 'claim' ? [[i.claim, i.label]] : [])),
    ).toEqual([
      ['none', 'Reported fact'],
      ['bar', 'Author’s assessment'],
      ['diamond', 'Theoretical reading'],
      ['circle', 'China’s position'],
      ['square', 'Kazakhstan’s position'],
    ]);
  });

  it('measures (and so draws) its text in the page’s fonts, CJK and Cyrillic included', () => {
    const fonts = new Set<string>();
    imageLayout(
      view,
      { ...text, subtitle: 'Spheres: all.', caption: '人类命运共同体' },
      (t, font) => {
        fonts.add(font);
        return measure(t, font);
      },
    );
    expect(fonts.size).toBeGreaterThan(1);
    for (const font of fonts) expect(font.endsWith(` ${FONT_SANS}`), font).toBe(true);
  });

  it('scales exactly: 2× is twice 1× and 4× four times', () => {
    const layout = imageLayout(view, text, measure);
    const one = imageSize(layout, 1);
    expect(imageSize(layout, 2)).toEqual({ width: one.width * 2, height: one.height * 2 });
    expect(imageSize(layout, 4)).toEqual({ width: one.width * 4, height: one.height * 4 });
  });

  it('makes room for a subtitle and a caption, wrapped to the width', () => {
    const plain = imageLayout(view, text, measure);
    const caption = 'word '.repeat(60).trim();
    const rich = imageLayout(view, { ...text, subtitle: 'Spheres: Energy off.', caption }, measure);
    expect(rich.subtitle).toEqual(['Spheres: Energy off.']);
    expect(rich.caption.length).toBe(3);
    expect(rich.caption.join(' ')).toBe(caption);
    expect(rich.height).toBeGreaterThan(plain.height + 3 * 15);
    expect(rich.mapTop).toBeGreaterThan(plain.mapTop);
  });

  it('puts notes under the legend, above the caption, each its own paragraph', () => {
    const caption = 'A caption.';
    const plain = imageLayout(view, { ...text, caption }, measure);
    const note = 'Labels: the project’s translation (Russian)';
    const noted = imageLayout(view, { ...text, caption, notes: [note, 'Second.'] }, measure);
    expect(noted.notes).toEqual([note, 'Second.']);
    expect(noted.notesTop).toBe(plain.captionTop);
    expect(noted.captionTop).toBeGreaterThan(noted.notesTop);
    expect(noted.mapTop).toBe(plain.mapTop);
    expect(noted.height).toBe(plain.height + (noted.captionTop - plain.captionTop));
    expect(plain.notes).toEqual([]);
  });

  it('wraps the legend onto more rows when the view is narrow', () => {
    expect(imageLayout({ width: 1400, height: 700 }, text, measure).legend).toHaveLength(1);
    const narrow = imageLayout({ width: 300, height: 400 }, text, measure);
    expect(narrow.legend.length).toBeGreaterThan(2);
    expect(narrow.title.length).toBeGreaterThan(1);
  });

  it('carries the whole legend of the map: colours, the pie, line styles, claims and every shape', () => {
    const legend = legendOf(builtInDataset.graph, ARTICLE_SPHERES);
    const items = imageLayout(view, { ...text, legend }, measure).legend.flat();
    const kinds = items.filter((i) => i.type === 'kind');
    expect(kinds.map((i) => i.label)).toEqual(legend.kinds.map((k) => k.label));
    expect(kinds).toHaveLength(new Set(builtInDataset.graph.nodes.map((n) => n.kind)).size);
    expect(items.filter((i) => i.type === 'pie')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'sphere')).toHaveLength(4);
    expect(items.filter((i) => i.type === 'status')).toHaveLength(4);
    expect(items.filter((i) => i.type === 'claim')).toHaveLength(5);
  });

  it('keeps a very long title to three lines, marking the cut', () => {
    const title = imageLayout(view, { title: 'long words '.repeat(100) }, measure).title;
    expect(title).toHaveLength(3);
    expect(title[2]).toMatch(/…$/);
  });

  it('wraps at spaces and keeps an over-long word whole', () => {
    expect(wrapText('aa bb cc', '', 40, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghijkl x', '', 40, measure)).toEqual(['abcdefghijkl', 'x']);
  });
});

describe('the canvas limit', () => {
  it('accepts up to the maximum side and area and refuses beyond', () => {
    expect(checkCanvasLimit(MAX_CANVAS_SIDE, 1000)).toBe(true);
    expect(checkCanvasLimit(MAX_CANVAS_SIDE + 1, 1000)).toBe(false);
    expect(checkCanvasLimit(1000, MAX_CANVAS_SIDE + 1)).toBe(false);
    expect(checkCanvasLimit(10_000, MAX_CANVAS_AREA / 10_000)).toBe(true);
    expect(checkCanvasLimit(10_000, MAX_CANVAS_AREA / 10_000 + 1)).toBe(false);
  });

  it('refuses a 4× image that would be too large, naming its size and the scales that fit', () => {
    expect(canvasLimitError({ width: 3600, height: 2400 }, 4)).toBe(
      'A 4× PNG of this view would be 14,400 × 9,600 px, more than this browser can draw; choose 2× or 1×',
    );
    expect(canvasLimitError({ width: 3600, height: 2400 }, 2)).toBeNull();
  });

  it('suggests only the scales that fit, or a smaller window when none does', () => {
    expect(canvasLimitError({ width: 9000, height: 500 }, 4)).toMatch(
      /36,000 × 2,000 px.*choose 1×$/,
    );
    expect(canvasLimitError({ width: 20_000, height: 500 }, 1)).toMatch(/make the window smaller$/);
  });

  it('lets a realistic map view through at 4×', () => {
    const layout = imageLayout({ width: 1100, height: 900 }, text, measure);
    expect(canvasLimitError(layout, 4)).toBeNull();
  });
});
