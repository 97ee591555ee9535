import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { clickNode, expect, openMap, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** How much of a PNG is drawn (not white), over its top `share` of rows: a blank map is near 0. */
async function inkOf(page: Page, png: Buffer, share: number): Promise<number> {
  return page.evaluate(
    async ({ data, share }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, Math.round(img.height * share));
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 600) ink++;
      return ink / (canvas.width * canvas.height);
    },
    { data: png.toString('base64'), share },
  );
}

test('printing gives the map with its legend and the selection’s details, no toolbars', async ({
  page,
}) => {
  await openMap(page);
  await clickNode(page, 'cnpc');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2, name: 'CNPC' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Humanitarian/ }).uncheck();
  // The evidence column closed on screen: its details are printed all the same.
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  await expect(details).toBeHidden();
  await page.waitForFunction(() => !window.cy!.animated());

  // As Ctrl+P prints it: a PDF, looked at page by page as pictures.
  const pdfPath = test.info().outputPath('map.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  expect(text).toContain('Silkgraph');
  expect(text).toContain('Humanitarian off');
  for (const word of ['Political', 'Established', 'CNPC', 'Chinese corporations such as CNPC'])
    expect(text, word).toContain(word);
  for (const control of ['Copy link to this view', 'Fit to screen', 'Present tour', 'Search nodes'])
    expect(text, control).not.toContain(control);
  // Neither the tools nor the article reader.
  expect(text).not.toContain('What stays visible?');
  expect(text).not.toContain('passages support what the map shows');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    pdfPath.replace('.pdf', ''),
  ]);
  const first = readFileSync(pdfPath.replace('.pdf', '-1.png'));
  // The map is drawn on the first page, not a blank box.
  expect(await inkOf(page, first, 0.5)).toBeGreaterThan(0.01);

  // The same in the browser's print media: what shows and what does not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('combobox', { name: 'Search nodes' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Map actions' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Tools' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Legend' })).toBeVisible();
  await expect(details.getByRole('heading', { level: 2, name: 'CNPC' })).toBeVisible();
  await expect(details.getByRole('group', { name: 'Focus neighbourhood' })).toBeHidden();
  const map = (await page.getByRole('main', { name: 'Map' }).boundingBox())!;
  const legend = (await page.getByRole('complementary', { name: 'Legend' }).boundingBox())!;
  expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height + 1);
  // The details come after the map, not beside it.
  expect((await details.boundingBox())!.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  await page.screenshot({ path: test.info().outputPath('print-media.png'), fullPage: true });
});
