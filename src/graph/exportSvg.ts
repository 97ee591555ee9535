import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { CoreWithSvg } from 'cytoscape-svg';
import {
  FONTS,
  PAD,
  canvasMeasure,
  imageLayout,
  pixelRatio,
  type ImageText,
  type Measure,
} from './exportImage';
import { svgLegend } from './exportLegend';

const SVG_NS = 'http://www.w3.org/2000/svg';

let svgReady: Promise<void> | null = null;

/** Loads and registers cytoscape-svg on first use, so the first paint does not carry it. */
function loadSvg(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgReady;
}

/**
 * The current view as an SVG document (labels stay text), at its CSS size on a white ground, in the
 * PNG's frame: title and filters above, the legend (spheres, statuses, whose claims) and the tour's
 * caption below, all as text.
 */
export async function exportSvg(cy: Core, text: ImageText): Promise<Blob> {
  await loadSvg();
  // Round diamonds need patches/roundPolygonPath.ts, installed with the map.
  const markup = (cy as CoreWithSvg).svg({ full: false, scale: 1 / pixelRatio(), bg: '#ffffff' });
  return new Blob([framedSvg(markup, text, canvasMeasure())], {
    type: 'image/svg+xml;charset=utf-8',
  });
}

/** Puts cytoscape's SVG of the map inside a document laid out as the PNG is (see imageLayout). */
export function framedSvg(markup: string, text: ImageText, measure: Measure): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const map = doc.documentElement;
  const view = {
    width: Math.round(parseFloat(map.getAttribute('width') ?? '0')),
    height: Math.round(parseFloat(map.getAttribute('height') ?? '0')),
  };
  const layout = imageLayout(view, text, measure);
  const el = (name: string, attrs: Record<string, string | number>, parent: Element) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    parent.appendChild(node);
    return node;
  };
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(layout.width));
  root.setAttribute('height', String(layout.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  doc.replaceChild(root, map);
  el('rect', { width: layout.width, height: layout.height, fill: '#ffffff' }, root);

  const lines = (rows: string[], top: number, style: (typeof FONTS)[keyof typeof FONTS]) =>
    rows.forEach((line, i) => {
      const t = el(
        'text',
        {
          x: PAD,
          y: top + i * style.line + style.line / 2,
          'dominant-baseline': 'middle',
          fill: style.colour,
          ...fontAttributes(style.font),
        },
        root,
      );
      t.textContent = line;
    });
  lines(layout.title, PAD, FONTS.title);
  lines(layout.subtitle, PAD + layout.title.length * FONTS.title.line, FONTS.subtitle);
  map.setAttribute('x', '0');
  map.setAttribute('y', String(layout.mapTop));
  root.appendChild(map);
  for (const y of [layout.mapTop - 1, layout.mapTop + view.height])
    el('rect', { x: 0, y, width: layout.width, height: 1, fill: '#d9d6cf' }, root);

  root.appendChild(svgLegend(doc, layout.legend, PAD, layout.legendTop));
  lines(layout.notes, layout.notesTop, FONTS.subtitle);
  lines(layout.caption, layout.captionTop + PAD / 2, FONTS.caption);
  return new XMLSerializer().serializeToString(doc);
}

/**
 * A canvas font ("700 22px system-ui, …") as SVG presentation attributes. Not a `style` attribute:
 * the page's content security policy refuses inline styles even in a document it only builds.
 */
function fontAttributes(font: string): Record<string, string> {
  const match = /^(\d+) (\d+)px (.+)$/.exec(font);
  if (!match) return { 'font-family': font };
  return { 'font-weight': match[1]!, 'font-size': `${match[2]}px`, 'font-family': match[3]! };
}
