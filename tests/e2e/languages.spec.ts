import AxeBuilder from '@axe-core/playwright';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TRANSLATED, type TranslatedLanguage } from '../../src/domain/languages';
import { saveExport } from './exports';
import { article, clickEdge, clickNode, expect, graph, openMap, test } from './fixtures';

// Issue 20: switched to Russian, Kazakh or Chinese, the interface keeps no English string of its
// own (the page's text is compared with the English catalogue), the map speaks the language, and so
// do the PNG's legend and axe.

type Catalogue = Record<string, string>;
const catalogue = (language: string): Catalogue =>
  Object.assign(
    {},
    ...readdirSync(join('src/i18n', language))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join('src/i18n', language, f), 'utf8')) as Catalogue),
  );
const english = catalogue('en');

interface Translation {
  marker: string;
  spheres: Record<string, { label: string }>;
  kinds: Record<string, { label: string; plural: string }>;
  nodes: Record<string, { label: string }>;
  quotes: Record<string, string>;
}
const translation = (language: TranslatedLanguage): Translation =>
  JSON.parse(readFileSync(`data/translations/${language}.json`, 'utf8'));

const TAGS: Record<TranslatedLanguage, string> = { ru: 'ru', kk: 'kk', zh: 'zh-Hans' };

/** A message without placeholders in a language, as the interface shows it. */
function message(language: string, id: string): string {
  const text = catalogue(language)[id];
  if (text === undefined) throw new Error(`no message ${id} in ${language}`);
  return text;
}

