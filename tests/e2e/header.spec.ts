import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

const header = (page: Page) => page.getByRole('banner');

/** The boxes of the header's title and controls, in order (its direct children). */
async function boxes(page: Page) {
  const children = await header(page).locator(':scope > *').all();
  return Promise.all(children.map(async (c: Locator) => (await c.boundingBox())!));
}

/** Every box sits in the row of the first control: the header is one row high. */
async function expectOneRow(page: Page) {
  const first = (await page.getByRole('combobox', { name: 'Search nodes' }).boundingBox())!;
  // The last action in the row: Export, or Menu where the actions do not fit the row.
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  const last = (await (
    (await exportButton.isVisible())
      ? exportButton
      : page.getByRole('button', { name: 'Menu', exact: true })
  ).boundingBox())!;
  expect(last.y).toBeCloseTo(first.y, 0);
  for (const box of await boxes(page)) {
    expect(box.y).toBeLessThan(first.y + first.height);
    expect(box.y + box.height).toBeGreaterThan(first.y);
  }
  const bar = (await header(page).boundingBox())!;
  expect(bar.height).toBeLessThan(2 * first.height);
}

test.describe('at 1600×1000', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('the header is one row, with the article and with an imported graph', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('button', { name: 'Present tour' })).toBeVisible();
    await expectOneRow(page);

    // An import brings two more buttons (Import report, Back to the article) and drops the tour's.
    await page
      .getByLabel('Open a graph file')
      .setInputFiles(resolve('tests/fixtures/import/small.gexf'));
    await page
      .getByRole('dialog', { name: 'Opened small.gexf' })
      .getByRole('button', { name: 'Close' })
      .click();
    await expectOneRow(page);
    // Two more actions than the row has room for at 1600 px (with the language menu): the header
    // puts them behind Menu rather than wrap to a second row.
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    if (await menu.isVisible()) await menu.click();
    await expect(page.getByRole('button', { name: 'Import report' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Back to the article' })).toBeVisible();
  });
});

test.describe('at 1000×800', () => {
  test.use({ viewport: { width: 1000, height: 800 } });

  test('the header is one row, its actions behind Menu, each one whole and on screen', async ({
    page,
  }) => {
    await openMap(page);
    const bar = header(page);
    expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const search = (await page.getByRole('combobox', { name: 'Search nodes' }).boundingBox())!;
    expect((await bar.boundingBox())!.height).toBeLessThan(2 * search.height);
    const actions = ['Fit to screen', 'Copy link to this view', 'Export'];
    for (const name of actions)
      await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    for (const name of actions) {
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1000);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
    }
    // Escape closes the menu and gives the focus back to its button.
    await page.getByRole('button', { name: 'Fit to screen' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
  });
});

test.describe('on a 390×844 phone, where the header wraps to two rows', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('notices and the import report open under the header, not over its second row', async ({
    page,
  }) => {
    await openMap(page, '#sel=n%3Achina&focus=bad');
    const bar = (await header(page).boundingBox())!;
    expect(bar.height).toBeGreaterThan(60); // two rows here
    const notice = page.getByText(/Ignored the focus depth/);
    await expect(notice).toBeVisible();
    expect((await notice.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);

    await page
      .getByLabel('Open a graph file')
      .setInputFiles(resolve('tests/fixtures/import/small.gexf'));
    const dialog = page.getByRole('dialog', { name: 'Opened small.gexf' });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    const barNow = (await header(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(barNow.y + barNow.height);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});
