import { describe, expect, it } from 'vitest';
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
  claims: true,
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

  it('has the legend below it as text: spheres, the four statuses and whose claims', () => {
    for (const label of [
      'Political',
      'Risk',
      'Contested',
      'Author’s assessment',
      'Theoretical reading',
    ])
      expect(texts).toContain(label);
    expect(texts.at(-1)).toBe(text.caption);
  });

  it('leaves the claim marks out for a graph whose relations do not say whose they are', () => {
    const plain = framedSvg(map, { ...text, claims: false }, measure);
    expect(plain).not.toContain('Theoretical reading');
    expect(plain).toContain('Established');
  });
});