const PUNCTUATION = new Set([...' \n,.:;()…—–-']);
/** A literal run without the spaces and punctuation that join it to its placeholders. */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PUNCTUATION.has(text[start]!)) start++;
  while (end > start && PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * What of an English message would show that it was left untranslated: the whole message when it
 * has no placeholders; else each literal run of two words or more between its placeholders (in
 * every branch of a plural or select).
 */
function englishPieces(text: string): { whole: boolean; pieces: string[] } {
  const tokens = compileMessageOrThrow(text);
  if (typeof tokens === 'string') return { whole: true, pieces: [tokens] };
  if (tokens.every((t) => typeof t === 'string')) return { whole: true, pieces: [tokens.join('')] };
  const pieces: string[] = [];
  let run = '';
  const flush = () => {
    const piece = trimPunctuation(run);
    if (words(piece) >= 2) pieces.push(piece);
    run = '';
  };
  const walk = (list: readonly unknown[]) => {
    for (const token of list) {
      if (typeof token === 'string' && token !== '#') run += token;
      else {
        flush();
        if (Array.isArray(token) && token[2] && typeof token[2] === 'object')
          for (const branch of Object.values(token[2] as Record<string, unknown>)) {
            walk(Array.isArray(branch) ? branch : [branch]);
            flush();
          }
      }
    }
  };
  walk(tokens as unknown[]);
  flush();
  return { whole: false, pieces };
}

/**
 * The English the interface must not show in `language`: every message of the English catalogue,
 * less what the language's own message says the same way ("PNG", "Silkgraph", "CSV").
 */
function leftoverPatterns(language: TranslatedLanguage) {
  const own = catalogue(language);
  const patterns: { id: string; text: string; whole: boolean }[] = [];
  for (const [id, text] of Object.entries(english)) {
    const mine = own[id] ?? '';
    if (mine === text) continue;
    const { whole, pieces } = englishPieces(text);
    // A message of punctuation alone (a comma) says nothing of its language.
    for (const piece of pieces)
      if (words(piece) > 0 && !mine.includes(piece)) patterns.push({ id, text: piece, whole });
  }
  return patterns;
}

/**
 * English that may stay on the page in every language: the source's own words, never the interface's.
 * Text marked `lang="en"` (the article's paragraphs, the quotes, the source's names beside a
 * translation) is left out of the check already.
 */
const LEGITIMATE_ENGLISH = [
  // The article's title and author: the source's, shown in the header, the reader and the credits.
  article.title,
  article.author,
];

/**
 * The page's words as a person or a screen reader meets them: each visible text node, the options of
 * its menus, and the names and hints in attributes. Text in an element marked as English (the
 * article, the quotes) is the source's, left out.
 */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (el: Element) => {
      const tagged = el.closest('[lang]');
      return (
        tagged !== null &&
        tagged !== document.documentElement &&
        /^en\b/.test(tagged.getAttribute('lang')!)
      );
    };
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!el || !text || english(el)) continue;
      if (el.closest('option') ? el.closest('select')?.checkVisibility() : el.checkVisibility())
        texts.push(text);
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-description], [aria-roledescription]',
    )) {
      if (english(el) || !el.checkVisibility()) continue;
      for (const name of [
        'aria-label',
        'title',
        'placeholder',
        'alt',
        'aria-description',
        'aria-roledescription',
      ]) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The English catalogue's words found in `texts`, each with its message id. */
function leftovers(
  language: TranslatedLanguage,
  texts: readonly string[],
  alsoLegitimate: string[] = [],
) {
  const legitimate = [...LEGITIMATE_ENGLISH, ...alsoLegitimate];
  const cleaned = texts.map((t) => legitimate.reduce((s, l) => s.split(l).join(' '), t).trim());
  const joined = cleaned.join('\n');
  const found = new Set<string>();
  for (const { id, text, whole } of leftoverPatterns(language)) {
    const hit = whole && words(text) < 2 ? cleaned.some((t) => t === text) : joined.includes(text);
    if (hit) found.add(`${id}: ${JSON.stringify(text)}`);
  }
  return [...found].sort();
}

/** Chooses a language in the header's menu, whatever language the page is in now. */
async function chooseLanguage(page: Page, language: TranslatedLanguage) {
  const names = ['en', ...TRANSLATED].map((l) => message(l, 'common.languageMenu'));
  await page
    .getByRole('combobox', { name: new RegExp(`^(${names.join('|')})$`) })
    .selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', TAGS[language]);
  await expect(
    page.getByRole('combobox', { name: message(language, 'common.languageMenu') }),
  ).toHaveValue(language);
}

const mapLabel = (page: Page, id: string) =>
  page.evaluate((nodeId) => String(window.cy!.getElementById(nodeId).data('label')), id);

/** A file with something to repair and something to note, so the report has every part. */
const FLAWED_CSV = [
  'id,source,target,weight',
  'e1,A,B,1',
  'e1,B,C,2',
  'e3,C,,3',
  'e4,C,C,4',
  'e5,A,C,5,6',
  '',
].join('\n');

for (const language of TRANSLATED) {
  const words = translation(language);

  test(`${language}: the menu switches the interface, the link, <html lang> and the map's labels`, async ({
    page,
  }) => {
    await openMap(page);
    await chooseLanguage(page, language);
    await expect(page).toHaveURL(new RegExp(`[#&]lang=${language}(&|$)`));
    // Every node's label on the map is the project's translation.
    await expect.poll(() => mapLabel(page, 'kazakhstan')).toBe(words.nodes.kazakhstan!.label);
    const labels = await page.evaluate(() =>
      Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), String(n.data('label'))])),
    );
    const expected = Object.fromEntries(graph.nodes.map((n) => [n.id, words.nodes[n.id]!.label]));
    expect(labels).toEqual(expected);
    // Remembered: a reload without the link keeps it.
    await page.goto('./');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await expect(page.locator('html')).toHaveAttribute('lang', TAGS[language]);
  });

  test(`${language}: no English interface string on the main view, the evidence, the tour and the import report`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMap(page);
    await chooseLanguage(page, language);
    const found: Record<string, string[]> = {};
    const check = async (view: string, alsoLegitimate: string[] = []) => {
      const texts = await pageTexts(page);
      found[view] = leftovers(language, texts, alsoLegitimate);
    };

    await check('main view');

    // The evidence panel, for a node and for a relation.
    await clickNode(page, 'cnnc');
    const details = page.getByRole('region', { name: message(language, 'evidence.panel') });
    await expect(
      details.getByRole('heading', { level: 2, name: words.nodes.cnnc!.label }),
    ).toBeVisible();
    await expect(details.getByText(words.marker).first()).toBeVisible();
    // The quotes stay the source's, marked as its language for screen readers and fonts.
    await expect(details.locator('blockquote').first()).toHaveAttribute('lang', article.language);
    await check('evidence: a node');
    const edge = graph.edges.find((e) => e.id.includes('cnnc'))!;
    await clickEdge(page, edge.id);
    await expect(
      details.getByRole('button', { name: words.nodes[edge.source]!.label }).first(),
    ).toBeVisible();
    await check('evidence: a relation');
    await page.keyboard.press('Escape');

    // The tour, on its second step.
    await page.getByRole('button', { name: message(language, 'tour.button.present') }).click();
    const tour = page.getByRole('region', { name: message(language, 'tour.region') });
    await expect(tour).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2(&|$)/);
    await check('tour');
    await page.keyboard.press('Escape');
    await expect(tour).toHaveCount(0);

    // The import report of a file that needed repairs.
    await page.getByLabel(message(language, 'import.open.input')).setInputFiles({
      name: 'flawed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FLAWED_CSV),
    });
    const report = page.getByRole('dialog');
    await expect(report).toContainText('flawed.csv');
    await expect(
      report.getByRole('heading', { name: message(language, 'import.heading.repairs') }),
    ).toBeVisible();
    await check('import report', ['flawed.csv']);

    expect(found, 'English catalogue messages left on the page').toEqual({
      'main view': [],
      'evidence: a node': [],
      'evidence: a relation': [],
      tour: [],
      'import report': [],
    });
  });

  test(`${language}: the PNG's legend is in the language`, async ({ page }) => {
    await openMap(page, `lang=${language}`);
    await expect(page.locator('html')).toHaveAttribute('lang', TAGS[language]);
    // What the export draws as text: the legend's labels among them.
    await page.evaluate(() => {
      const drawn: string[] = [];
      (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
      for (const proto of [
        CanvasRenderingContext2D.prototype,
        OffscreenCanvasRenderingContext2D.prototype,
      ]) {
        const fillText = proto.fillText;
        proto.fillText = function (this: typeof proto, text: string, ...rest: [number, number]) {
          drawn.push(String(text));
          return fillText.call(this, text, ...rest);
        } as typeof fillText;
      }
    });
    // Russian and Kazakh actions do not fit the header's row at 1600 px: they are behind "Menu".
    const menu = page.getByRole('button', { name: message(language, 'app.menu'), exact: true });
    if (await menu.isVisible()) await menu.click();
    const png = await saveExport(
      page,
      /^PNG 1×/,
      30_000,
      message(language, 'export.menu'),
      message(language, 'app.menu'),
    );
    expect(png.name).toMatch(/\.png$/);
    const drawn = await page.evaluate(
      () => (window as unknown as { drawnTexts: string[] }).drawnTexts,
    );
    for (const sphere of Object.values(words.spheres)) expect(drawn).toContain(sphere.label);
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    for (const kind of kinds) expect(drawn).toContain(words.kinds[kind]!.label);
    const legend = drawn.join('\n');
    for (const id of ['graph.legend.bundle', 'graph.status.risk', 'graph.status.contested'])
      if (id in english) expect(legend).toContain(message(language, id));
    expect(leftovers(language, drawn), 'English in the PNG').toEqual([]);
  });

  test(`${language}: a quote stays as written, the project's translation under it, marked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMap(page, `lang=${language}`);
    await expect.poll(() => mapLabel(page, 'kazakhstan')).toBe(words.nodes.kazakhstan!.label);
    const quotesList = message(language, 'common.translation.quotes');
    const mark = message(language, 'common.translation.mark');

    // The evidence panel: the English passage with the quote, then the translation, badged.
    await clickNode(page, 'cnnc');
    const details = page.getByRole('region', { name: message(language, 'evidence.panel') });
    const quote = graph.nodes.find((n) => n.id === 'cnnc')!.evidence[0]!.quote;
    const figure = details
      .locator('figure')
      .filter({ has: page.locator('blockquote', { hasText: quote }) });
    await expect(figure.locator('blockquote')).toHaveAttribute('lang', article.language);
    await expect(figure.locator('blockquote mark').first()).toBeVisible();
    const list = figure.getByRole('list', { name: quotesList });
    const item = list.getByRole('listitem').filter({ hasText: words.quotes[quote]! });
    await expect(item).toBeVisible();
    await expect(item.locator(`q[lang="${language}"]`)).toHaveText(words.quotes[quote]!);
    await expect(item).toContainText(mark);
    // The translation comes after the source's words, never in their place.
    const [quoteBox, listBox] = await Promise.all([
      figure.locator('blockquote').boundingBox(),
      list.boundingBox(),
    ]);
    expect(listBox!.y).toBeGreaterThanOrEqual(quoteBox!.y + quoteBox!.height - 1);
    const { violations } = await new AxeBuilder({ page }).include('.ev-passage').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');

    // The tour: the step's passages carry the translations of their quotes too.
    await page.getByRole('button', { name: message(language, 'tour.button.present') }).click();
    const tour = page.getByRole('region', { name: message(language, 'tour.region') });
    const passage = tour
      .locator('figure')
      .filter({ has: page.getByRole('list', { name: quotesList }) });
    await expect(passage.first()).toBeVisible();
    const source = await passage.first().locator('blockquote').textContent();
    const shown = await passage.first().locator(`q[lang="${language}"]`).allTextContents();
    // Each one shown translates a quote of that passage, in the passage's order.
    const expected = Object.keys(words.quotes)
      .filter((q) => source!.includes(q) && shown.includes(words.quotes[q]!))
      .sort((a, b) => source!.indexOf(a) - source!.indexOf(b))
      .map((q) => words.quotes[q]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
  });

  test(`${language}: axe clean at 1280×720${language === 'ru' ? '' : ', screenshots taken'}`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMap(page, `lang=${language}`);
    await expect(page.locator('html')).toHaveAttribute('lang', TAGS[language]);
    await expect.poll(() => mapLabel(page, 'kazakhstan')).toBe(words.nodes.kazakhstan!.label);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    // Nothing pushed sideways out of the filters panel by longer sphere names.
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('aside button, aside label')]
        .filter((el) => {
          const aside = el.closest('aside')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > aside.right + 1;
        })
        .map((el) => el.textContent?.trim() || el.getAttribute('aria-label')),
    );
    expect(overflow, 'controls past the side panel').toEqual([]);
    if (language === 'ru') return;
    // Looked at by a person: glyphs, not boxes; nothing overflowing.
    await page.screenshot({ path: testInfo.outputPath(`${language}-1280x720.png`) });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await clickNode(page, 'kazakhstan');
    await page.screenshot({ path: testInfo.outputPath(`${language}-1920x1080.png`) });
  });
}

test('the header stays one row in every language, giving up words, then its actions to Menu', async ({
  page,
}) => {
  test.setTimeout(150_000);
  for (const width of [1000, 1201, 1280, 1600, 1920, 2200, 2560]) {
    await page.setViewportSize({ width, height: 900 });
    for (const language of ['en', ...TRANSLATED] as const) {
      await page.goto('about:blank');
      await openMap(page, `lang=${language}`);
      const search = page.getByRole('combobox', { name: message(language, 'search.label') });
      const header = page.getByRole('banner');
      const row = (await search.boundingBox())!;
      expect((await header.boundingBox())!.height, `${language} at ${width} px`).toBeLessThan(
        2 * row.height,
      );
      // Every action is at hand: in the row, or in the menu.
      const exportButton = page.getByRole('button', {
        name: message(language, 'export.menu'),
        exact: true,
      });
      // On a big screen the row gives up words before it puts the actions behind Menu.
      if (width >= 2200)
        await expect(exportButton, `${language} at ${width} px: in the row`).toBeVisible();
      if (!(await exportButton.isVisible()))
        await page
          .getByRole('button', { name: message(language, 'app.menu'), exact: true })
          .click();
      await expect(exportButton).toBeVisible();
      const box = (await exportButton.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  }
});

test('a link with lang=kk opens the interface in Kazakh, whatever the browser says', async ({
  page,
}) => {
  await openMap(page, 'lang=kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('combobox', { name: 'Тіл' })).toHaveValue('kk');
  await expect(
    page.getByRole('button', { name: message('kk', 'tour.button.present') }),
  ).toBeVisible();
  await expect.poll(() => mapLabel(page, 'kazakhstan')).toBe('Қазақстан');
});

test('a problem found as the page opens is told in the page’s language', async ({ page }) => {
  await openMap(page, 'lang=ru');
  // A kept import that cannot be read any more, read as the page opens in Russian.
  await page.evaluate(() => localStorage.setItem('silkgraph:last-import', '{"version":1,'));
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const said = message('ru', 'import.kept.unreadable').replace(
    '{why}',
    message('ru', 'maps.problem.notSaved'),
  );
  await expect(page.getByText(said)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('silkgraph:last-import'))).toBeNull();
});
