import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Article, Graph } from '../../src/domain/schema';
import type { Tour } from '../../src/domain/tour';
import { smallDataset, smallTour } from '../fixtures/small';
import { article, expect, graph, openMap, test } from './fixtures';

const tour: Tour = JSON.parse(readFileSync('data/tour.json', 'utf8'));

/**
 * Text without its whitespace: pdftotext breaks lines where the page does, and spaces Chinese
 * characters apart from the Latin ones around them.
 */
const flat = (text: string) => text.replace(/\s+/g, '');

/** The first quote of a step's focus in its passages: what its page must show. */
function quoteOf(g: Graph, step: Tour['steps'][number]): string {
  const focus = new Set(step.focus);
  const quote = [...g.nodes, ...g.edges]
    .filter((e) => focus.has(e.id))
    .flatMap((e) => e.evidence)
    .find((ev) => step.blocks.includes(ev.block))!.quote;
  return quote;
}

/** How much of a PNG is drawn (not white) between two fractions of its height. */
async function inkOf(page: Page, png: Buffer, from: number, to: number): Promise<number> {
  return page.evaluate(
    async ({ data, from, to }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const top = Math.round(img.height * from);
      const canvas = new OffscreenCanvas(img.width, Math.round(img.height * (to - from)));
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, -top);
      const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 600) ink++;
      return ink / (canvas.width * canvas.height);
    },
    { data: png.toString('base64'), from, to },
  );
}

/** Opens the Export menu, from behind the header's "Menu" where a narrow window puts it. */
async function openExport(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
}

