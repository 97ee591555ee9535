import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDocx } from '../fixtures/docx';
import { expect, openMap, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const fixture = (name: string) => resolve('tests/fixtures/new-map', name);

/** Clicks one of the header's actions (behind its Menu on a screen this size). */
async function openMenuAction(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** Opens "New map" from the header. */
async function openNewMap(page: Page) {
  await openMenuAction(page, 'New map');
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The texts of the article reader's blocks, in order. */
const readerTexts = (page: Page) =>
  page.getByRole('region', { name: 'Article' }).locator('[data-block]').allInnerTexts();

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.silkgraph!.store.getState();
    return {
      editable: s.editable,
      title: s.article.title,
      nodes: s.graph.nodes.length,
      blocks: s.article.blocks.map((b) => b.id),
    };
  });

test('a pasted text with a title becomes an empty, editable map with its article', async ({
  page,
}) => {
  await openMap(page);
  const dialog = await openNewMap(page);
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await dialog
    .getByRole('textbox', { name: 'Paste a text' })
    .fill(
      'Kazakhstan sits between two neighbours.\n\nOil goes east by pipeline.\n\nKhorgos is a dry port.',
    );
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Steppe notes');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
  await expect(
    page.getByText('Select words in the article to make the first node', { exact: false }),
  ).toBeVisible();
  expect(await state(page)).toEqual({
    editable: true,
    title: 'Steppe notes',
    nodes: 0,
    blocks: ['p1', 'p2', 'p3'],
  });
  const reader = page.getByRole('region', { name: 'Article' });
  await expect(reader.getByRole('heading', { name: 'Steppe notes' })).toBeVisible();
  expect(await readerTexts(page)).toEqual([
    expect.stringContaining('Kazakhstan sits between two neighbours.'),
    expect.stringContaining('Oil goes east by pipeline.'),
    expect.stringContaining('Khorgos is a dry port.'),
  ]);
  // Kept in My maps, known there as the map on screen.
  expect(await page.evaluate(() => window.silkgraph!.store.getState().saveState?.kind)).toBe(
    'saved',
  );
  await openMenuAction(page, 'My maps');
  const maps = page.getByRole('dialog', { name: 'My maps' });
  await expect(maps.getByText('The map on screen is kept in My maps.')).toBeVisible();
  await expect(
    maps.getByText(/0 nodes · 0 relations · with its text · .* · on screen/),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(maps).toHaveCount(0);
  const { violations: after } = await new AxeBuilder({ page }).analyze();
  expect(after.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a Markdown file gives headings, list items and its title', async ({ page }) => {
  await openMap(page);
  const dialog = await openNewMap(page);
  await dialog.getByLabel(/^Or open a file/).setInputFiles(fixture('steppe.md'));
  await expect(dialog.getByRole('status')).toHaveText(
    'steppe.md became 2 headings, 2 paragraphs and 2 list items.',
  );
  await expect(dialog.getByRole('textbox', { name: 'Title (required)' })).toHaveValue(
    'Steppe corridors',
  );
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    editable: true,
    title: 'Steppe corridors',
    blocks: ['h1', 'p1', 'h2', 'li1', 'li2', 'p2'],
  });
});

test('a saved web page gives its article, details, and no markup run', async ({ page }) => {
  await openMap(page);
  const dialog = await openNewMap(page);
  await dialog.getByLabel(/^Or open a file/).setInputFiles(fixture('steppe.html'));
  await expect(dialog.getByRole('status')).toContainText('steppe.html became');
  await expect(dialog.getByRole('textbox', { name: 'Title (required)' })).toHaveValue(
    'Pipelines and ports',
  );
  await expect(dialog.getByRole('textbox', { name: 'Author' })).toHaveValue('A. Writer');
  await expect(dialog.getByRole('textbox', { name: 'Date' })).toHaveValue('2024-05-01');
  await expect(dialog.getByRole('textbox', { name: 'Source URL' })).toHaveValue(
    'https://example.org/pipelines',
  );
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);
  const texts = await readerTexts(page);
  expect(texts.some((t) => t.includes('dry port at Khorgos'))).toBe(true);
  expect(texts.some((t) => t.includes('Copyright'))).toBe(false);
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a Word document gives its headings, paragraphs and list items', async ({ page }) => {
  await openMap(page);
  const dialog = await openNewMap(page);
  const docx = await buildDocx([
    { text: 'Energy cooperation', style: 'Heading1' },
    { text: 'CNPC develops fields in Kazakhstan.' },
    { text: 'Oil', style: 'list' },
    { text: 'Gas', style: 'list' },
  ]);
  await dialog.getByLabel(/^Or open a file/).setInputFiles({
    name: 'energy.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(docx),
  });
  await expect(dialog.getByRole('status')).toHaveText(
    'energy.docx became 1 heading, 1 paragraph and 2 list items.',
  );
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Energy');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await state(page)).toMatchObject({
    editable: true,
    title: 'Energy',
    blocks: ['h1', 'p1', 'li1', 'li2'],
  });
});

