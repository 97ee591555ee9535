import type { Locator } from '@playwright/test';
import { clickNode, expect, openMap, test } from './fixtures';

/** WCAG contrast ratio of an element's text against the background it is drawn on. */
function contrastOf(locator: Locator) {
  return locator.evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    // The first opaque background from the element up: what the text is drawn on.
    let background = [255, 255, 255];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.9)) {
        background = c.slice(0, 3);
        break;
      }
    }
    const text = rgb(getComputedStyle(el).color).slice(0, 3);
    const [hi, lo] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return (hi! + 0.05) / (lo! + 0.05);
  });
}

test('a pressed focus button keeps a readable label under the pointer', async ({ page }) => {
  await openMap(page);
  await clickNode(page, 'cnpc');
  const details = page.getByRole('region', { name: 'Details' });
  for (const name of ['1 step', '2 steps']) {
    const button = details.getByRole('button', { name, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.hover();
    expect(await contrastOf(button), name).toBeGreaterThanOrEqual(4.5);
  }
});

test('every pressed button keeps a readable label under the pointer', async ({ page }) => {
  await openMap(page);
  // A passage selected from the reader: its button pressed, the list's items pressed too.
  const reader = page.getByRole('region', { name: 'Article' });
  await reader
    .getByRole('button', { name: /: select the \d+ elements? this passage supports$/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('button', { name: /^CNPC, Company/ }).click();
  await page.getByRole('button', { name: '1 step', exact: true }).click();
  const pressed = page.locator('button[aria-pressed="true"]:visible');
  expect(await pressed.count()).toBeGreaterThanOrEqual(2);
  for (const button of await pressed.all()) {
    await button.hover();
    const name = (await button.getAttribute('aria-label')) ?? (await button.textContent());
    expect(await contrastOf(button), name!).toBeGreaterThanOrEqual(4.5);
  }
});
