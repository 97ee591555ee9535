// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  blockText,
  isOfflinePage,
  mapFileOfPage,
  OfflinePageError,
  pageBlock,
  pageTitle,
  pageView,
  PAGE_BLOCK_ID,
  sizeInWords,
  withMap,
  withTitle,
} from '../../../src/domain/offlinePage';
import { builtInMapBlock } from '../../../build/builtInMap';
import { detectFormat, parseGraphFile } from '../../../src/domain/formats';
import { toDataset } from '../../../src/domain/importDataset';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { policyFor } from '../../../build/csp';
import articleJson from '../../../data/article.json';
import graphJson from '../../../data/graph.json';
import positionsJson from '../../../data/positions.json';
import tourJson from '../../../data/tour.json';

const HOSTILE = '</script><script>window.pwned = 1</script><!-- <img src=x onerror=alert(1)>';
const mapText = (label: string) =>
  JSON.stringify({ silkgraph: 2, nodes: [{ id: 'a', label }], edges: [] }, null, 2);
// The page's code has the block's open tag in its strings, as the built page's has.
const CODE = `const tag = '<script type="application/json" id="${PAGE_BLOCK_ID}">'; run(tag)`;
const page = (block: string) =>
  `<!doctype html>\n<html><head><script type="module">${CODE}</script></head><body>${block}<div id="root"></div></body></html>`;

describe('the offline page’s map block', () => {
  it('writes the map compact, with no "<" that could end the block, and reads it back unchanged', () => {
    const text = blockText(mapText(HOSTILE));
    expect(text).not.toContain('<');
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(JSON.parse(mapText(HOSTILE)));
    const html = page(pageBlock(mapText(HOSTILE)));
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(JSON.parse(mapFileOfPage(html)!)).toEqual(JSON.parse(mapText(HOSTILE)));
  });

  it('puts another map into a page, leaving the rest of the page as it was', () => {
    const first = pageBlock(mapText('First'));
    const before = page(first);
    const after = withMap(before, mapText('Second'), 'spheres=energy&sel=n:a');
    expect(JSON.parse(mapFileOfPage(after)!).nodes[0].label).toBe('Second');
    const [head, tail] = before.split(first);
    expect(after.startsWith(head!)).toBe(true);
    expect(after).toContain(CODE);
    expect(after.endsWith(tail!)).toBe(true);
    expect(after).toContain(`id="${PAGE_BLOCK_ID}" data-view="spheres=energy&amp;sel=n:a">`);
    // Saved again from the saved page: still one block.
    const again = withMap(after, mapText('Third'));
    expect(again.match(/application\/json/g)).toHaveLength(2); // the block, and the code's string
    expect(mapFileOfPage(again)).toBe(blockText(mapText('Third')));
    expect(again).not.toContain('data-view');
  });

  it('refuses a page without a block, saying what it is not', () => {
    expect(isOfflinePage('<html><body>hello</body></html>')).toBe(false);
    expect(() => withMap('<html></html>', mapText('x'))).toThrow(OfflinePageError);
    expect(() => withMap('<html></html>', mapText('x'))).toThrow(/not a Silkgraph offline page/);
    expect(mapFileOfPage(`<script type="application/json" id="${PAGE_BLOCK_ID}">{`)).toBeNull();
  });

  it('keeps only a view the app could have written', () => {
    expect(pageView('#step=3')).toBe('step=3');
    expect(pageView('spheres=energy%2Cpolitical&camera=1.5,2,0.8')).toBe(
      'spheres=energy%2Cpolitical&camera=1.5,2,0.8',
    );
    expect(pageView('"><script>alert(1)</script>')).toBe('');
    expect(pageView('javascript:alert(1) ')).toBe('');
    expect(pageView('x'.repeat(5000))).toBe('');
    expect(pageView(undefined)).toBe('');
  });

  it('gives the page the map’s title, as text', () => {
    const html =
      '<html><head><title>Silkgraph — Old</title><script>x="<title>"</script></head></html>';
    const titled = withTitle(html, pageTitle('Pipes & <b>oil</b>'));
    expect(titled).toBe(
      '<html><head><title>Silkgraph — Pipes &amp; &lt;b&gt;oil&lt;/b&gt;</title><script>x="<title>"</script></head></html>',
    );
    expect(withTitle('<script>"<title></title>"</script>', 'x')).toBe(
      '<script>"<title></title>"</script>',
    );
  });

  it('tells a size in words', () => {
    expect(sizeInWords(900)).toBe('900 bytes');
    expect(sizeInWords(840_400)).toBe('840 kB');
    expect(sizeInWords(1_523_456)).toBe('1.52 MB');
  });
});

describe('the article’s offline page (build/builtInMap.ts)', () => {
  it('carries the article’s map, positions, spheres and tour exactly', async () => {
    const html = page(await builtInMapBlock());
    const { graph } = parseGraphFile({ name: 'this page', text: mapFileOfPage(html)! });
    const dataset = toDataset(graph, { sphereAttribute: null, fileName: 'this page' });
    expect(dataset.graph).toEqual(graphJson);
    expect(dataset.article).toEqual(articleJson);
    expect(dataset.positions).toEqual(positionsJson);
    expect(dataset.spheres).toEqual(ARTICLE_SPHERES);
    expect(dataset.tour).toEqual(tourJson);
  });

  it('opens in Silkgraph as a map: the page is read as the map file in its block', async () => {
    const html = page(await builtInMapBlock());
    expect(detectFormat('seminar-offline.html', html)).toEqual({
      format: 'silkgraph-json',
      notes: [],
    });
    expect(parseGraphFile({ name: 'seminar.html', text: html }).report.nodes).toBe(
      graphJson.nodes.length,
    );
  });

  it('refuses another web page with a message that says what can be opened', () => {
    expect(() => parseGraphFile({ name: 'course.html', text: '<!doctype html><p>Hi</p>' })).toThrow(
      /only a page saved with “Save as one offline page” can be opened/,
    );
  });

  it('leaves the block out of the content security policy: it is never run', () => {
    const one = policyFor(page(pageBlock(mapText('One'))));
    const two = policyFor(page(pageBlock(mapText('Two'))));
    expect(one).toBe(two);
    expect(one.match(/'sha256-/g)).toHaveLength(1);
    expect(one).toBe(policyFor(page('')));
  });
});
