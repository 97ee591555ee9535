import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Tour } from '../../src/domain/tour';
import { smallDataset, smallTour } from '../fixtures/small';
import { expect, openMap, test } from './fixtures';

const tour: Tour = JSON.parse(readFileSync('data/tour.json', 'utf8'));
const singleFile = resolve('dist-single/index.html');

/** Fails the test on the presenter window's console errors and policy violations, as the fixture does for the page. */
async function watched(popup: Page, errors: string[]) {
  popup.on('console', (m) => {
    if (m.type() === 'error') errors.push(`presenter view: ${m.text()}`);
  });
  popup.on('pageerror', (e) => errors.push(`presenter view: uncaught ${e.message}`));
  await popup.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
}

/** Starts the tour in the audience window and opens the presenter view from its panel. */
async function openPresenterView(page: Page, errors: string[], steps = tour) {
  await page.getByRole('button', { name: 'Present tour' }).click();
  const audience = page.getByRole('region', { name: 'Tour' });
  await expect(audience.getByRole('heading', { level: 2 })).toHaveText(steps.steps[0]!.title);
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    audience.getByRole('button', { name: 'Presenter view', exact: true }).click(),
  ]);
  await watched(popup, errors);
  await expect(popup.getByRole('status')).toHaveText('Audience window: following');
  return popup;
}

/** Both windows at step `index` (from 0): the audience's panel and the presenter view's. */
async function expectBoth(page: Page, popup: Page, index: number, steps = tour) {
  const step = steps.steps[index]!;
  await expect(
    page.getByRole('region', { name: 'Tour' }).getByRole('heading', { level: 2 }),
  ).toHaveText(step.title);
  await expect(popup.locator('#pv-current-title')).toHaveText(step.title);
  await expect(
    popup.getByText(`Step ${index + 1} of ${steps.steps.length}`, { exact: true }),
  ).toBeVisible();
}

test('the presenter view follows the audience window and steers it, keys in either moving both', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await openMap(page);
  const popup = await openPresenterView(page, consoleErrors);
  await popup.setViewportSize({ width: 1280, height: 720 });
  await expect(popup.locator('.pv')).toHaveAttribute('data-link', 'channel');
  await expectBoth(page, popup, 0);

  // What the presenter reads: the notes (with their pointers), the next step and its picture, the time.
  const first = tour.steps[0]!;
  await expect(popup.locator('.pv-notes')).toContainText(first.notes!.slice(0, 60));
  await popup.getByRole('button', { name: 'Passage ¶2' }).first().click();
  await expect(popup.locator('.pv-passage blockquote')).toContainText('First introduced by');
  await expect(
    popup.getByRole('heading', { level: 2, name: `Next: step 2 ${tour.steps[1]!.title}` }),
  ).toBeVisible();
  await expect(popup.getByRole('img', { name: /^The map at step 2: / })).toBeVisible();
  await expect(popup.getByText('Elapsed')).toBeVisible();
  await expect(popup.getByText('Clock')).toBeVisible();
  // The audience sees no notes.
  await expect(page.getByText(first.notes!.slice(0, 40))).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A clicker key in the presenter view moves both windows; one in the audience window too.
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 1);
  await page.keyboard.press('PageDown');
  await expectBoth(page, popup, 2);
  await popup.keyboard.press('ArrowLeft');
  await expectBoth(page, popup, 1);
  await popup.getByRole('button', { name: /^Next →/ }).click();
  await expectBoth(page, popup, 2);
  await popup
    .getByRole('navigation', { name: 'Tour steps' })
    .getByRole('button', { name: `5 ${tour.steps[4]!.title}` })
    .click();
  await expectBoth(page, popup, 4);
  await page.keyboard.press('End');
  await expectBoth(page, popup, tour.steps.length - 1);
  await expect(
    popup.getByRole('heading', { level: 2, name: 'Next: the end of the tour' }),
  ).toBeVisible();
  await page.keyboard.press('Home');
  await expectBoth(page, popup, 0);

  // B in the presenter view blacks out the audience's screen, not the presenter's; B brings it back.
  const blank = page.locator('.tr-blank');
  await popup.keyboard.press('b');
  await expect(blank).toBeVisible();
  await expect(popup.getByRole('status')).toHaveText('Audience window: blank');
  await expect(popup.locator('.tr-blank')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Show audience screen (B)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await popup.keyboard.press('b');
  await expect(blank).toHaveCount(0);
  // The audience's own . blanks it, and the presenter view shows it.
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await expect(popup.getByRole('status')).toHaveText('Audience window: blank');
  await popup.getByRole('button', { name: 'Show audience screen (B)' }).click();
  await expect(blank).toHaveCount(0);
  await expectBoth(page, popup, 0);

  // The timer resets.
  await popup.getByRole('button', { name: 'Reset timer' }).click();
  await expect(popup.locator('.pv-time-value').first()).toHaveText(/^00:0\d$/);

  // Closing the audience window leaves the presenter view working on its own notes.
  await page.close();
  await expect(popup.getByRole('status')).toHaveText(
    'The audience window was closed. Your notes stay here.',
  );
  await popup.keyboard.press('ArrowRight');
  await expect(popup.locator('#pv-current-title')).toHaveText(tour.steps[1]!.title);
  await expect(popup.locator('.pv-notes')).toContainText(tour.steps[1]!.notes!.slice(0, 40));
});

