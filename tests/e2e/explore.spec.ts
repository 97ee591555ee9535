import AxeBuilder from '@axe-core/playwright';
import { visibleElements, ALL_FILTERS } from '../../src/domain/filters';
import { elementsByBlock } from '../../src/domain/evidence';
import { shortestPath } from '../../src/domain/metrics';
import {
  clickEdge,
  clickNode,
  expect,
  graph,
  idsWithClass,
  labelOf,
  openMap,
  shownIds,
  test,
} from './fixtures';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

test('turning a sphere off hides exactly what the rule says, and moves nothing that stays', async ({
  page,
}) => {
  await openMap(page);
  const before = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])),
  );
  await page.getByRole('checkbox', { name: /Energy/ }).uncheck();

  const expected = visibleElements(graph, {
    ...ALL_FILTERS,
    spheres: ['political', 'economic', 'humanitarian'],
  });
  const shown = await shownIds(page);
  expect(shown.nodes).toEqual(sorted(expected.nodes));
  expect(shown.edges).toEqual(sorted(expected.edges));
  expect(shown.edges.length).toBeLessThan(graph.edges.length);
  await expect(page.getByText(/relations hidden/)).toBeVisible();

  const after = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])),
  );
  for (const id of shown.nodes) expect(after[id]).toEqual(before[id]);

  await page.getByRole('button', { name: 'Show only Humanitarian' }).click();
  const onlyHum = visibleElements(graph, { ...ALL_FILTERS, spheres: ['humanitarian'] });
  expect((await shownIds(page)).nodes).toEqual(sorted(onlyHum.nodes));

  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(page.getByText('Nothing to show: the filters hide every node.')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Reset filters' }).click();
  expect((await shownIds(page)).nodes).toHaveLength(graph.nodes.length);
});

test('clicking a node on the canvas shows its passages, quote highlighted in its paragraph', async ({
  page,
}) => {
  await openMap(page);
  await clickNode(page, 'cnnc');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2, name: 'CNNC' })).toBeVisible();
  const node = graph.nodes.find((n) => n.id === 'cnnc')!;
  await expect(details.locator('mark').first()).toContainText(node.evidence[0]!.quote.slice(0, 40));
  // The reader scrolled to the same passage and highlights it too.
  const block = page.locator(`#block-${node.evidence[0]!.block}`);
  await expect(block).toBeInViewport();
  await expect(block.locator('mark').first()).toBeVisible();
  expect(await idsWithClass(page, 'selected')).toEqual(['cnnc']);
});

test('clicking an edge on the canvas shows source, relation, target and its passage', async ({
  page,
}) => {
  await openMap(page);
  const edge = graph.edges.find((e) => e.id.includes('cnnc'))!;
  await clickEdge(page, edge.id);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText(edge.relation);
  await expect(details.getByRole('button', { name: labelOf(edge.source) }).first()).toBeVisible();
  await expect(details.locator('mark').first()).toContainText(edge.evidence[0]!.quote.slice(0, 30));
});

test('clicking a marked passage in the article selects the elements it supports', async ({
  page,
}) => {
  await openMap(page);
  const block = 'p19';
  const supported = (elementsByBlock(graph).get(block) ?? []).map((r) => r.id).sort();
  expect(supported.length).toBeGreaterThan(0);
  await page
    .locator(`#block-${block}`)
    .getByRole('button', { name: /select the \d+ elements? this passage supports$/ })
    .click();
  expect(await idsWithClass(page, 'selected')).toEqual(supported);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Passage');
});

test('search: "/" focuses it, Enter selects and centres the node', async ({ page }) => {
  await openMap(page);
  await page.locator('body').press('/');
  const box = page.getByRole('combobox', { name: 'Search nodes' });
  await expect(box).toBeFocused();
  await box.fill('Beijing');
  await expect(page.getByRole('option').first()).toContainText('China');
  await box.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: 'China' }),
  ).toBeVisible();
  await page.waitForTimeout(500);
  const centred = await page.evaluate(() => {
    const cy = window.cy!;
    const p = cy.getElementById('china').renderedPosition();
    return Math.abs(p.x - cy.width() / 2) < 20 && Math.abs(p.y - cy.height() / 2) < 20;
  });
  expect(centred).toBe(true);
  // The address follows the view after the next frame.
  await expect(page).toHaveURL(/sel=n%3Achina/);
});

test('neighbourhood focus shows only the node and its neighbours', async ({ page }) => {
  await openMap(page);
  await clickNode(page, 'cnnc');
  await page
    .getByRole('group', { name: 'Focus neighbourhood' })
    .getByRole('button', { name: '1 step' })
    .click();
  const neighbours = new Set(['cnnc']);
  for (const e of graph.edges) {
    if (e.source === 'cnnc') neighbours.add(e.target);
    if (e.target === 'cnnc') neighbours.add(e.source);
  }
  expect((await shownIds(page)).nodes).toEqual(sorted(neighbours));
  await page
    .getByRole('group', { name: 'Focus neighbourhood' })
    .getByRole('button', { name: '2 steps' })
    .click();
  expect((await shownIds(page)).nodes.length).toBeGreaterThan(neighbours.size);
  await page
    .getByRole('group', { name: 'Focus neighbourhood' })
    .getByRole('button', { name: 'Off' })
    .click();
  expect((await shownIds(page)).nodes).toHaveLength(graph.nodes.length);
});

