import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { visibleElements, ALL_FILTERS } from '../../src/domain/filters';
import type { Tour } from '../../src/domain/tour';
import { article, expect, graph, openMap, shownIds, test } from './fixtures';

const tour: Tour = JSON.parse(readFileSync('data/tour.json', 'utf8'));
const sorted = (s: ReadonlySet<string>) => [...s].sort();

async function expectStep(page: Page, index: number) {
  const step = tour.steps[index]!;
  const presenter = page.getByRole('region', { name: 'Tour' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(step.title);
  await expect(
    presenter.getByText(`Step ${index + 1} of ${tour.steps.length}`, { exact: true }),
  ).toBeVisible();
  await expect(presenter.getByText(step.caption)).toBeVisible();
  // Its filters: exactly what the step's spheres show.
  const expected = visibleElements(graph, { ...ALL_FILTERS, spheres: step.spheres });
  const shown = await shownIds(page);
  expect(shown.nodes).toEqual(sorted(expected.nodes));
  expect(shown.edges).toEqual(sorted(expected.edges));
  // Its passages, in large type.
  const first = article.blocks.find((b) => b.id === step.blocks[0])!;
  await expect(presenter.locator('blockquote').first()).toContainText(first.text.slice(0, 50));
  // Its focus: framed by the camera (every focus node on screen) and lit, labels sized for it.
  await page.waitForFunction(
    () => !window.cy!.animated() && !window.cy!.container()!.hasAttribute('data-labels-pending'),
  );
  const framing = await page.evaluate((ids) => {
    const cy = window.cy!;
    const nodes = ids.map((id) => cy.getElementById(id)).filter((e) => e.isNode());
    return nodes.map((n) => {
      const p = n.renderedPosition();
      const font = parseFloat(n.renderedStyle('font-size'));
      return {
        id: n.id(),
        inside: p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(),
        font,
        dimmed: n.hasClass('dimmed'),
      };
    });
  }, step.focus);
  for (const n of framing) {
    expect(n.inside, `${n.id} on screen`).toBe(true);
    expect(n.dimmed, `${n.id} lit`).toBe(false);
    expect(n.font, `${n.id} label size on screen`).toBeGreaterThanOrEqual(18);
  }
  await expect(page).toHaveURL(new RegExp(`step=${index + 1}(&|$)`));
}

test('the whole tour runs by keyboard, each step with its filters, focus and passages', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page);
  await page.getByRole('checkbox', { name: /Humanitarian/ }).uncheck();
  const before = await shownIds(page);

  await page.getByRole('button', { name: 'Present tour' }).click();
  await expectStep(page, 0);
  for (let i = 1; i < tour.steps.length; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expectStep(page, i);
  }
  await page.keyboard.press('PageUp');
  await expectStep(page, tour.steps.length - 2);
  await page.keyboard.press('Home');
  await expectStep(page, 0);
  await page.keyboard.press('End');
  await expectStep(page, tour.steps.length - 1);
  await page.keyboard.press('3');
  await expectStep(page, 2);
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectStep(page, 10);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 9);

  // Leaving the tour gives back the view the user had.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Tour' })).toHaveCount(0);
  expect(await shownIds(page)).toEqual(before);
  await expect(page.getByRole('checkbox', { name: /Humanitarian/ })).not.toBeChecked();
  await expect(page).not.toHaveURL(/step=/);
});

test('a link opens the tour at its step; leaving it shows the full map', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page, 'step=7');
  await expectStep(page, 6);
  await page.getByRole('button', { name: 'Leave tour (Esc)' }).click();
  expect((await shownIds(page)).nodes).toHaveLength(graph.nodes.length);
});

test('the step buttons and Next/Previous work by mouse too', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page);
  await page.getByRole('button', { name: 'Present tour' }).click();
  await page.getByRole('button', { name: `Step 5: ${tour.steps[4]!.title}` }).click();
  await expectStep(page, 4);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectStep(page, 5);
  await page.getByRole('button', { name: '← Previous' }).click();
  await expectStep(page, 4);
});

test('no serious or critical accessibility violations while presenting', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openMap(page, 'step=4');
  await expect(page.getByRole('region', { name: 'Tour' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});

test('the clicker’s blank key blacks out the whole screen; the next key brings the step back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page, 'step=3');
  await expectStep(page, 2);
  await page.keyboard.press('b');
  const blank = page.locator('.tr-blank');
  await expect(blank).toBeVisible();
  expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  // Black from edge to edge: no pixel of the map or the presenter shows through.
  const shot = await page.screenshot();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expectStep(page, 2);
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await page.keyboard.press('.');
  await expect(blank).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expectStep(page, 3);
  expect(await page.evaluate(blackShare, shot.toString('base64'))).toBe(1);
});

/** The share of a PNG's pixels that are pure black, decoded by the browser. */
async function blackShare(base64: string): Promise<number> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let black = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 0) black++;
  return black / (data.length / 4);
}