test('the presenter view speaks the audience’s language, switched during the tour', async ({
  page,
  consoleErrors,
}) => {
  const ru = JSON.parse(readFileSync('data/translations/ru.json', 'utf8')) as {
    tour: { steps: Record<string, { title: string; notes: string }> };
  };
  await openMap(page);
  const popup = await openPresenterView(page, consoleErrors);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  const first = ru.tour.steps[tour.steps[0]!.id]!;
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(popup.locator('#pv-current-title')).toHaveText(first.title);
  await expect(popup.getByRole('status')).toHaveText('Окно для зрителей: следует за вами');
  await expect(popup.locator('.pv-notes')).toContainText(first.notes.slice(0, 40));
  // Steered from the presenter view, both windows go on in Russian.
  await popup.keyboard.press('ArrowRight');
  const second = ru.tour.steps[tour.steps[1]!.id]!;
  await expect(popup.locator('#pv-current-title')).toHaveText(second.title);
  await expect(
    page.getByRole('region', { name: 'Экскурсия' }).getByRole('heading', { level: 2 }),
  ).toHaveText(second.title);
});

test('closing the presenter view leaves the audience’s tour running; Esc there ends both', async ({
  page,
  consoleErrors,
}) => {
  await openMap(page);
  let popup = await openPresenterView(page, consoleErrors);
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 1);
  // Esc in the presenter view leaves the tour in both windows; Start the tour begins it again.
  await popup.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Tour' })).toHaveCount(0);
  await expect(popup.getByText('The tour is not running.')).toBeVisible();
  await popup.getByRole('button', { name: 'Start the tour' }).click();
  await expectBoth(page, popup, 0);

  await popup.close();
  await expect(
    page.getByText('The presenter view was closed. The tour goes on in this window.'),
  ).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('region', { name: 'Tour' }).getByRole('heading', { level: 2 }),
  ).toHaveText(tour.steps[1]!.title);
  // A new presenter view opens where the tour is.
  [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view', exact: true }).click(),
  ]);
  await watched(popup, consoleErrors);
  await expect(popup.locator('#pv-current-title')).toHaveText(tour.steps[1]!.title);
});

test('a reload of the audience window takes up the link again where the tour was', async ({
  page,
  consoleErrors,
}) => {
  await openMap(page);
  const popup = await openPresenterView(page, consoleErrors);
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 2);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Tour' }).getByRole('heading', { level: 2 }),
  ).toHaveText(tour.steps[2]!.title);
  await expect(popup.getByRole('status')).toHaveText('Audience window: following');
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 3);
  await page.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 4);
  // A reload of the presenter view finds the audience again (its goodbye was not the last word).
  await popup.reload();
  await expect(popup.getByRole('status')).toHaveText('Audience window: following');
  await expectBoth(page, popup, 4);
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 5);
});

test('a map of one’s own is shown in the presenter view with its tour, hostile notes as text', async ({
  page,
  consoleErrors,
}) => {
  const hostile =
    '<img src=x onerror="window.__pwned=1"> Point at ¶1 <script>window.__pwned=2</script>';
  const noted: Tour = {
    ...smallTour,
    steps: smallTour.steps.map((s, i) => (i === 0 ? { ...s, notes: hostile } : s)),
  };
  await openMap(page);
  await page.evaluate((dataset) => window.silkgraph!.store.getState().openOwnMap(dataset, null), {
    ...smallDataset,
    tour: noted,
  });
  await page.waitForFunction(() => window.cy?.nodes().length === 5);
  const popup = await openPresenterView(page, consoleErrors, noted);
  await expectBoth(page, popup, 0, noted);
  await expect(popup.locator('.pv-notes')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(popup.locator('.pv-notes img, .pv-notes script')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Passage ¶1' }).first()).toBeVisible();
  await expect(popup.getByRole('img', { name: /^The map at step 2/ })).toBeVisible();
  expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 1, noted);
});

test('from the single file on file://, the windows talk through window.opener', async ({
  page,
  consoleErrors,
}) => {
  test.skip(
    !existsSync(singleFile),
    'dist-single/index.html is missing: run `npm run build:single`',
  );
  test.setTimeout(120_000);
  await page.goto(pathToFileURL(singleFile).href);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  const popup = await openPresenterView(page, consoleErrors);
  expect(popup.url()).toMatch(/^file:\/\/.*index\.html#presenter=[a-z0-9]{16}$/);
  await expect(popup.locator('.pv')).toHaveAttribute('data-link', 'window');
  await expectBoth(page, popup, 0);
  await expect(popup.locator('.pv-notes')).toContainText(tour.steps[0]!.notes!.slice(0, 60));
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 1);
  await page.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 2);
  await popup.keyboard.press('b');
  await expect(page.locator('.tr-blank')).toBeVisible();
  await popup.keyboard.press('b');
  await expect(page.locator('.tr-blank')).toHaveCount(0);
  // Reloaded, the presenter view says hello with a new port and steers the audience again.
  await popup.reload();
  await expect(popup.getByRole('status')).toHaveText('Audience window: following');
  await expectBoth(page, popup, 2);
  await popup.keyboard.press('ArrowRight');
  await expectBoth(page, popup, 3);
  await page.close();
  await expect(popup.getByRole('status')).toHaveText(
    'The audience window was closed. Your notes stay here.',
  );
});
