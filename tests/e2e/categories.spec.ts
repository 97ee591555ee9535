import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Article, Graph, SphereDef } from '../../src/domain/schema';
import { expect, openMap, shownIds, test } from './fixtures';
import { saveExport } from './exports';

test.use({ viewport: { width: 1600, height: 1000 } });

// A small map of one's own whose nodes and relations use categories of its own.
const article: Article = {
  id: 'harbour',
  title: 'The harbour and the hills',
  author: 'A test',
  sections: [{ id: 'one', title: 'One' }],
  blocks: [
    {
      id: 'p1',
      type: 'paragraph',
      section: 'one',
      text: 'The harbour ships grain to the hills. The hills send wool to the harbour.',
    },
  ],
} as unknown as Article;
const categories: SphereDef[] = [
  { id: 'shipping', label: 'Shipping', colour: '#0072b2' },
  { id: 'farming', label: 'Farming', colour: '#d55e00' },
];
const graph: Graph = {
  nodes: [
    { id: 'harbour', label: 'Harbour', domains: ['shipping'] },
    { id: 'hills', label: 'Hills', domains: ['farming'] },
    { id: 'grain', label: 'Grain', domains: ['farming'] },
  ].map((n) => ({
    ...n,
    aliases: [],
    kind: 'place' as const,
    summary: `${n.label} in the text.`,
    evidence: [{ block: 'p1', quote: n.label === 'Grain' ? 'grain' : `The ${n.id}` }],
  })),
  edges: [
    {
      id: 'harbour-ships-hills',
      source: 'harbour',
      target: 'hills',
      relation: 'ships grain to',
      domains: ['shipping'],
      status: 'established',
      attribution: 'fact',
      year: null,
      evidence: [{ block: 'p1', quote: 'The harbour ships grain to the hills.' }],
    },
  ],
};

async function openOwnMap(page: Page) {
  await openMap(page);
  await page.evaluate(
    (dataset) => window.silkgraph!.store.getState().openOwnMap({ ...dataset, positions: {} }, null),
    { article, graph, spheres: categories },
  );
  await page.waitForFunction(() => window.cy?.getElementById('harbour').length === 1);
}

const nodeColour = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const node = window.cy!.getElementById(nodeId);
    return {
      pie: String(node.style('pie-1-background-color')),
      data: String(node.data('pie1Colour')),
    };
  }, id);

test('a category renamed and recoloured: filters, legend, canvas, undo and the SVG follow', async ({
  page,
}) => {
  await openOwnMap(page);
  const bar = page.getByRole('toolbar', { name: 'Edit map' });
  const filters = page.getByRole('region', { name: 'Filters' });
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await expect(filters.getByRole('group', { name: 'Categories' })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^Shipping/ })).toBeChecked();
  await expect(legend.getByRole('list', { name: 'Colours' })).toHaveText(
    ['Shipping', 'Farming'].join(''),
  );
  const before = await nodeColour(page, 'harbour');
  expect(before.data).toBe('#0072b2');

  await bar.getByRole('button', { name: 'Categories…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Categories' });
  const name = dialog.getByRole('textbox', { name: 'Name of Shipping' });
  await name.fill('Sea trade');
  await name.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Renamed “Shipping” to “Sea trade”.');
  await dialog.getByLabel('Colour of Sea trade').fill('#882255');
  await expect(dialog.getByRole('status')).toContainText('Recoloured “Sea trade”.');

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations).toEqual([]);
  // Deleting one in use says how many use it, and moves them only when asked.
  await dialog.getByRole('button', { name: 'Delete Farming' }).click();
  await expect(dialog.getByRole('group', { name: 'Delete Farming' })).toContainText(
    '“Farming” is used by 2 nodes.',
  );
  const { violations: withDelete } = await new AxeBuilder({ page }).analyze();
  expect(withDelete).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The filter and the legend say the new name; the canvas draws the new colour.
  await expect(filters.getByRole('checkbox', { name: /^Sea trade/ })).toBeChecked();
  await expect(legend.getByRole('list', { name: 'Colours' })).toHaveText('Sea tradeFarming');
  await expect.poll(async () => (await nodeColour(page, 'harbour')).data).toBe('#882255');
  const after = await nodeColour(page, 'harbour');
  expect(after.pie).not.toBe(before.pie);

  // Filtering by it hides the others.
  await filters.getByRole('button', { name: 'Show only Sea trade' }).click();
  await expect
    .poll(() => shownIds(page))
    .toEqual({
      nodes: ['harbour', 'hills'],
      edges: ['harbour-ships-hills'],
    });
  await expect(page).toHaveURL(/spheres=shipping/);

  // The SVG's legend names it.
  const svg = await saveExport(page, /^SVG/);
  const legendTexts = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent ?? '');
  }, svg.bytes.toString('utf8'));
  expect(legendTexts.slice(0, 3)).toEqual([
    'Sea trade',
    'Farming',
    'Pie inside a node: its categories, a slice each',
  ]);
  expect(svg.bytes.toString('utf8').toLowerCase()).toContain('#882255');

  // Undo (the toolbar's) takes back the colour, then the name.
  await page.keyboard.press('Escape');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await nodeColour(page, 'harbour')).data).toBe('#0072b2');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(filters.getByRole('checkbox', { name: /^Shipping/ })).toBeChecked();
  await expect(legend.getByRole('list', { name: 'Colours' })).toHaveText('ShippingFarming');
});

test('a new category shows in the filter and the legend; deleting it takes it out', async ({
  page,
}) => {
  await openOwnMap(page);
  const bar = page.getByRole('toolbar', { name: 'Edit map' });
  const filters = page.getByRole('region', { name: 'Filters' });
  await bar.getByRole('button', { name: 'Categories…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Categories' });
  await dialog.getByRole('textbox', { name: 'New category', exact: true }).fill('Weather');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name of Weather' })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^Weather/ })).toBeChecked();
  await expect(page.getByRole('complementary', { name: 'Legend' })).toContainText('Weather');
  await dialog.getByRole('button', { name: 'Move Weather up' }).click();
  const names = dialog
    .getByRole('list', { name: 'Categories of this map' })
    .getByRole('textbox', { name: /^Name of / });
  await expect
    .poll(() => names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
    .toEqual(['Shipping', 'Weather', 'Farming']);
  await dialog.getByRole('button', { name: 'Delete Weather' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name of Weather' })).toHaveCount(0);
  await expect(filters.getByRole('checkbox', { name: /^Weather/ })).toHaveCount(0);
  // A map file keeps the categories, names and colours.
  await dialog.getByRole('button', { name: 'Close' }).click();
  const file = await saveExport(page, /^Map file \(Silkgraph JSON\)/);
  expect(JSON.parse(file.bytes.toString('utf8'))).toMatchObject({ silkgraph: 2, categories });
});
