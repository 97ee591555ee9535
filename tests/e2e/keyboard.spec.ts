import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickNode, expect, idsWithClass, openMap, test } from './fixtures';

const camera = (page: Page) =>
  page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: { ...window.cy!.pan() } }));

test('Escape clears the selection, on the map and in the panels', async ({ page }) => {
  await openMap(page);
  const details = page.getByRole('region', { name: 'Details' });
  await clickNode(page, 'cnpc');
  await expect(details.getByRole('heading', { level: 2, name: 'CNPC' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await idsWithClass(page, 'selected')).toEqual([]);
  await expect(details.getByText(/^Select a node or a relation/)).toBeVisible();
  expect(await page.evaluate(() => location.hash)).not.toMatch(/sel=/);

  // From the list, with focus on the item just chosen.
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('button', { name: /^CNPC, Company/ }).click();
  expect(await idsWithClass(page, 'selected')).toEqual(['cnpc']);
  await page.keyboard.press('Escape');
  expect(await idsWithClass(page, 'selected')).toEqual([]);
});

test('the map pans with the arrow keys and zooms with + and − once it has focus', async ({
  page,
}) => {
  await openMap(page);
  await page.waitForFunction(() => !window.cy!.animated());
  // Reached with Tab like any control, and named.
  const map = page.getByRole('application', { name: 'Map' });
  await map.focus();
  await expect(map).toBeFocused();
  const before = await camera(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const panned = await camera(page);
  expect(panned.pan.x).toBeLessThan(before.pan.x);
  expect(panned.pan.y).toBeLessThan(before.pan.y);
  expect(panned.zoom).toBe(before.zoom);
  // The page itself did not scroll with the arrows.
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);

  await page.keyboard.press('+');
  await page.keyboard.press('+');
  expect((await camera(page)).zoom).toBeCloseTo(before.zoom * 1.25 ** 2, 5);
  await page.keyboard.press('-');
  expect((await camera(page)).zoom).toBeCloseTo(before.zoom * 1.25, 5);
  // The link keeps where the keys took the camera.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/camera=/);
  await page.keyboard.press('0');
  await page.waitForFunction(() => !window.cy!.animated());
  // Framed again (the fit intent pads a little more than the first framing).
  expect((await camera(page)).zoom).toBeCloseTo(before.zoom, 1);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/camera=/);

  // Focused, it shows a ring, and the page has nothing axe objects to.
  const outline = await map.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the focused map shows where the keys go', async ({ page }) => {
    await openMap(page);
    // By keyboard, as :focus-visible shows its ring then: from the header, past the tools.
    await page.getByRole('button', { name: 'Tools', exact: true }).click();
    await page.getByRole('button', { name: 'Evidence', exact: true }).focus();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (
        await page
          .getByRole('application', { name: 'Map' })
          .evaluate((el) => el === document.activeElement)
      )
        break;
    }
    await expect(page.getByRole('application', { name: 'Map' })).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('map-focused-1280.png') });
  });
});
