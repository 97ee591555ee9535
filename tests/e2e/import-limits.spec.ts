import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { networkxMultigraphGraphml } from '../fixtures/hostile';
import { expect, graph, openMap, test } from './fixtures';

const nodeCount = (page: Page) => page.evaluate(() => window.cyGraph!.nodes().length);
const notice = (page: Page, text: string | RegExp) => page.getByRole('status').getByText(text);

/** A NetworkX MultiGraph (5,000 nodes and 20,000 edges) as a file, as the picker hands it over. */
function multigraphFile(nodes = 5000, edges = 20000): string {
  const { name, text } = networkxMultigraphGraphml(nodes, edges);
  const path = test.info().outputPath(name);
  writeFileSync(path, text);
  return path;
}

test.beforeEach(async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => localStorage.clear());
});

test('an import past its time limit is stopped: worker ended, message shown, graph kept', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The importers are linear, so no file hangs any more: a limit far below what a large file
  // takes stands in for one that would.
  await page.evaluate(() => localStorage.setItem('silkgraph:import-time-limit-ms', '150'));
  const worker = page.waitForEvent('worker', (w) => w.url().includes('import.worker'));
  await page.getByLabel('Open a graph file').setInputFiles(multigraphFile());
  const closed = new Promise<void>((done) => void worker.then((w) => w.on('close', () => done())));
  await expect(
    notice(
      page,
      /Stopped opening networkx-multigraph\.graphml after 0\.15 s, the time limit for \d+\.\d MB: the file may be malformed/,
    ),
  ).toBeVisible({ timeout: 20_000 });
  await closed;
  expect(await nodeCount(page)).toBe(graph.nodes.length);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('watchdog.png') });
});

test('Cancel stops an import in progress and keeps the graph', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const worker = page.waitForEvent('worker', (w) => w.url().includes('import.worker'));
  // About 11 MB: seconds of parsing, time enough to press Cancel.
  await page.getByLabel('Open a graph file').setInputFiles(multigraphFile(60_000, 240_000));
  await expect(
    page.getByRole('status').filter({ hasText: 'Opening networkx-multigraph.graphml…' }),
  ).toBeVisible();
  const closed = new Promise<void>((done) => void worker.then((w) => w.on('close', () => done())));
  await page.screenshot({ path: test.info().outputPath('opening.png') });
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(
    notice(page, 'Cancelled opening networkx-multigraph.graphml: the map is as it was.'),
  ).toBeVisible();
  await closed;
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
  // Nothing arrives later: the map keeps the article.
  await page.waitForTimeout(1500);
  expect(await nodeCount(page)).toBe(graph.nodes.length);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a NetworkX MultiGraph GraphML of 5,000/20,000 opens in strict mode with a short report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => localStorage.setItem('silkgraph:strict-import', 'true'));
  await page.reload();
  await page.getByLabel('Open a graph file').setInputFiles(multigraphFile());
  const dialog = page.getByRole('dialog', { name: 'Opened networkx-multigraph.graphml' });
  await expect(dialog).toContainText(
    'networkx-multigraph.graphml was read as GraphML: 5,000 nodes and 20,000 relations, undirected.',
    { timeout: 120_000 },
  );
  await expect(dialog).toContainText('No repairs were needed.');
  expect(
    await dialog.getByRole('list', { name: 'Notes' }).getByRole('listitem').count(),
  ).toBeLessThanOrEqual(4);
  await expect(dialog).toContainText("as NetworkX writes a multigraph's keys");
  // A screenful: the dialog fits the window without its own scrolling.
  const fits = await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);
  await page.waitForFunction(() => window.cyGraph?.nodes().length === 5000, null, {
    timeout: 120_000,
  });
  await page.screenshot({ path: test.info().outputPath('multigraph-report.png') });
});

test('the single file opens a graph in its inline import worker, from file://', async ({
  page,
}) => {
  await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  const worker = page.waitForEvent('worker');
  await page
    .getByLabel('Open a graph file')
    .setInputFiles(resolve('tests/fixtures/import/small.gexf'));
  expect((await worker).url()).toMatch(/^blob:/);
  await expect(page.getByRole('dialog', { name: 'Opened small.gexf' })).toContainText(
    'small.gexf was read as GEXF: 4 nodes and 3 relations, directed.',
  );
});
