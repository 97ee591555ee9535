import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { saveExport } from './exports';
import { article, clickNode, expect, graph, openMap, test } from './fixtures';

// Issue 18: the evidence of any map exports as W3C Web Annotations, and such a file's annotations
// on the same text come back as evidence of one's own map.

test.use({ viewport: { width: 1600, height: 1000 } });

const NODE = 'community-of-shared-future';
const node = graph.nodes.find((n) => n.id === NODE)!;
/** The node keeps its first two passages on the map; the file brings back the rest. */
const KEPT = 2;

/** The whole text as the annotations count it: the blocks joined with line breaks, by code point. */
const whole = [...article.blocks.map((b) => b.text).join('\n')];

async function exportFromBuiltIn(page: Page) {
  await openMap(page);
  const file = await saveExport(page, /^Evidence as Web Annotations \(JSON-LD\)/);
  return file;
}

/** A copy of the built-in map, editable, with some of the node's evidence removed. */
async function openOwnCopy(page: Page) {
  await page.evaluate(
    ({ id, kept }) => {
      const s = window.silkgraph!.store.getState();
      const graph = {
        ...s.graph,
        nodes: s.graph.nodes.map((n) =>
          n.id === id ? { ...n, evidence: n.evidence.slice(0, kept) } : n,
        ),
      };
      s.openOwnMap({ article: s.article, graph, positions: s.positions, spheres: s.spheres }, null);
    },
    { id: NODE, kept: KEPT },
  );
  await expect(page.getByRole('toolbar', { name: 'Edit map' })).toBeVisible();
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: 'Edit map' })
    .getByRole('button', { name: 'Import annotations…' })
    .click();
  await (await chooser).setFiles({ name, mimeType: 'application/ld+json', buffer });
}

const evidenceCount = (page: Page) =>
  page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { level: 3, name: /^Evidence/ });

test('the built-in map’s evidence exports as a JSON-LD annotation collection on its text', async ({
  page,
}) => {
  const { name, bytes } = await exportFromBuiltIn(page);
  expect(name).toMatch(/-annotations\.jsonld$/);
  const json = JSON.parse(bytes.toString('utf8'));
  expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(json.type).toBe('AnnotationCollection');
  const passages =
    graph.nodes.reduce((n, x) => n + x.evidence.length, 0) +
    graph.edges.reduce((n, x) => n + x.evidence.length, 0);
  expect(json.total).toBe(passages);
  expect(json.first.type).toBe('AnnotationPage');
  expect(json.first.items).toHaveLength(passages);
  await expect(page.getByRole('status').filter({ hasText: name })).toContainText(
    `${passages} annotations`,
  );

  // The first annotation is the first node's first passage, its selectors verbatim text.
  const first = json.first.items[0];
  expect(first.type).toBe('Annotation');
  const quote = first.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
  const position = first.target.selector.find(
    (s: { type: string }) => s.type === 'TextPositionSelector',
  );
  expect(quote.exact).toBe(graph.nodes[0]!.evidence[0]!.quote);
  const block = article.blocks.find((b) => b.id === graph.nodes[0]!.evidence[0]!.block)!;
  expect(block.text).toContain(quote.exact);
  expect(whole.slice(position.start, position.end).join('')).toBe(quote.exact);
  expect(whole.slice(position.start - quote.prefix.length, position.start).join('')).toBe(
    quote.prefix,
  );
  expect(whole.slice(position.end, position.end + [...quote.suffix].length).join('')).toBe(
    quote.suffix,
  );
});

test('annotations imported into one’s own map bring the evidence back, one undo step', async ({
  page,
}) => {
  const { name, bytes } = await exportFromBuiltIn(page);
  await openOwnCopy(page);
  await clickNode(page, NODE);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2, name: node.label })).toBeVisible();
  await expect(evidenceCount(page)).toHaveText(`Evidence ${KEPT} passages`);

  await chooseFile(page, name, bytes);
  const dialog = page.getByRole('dialog', { name: 'Annotations imported' });
  await expect(dialog).toBeVisible();
  const back = node.evidence.length - KEPT;
  await expect(dialog).toContainText(`${back} passages were added to 1 node or relation`);
  await expect(dialog.getByRole('list', { name: 'Passages added' })).toHaveText(
    `Node “${node.label}”: ${back} passages`,
  );
  await expect(dialog.getByRole('list', { name: 'Annotations not placed' })).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(evidenceCount(page)).toHaveText(`Evidence ${node.evidence.length} passages`);
  const last = node.evidence.at(-1)!;
  const figures = details.getByRole('figure');
  await expect(figures).toHaveCount(node.evidence.length);
  await expect(figures.last()).toContainText(last.quote.slice(0, 30));

  await page
    .getByRole('toolbar', { name: 'Edit map' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(evidenceCount(page)).toHaveText(`Evidence ${KEPT} passages`);
  await expect(figures).toHaveCount(KEPT);
  expect(
    await page.evaluate(
      (id) =>
        window.silkgraph!.store.getState().graph.nodes.find((n) => n.id === id)!.evidence.length,
      NODE,
    ),
  ).toBe(KEPT);
});

test('a broken file gives a message, changes nothing, and the dialog is axe clean', async ({
  page,
}) => {
  await openMap(page);
  await openOwnCopy(page);
  const before = await page.evaluate(() => window.silkgraph!.store.getState().graph);

  await chooseFile(page, 'broken.jsonld', Buffer.from('{"@context": "http://www.w3.org/ns/anno'));
  const dialog = page.getByRole('dialog', { name: 'Annotations not imported' });
  await expect(dialog).toContainText('“broken.jsonld”: The file is not JSON');
  await expect(dialog).toContainText('The map is unchanged.');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Annotations of another text: each one is listed with why it was not placed.
  const other = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://example.org/anno/1',
    body: [{ type: 'SpecificResource', source: `urn:silkgraph:other:node:${NODE}` }],
    target: {
      source: 'https://example.org/text',
      selector: { type: 'TextQuoteSelector', exact: '<img src=x onerror=alert(1)>' },
    },
  };
  await chooseFile(page, 'other.jsonld', Buffer.from(JSON.stringify(other)));
  const none = page.getByRole('dialog', { name: 'No annotations imported' });
  await expect(none.getByRole('list', { name: 'Annotations not placed' })).toHaveText(
    'Annotation 1 (https://example.org/anno/1): its quote is not in the text.',
  );
  await expect(none.locator('img')).toHaveCount(0);
  await none.getByRole('button', { name: 'Close' }).click();

  expect(await page.evaluate(() => window.silkgraph!.store.getState().graph)).toEqual(before);
  await expect(
    page.getByRole('toolbar', { name: 'Edit map' }).getByRole('button', { name: 'Undo' }),
  ).toBeDisabled();
});
