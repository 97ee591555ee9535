import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/app/dataset';
import { legendOf } from '../../../src/domain/legend';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { imageLayout, type Measure } from '../../../src/graph/exportImage';
import { framedSvg } from '../../../src/graph/exportSvg';

// A monospace stand-in for canvas text metrics: 8 px a character.
const measure: Measure = (text) => text.length * 8;
const map =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><g><text>Kazakhstan</text></g></svg>';
const text = {
  title: 'China and Kazakhstan',
  subtitle: 'Source: China Studies Centre. All spheres, kinds, statuses and claims shown.',
  caption: '3. A step: its caption.',
  legend: legendOf(builtInDataset.graph, ARTICLE_SPHERES),
};

describe('framedSvg', () => {
  const doc = new DOMParser().parseFromString(framedSvg(map, text, measure), 'image/svg+xml');
  const root = doc.documentElement;
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
  const layout = imageLayout({ width: 600, height: 400 }, text, measure);

  it('is one well-formed SVG document the size of the PNG’s frame', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
  });

  it('puts the map, labels still text, under the title and the source', () => {
    const nested = root.querySelector('svg');
    expect(nested?.getAttribute('y')).toBe(String(layout.mapTop));
    expect(texts.slice(0, 1 + layout.subtitle.length)).toEqual([text.title, ...layout.subtitle]);
    expect(layout.subtitle.join(' ')).toBe(text.subtitle);
    expect(texts).toContain('Kazakhstan');
  });

  it('has the full legend below it as text: spheres, the pie, statuses, whose claims, shapes', () => {
    const { legend } = text;
    const group = root.querySelector('g.legend')!;
    expect([...group.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      ...legend.spheres.map((s) => s.label),
      legend.pie,
      ...legend.statuses.map((s) => s.label),
      // The bundled link's sample carries an "n" on its badge.
      'n',
      legend.bundle,
      ...legend.claims.map((c) => c.label),
      ...legend.kinds.map((k) => k.label),
    ]);
    expect(legend.claims.map((c) => c.label)).toContain('Theoretical reading');
    for (const t of group.querySelectorAll('text'))
      expect(Number(t.getAttribute('y'))).toBeGreaterThan(layout.mapTop + 400);
    expect(texts.at(-1)).toBe(text.caption);
  });

  it('leaves the claim marks out for a graph whose relations do not say whose they are', () => {
    const legend = legendOf({ nodes: [], edges: [] }, ARTICLE_SPHERES);
    const plain = framedSvg(map, { ...text, legend }, measure);
    expect(plain).not.toContain('Theoretical reading');
    expect(plain).toContain('Established');
  });

  it('writes a label from a file as text, never as markup', () => {
    const hostile = '<script>alert(1)</script> & “spheres”';
    const legend = legendOf({ nodes: [], edges: [] }, [
      { id: 'x', label: hostile, colour: '#000' },
    ]);
    const out = framedSvg(map, { ...text, legend }, measure);
    expect(out).not.toContain('<script>');
    const parsed = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(parsed.querySelector('script')).toBeNull();
    expect([...parsed.querySelectorAll('g.legend text')].map((t) => t.textContent)).toContain(
      hostile,
    );
  });
});