test('path: two nodes give the shortest chain, highlighted and listed with evidence', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Path' }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption({ label: 'CNNC' });
  await page.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Nazarbayev University' });
  const expected = shortestPath(
    graph,
    visibleElements(graph, ALL_FILTERS),
    'cnnc',
    'nazarbayev-university',
  )!;
  expect(expected.length).toBeGreaterThan(1);
  const panel = page.getByRole('region', { name: 'Path' });
  await expect(panel.getByText(`${expected.length} steps`)).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(expected.length);
  expect(await idsWithClass(page, 'on-path')).toEqual(
    [
      ...new Set([...expected.map((s) => s.edgeId), ...expected.flatMap((s) => [s.from, s.to])]),
    ].sort(),
  );
  // With every sphere but one off, the two ends are no longer connected: the panel says so.
  await page.getByRole('tab', { name: 'Filters' }).click();
  await page.getByRole('button', { name: 'Show only Energy' }).click();
  await page.getByRole('tab', { name: 'Path' }).click();
  await expect(panel.getByText(/No path between CNNC and Nazarbayev University/)).toBeVisible();
});

test('a copied link reopens the same view: filters, selection and focus', async ({
  page,
  context,
}) => {
  await openMap(page);
  await page.getByRole('checkbox', { name: /Humanitarian/ }).uncheck();
  await clickNode(page, 'kazakhstan');
  await page
    .getByRole('group', { name: 'Focus neighbourhood' })
    .getByRole('button', { name: '1 step' })
    .click();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shownBefore = await shownIds(page);

  const second = await context.newPage();
  await second.goto(link);
  await second.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  expect(await shownIds(second)).toEqual(shownBefore);
  await expect(second.getByRole('checkbox', { name: /Humanitarian/ })).not.toBeChecked();
  await expect(
    second
      .getByRole('region', { name: 'Details' })
      .getByRole('heading', { level: 2, name: 'Kazakhstan' }),
  ).toBeVisible();
});

test('a tampered link is ignored with a notice, and the app still works', async ({ page }) => {
  await openMap(page, 'spheres=political,<script>&sel=n:nowhere&focus=9&evil=1');
  await expect(page.getByText(/Ignored unknown spheres in the link/)).toBeVisible();
  await expect(page.getByText(/Ignored the selection in the link/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Political/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Energy/ })).not.toBeChecked();
  await clickNode(page, 'china');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: 'China' }),
  ).toBeVisible();
});

