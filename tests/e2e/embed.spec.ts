import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, graph, openMap, test } from './fixtures';

/** A course page with the embed in an iframe of the given size. */
async function coursePage(page: Page, hash: string, width: number, height: number) {
  const base = test.info().project.use.baseURL!;
  await page.setViewportSize({ width: width + 80, height: height + 120 });
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Course page</title></head><body><main><h1>Week 3</h1>
     <iframe src="${new URL(`/#${hash}`, base).href}" width="${width}" height="${height}" title="Silkgraph map"></iframe>
     </main></body></html>`,
  );
  const frame = page.frame({ url: /#embed/ })!;
  await frame.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && window.cy!.width() > 0);
  return frame;
}

const noScroll = (frame: Frame) =>
  frame.evaluate(() => ({
    x: document.documentElement.scrollWidth <= window.innerWidth,
    y: document.documentElement.scrollHeight <= window.innerHeight,
  }));

for (const [width, height] of [
  [320, 400],
  [800, 600],
] as const) {
  test(`the embed at ${width}×${height}: the map without the app's header, evidence on a click`, async ({
    page,
  }) => {
    const frame = await coursePage(page, 'embed&spheres=political,energy', width, height);
    await expect(frame.getByRole('button', { name: 'Menu', exact: true })).toHaveCount(0);
    await expect(frame.getByRole('searchbox')).toHaveCount(0);
    await expect(frame.getByRole('heading', { level: 1 })).toContainText(
      'Community of Shared Future',
    );
    expect(await noScroll(frame)).toEqual({ x: true, y: true });
    const map = (await frame.getByRole('main', { name: 'Map' }).boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(width - 2);
    expect(map.height).toBeGreaterThanOrEqual(height / 2);
    // The filters of the link apply; the link to the full app carries them, not the embed.
    const open = frame.getByRole('link', { name: /^Open in Silkgraph/ });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await open.getAttribute('href')).toMatch(/\/#spheres=political(,|%2C)energy$/);

    await frame.getByRole('button', { name: 'Legend' }).click();
    await expect(frame.getByRole('complementary', { name: 'Legend' })).toBeVisible();
    await frame.getByRole('button', { name: 'Legend' }).click();

    // Choosing a node opens the evidence over the map, where its passages are.
    const at = await frame.evaluate(() => {
      const box = window.cy!.container()!.getBoundingClientRect();
      const p = window.cy!.$id('kazakhstan').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    const iframe = (await page.locator('iframe').boundingBox())!;
    await page.mouse.click(iframe.x + at.x, iframe.y + at.y);
    await expect(frame.getByRole('complementary', { name: 'Evidence and article' })).toBeVisible();
    await expect(
      frame
        .getByRole('region', { name: 'Details' })
        .getByRole('heading', { level: 2, name: 'Kazakhstan' }),
    ).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`embed-${width}x${height}.png`) });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('an embedded tour opens on its first step; the embed never shows this browser’s last import', async ({
  page,
}) => {
  // A graph imported in the full app is kept for its next visit on this site...
  await openMap(page);
  await page
    .getByLabel('Open a graph file')
    .setInputFiles(resolve('tests/fixtures/import/small.gexf'));
  await expect(page.getByRole('dialog', { name: 'Opened small.gexf' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('silkgraph:last-import'))).not.toBeNull();
  // ...but a course page's embed shows the article all the same.
  const frame = await coursePage(page, 'embed=tour', 800, 600);
  await expect(frame.getByRole('region', { name: 'Tour' }).getByText('Step 1 of 14')).toBeVisible();
  expect(
    await frame.evaluate(() => {
      const s = window.silkgraph!.store.getState();
      return { origin: s.origin, nodes: s.graph.nodes.length };
    }),
  ).toEqual({ origin: 'article', nodes: graph.nodes.length });
});

test('“Embed…” gives a snippet whose iframe shows the same view', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openMap(page, 'spheres=energy');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: /^Embed…/ }).click();
  await expect(page.getByRole('group', { name: 'Export' })).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await dialog.getByRole('spinbutton', { name: 'Width' }).fill('640');
  const snippet = await dialog.getByRole('textbox', { name: 'HTML to paste' }).inputValue();
  expect(snippet).toMatch(
    /^<iframe src="[^"]+#embed=map&amp;spheres=energy" width="640" height="600"/,
  );
  const preview = page.frameLocator('iframe[title="Preview of the embed"]');
  await expect(preview.getByRole('link', { name: /^Open in Silkgraph/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('at 1280×720 the Export menu’s last items can be reached under the header’s menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const last = page.getByRole('button', { name: /^Map file/ });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /^Embed…/ })).toBeInViewport();
});
