import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Tour } from '../../src/domain/tour';
import { expect, labelOf, openMap, test } from './fixtures';

// The screens people really have: a phone, a 1024×768 projector, a 1280×720 laptop or projector,
// a 1920×1080 display.
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: '1024×768 projector', width: 1024, height: 768 },
  { name: '1280×720 laptop', width: 1280, height: 720 },
  { name: '1920×1080 display', width: 1920, height: 1080 },
] as const;

const tour: Tour = JSON.parse(readFileSync('data/tour.json', 'utf8'));

/** The page's own scroll and width, the header's place and the map's box. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header.topbar')!.getBoundingClientRect();
    const map = document.querySelector('.map-area')!.getBoundingClientRect();
    const root = document.scrollingElement!;
    return {
      scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth),
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      rootScrollTop: root.scrollTop,
      headerTop: header.top,
      map: { width: map.width, height: map.height },
      cy: { width: window.cy!.width(), height: window.cy!.height() },
    };
  });

const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

for (const screen of SCREENS) {
  test(`${screen.name}: no sideways scroll, a usable map, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openMap(page);
    const seen = await layout(page);
    expect(seen.scrollWidth).toBeLessThanOrEqual(screen.width);
    expect(seen.headerTop).toBe(0);
    // The map fills at least the screen's width below 1100 px, and half its height everywhere.
    if (screen.width <= 1100) expect(seen.map.width).toBeGreaterThanOrEqual(screen.width);
    else expect(seen.map.width).toBeGreaterThanOrEqual(screen.width / 2);
    expect(seen.map.height).toBeGreaterThanOrEqual(screen.height / 2);
    expect(seen.cy).toEqual({
      width: Math.round(seen.map.width),
      height: Math.round(seen.map.height),
    });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the side panels close and open, the map takes their room, and the choice is remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  const tools = page.getByRole('complementary', { name: 'Tools' });
  const evidence = page.getByRole('complementary', { name: 'Evidence and article' });
  await expect(tools).toBeVisible();
  await expect(evidence).toBeVisible();
  const before = await layout(page);
  await page.evaluate(() => ((window as unknown as { __cy: unknown }).__cy = window.cy));

  await page.getByRole('button', { name: 'Tools', exact: true }).click();
  await expect(tools).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tools', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // The key does the same for the other side.
  await page.locator('body').press(']');
  await expect(evidence).toBeHidden();
  await expect.poll(async () => (await layout(page)).cy.width).toBe(1280);
  expect((await layout(page)).cy.width).toBeGreaterThan(before.cy.width);
  // Resized, not rebuilt: the same cytoscape instance.
  expect(
    await page.evaluate(() => (window as unknown as { __cy: unknown }).__cy === window.cy),
  ).toBe(true);

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(tools).toBeHidden();
  await expect(evidence).toBeHidden();
  await page.locator('body').press('[');
  await expect(tools).toBeVisible();
});

test('on a 1024×768 projector the panels are drawers over a full-width map', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openMap(page);
  const tools = page.getByRole('complementary', { name: 'Tools' });
  await expect(tools).toBeHidden();
  const width = (await layout(page)).cy.width;
  expect(width).toBe(1024);
  await page.getByRole('button', { name: 'Tools', exact: true }).click();
  await expect(tools).toBeVisible();
  // Over the map: the map keeps its size.
  expect((await layout(page)).cy.width).toBe(width);
  await page.getByRole('checkbox', { name: /^Energy/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /^Energy/ })).not.toBeChecked();
  // The actions are behind "Menu".
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.keyboard.press('Escape');
});

test('on a phone, choosing a node opens its evidence in a sheet over half the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Astana');
  await search.press('Enter');
  const evidence = page.getByRole('complementary', { name: 'Evidence and article' });
  await expect(evidence).toBeVisible();
  await expect(evidence.getByRole('heading', { name: labelOf('astana') }).first()).toBeVisible();
  const sheet = await evidence.boundingBox();
  expect(sheet!.height).toBeLessThanOrEqual(844 / 2 + 1);
  expect(sheet!.width).toBe(390);
  // One sheet at a time.
  await page.getByRole('button', { name: 'Tools', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Tools' })).toBeVisible();
  await expect(evidence).toBeHidden();
  const seen = await layout(page);
  expect(seen.scrollWidth).toBeLessThanOrEqual(390);
});

test('selecting a node or pressing Enter in search never scrolls the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('Nazarbayev');
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Nazarbayev');
  await page
    .getByRole('button', { name: /select the \d+ elements? this passage supports$/ })
    .last()
    .click();
  const seen = await layout(page);
  expect({
    x: seen.scrollX,
    y: seen.scrollY,
    top: seen.rootScrollTop,
    header: seen.headerTop,
  }).toEqual({ x: 0, y: 0, top: 0, header: 0 });
});

for (const screen of SCREENS.slice(1)) {
  test(`the tour at ${screen.name}: controls on screen at every step, the map at least half`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openMap(page);
    await page.getByRole('button', { name: 'Present tour' }).click();
    const presenter = page.getByRole('region', { name: 'Tour' });
    for (let i = 0; i < tour.steps.length; i++) {
      await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(tour.steps[i]!.title);
      for (const control of [
        presenter.getByRole('button', { name: '← Previous' }),
        presenter.getByRole('button', { name: 'Next →' }),
        presenter.getByText(`Step ${i + 1} of ${tour.steps.length}`, { exact: true }),
      ]) {
        const box = (await control.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      }
      // The step's actors are framed in the map's own half, after it shrank beside the presenter.
      await page.waitForFunction(() => !window.cy!.animated());
      const outside = await page.evaluate((ids) => {
        const cy = window.cy!;
        return ids
          .map((id) => cy.getElementById(id))
          .filter((n) => n.nonempty() && n.isNode())
          .filter((n) => {
            const p = n.renderedPosition();
            return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
          })
          .map((n) => n.id());
      }, tour.steps[i]!.focus);
      expect(outside, `step ${i + 1}'s actors off the map`).toEqual([]);
      const seen = await layout(page);
      expect(seen.map.width).toBeGreaterThanOrEqual(screen.width / 2 - 1);
      expect(seen.scrollWidth).toBeLessThanOrEqual(screen.width);
      if (i < tour.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Where a node is drawn on the page. */
  const nodePoint = (page: Page, id: string) =>
    page.evaluate((nodeId) => {
      const cy = window.cy!;
      const p = cy.getElementById(nodeId).renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);

  test('a tap selects a node, a long press shows what hover shows', async ({ page }) => {
    await openMap(page);
    // Zoom in on Astana first, so that a finger hits it.
    await page.evaluate(() => {
      const cy = window.cy!;
      cy.zoom({ level: 2, renderedPosition: cy.getElementById('astana').renderedPosition() });
      cy.center(cy.getElementById('astana'));
    });
    const astana = await nodePoint(page, 'astana');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

    await touch('touchStart', [astana]);
    await page.waitForTimeout(900);
    await touch('touchEnd', []);
    await expect
      .poll(() => page.evaluate(() => window.silkgraph!.store.getState().hovered))
      .toBe('astana');

    await page.touchscreen.tap(astana.x, astana.y);
    await expect
      .poll(() => page.evaluate(() => window.silkgraph!.store.getState().selection))
      .toEqual({ type: 'node', id: 'astana' });
    await expect(page.getByRole('complementary', { name: 'Evidence and article' })).toBeVisible();
  });
});
