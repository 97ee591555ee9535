import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { article, expect, graph, headerAction, openMap, test } from './fixtures';

const tour = JSON.parse(readFileSync('data/tour.json', 'utf8')) as {
  steps: { title: string }[];
};

test.use({ viewport: { width: 1600, height: 1000 } });

test('the article saved as a map file opens again as the same map, tour included, after a reload too', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Map file \(Silkgraph JSON\)/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-silkgraph-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.getByRole('status').getByText(/the tour of 14 steps/)).toBeVisible();
  const text = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ silkgraph: 2, article: { title: article.title } });

  await page.getByLabel('Open a graph file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const report = page.getByRole('dialog', { name: `Opened ${file.suggestedFilename()}` });
  await expect(report).toContainText(
    `read as Silkgraph JSON: ${graph.nodes.length} nodes and ${graph.edges.length} relations`,
  );
  await report.getByRole('button', { name: 'Close' }).click();
  // An opened map, not the built-in article: "Back to the article" is offered, and so is its tour.
  await expect(await headerAction(page, /Back to the article/)).toBeVisible();
  const state = () =>
    page.evaluate(() => {
      const s = window.silkgraph!.store.getState();
      return { origin: s.origin, nodes: s.graph.nodes.length, blocks: s.article.blocks.length };
    });
  expect(await state()).toEqual({
    origin: 'import',
    nodes: graph.nodes.length,
    blocks: article.blocks.length,
  });

  for (const reload of [false, true]) {
    if (reload) {
      await page.goto('/');
      await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
      expect(await state()).toMatchObject({ origin: 'import', nodes: graph.nodes.length });
    }
    await page.getByRole('button', { name: 'Present tour' }).click();
    const presenter = page.getByRole('region', { name: 'Tour' });
    await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[1]!.title);
    await expect(page).toHaveURL(/step=2/);
    if (!reload) {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  }
});

test('a map file from a newer Silkgraph is refused with a clear message, the map kept', async ({
  page,
}) => {
  await openMap(page);
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ silkgraph: 9, nodes: [], edges: [] })),
  });
  await expect(
    page
      .getByRole('status')
      .getByText(/this map was saved by a newer Silkgraph \(map format version 9\)/),
  ).toBeVisible();
  expect(await page.evaluate(() => window.silkgraph!.store.getState().origin)).toBe('article');
});
