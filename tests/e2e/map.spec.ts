import { readFileSync } from 'node:fs';
import { expect, graph, openMap, test } from './fixtures';

test('the built app paints every node of data/graph.json on the canvas, with a legend', async ({
  page,
}) => {
  await openMap(page);
  const onCanvas = await page.evaluate(() => {
    const cy = window.cy!;
    const w = cy.width();
    const h = cy.height();
    return cy.nodes().map((n) => {
      const p = n.renderedPosition();
      return {
        id: n.id(),
        visible: n.visible(),
        inside: p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h,
      };
    });
  });
  expect(onCanvas.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  expect(onCanvas.filter((n) => !n.visible || !n.inside)).toEqual([]);
  expect(await page.evaluate(() => window.cy!.edges().length)).toBe(graph.edges.length);

  const legend = page.getByRole('complementary', { name: 'Legend' });
  for (const name of [
    'Political',
    'Economic',
    'Energy',
    'Humanitarian',
    'Established',
    'Proposed',
    'Contested',
  ])
    await expect(legend.getByText(name, { exact: true })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
});

test('the map is not moved by the first paint: nodes sit where data/positions.json puts them', async ({
  page,
}) => {
  await openMap(page);
  const positions = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])),
  );
  expect(positions).toEqual(JSON.parse(readFileSync('data/positions.json', 'utf8')));
});
