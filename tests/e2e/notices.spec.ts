import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const notices = (page: Page) => page.locator('.notices');
const dismissButtons = (page: Page) =>
  notices(page).getByRole('button', { name: /^Dismiss notice: / });

/**
 * Every control and heading on the page outside the notices that a box of the notices covers:
 * the header's controls, the map's legend and controls, the tour's title and buttons.
 */
async function coveredBy(page: Page, notice: Locator): Promise<string[]> {
  const box = (await notice.boundingBox())!;
  return page.evaluate(
    ({ box }) => {
      const covered: string[] = [];
      const selector = 'button, a[href], input, select, h1, h2, [role="toolbar"], .map-legend';
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (el.closest('.notices')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (
          r.left < box.x + box.width &&
          box.x < r.right &&
          r.top < box.y + box.height &&
          box.y < r.bottom
        )
          covered.push(el.getAttribute('aria-label') ?? el.textContent!.trim().slice(0, 40));
      }
      return covered;
    },
    { box },
  );
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('shows at most three notices, over the map, covering no control', async ({ page }) => {
    // Five parts of the link are ignored: five notices.
    await openMap(page, 'spheres=martial&size=huge&focus=9&tab=map&foo=1');
    await expect(dismissButtons(page)).toHaveCount(3);
    await expect(notices(page).getByText('2 more notices to come')).toBeVisible();
    const map = (await page.getByRole('main', { name: 'Map' }).boundingBox())!;
    const box = (await notices(page).boundingBox())!;
    expect(overlaps(box, map)).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(await coveredBy(page, notices(page))).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('notices-1280.png') });
  });

  test('covers neither the tour’s title nor its controls', async ({ page }) => {
    await openMap(page, 'step=2&size=huge&tab=map&foo=1');
    const presenter = page.getByRole('region', { name: 'Tour' });
    await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(dismissButtons(page)).toHaveCount(3);
    expect(await coveredBy(page, notices(page))).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('notices-tour-1280.png') });
  });

  test('a confirmation goes by itself; an error stays until dismissed', async ({ page }) => {
    await openMap(page);
    await page
      .getByLabel('Open a graph file')
      .setInputFiles(resolve('tests/fixtures/import/broken.graphml'));
    const error = notices(page).getByText(/Could not open broken\.graphml/);
    await expect(error).toBeVisible();
    // Below 1561 px the header's actions are behind its Menu.
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Evidence sheet \(CSV\)/ }).click();
    await download;
    const saved = notices(page).getByText(/^Saved .*\.csv/);
    await expect(saved).toBeVisible();
    // Out of the way of the pointer, which would keep it on screen.
    await page.mouse.move(0, 0);
    await expect(saved).toBeHidden({ timeout: 15_000 });
    await expect(error).toBeVisible();
    await page
      .getByRole('button', { name: /^Dismiss notice: Could not open broken\.graphml/ })
      .click();
    await expect(error).toBeHidden();
  });
});

test.describe('at 1024×768, with drawers over the map', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('stays on the part of the map no drawer covers, covering no control', async ({ page }) => {
    await openMap(page, 'size=huge&foo=1');
    await expect(dismissButtons(page)).toHaveCount(2);
    for (const open of [['Evidence'], ['Tools'], ['Tools', 'Evidence']]) {
      for (const name of ['Tools', 'Evidence']) {
        const toggle = page.getByRole('button', { name, exact: true });
        const want = open.includes(name) ? 'true' : 'false';
        if ((await toggle.getAttribute('aria-expanded')) !== want) await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', want);
      }
      const box = (await notices(page).boundingBox())!;
      for (const drawer of await page.locator('aside.sidebar:visible').all())
        expect(overlaps(box, (await drawer.boundingBox())!), open.join('+')).toBe(false);
      expect(await coveredBy(page, notices(page)), open.join('+')).toEqual([]);
    }
    await page.screenshot({ path: test.info().outputPath('notices-1024-drawers.png') });
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows on the map above the sheet, covering no control', async ({ page }) => {
    await openMap(page, 'foo=1');
    await expect(dismissButtons(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Tools', exact: true }).click();
    const box = (await notices(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    for (const sheet of await page.locator('aside.sidebar:visible').all())
      expect(overlaps(box, (await sheet.boundingBox())!)).toBe(false);
    expect(await coveredBy(page, notices(page))).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('notices-phone.png') });
  });
});
