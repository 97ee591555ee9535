import { resolve } from 'node:path';
import { expect, openMap, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('an undirected GEXF is drawn without arrowheads and read as “linked with”', async ({
  page,
}) => {
  await openMap(page);
  await page.evaluate(() => localStorage.clear());
  await page
    .getByLabel('Open a graph file')
    .setInputFiles(resolve('tests/fixtures/import/les-miserables.gexf'));
  await page.waitForFunction(() => window.cyGraph?.nodes().length === 4);
  await page
    .getByRole('dialog', { name: 'Opened les-miserables.gexf' })
    .getByRole('button', { name: 'Close' })
    .click();

  // As cytoscape draws them: no arrowhead on any relation, highlighted or not.
  const arrows = () =>
    page.evaluate(() => window.cy!.edges().map((e) => e.style('target-arrow-shape') as string));
  expect(await arrows()).toEqual(['none', 'none', 'none', 'none']);

  // Its relations read both ways, and the panels speak of categories, not the article's spheres.
  await page.getByRole('tab', { name: 'List' }).click();
  const list = page.getByRole('region', { name: 'Elements' });
  await expect(list.getByRole('button', { name: /^Valjean is linked with Babet,/ })).toBeVisible();
  await list.getByRole('button', { name: /^Valjean is linked with Babet,/ }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('Relation, both ways')).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).not.toContainText('→');
  expect(await arrows()).toEqual(['none', 'none', 'none', 'none']);
  await page.getByRole('tab', { name: 'Filters' }).click();
  await expect(page.getByRole('group', { name: 'Categories' })).toBeVisible();
  await expect(page.getByText('Cooperation spheres')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('undirected-1280.png') });

  // A directed graph keeps its arrowheads.
  await page
    .getByLabel('Open a graph file')
    .setInputFiles(resolve('tests/fixtures/import/small.gexf'));
  await page.waitForFunction(() => window.cy!.getElementById('astana').nonempty());
  expect(
    await page.evaluate(() => window.cy!.getElementById('e1').style('target-arrow-shape')),
  ).toBe('triangle');
});
