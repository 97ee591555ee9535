import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Tour } from '../../src/domain/tour';
import { smallDataset } from '../fixtures/small';
import { expect, headerAction, openMap, shownIds, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

/** Puts the small map on screen as one's own (the UI to make one is built elsewhere). */
async function openOwnMap(page: Page) {
  await openMap(page);
  await page.evaluate((dataset) => {
    window.silkgraph!.store.getState().openOwnMap(dataset, null);
  }, smallDataset);
  await page.waitForFunction(() => window.cy?.nodes().length === 5);
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function addStep(page: Page, title: string | null, caption: string) {
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this view as a step' });
  if (title !== null) await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Caption' }).fill(caption);
  return dialog;
}

const stepTitles = (page: Page) =>
  page.evaluate(() => window.silkgraph!.store.getState().tour?.steps.map((s) => s.title));

test('a tour made of two views, reordered by drag and keyboard, plays and is exported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openOwnMap(page);

  // Step one: the economy switched off, nothing selected.
  await page.getByRole('checkbox', { name: /Economic/ }).uncheck();
  const first = await addStep(page, 'Without the economy', 'Politics and energy only.');
  await expectAxeClean(page);
  await first.getByRole('button', { name: 'Add step' }).click();
  await expect(first).toBeHidden();

  // Step two: everything on, Beta selected (its name offered as the title).
  await page.getByRole('checkbox', { name: /Economic/ }).check();
  const search = page.getByRole('combobox', { name: 'Search nodes' });
  await search.fill('Beta');
  await search.press('Enter');
  const second = await addStep(page, null, 'Beta and its ties.');
  await expect(second.getByRole('textbox', { name: 'Title' })).toHaveValue('Beta');
  await second.getByRole('button', { name: 'Add step' }).click();
  await expect(second).toBeHidden();
  expect(await stepTitles(page)).toEqual(['Without the economy', 'Beta']);

  // Reordered: by dragging step 2 onto step 1, then by keyboard twice.
  await page.getByRole('button', { name: 'Tour steps…' }).click();
  const steps = page.getByRole('dialog', { name: 'Tour steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expectAxeClean(page);
  await steps
    .getByRole('listitem')
    .nth(1)
    .locator('[draggable="true"]')
    .dragTo(steps.getByRole('listitem').nth(0));
  await expect(steps.getByRole('textbox', { name: 'Title of step 1' })).toHaveValue('Beta');
  expect(await stepTitles(page)).toEqual(['Beta', 'Without the economy']);
  await steps.getByRole('button', { name: 'Move step 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps.getByRole('textbox', { name: 'Title of step 1' })).toHaveValue(
    'Without the economy',
  );
  await expect(steps.getByRole('button', { name: 'Move step 1 down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(steps.getByRole('status')).toHaveText('“Without the economy” is now step 2 of 2.');
  expect(await stepTitles(page)).toEqual(['Beta', 'Without the economy']);
  await expectAxeClean(page);
  await steps.getByRole('button', { name: 'Close' }).click();
  await expect(steps).toBeHidden();

  // Presented as the article's tour is: the new order, each step's filters, selection, caption.
  await page.getByRole('button', { name: 'Present tour' }).click();
  const presenter = page.getByRole('region', { name: 'Tour' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Beta');
  await expect(presenter.getByText('Step 1 of 2', { exact: true })).toBeVisible();
  await expect(presenter.getByText('Beta and its ties.')).toBeVisible();
  await expect(presenter.locator('blockquote').first()).toContainText('Alpha and Beta signed');
  await expect(page).toHaveURL(/step=1(&|$)/);
  expect(await page.evaluate(() => window.silkgraph!.store.getState().selection)).toEqual({
    type: 'node',
    id: 'beta',
  });
  expect((await shownIds(page)).nodes).toContain('delta');

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Without the economy');
  await expect(presenter.getByText('Politics and energy only.')).toBeVisible();
  await expect(page).toHaveURL(/step=2(&|$)/);
  await expect.poll(async () => (await shownIds(page)).nodes).not.toContain('delta');
  expect(await page.evaluate(() => window.silkgraph!.store.getState().selection)).toBeNull();
  // Framed as it was in view: every node of the step on screen.
  await page.waitForFunction(() => !window.cy!.animated());
  const outside = await page.evaluate(() => {
    const cy = window.cy!;
    return cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .filter((id) => {
        const p = cy.$id(id).renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      });
  });
  expect(outside).toEqual([]);
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Beta');
  // On a projector of another size and shape, what was in view is framed again, all of it.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !window.cy!.animated());
  const framed = await page.evaluate(() => {
    const s = window.silkgraph!.store.getState();
    const cy = window.cy!;
    return s.tour!.steps[0]!.frame!.map((id) => {
      const p = cy.$id(id).renderedPosition();
      return { id, inside: p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height() };
    });
  });
  expect(framed.length).toBeGreaterThan(0);
  for (const n of framed) expect(n.inside, `${n.id} on the smaller screen`).toBe(true);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();

  // The map file carries the tour, in its order, with the views it keeps.
  await (await headerAction(page, 'Export')).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Map file \(Silkgraph JSON\)/ }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    tour: Tour;
  };
  expect(file.tour.title).toBe(smallDataset.article.title);
  expect(file.tour.steps.map((s) => s.title)).toEqual(['Beta', 'Without the economy']);
  expect(file.tour.steps[0]).toMatchObject({ selection: { type: 'node', id: 'beta' } });
  expect(file.tour.steps[1]!.spheres).not.toContain('economic');
  expect(file.tour.steps[1]).not.toHaveProperty('selection');
});

test('Preview presents the tour at the step chosen', async ({ page }) => {
  await openOwnMap(page);
  const first = await addStep(page, 'Everything', 'The whole map.');
  await first.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('checkbox', { name: /Energy/ }).uncheck();
  const second = await addStep(page, 'No energy', 'The map without energy.');
  await second.getByRole('button', { name: 'Add step' }).click();
  await expect(second).toBeHidden();
  await page.getByRole('button', { name: 'Tour steps…' }).click();
  const steps = page.getByRole('dialog', { name: 'Tour steps' });
  await steps.getByRole('button', { name: 'Preview step 2' }).click();
  const presenter = page.getByRole('region', { name: 'Tour' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('No energy');
  await expect(page).toHaveURL(/step=2(&|$)/);
  await page.getByRole('button', { name: 'Leave tour (Esc)' }).click();
  // Back to editing, with the view one had.
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Energy/ })).not.toBeChecked();
});
