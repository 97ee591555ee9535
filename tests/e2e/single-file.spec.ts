import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Tour } from '../../src/domain/tour';
import { clickNode, expect, graph, shownIds, test } from './fixtures';

const file = resolve('dist-single/index.html');
const tour: Tour = JSON.parse(readFileSync('data/tour.json', 'utf8'));

test.beforeAll(() => {
  if (!existsSync(file))
    throw new Error('dist-single/index.html is missing: run `npm run build:single` first');
});

test('the single HTML file runs from file:// with no network: map, filters, evidence and the whole tour', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const network: string[] = [];
  await page.route(/^(https?|wss?):/, (route) => {
    network.push(route.request().url());
    return route.abort();
  });
  // The interface and the article's map in four languages are inside (docs/performance.md).
  expect(statSync(file).size).toBeLessThan(2_500_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  expect((await shownIds(page)).nodes).toHaveLength(graph.nodes.length);

  await page.getByRole('checkbox', { name: /Energy/ }).uncheck();
  expect((await shownIds(page)).edges.length).toBeLessThan(graph.edges.length);
  await page.getByRole('checkbox', { name: /Energy/ }).check();

  await clickNode(page, 'cnnc');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2, name: 'CNNC' })).toBeVisible();
  await expect(details.locator('mark').first()).toBeVisible();

  await page.getByRole('button', { name: 'Present tour' }).click();
  const presenter = page.getByRole('region', { name: 'Tour' });
  for (let i = 0; i < tour.steps.length; i++) {
    await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[i]!.title);
    await expect(presenter.locator('blockquote').first()).toBeVisible();
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  expect(network).toEqual([]);
});
