import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, headerAction } from './fixtures';

/**
 * Chooses an item of the Export menu (named `menu`: "Export" in English) and returns the file the
 * browser saves.
 */
export async function saveExport(
  page: Page,
  item: RegExp,
  timeout = 30_000,
  menu = 'Export',
  headerMenu = 'Menu',
) {
  await (await headerAction(page, menu, headerMenu)).click();
  const download = page.waitForEvent('download', { timeout });
  await page.getByRole('button', { name: item }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
export function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How many clearly coloured pixels a PNG has between its title and legend bands (80 px off the top
 * and bottom): the map is really in the picture.
 */
export function colouredPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 80, bitmap.width, bitmap.height - 160);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4)
      if (
        Math.max(data[i]!, data[i + 1]!, data[i + 2]!) -
          Math.min(data[i]!, data[i + 1]!, data[i + 2]!) >
        60
      )
        coloured++;
    return coloured;
  }, png.toString('base64'));
}
