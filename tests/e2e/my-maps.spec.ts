import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, graph, openMap, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** The header's actions: behind its Menu on a screen this size. */
async function headerAction(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name, exact: true }).click();
}

test('a copy of the article kept in My maps survives a reload and opens with its tour', async ({
  page,
}) => {
  await openMap(page);
  await headerAction(page, 'My maps');
  const dialog = page.getByRole('dialog', { name: 'My maps' });
  await expect(dialog.getByText('No maps kept in this browser yet.')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Duplicate to edit' }).click();
  const title = 'China and Kazakhstan in the “Community of Shared Future” (copy)';
  // The copy is on screen, to be edited, and kept.
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toContainText('Saved in My maps');
  await headerAction(page, 'My maps');
  await expect(dialog.getByText('The map on screen is kept in My maps.')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
  await dialog.getByRole('group', { name: title }).getByRole('button', { name: 'Rename' }).click();
  const name = dialog.getByRole('textbox', { name: /^New name for/ });
  await name.fill('Seminar 3: the CSF map');
  await name.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Seminar 3: the CSF map' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('my-maps-1280.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await headerAction(page, 'My maps');
  await dialog
    .getByRole('group', { name: 'Seminar 3: the CSF map' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('status').getByText('Opened “Seminar 3: the CSF map” from My maps.'),
  ).toBeVisible();
  expect(
    await page.evaluate(() => {
      const s = window.silkgraph!.store.getState();
      return { origin: s.origin, nodes: s.graph.nodes.length, steps: s.tour?.steps.length };
    }),
  ).toEqual({ origin: 'import', nodes: graph.nodes.length, steps: 14 });
  await page.getByRole('button', { name: 'Present tour' }).click();
  await expect(page.getByRole('region', { name: 'Tour' })).toBeVisible();
  await page.keyboard.press('Escape');

  await headerAction(page, 'My maps');
  await dialog
    .getByRole('group', { name: 'Seminar 3: the CSF map' })
    .getByRole('button', { name: 'Delete' })
    .click();
  const deleted = dialog.getByRole('list', { name: 'Deleted maps' });
  await expect(deleted).toContainText('Deleted “Seminar 3: the CSF map”.');
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('heading', { name: 'Seminar 3: the CSF map' })).toBeVisible();
});
