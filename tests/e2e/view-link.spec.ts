import type { Page } from '@playwright/test';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import { shortestPath } from '../../src/domain/metrics';
import { clickNode, expect, graph, openMap, test } from './fixtures';

/** The graph point in the middle of the map and the zoom, once the camera stands still. */
async function camera(page: Page) {
  await page.waitForFunction(() => !window.cy!.animated());
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
  });
}

/** Where the map's middle is on the page. */
async function mapMiddle(page: Page) {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a copied link brings back the camera and the open tab', async ({ page, context }) => {
  await openMap(page);
  const fitted = await camera(page);
  await page.getByRole('tab', { name: 'List' }).click();
  // Zoomed in with the wheel and dragged aside, as a person looks closer at a corner.
  const middle = await mapMiddle(page);
  await page.mouse.move(middle.x + 60, middle.y + 40);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.mouse.move(middle.x + 150, middle.y + 150);
  await page.mouse.down();
  await page.mouse.move(middle.x + 40, middle.y + 90, { steps: 8 });
  await page.mouse.up();
  const placed = await camera(page);
  expect(placed.zoom).toBeGreaterThan(fitted.zoom * 1.2);
  // The address follows once the camera has settled (a quarter of a second after the last move).
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain(`%2C${Number(placed.zoom.toPrecision(3))}`);
  expect(await page.evaluate(() => location.hash)).toMatch(/tab=list/);

  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const second = await context.newPage();
  await second.setViewportSize({ width: 1600, height: 1000 });
  await second.goto(link);
  await second.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(second.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  // Read once the panels have come beside the map and cytoscape has taken the map's new size
  // (read between the two, the middle is computed from a stale width).
  await expect(second.getByRole('region', { name: 'Elements' })).toBeVisible();
  await second.waitForFunction(() => {
    const cy = window.cy!;
    const box = cy.container()!;
    return cy.width() === box.clientWidth && cy.height() === box.clientHeight;
  });
  await expect
    .poll(async () => {
      const reopened = await camera(second);
      return [
        Math.abs(reopened.zoom - placed.zoom) < 0.01,
        Math.abs(reopened.x - placed.x) < 1,
        Math.abs(reopened.y - placed.y) < 1,
      ];
    })
    .toEqual([true, true, true]);

  // "Fit to screen" frames the map again, and the link no longer names a camera.
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/camera=/);
});

test('the Path tab frames the path, also when a node was selected before', async ({ page }) => {
  await openMap(page);
  await clickNode(page, 'kazakhstan');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Kazakhstan' }),
  ).toBeVisible();
  // Looking closely somewhere else first: the path is off screen.
  await page.evaluate(() => {
    window.cy!.zoom({ level: 3, position: { x: -400, y: -400 } });
  });
  await page.getByRole('tab', { name: 'Path' }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption({ label: 'CNNC' });
  await page.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Nazarbayev University' });
  const steps = shortestPath(
    graph,
    visibleElements(graph, ALL_FILTERS),
    'cnnc',
    'nazarbayev-university',
  )!;
  const ids = [...new Set(steps.flatMap((s) => [s.from, s.to]))];
  await page.waitForFunction(() => !window.cy!.animated());
  const onScreen = await page.evaluate((ids) => {
    const cy = window.cy!;
    return ids.map((id) => {
      const p = cy.getElementById(id).renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
    });
  }, ids);
  expect(onScreen).toEqual(ids.map(() => true));
});