test('the element list is keyboard-navigable and in step with the map', async ({ page }) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Filters' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  const list = page.getByRole('region', { name: 'Elements' });
  await list.getByRole('button', { name: 'CNPC, Company, Economic, Energy' }).click();
  expect(await idsWithClass(page, 'selected')).toEqual(['cnpc']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await idsWithClass(page, 'selected')).not.toEqual(['cnpc']);
  // A click on the map is reflected in the list.
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(600);
  await clickNode(page, 'cnpc');
  expect(await idsWithClass(page, 'selected')).toEqual(['cnpc']);
  await expect(
    list.getByRole('button', { name: 'CNPC, Company, Economic, Energy' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

for (const [view, open] of [
  ['map with filters', async () => {}],
  ['a selected node', async (page: import('@playwright/test').Page) => clickNode(page, 'china')],
  [
    'the list',
    async (page: import('@playwright/test').Page) =>
      page.getByRole('tab', { name: 'List' }).click(),
  ],
  [
    'the path panel',
    async (page: import('@playwright/test').Page) =>
      page.getByRole('tab', { name: 'Path' }).click(),
  ],
] as const) {
  test(`no serious or critical accessibility violations: ${view}`, async ({ page }) => {
    await openMap(page);
    await open(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test('filters by kind and by status hide what the rule says', async ({ page }) => {
  await openMap(page);
  await page.getByRole('checkbox', { name: /^Concept\b/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Proposed\b/ }).uncheck();
  const expected = visibleElements(graph, {
    ...ALL_FILTERS,
    kinds: ALL_FILTERS.kinds.filter((k) => k !== 'concept'),
    statuses: ['established', 'risk', 'contested'],
  });
  const shown = await shownIds(page);
  expect(shown.nodes).toEqual(sorted(expected.nodes));
  expect(shown.edges).toEqual(sorted(expected.edges));
  expect(shown.nodes.some((id) => graph.nodes.find((n) => n.id === id)!.kind === 'concept')).toBe(
    false,
  );
});

test('hovering a node lights it and its neighbours; selecting dims what is not connected', async ({
  page,
}) => {
  await openMap(page);
  const point = await page.evaluate(() => {
    const cy = window.cy!;
    const p = cy.getElementById('cnnc').renderedPosition();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => idsWithClass(page, 'hover')).toEqual(['cnnc']);
  const neighbours = graph.edges
    .flatMap((e) => (e.source === 'cnnc' ? [e.target] : e.target === 'cnnc' ? [e.source] : []))
    .sort();
  expect(await idsWithClass(page, 'neighbour')).toEqual([...new Set(neighbours)]);
  await page.mouse.click(point.x, point.y);
  const dimmed = await idsWithClass(page, 'dimmed');
  expect(dimmed).not.toContain('cnnc');
  for (const n of neighbours) expect(dimmed).not.toContain(n);
  expect(dimmed.length).toBeGreaterThan(graph.nodes.length / 2);
});

test('nodes can be sized by degree or betweenness, on demand', async ({ page }) => {
  await openMap(page);
  const sizes = () =>
    page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.width()])));
  const plain = await sizes();
  expect(new Set(Object.values(plain)).size).toBe(1);
  await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('degree');
  const byDegree = await sizes();
  const degree = (id: string) =>
    graph.edges.filter((e) => e.source === id || e.target === id).length;
  expect(byDegree['china']).toBeGreaterThan(byDegree['cnnc']!);
  expect(degree('china')).toBeGreaterThan(degree('cnnc'));
  await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('betweenness');
  const byBetweenness = await sizes();
  expect(byBetweenness).not.toEqual(byDegree);
  await expect(page).toHaveURL(/size=betweenness/);
});

test('"Re-arrange visible" lays out only what is shown, and the article marks follow the filters', async ({
  page,
}) => {
  await openMap(page);
  const marked = () => page.getByRole('button', { name: /this passage supports/ }).count();
  // The article comes right after the map's first frame.
  await expect.poll(marked).toBeGreaterThan(0);
  const before = await marked();
  await page.getByRole('button', { name: 'Show only Humanitarian' }).click();
  // The article's marks follow once the map has painted the change.
  await expect.poll(marked).toBeLessThan(before);
  const hidden = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes(':hidden').map((n) => [n.id(), n.position()])),
  );
  const shownBefore = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes(':visible').map((n) => [n.id(), n.position()])),
  );
  await page.getByRole('button', { name: 'Re-arrange visible' }).click();
  // fcose loads on first use, then animates for 600 ms.
  await page.waitForFunction(
    () =>
      window
        .cy!.nodes()
        .toArray()
        .some((n) => n.animated()),
    null,
    {
      timeout: 10_000,
    },
  );
  await page.waitForFunction(
    () =>
      !window
        .cy!.nodes()
        .toArray()
        .some((n) => n.animated()),
    null,
    {
      timeout: 10_000,
    },
  );
  const hiddenAfter = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes(':hidden').map((n) => [n.id(), n.position()])),
  );
  const shownAfter = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes(':visible').map((n) => [n.id(), n.position()])),
  );
  expect(hiddenAfter).toEqual(hidden);
  expect(shownAfter).not.toEqual(shownBefore);
});

test('hovering a node lights up its relations; only a node with few of them has them labelled', async ({
  page,
}) => {
  await openMap(page);
  const hoverOver = async (id: string) => {
    const at = await page.evaluate((nodeId) => {
      const cy = window.cy!;
      const p = cy.getElementById(nodeId).renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => window.silkgraph!.store.getState().hovered))
      .toBe(id);
  };
  const relationsOf = (id: string) =>
    graph.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => e.id)
      .sort();

  // China, a hub: its 40-odd relations in their full colours, none labelled (they would pile up),
  // and the bundled links that stand for some of them (with Kazakhstan, with the Community).
  await hoverOver('china');
  const links = await page.evaluate(() =>
    window
      .cy!.edges('.bundle')
      .filter((e) => e.source().id() === 'china' || e.target().id() === 'china')
      .map((e) => e.id()),
  );
  expect(links).toContain('bundle:kazakhstan|china');
  expect(await idsWithClass(page, 'hover-edge')).toEqual(
    [...relationsOf('china'), ...links].sort(),
  );
  expect(relationsOf('china').length).toBeGreaterThan(8);
  expect(await idsWithClass(page, 'hover-label')).toEqual([]);

  // Astana: its few relations, each labelled with what it is where there is room for it (no label
  // over another: tests/e2e/labels.spec.ts).
  await hoverOver('astana');
  expect(relationsOf('astana').length).toBeGreaterThan(0);
  expect(await idsWithClass(page, 'hover-label')).toEqual(relationsOf('astana'));
  const labels = await page.evaluate(() =>
    window
      .cy!.edges('.hover-label')
      .map((e) => [e.style('label'), e.data('relation'), e.hasClass('label-hidden')]),
  );
  expect(labels.filter(([shown]) => shown !== '').length).toBeGreaterThan(0);
  for (const [shown, relation, hidden] of labels) expect(shown).toBe(hidden ? '' : relation);
});
