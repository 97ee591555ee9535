import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import { graphSchema } from '../../src/domain/schema';
import { NODE_KINDS } from '../../src/domain/vocabulary';
import { colouredPixels, pngSize, saveExport as save } from './exports';
import { article, expect, graph, openMap, shownIds, test } from './fixtures';

const KINDS: readonly string[] = NODE_KINDS;
// The kinds' English names, from the catalogue: the test's own process loads no catalogue.
const graphWords: Record<string, string> = JSON.parse(
  readFileSync('src/i18n/en/graph.json', 'utf8'),
);
const blocks = new Map(article.blocks.map((b) => [b.id, b.text]));
const noEnergy = visibleElements(graph, {
  ...ALL_FILTERS,
  spheres: ['political', 'economic', 'humanitarian'],
});

const mapSize = (page: Page) =>
  page.evaluate(() => ({ width: window.cy!.width(), height: window.cy!.height() }));

const px = (n: number) => n.toLocaleString('en-US');
const utf8 = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

test('PNG 1× and 2× are the map view plus title and legend bands, 2× exactly twice 1×', async ({
  page,
}) => {
  await openMap(page);
  const view = await mapSize(page);

  const one = await save(page, /^PNG 1×/);
  expect(one.name).toMatch(/^silkgraph-map-1x-\d{4}-\d{2}-\d{2}\.png$/);
  const size1 = pngSize(one.bytes);
  expect(size1.width).toBe(view.width);
  expect(size1.height - view.height).toBeGreaterThan(60);
  expect(size1.height - view.height).toBeLessThan(250);
  await expect(
    page.getByText(`Saved ${one.name} (${px(size1.width)} × ${px(size1.height)} px)`),
  ).toBeVisible();

  // The map is really in the picture: plenty of coloured pixels between the bands.
  const inked = await colouredPixels(page, one.bytes);
  expect(inked).toBeGreaterThan(5000);

  const two = await save(page, /^PNG 2×/);
  expect(pngSize(two.bytes)).toEqual({ width: size1.width * 2, height: size1.height * 2 });
});

test('PNG 4× of a normal window is drawn, four times the 1× size', async ({ page }) => {
  await openMap(page);
  const view = await mapSize(page);
  const four = await save(page, /^PNG 4×/);
  const size = pngSize(four.bytes);
  expect(size.width).toBe(view.width * 4);
  expect(size.height % 4).toBe(0);
  expect(size.height / 4 - view.height).toBeGreaterThan(60);
});

test('a PNG larger than the browser can draw is refused with a message, and nothing is saved', async ({
  page,
}) => {
  await page.setViewportSize({ width: 4600, height: 3400 });
  await openMap(page);
  const view = await mapSize(page);
  expect(view.width * 4 * (view.height + 60) * 4).toBeGreaterThan(120_000_000);
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: /^PNG 4×/ }).click();
  await expect(
    page.getByText(
      /^A 4× PNG of this view would be [\d,]+ × [\d,]+ px, more than this browser can draw; choose 2× or 1×$/,
    ),
  ).toBeVisible();
  expect(downloads).toBe(0);
});

