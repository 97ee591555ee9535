import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, graph, headerAction, openMap, test } from './fixtures';

const fixture = (name: string) => resolve('tests/fixtures/import', name);
const nodeCount = (page: Page) => page.evaluate(() => window.cyGraph!.nodes().length);

/** Opens a file through the header's file input, as the picker does. */
async function importFile(page: Page, name: string) {
  await page.getByLabel('Open a graph file').setInputFiles(fixture(name));
}

/** Waits until the map holds `n` nodes, spread out (laid out, or placed by the file). */
async function expectMapOf(page: Page, n: number) {
  await page.waitForFunction(
    (count) => {
      const cy = window.cyGraph;
      if (!cy || cy.nodes().length !== count) return false;
      const places = new Set(
        cy
          .nodes()
          .map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`),
      );
      return places.size > count / 2;
    },
    n,
    // A layout of 1,500 nodes takes seconds on a quiet 2-core machine, much longer on a busy one.
    { timeout: 100_000 },
  );
}

const report = (page: Page, name: string) => page.getByRole('dialog', { name: `Opened ${name}` });
const sphereLabels = (page: Page) =>
  page.evaluate(() => window.silkgraph!.store.getState().spheres.map((s) => s.label));

test.beforeEach(async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => localStorage.clear());
});

test('a GEXF file replaces the article, with its positions, report and spheres', async ({
  page,
}) => {
  // Parsing runs in a worker, off the main thread.
  const worker = page.waitForEvent('worker');
  await importFile(page, 'small.gexf');
  expect((await worker).url()).toContain('import.worker');
  await expectMapOf(page, 4);
  const dialog = report(page, 'small.gexf');
  await expect(dialog).toContainText(
    'small.gexf was read as GEXF: 4 nodes and 3 relations, directed.',
  );
  await expect(dialog).toContainText('No repairs were needed.');
  await expect(dialog.getByRole('combobox', { name: 'Colour and filter by' })).toHaveValue(
    'community',
  );
  expect(await sphereLabels(page)).toEqual(['capital', 'south']);
  const x = await page.evaluate(() => window.cyGraph!.getElementById('almaty').position('x'));
  const x0 = await page.evaluate(() => window.cyGraph!.getElementById('astana').position('x'));
  expect(x - x0).toBe(100);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The report opens again from the header while that graph is on the map.
  await (await headerAction(page, 'Import report')).click();
  await expect(dialog).toContainText('No repairs were needed.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'This graph came without source text: there are no passages to show',
  );
});

test('a GraphML file without positions is laid out; the spheres follow the chosen attribute', async ({
  page,
}) => {
  await importFile(page, 'small.graphml');
  await expectMapOf(page, 5);
  const select = report(page, 'small.graphml').getByRole('combobox', {
    name: 'Colour and filter by',
  });
  await expect(select).toHaveValue('group');
  expect(await sphereLabels(page)).toEqual(['a', 'b', 'c']);
  const before = await page.evaluate(() => window.cyGraph!.getElementById('n1').position());
  await select.selectOption('');
  await expect.poll(() => sphereLabels(page)).toEqual(['All']);
  // Re-colouring keeps the nodes where they are.
  expect(await page.evaluate(() => window.cyGraph!.getElementById('n1').position())).toEqual(
    before,
  );
});

test('Cytoscape JSON and CSV files open too', async ({ page }) => {
  await importFile(page, 'small.cyjs');
  await expectMapOf(page, 3);
  await expect(report(page, 'small.cyjs')).toContainText('read as Cytoscape JSON');
  await importFile(page, 'small.csv');
  await expectMapOf(page, 5);
  await expect(report(page, 'small.csv')).toContainText(
    'read as CSV: 5 nodes and 6 relations, undirected.',
  );
});

test('a Silkgraph JSON file keeps its spheres, evidence and article', async ({ page }) => {
  await importFile(page, 'silkgraph.json');
  await expectMapOf(page, 12);
  await expect(report(page, 'silkgraph.json')).toContainText('read as Silkgraph JSON');
  expect(await sphereLabels(page)).toEqual(['Political', 'Economic', 'Energy', 'Humanitarian']);
  await expect(page.getByRole('region', { name: 'Article' })).not.toContainText(
    'came without source text',
  );
});

test('a truncated GraphML file is refused with its line, and the map stays as it was', async ({
  page,
}) => {
  await importFile(page, 'broken.graphml');
  await expect(page.getByRole('status').filter({ hasText: 'Could not open' })).toContainText(
    /Could not open broken\.graphml: GraphML: line \d+: /,
  );
  expect(await nodeCount(page)).toBe(graph.nodes.length);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the article' })).toHaveCount(0);
});

test('the import survives a reload; "Back to the article" restores the article for good', async ({
  page,
}) => {
  const presentTour = page.getByRole('button', { name: 'Present tour' });
  await expect(presentTour).toBeVisible();
  await importFile(page, 'small.gexf');
  await expectMapOf(page, 4);
  // The tour walks through the article: it is not offered over an imported graph.
  await expect(presentTour).toHaveCount(0);
  // The graph is kept in a task after the one that puts it on the map: a reload right after the
  // first frame (as a test can, a person hardly) would come before it.
  await page.waitForFunction(() => localStorage.getItem('silkgraph:last-import') !== null);
  await page.reload();
  await expectMapOf(page, 4);
  await expect(presentTour).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await expectMapOf(page, graph.nodes.length);
  expect(await nodeCount(page)).toBe(graph.nodes.length);
  await expect(page.getByRole('button', { name: 'Back to the article' })).toHaveCount(0);
  await expect(presentTour).toBeVisible();
  await page.reload();
  await expectMapOf(page, graph.nodes.length);
});

test('a corrupt kept import is removed with a notice', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('silkgraph:last-import', '{"version":1,'));
  await page.reload();
  await expectMapOf(page, graph.nodes.length);
  await expect(
    page.getByText('The graph saved from your last visit could not be read'),
  ).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('silkgraph:last-import'))).toBeNull();
});

test('a label written as HTML shows as text', async ({ page }) => {
  await importFile(page, 'small.gexf');
  await expectMapOf(page, 4);
  await report(page, 'small.gexf').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(
    page.getByText(`<img src=x onerror="document.title='pwned'">`, { exact: true }),
  ).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('a file dropped on the page opens, with an overlay while dragging', async ({ page }) => {
  const text = 'source,target\nA,B\nB,C\n';
  const transfer = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a graph file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop a graph file to open it')).toBeHidden();
  await expectMapOf(page, 3);
  await expect(report(page, 'dropped.csv')).toBeVisible();
});

test('a graph of 1,500 nodes without positions is laid out', async ({ page }) => {
  test.setTimeout(150_000);
  const rows = Array.from({ length: 1500 }, (_, i) => `n${i},n${(i * 7 + 1) % 1500}`);
  const worker = page.waitForEvent('worker', (w) => w.url().includes('layout.worker'));
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`source,target\n${rows.join('\n')}\n`),
  });
  // Laid out in a worker, with the progress said over the map; it goes when the nodes are placed.
  await expect(
    page.getByRole('status').filter({ hasText: 'Laying out 1,500 nodes (draft quality' }),
  ).toBeVisible();
  await worker;
  await expectMapOf(page, 1500);
  await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0);
  const spread = await page.evaluate(
    () => new Set(window.cyGraph!.nodes().map((n) => Math.round(n.position('x')))).size,
  );
  expect(spread).toBeGreaterThan(100);
});

test('the article exported as GEXF opens again with its spheres and evidence', async ({ page }) => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Graph as GEXF/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.gexf$/);
  await page.getByLabel('Open a graph file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/gexf+xml',
    buffer: readFileSync((await file.path())!),
  });
  await expect(report(page, file.suggestedFilename())).toContainText(
    `read as GEXF: ${graph.nodes.length} nodes and ${graph.edges.length} relations, directed.`,
  );
  expect(await sphereLabels(page)).toEqual(['Political', 'Economic', 'Energy', 'Humanitarian']);
  const evidence = await page.evaluate(
    () => window.silkgraph!.store.getState().graph.nodes[0]!.evidence.length,
  );
  expect(evidence).toBeGreaterThan(0);
});

test('the import report has no serious or critical accessibility violations', async ({ page }) => {
  await importFile(page, 'small.graphml');
  await expect(report(page, 'small.graphml')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
