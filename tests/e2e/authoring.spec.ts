import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 18's flow: from a pasted text to a map of four nodes and three relations with their
// evidence and a two-step tour, by mouse and by keyboard; kept across a reload; the map file
// opened in a fresh browser profile gives the same map.

test.use({ viewport: { width: 1280, height: 720 } });

const TEXT = [
  'Kazakhstan and China signed a strategic partnership in 2005.',
  'China National Petroleum Corporation develops oil fields in Kazakhstan.',
  'Some experts fear that the partnership makes Kazakhstan dependent on China.',
].join('\n\n');

async function headerAction(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function axeClean(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help}`),
    what,
  ).toEqual([]);
}

async function newMapFromPaste(page: Page) {
  await page.goto('./');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await headerAction(page, 'New map');
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('textbox', { name: 'Paste a text' }).fill(TEXT);
  await dialog.getByRole('textbox', { name: 'Title (required)' }).fill('Partners and pipelines');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toContainText('Saved');
}

/** Selects words of a paragraph of the reader with the mouse: pressed at the first, released after the last. */
async function dragSelect(page: Page, block: string, words: string) {
  const box = await page.evaluate(
    ([block, words]) => {
      const el = document.querySelector(`.rd-reader [data-block="${block}"]`)!;
      el.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data;
        const i = text.indexOf(words);
        if (i < 0) continue;
        const first = document.createRange();
        first.setStart(n, i);
        first.setEnd(n, i + 1);
        const last = document.createRange();
        last.setStart(n, i + words.length - 1);
        last.setEnd(n, i + words.length);
        const a = first.getClientRects()[0]!;
        const b = last.getClientRects()[0]!;
        return {
          x1: a.left + 1,
          y1: a.top + a.height / 2,
          x2: b.right - 1,
          y2: b.top + b.height / 2,
        };
      }
      throw new Error(`“${words}” is not in ${block}`);
    },
    [block, words] as const,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  return page.getByRole('toolbar', { name: 'Selected words' });
}

/** A node made of words selected by mouse, named and of a kind, saved in its editor. */
async function mouseNode(page: Page, block: string, words: string, kind: string, label = words) {
  const menu = await dragSelect(page, block, words);
  await menu.getByRole('button', { name: 'New node from this' }).click();
  const form = page.getByRole('form', { name: `Edit node “${words}”` });
  await form.getByRole('textbox', { name: 'Label' }).fill(label);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await form.getByRole('button', { name: 'Save node' }).click();
  await expect(form).toBeHidden();
}

async function mouseRelation(
  page: Page,
  block: string,
  words: string,
  from: string,
  phrase: string,
  to: string,
  status = 'Established',
) {
  const menu = await dragSelect(page, block, words);
  await menu.getByRole('button', { name: 'New relation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  // Each end searched for by name among the map's nodes.
  await dialog.getByRole('combobox', { name: 'From', exact: true }).fill(from);
  await dialog.getByRole('combobox', { name: 'To', exact: true }).fill(to);
  await dialog.getByRole('textbox', { name: /^Relation, read from/ }).fill(phrase);
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
  await expect(
    dialog.getByText(`Reads: The author argues that ${from} ${phrase} ${to}.`),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Make relation' }).click();
  await expect(dialog).toHaveCount(0);
}

async function addStep(page: Page, title: string, caption: string) {
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this view as a step' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Caption' }).fill(caption);
  await dialog.getByRole('button', { name: 'Add step' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The map as the store has it, for comparing two browsers. */
const mapOf = (page: Page) =>
  page.evaluate(() => {
    const s = window.silkgraph!.store.getState();
    return {
      article: s.article,
      graph: s.graph,
      positions: s.positions,
      spheres: s.spheres,
      tour: s.tour,
    };
  });

const expectedNodes = ['China', 'China National Petroleum Corporation', 'Kazakhstan', 'oil fields'];

async function checkBuilt(page: Page) {
  const map = await mapOf(page);
  expect(map.graph.nodes.map((n) => n.label).sort()).toEqual(expectedNodes);
  expect(map.graph.edges.map((e) => e.relation).sort()).toEqual([
    'develops',
    'may become dependent on',
    'signed a strategic partnership with',
  ]);
  // Every node and relation rests on words of the text, verbatim.
  const blocks = new Map(map.article.blocks.map((b) => [b.id, b.text]));
  for (const el of [...map.graph.nodes, ...map.graph.edges]) {
    expect(el.evidence.length, el.id).toBeGreaterThan(0);
    for (const ev of el.evidence) expect(blocks.get(ev.block)).toContain(ev.quote);
  }
  expect(map.tour?.steps.map((s) => s.title)).toEqual(['The partnership', 'Oil']);
  return map;
}

test('a map built by mouse from a pasted text is kept, and its file opens the same elsewhere', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await newMapFromPaste(page);
  await axeClean(page, 'a new, empty map');

  await mouseNode(page, 'p1', 'Kazakhstan', 'State');
  await page.keyboard.press('Escape');
  await mouseNode(page, 'p1', 'China', 'State');
  await page.keyboard.press('Escape');
  await mouseNode(page, 'p2', 'China National Petroleum Corporation', 'Company');
  await page.keyboard.press('Escape');
  await mouseNode(page, 'p2', 'oil fields', 'Place');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(4);

  // Drag a node to place it: kept as one step of undo.
  const at = await page.evaluate(() => {
    const node = window.cy!.getElementById('kazakhstan');
    const box = window.cy!.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, model: { ...node.position() } };
  });
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 60, { steps: 6 });
  await page.mouse.up();
  const placed = () =>
    page.evaluate(() => window.silkgraph!.store.getState().positions['kazakhstan']);
  await expect.poll(placed).not.toEqual(at.model);
  await page.keyboard.press('Control+z');
  await expect.poll(placed).toEqual(at.model);
  await page.keyboard.press('Control+y');
  await expect.poll(placed).not.toEqual(at.model);

  await mouseRelation(
    page,
    'p1',
    'Kazakhstan and China signed a strategic partnership',
    'Kazakhstan',
    'signed a strategic partnership with',
    'China',
  );
  await axeClean(page, 'a relation selected, its details shown');
  await mouseRelation(
    page,
    'p2',
    'China National Petroleum Corporation develops oil fields',
    'China National Petroleum Corporation',
    'develops',
    'oil fields',
  );
  await mouseRelation(
    page,
    'p3',
    'the partnership makes Kazakhstan dependent on China',
    'Kazakhstan',
    'may become dependent on',
    'China',
    'Risk',
  );
  await expect.poll(() => page.evaluate(() => window.cy!.edges().length)).toBeGreaterThanOrEqual(3);

  // More evidence for a node: select it, select words, add them.
  await page.getByRole('tab', { name: 'List' }).click();
  await page
    .getByRole('button', { name: /^China National Petroleum Corporation, Company/ })
    .click();
  const menu = await dragSelect(page, 'p2', 'develops oil fields in Kazakhstan');
  await menu
    .getByRole('button', { name: 'Add as evidence to “China National Petroleum Corporation”' })
    .click();
  await expect(page.getByRole('status').getByText('Added the passage as evidence.')).toBeVisible();

  // Undo and redo by key and by button.
  await page.keyboard.press('Escape');
  const before = await mapOf(page);
  await page.keyboard.press('Control+z');
  expect((await mapOf(page)).graph).not.toEqual(before.graph);
  await page.keyboard.press('Control+Shift+z');
  expect((await mapOf(page)).graph).toEqual(before.graph);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  expect((await mapOf(page)).graph).toEqual(before.graph);

  // A tour of two steps.
  await page
    .getByRole('button', { name: /^Kazakhstan signed a strategic partnership with China/ })
    .click();
  await addStep(page, 'The partnership', 'Where the text starts.');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^Political/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Political/ }).check();
  await addStep(page, 'Oil', 'The company and its fields.');
  await page.getByRole('button', { name: 'Tour steps…' }).click();
  await axeClean(page, 'the tour steps dialog');
  await page
    .getByRole('dialog', { name: 'Tour steps' })
    .getByRole('button', { name: 'Close' })
    .click();

  // Re-arrange lays the map out again, and the new places are the map's.
  const laidOut = await mapOf(page);
  const headerMenu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await headerMenu.isVisible()) await headerMenu.click();
  await page.getByRole('button', { name: /^Re-arrange/ }).click();
  if (await headerMenu.isVisible()) await page.keyboard.press('Escape');
  await expect.poll(async () => (await mapOf(page)).positions).not.toEqual(laidOut.positions);

  const built = await checkBuilt(page);
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toContainText('Saved in My maps');

  // Reload: the map is there, from the browser's database.
  await page.reload();
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
  await expect.poll(async () => (await mapOf(page)).graph).toEqual(built.graph);
  expect(await mapOf(page)).toEqual(built);

  // The map file, opened in a fresh browser profile, is the same map.
  await headerAction(page, 'Export');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Map file \(Silkgraph JSON\)/ }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  // The link names the map; in another browser it says whose it is and shows the article.
  const link = page.url();
  expect(link).toMatch(/#map=[^&]+/);
  await other.goto(link);
  await other.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(
    other
      .getByRole('status')
      .getByText(/^This link is to a map of someone’s own, kept in the browser it was made in/),
  ).toBeVisible();
  expect((await mapOf(other)).graph.nodes.length).toBeGreaterThan(50);
  await other.getByLabel('Open a graph file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect
    .poll(async () => (await mapOf(other)).graph.nodes.length)
    .toBe(built.graph.nodes.length);
  expect(await mapOf(other)).toEqual(built);
  await fresh.close();
});

/** Moves focus with Tab until the element named has it (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reached by Tab');
}

/** Chooses an option of a focused <select> by typing its label. */
async function chooseByKeys(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Words of a paragraph selected by keyboard in "Select a passage…", then made into what is asked. */
async function keyboardQuote(page: Page, paragraph: number, words: string, action: string) {
  const bar = page.getByRole('toolbar', { name: 'Edit map' });
  await tabTo(page, bar.getByRole('button', { name: 'Select a passage…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Select a passage' });
  const select = dialog.getByRole('combobox', { name: 'Paragraph' });
  await tabTo(page, select);
  for (let i = 1; i < paragraph; i++) await page.keyboard.press('ArrowDown');
  const area = dialog.getByRole('textbox', { name: /^Its text/ });
  await page.keyboard.press('Tab');
  await expect(area).toBeFocused();
  const text = await area.inputValue();
  const start = text.indexOf(words);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(dialog.getByRole('status')).toHaveText(`Selected: “${words}”`);
  if (paragraph === 3) await axeClean(page, 'Select a passage');
  await tabTo(page, dialog.getByRole('button', { name: action }));
  await page.keyboard.press('Enter');
}

test('the same map is built with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await newMapFromPaste(page);
  for (const [p, words, kind] of [
    [1, 'Kazakhstan', 'State'],
    [1, 'China', 'State'],
    [2, 'China National Petroleum Corporation', 'Company'],
    [2, 'oil fields', 'Place'],
  ] as const) {
    await keyboardQuote(page, p, words, 'New node from this');
    const form = page.getByRole('form', { name: `Edit node “${words}”` });
    if (p === 1 && words === 'Kazakhstan') await axeClean(page, 'the node editor');
    await chooseByKeys(page, form.getByRole('combobox', { name: 'Kind' }), kind);
    await tabTo(page, form.getByRole('button', { name: 'Save node' }));
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await page.keyboard.press('Escape');
  }
  for (const [p, words, from, phrase, to, status] of [
    [
      1,
      'Kazakhstan and China signed a strategic partnership',
      'Kazakhstan',
      'signed a strategic partnership with',
      'China',
      'Established',
    ],
    [
      2,
      'China National Petroleum Corporation develops oil fields',
      'China National Petroleum Corporation',
      'develops',
      'oil fields',
      'Established',
    ],
    [
      3,
      'the partnership makes Kazakhstan dependent on China',
      'Kazakhstan',
      'may become dependent on',
      'China',
      'Risk',
    ],
  ] as const) {
    await keyboardQuote(page, p, words, 'New relation…');
    const dialog = page.getByRole('dialog', { name: 'New relation' });
    for (const [end, name] of [
      ['From', from],
      ['To', to],
    ] as const) {
      const search = dialog.getByRole('combobox', { name: end, exact: true });
      await tabTo(page, search);
      await page.keyboard.press('Control+a');
      await page.keyboard.type(name);
      await expect(search).toHaveValue(name);
    }
    await tabTo(page, dialog.getByRole('textbox', { name: /^Relation, read from/ }));
    await page.keyboard.type(phrase);
    await chooseByKeys(page, dialog.getByRole('combobox', { name: 'Status' }), status);
    await axeClean(page, 'the new relation dialog');
    await tabTo(page, dialog.getByRole('button', { name: 'Make relation' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await page.keyboard.press('Escape');
  }
  // The tour's two steps, by keyboard.
  for (const [title, caption] of [
    ['The partnership', 'Where the text starts.'],
    ['Oil', 'The company and its fields.'],
  ]) {
    await tabTo(page, page.getByRole('button', { name: 'Add this view as a step' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add this view as a step' });
    await tabTo(page, dialog.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.press('Control+a');
    await page.keyboard.type(title!);
    await tabTo(page, dialog.getByRole('textbox', { name: 'Caption' }));
    await page.keyboard.type(caption!);
    await tabTo(page, dialog.getByRole('button', { name: 'Add step' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
  }
  await checkBuilt(page);
  await axeClean(page, 'the built map');
});