test('SVG is a well-formed document with the node labels as text, and the legend', async ({
  page,
}) => {
  await openMap(page);
  // The labels the map shows (the collision rule hides some until a zoom makes room).
  const shownLabels = await page.evaluate(() =>
    window
      .cy!.nodes()
      .filter((n) => n.style('label') !== '')
      .map((n) => String(n.data('label'))),
  );
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const svg = await save(page, /^SVG/);
  expect(errors).toEqual([]);
  expect(svg.name).toMatch(/^silkgraph-map-\d{4}-\d{2}-\d{2}\.svg$/);
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      root: doc.documentElement.nodeName,
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      legend: [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent ?? ''),
      marks: doc.querySelectorAll('g.legend polygon, g.legend circle, g.legend rect').length,
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.root).toBe('svg');
  expect(parsed.error).toBeNull();
  // Framed like the PNG: the title and the source above, a legend that says what the marks mean.
  expect(parsed.texts[0]).toBe(article.title);
  expect(parsed.texts.join(' ')).toContain(`Source: ${article.author}.`);
  for (const key of ['Risk', 'Contested', 'Author’s assessment', 'Theoretical reading'])
    expect(parsed.texts).toContain(key);
  // Labels wrap at spaces, so one-word labels are whole <text> elements.
  const oneWord = shownLabels.filter((l) => !/\s/.test(l));
  expect(oneWord.length).toBeGreaterThan(5);
  for (const label of oneWord) expect(parsed.texts).toContain(label);
  // The legend the PNG and the map carry: colours, the pie, line styles, the bundled link (its
  // badge says "n"), whose claims, and the shape of every kind.
  const kinds = [...new Set(graph.nodes.map((n) => n.kind))];
  expect(parsed.legend).toEqual([
    'Political',
    'Economic',
    'Energy',
    'Humanitarian',
    'Pie inside a node: its spheres, a slice each',
    'Established',
    'Proposed',
    'Risk',
    'Contested',
    'n',
    'Bundle of n relations (click to open)',
    'Reported fact',
    'Author’s assessment',
    'Theoretical reading',
    'China’s position',
    'Kazakhstan’s position',
    ...kinds
      .sort((a, b) => KINDS.indexOf(a) - KINDS.indexOf(b))
      .map((k) => graphWords[`graph.kind.${k}`]),
  ]);
  expect(parsed.marks).toBeGreaterThan(4 + kinds.length);
  expect(parsed.height).toBeGreaterThan((await mapSize(page)).height + 40);
});

test('the evidence sheet follows the filters: CSV rows, verbatim quotes, Markdown and shown JSON', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('checkbox', { name: /Energy/ }).uncheck();
  const expectedRows = graph.edges
    .filter((e) => noEnergy.edges.has(e.id))
    .reduce((n, e) => n + e.evidence.length, 0);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    page.getByText(`${noEnergy.edges.size} relations, ${expectedRows} passages`),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  const csv = await save(page, /^Evidence sheet \(CSV\)/);
  expect(csv.name).toMatch(/^silkgraph-political-economic-humanitarian-evidence-.*\.csv$/);
  const parsed = Papa.parse<Record<string, string>>(utf8(csv.bytes), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(expectedRows);
  expect(new Set(parsed.data.map((r) => r['Relation id']))).toEqual(noEnergy.edges);
  for (const row of parsed.data) expect(blocks.get(row.Block!)).toContain(row.Quote);
  // Whose claim each relation is, and the relation as that claim.
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  for (const row of parsed.data) {
    const edge = byId.get(row['Relation id']!)!;
    expect(row.Status).toBe(edge.status);
    expect(row.Attribution).toBe(edge.attribution);
  }
  const constructivist = parsed.data.find((r) => r.Attribution === 'constructivist')!;
  expect(constructivist.Claim).toMatch(/^From a constructivist point of view, /);

  const md = utf8((await save(page, /^Evidence sheet \(Markdown\)/)).bytes);
  expect(md.split('\n')[0]).toBe(`# Evidence: ${article.title}`);
  expect(md).toContain('Spheres: Political, Economic, Humanitarian (Energy off).');
  const plain = parsed.data.find((r) => !/[\\`*_[\]<>|~&#]/.test(r.Quote!))!;
  expect(md).toContain(`> ${plain.Quote}`);
  expect(md).toContain('whose claim: author’s assessment');
  expect(md).toMatch(/^The author argues that /m);

  const json = await save(page, /^Shown graph \(JSON\)/);
  const shown = graphSchema.parse(JSON.parse(utf8(json.bytes)));
  const onMap = await shownIds(page);
  expect(shown.nodes.map((n) => n.id).sort()).toEqual(onMap.nodes);
  expect(shown.edges.map((e) => e.id).sort()).toEqual(onMap.edges);
  expect(shown.nodes.length).toBeLessThan(graph.nodes.length);
});

test('in the tour, the PNG carries the step’s caption below the map', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page);
  const plainBand =
    pngSize((await save(page, /^PNG 1×/)).bytes).height - (await mapSize(page)).height;
  await page.getByRole('button', { name: 'Present tour' }).click();
  await expect(page.getByRole('region', { name: 'Tour' })).toBeVisible();
  await page.waitForFunction(() => !window.cy!.animated());
  const view = await mapSize(page);
  const captioned = pngSize((await save(page, /^PNG 1×/)).bytes);
  expect(captioned.width).toBe(view.width);
  // Title and legend bands as before, plus at least one line of caption.
  expect(captioned.height - view.height).toBeGreaterThan(plainBand + 20);
});