test('pasted markup stays text', async ({ page }) => {
  await openMap(page);
  const dialog = await openNewMap(page);
  const hostile = '<img src=x onerror="window.pwned=true"> is what the page said.';
  await dialog.getByRole('textbox', { name: 'Paste a text' }).fill(hostile);
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Markup');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Article' }).getByText(hostile)).toBeVisible();
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('an empty, a binary and a too large file are refused in the dialog, and nothing changes', async ({
  page,
}) => {
  await openMap(page);
  const before = await state(page);
  const dialog = await openNewMap(page);
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Kept title');
  const file = dialog.getByLabel(/^Or open a file/);

  await file.setInputFiles(fixture('empty.txt'));
  await expect(dialog.getByRole('alert')).toHaveText('empty.txt: there is no text in it');
  await expect(file).toHaveAccessibleDescription('empty.txt: there is no text in it');

  await file.setInputFiles(fixture('picture.txt'));
  await expect(dialog.getByRole('alert')).toContainText('picture.txt: this is not a text file');
  await expect(dialog.getByRole('textbox', { name: 'Title (required)' })).toHaveValue('Kept title');

  await file.setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(6 * 1024 * 1024, 'a'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'huge.txt: the file is 6.0 MB; files up to 5.0 MB can be opened',
  );

  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste a text or open a file first.');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await state(page)).toEqual(before);
});

test('reading a long file can be cancelled, and what was typed stays', async ({ page }) => {
  await openMap(page);
  const before = await state(page);
  const dialog = await openNewMap(page);
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Kept title');
  // About 4 MB of Markdown: its reading takes seconds in the worker, and Cancel comes first.
  const long = '## A heading\n\nA paragraph of *the* text.\n\n'.repeat(100_000);
  await dialog.getByLabel(/^Or open a file/).setInputFiles({
    name: 'long.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(long),
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Reading the text was cancelled.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Title (required)' })).toHaveValue('Kept title');
  expect(await state(page)).toEqual(before);
});

test('a new map with no node yet is saved as a map file that opens again', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openMap(page);
  const dialog = await openNewMap(page);
  await dialog.getByRole('textbox', { name: 'Paste a text' }).fill('One.\n\nTwo.');
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Saved empty');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Map file \(Silkgraph JSON\)/ }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ silkgraph: 2, nodes: [], edges: [] });

  await page.getByRole('button', { name: 'Back to the article' }).click();
  await page.waitForFunction(() => window.silkgraph!.store.getState().graph.nodes.length > 0);
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'saved-empty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const report = page.getByRole('dialog', { name: 'Opened saved-empty.json' });
  await expect(report).toContainText('0 nodes');
  await report.getByRole('button', { name: 'Close' }).click();
  expect(await state(page)).toMatchObject({ title: 'Saved empty', nodes: 0, blocks: ['p1', 'p2'] });
});