/** Opens "Print handout" from the Export menu and waits for its preview. */
async function openHandout(page: Page) {
  await openExport(page);
  await page.getByRole('button', { name: /^Print handout/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Print handout' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Print', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  return dialog;
}

/** The handout as the browser prints it: the PDF's text page by page, and its pages as PNGs. */
async function printedHandout(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  await page.emulateMedia({ media: 'print' });
  const pdfPath = test.info().outputPath(`${name}.pdf`);
  writeFileSync(pdfPath, await page.pdf({ format, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)!.trim() === '') pages.pop();
  execFileSync('pdftoppm', ['-png', '-r', '40', pdfPath, pdfPath.replace('.pdf', '')]);
  const png = (n: number) => {
    const width = String(pages.length).length;
    return readFileSync(pdfPath.replace('.pdf', `-${String(n).padStart(width, '0')}.png`));
  };
  return { pages: pages.map(flat), png };
}

async function expectPages(page: Page, name: string, a: Article, g: Graph, t: Tour) {
  const { pages, png } = await printedHandout(page, name);
  // A title page, then one page per step.
  expect(pages).toHaveLength(t.steps.length + 1);
  expect(pages[0]).toContain(flat(t.title));
  for (const [i, step] of t.steps.entries()) {
    const text = pages[i + 1]!;
    const where = `page of step ${i + 1}`;
    expect(text, where).toContain(flat(`Step ${i + 1} of ${t.steps.length} — ${step.title}`));
    expect(text, where).toContain(flat(step.caption));
    expect(text, where).toContain(flat(quoteOf(g, step)));
    expect(text, where).toContain(flat(a.author));
    // The map's picture, under the step's title: drawn, not a blank box (a blank one has none).
    expect(await inkOf(page, png(i + 2), 0.08, 0.3), where).toBeGreaterThan(0.005);
  }
}

test.use({ viewport: { width: 1280, height: 720 } });

test('the article’s tour prints as a handout, one step per page, and the view comes back', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openMap(page);
  await page.getByRole('checkbox', { name: /Humanitarian/ }).uncheck();
  const dialog = await openHandout(page);
  // Walking the tour left the map as it was: no step presented, the filter kept.
  await expect(page.getByRole('region', { name: 'Tour' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Humanitarian/ })).not.toBeChecked();
  expect(page.url()).not.toContain('step=');

  const preview = dialog.getByRole('region', { name: 'Handout preview' });
  await expect(preview.getByRole('region', { name: /^Step \d+ of 14$/ })).toHaveCount(14);
  await expect(preview.getByRole('img', { name: /^The map at step 1:/ })).toBeVisible();
  await expect(preview.locator('mark').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('preview.png') });

  await expectPages(page, 'article-handout', article, graph, tour);
  // Letter paper is shorter: each step still keeps to its page.
  const letter = await printedHandout(page, 'article-letter', 'Letter');
  expect(letter.pages).toHaveLength(tour.steps.length + 1);
  for (const [i, step] of tour.steps.entries())
    expect(letter.pages[i + 1]).toContain(flat(`Step ${i + 1} of 14 — ${step.title}`));

  // Closed, printing is the map's again.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.body.className)).not.toContain('printing-handout');
  await expect(page.locator('.handout')).toHaveCount(0);
});

test('made while presenting, the handout gives back the step on screen; Cancel stops it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openMap(page, 'step=4');
  const presenter = page.getByRole('region', { name: 'Tour' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[3]!.title);
  const dialog = await openHandout(page);
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[3]!.title);
  // Keys in the dialog are not the presenter's.
  await dialog.getByRole('button', { name: 'Print', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.silkgraph!.store.getState().tourStep)).toBe(3);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Cancelled while the steps are drawn: the dialog closes and the step comes back.
  await openExport(page);
  await page.getByRole('button', { name: /^Print handout/ }).click();
  await expect(dialog.getByRole('status')).toContainText(/Preparing step \d+ of 14…/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[3]!.title);
  expect(await page.evaluate(() => window.silkgraph!.store.getState().tourStep)).toBe(3);
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

test('an own map’s tour prints too, hostile text inert; a map without a tour says why not', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const hostileArticle: Article = {
    ...smallDataset.article,
    author: `Ann ${HOSTILE}`,
    source: 'https://example.org/small',
    date: '2024-05-01',
    blocks: smallDataset.article.blocks.map((b) =>
      b.id === 'p1' ? { ...b, text: `${b.text} ${HOSTILE}` } : b,
    ),
  };
  const hostileGraph: Graph = {
    ...smallDataset.graph,
    nodes: smallDataset.graph.nodes.map((n) =>
      n.id === 'alpha' ? { ...n, label: `Alpha ${HOSTILE}` } : n,
    ),
  };
  const hostileTour: Tour = {
    ...smallTour,
    title: `Small ${HOSTILE}`,
    steps: smallTour.steps.map((s, i) =>
      i === 0 ? { ...s, title: `Treaty ${HOSTILE}`, caption: `Agree ${HOSTILE}` } : s,
    ),
  };
  await openMap(page);
  page.on('dialog', (d) => {
    throw new Error(`a page dialog opened: ${d.message()}`);
  });
  await page.evaluate((dataset) => window.silkgraph!.store.getState().openOwnMap(dataset, null), {
    ...smallDataset,
    article: hostileArticle,
    graph: hostileGraph,
    tour: hostileTour,
  });
  await page.waitForFunction(() => window.cy?.nodes().length === 5);

  const dialog = await openHandout(page);
  await expect(
    dialog
      .getByRole('region', { name: 'Handout preview' })
      .getByRole('heading', { name: `Step 1 of 3 — Treaty ${HOSTILE}` }),
  ).toBeVisible();
  await expectPages(page, 'own-handout', hostileArticle, hostileGraph, hostileTour);
  const printed = (await printedHandout(page, 'own-again')).pages;
  expect(printed[1]).toContain('https://example.org/small');
  expect(printed[1]).toContain('2024-05-01');
  expect(printed[1]).toContain(flat(HOSTILE));
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Without a tour, the item is there, disabled, and says what to do.
  await page.evaluate(
    (dataset) => window.silkgraph!.store.getState().openOwnMap(dataset, null),
    smallDataset,
  );
  await openExport(page);
  const item = page.getByRole('button', { name: /^Print handout/ });
  await expect(item).toBeDisabled();
  await expect(item).toContainText('needs a tour');
});

test('the single file from file:// prints the handout', async ({ page }) => {
  test.setTimeout(150_000);
  const file = resolve('dist-single/index.html');
  if (!existsSync(file))
    throw new Error('dist-single/index.html is missing: run `npm run build:single` first');
  await page.route(/^(https?|wss?):/, (route) => route.abort());
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await openHandout(page);
  await expectPages(page, 'single-file-handout', article, graph, tour);
});
