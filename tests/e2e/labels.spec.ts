import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, graph, openMap, test } from './fixtures';

// A map you can read at first sight: no label over another at any zoom, labels at least 11 px on a
// 1280×720 screen, the China–Kazakhstan relations (17 when the issue was filed, more since) as one
// bundled link. Label boxes are cytoscape's own rendered ones.

/** The relations between China and Kazakhstan, either way. */
const CK = graph.edges.filter(
  (e) =>
    (e.source === 'china' && e.target === 'kazakhstan') ||
    (e.source === 'kazakhstan' && e.target === 'china'),
).length;

const SIZES = [
  [390, 844],
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

/** After the camera stopped and the labels followed it (once it stood still a moment). */
async function settled(page: Page) {
  await page.waitForFunction(
    () => !window.cy!.animated() && !window.cy!.container()!.hasAttribute('data-labels-pending'),
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

interface Label {
  id: string;
  /** On screen, in the map's pixels. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Its font size on screen. */
  px: number;
  focus: boolean;
}

/** Every label cytoscape draws now: on an element drawn, with text, not faded to nothing. */
function drawnLabels(page: Page): Promise<{ labels: Label[]; width: number; height: number }> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const labels: Label[] = [];
    cy.elements().forEach((ele) => {
      // Styles read fresh (ele.visible() is cached and may lag a class change).
      if (ele.style('display') !== 'element' || ele.style('label') === '') return;
      if (Number(ele.style('text-opacity')) === 0 || Number(ele.style('opacity')) === 0) return;
      if (
        ele.isEdge() &&
        (ele.source().style('display') !== 'element' || ele.target().style('display') !== 'element')
      )
        return;
      const box = ele.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      } as never);
      if (!(box.w > 0)) return;
      labels.push({
        id: ele.id(),
        box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        px: parseFloat(ele.style('font-size')) * cy.zoom(),
        focus: ele.hasClass('tour-focus'),
      });
    });
    return { labels, width: cy.width(), height: cy.height() };
  });
}

/** Pairs of labels whose boxes overlap by more than half a pixel. */
function overlapping(labels: Label[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5)
        pairs.push(`${labels[i]!.id} × ${labels[j]!.id}`);
    }
  return pairs;
}

/** Labels that stick out of the map. */
const cut = ({ labels, width, height }: Awaited<ReturnType<typeof drawnLabels>>) =>
  labels
    .filter(
      (l) =>
        l.box.x1 < -0.5 || l.box.y1 < -0.5 || l.box.x2 > width + 0.5 || l.box.y2 > height + 0.5,
    )
    .map((l) => l.id);

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} no two labels overlap, at the opening view and zoomed in`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // Not openMap: on a phone the map may have no width yet (the layout's part of the issue).
    await page.goto('./');
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await settled(page);
    const opening = await drawnLabels(page);
    expect(overlapping(opening.labels)).toEqual([]);
    expect(cut(opening)).toEqual([]);
    if (opening.width === 0) return;
    expect(opening.labels.length).toBeGreaterThan(3);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Zoomed in on the middle, twice: labels still apart and inside the map.
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() => {
        const cy = window.cy!;
        cy.zoom({
          level: cy.zoom() * 2,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      });
      await settled(page);
      const zoomed = await drawnLabels(page);
      expect(overlapping(zoomed.labels)).toEqual([]);
      expect(cut(zoomed)).toEqual([]);
      expect(zoomed.labels.length).toBeGreaterThan(3);
    }
  });
}

test('at 1280×720 the labels shown read at 11 px at least, the hubs among them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await settled(page);
  const { labels } = await drawnLabels(page);
  expect(
    labels.filter((l) => l.px < 11 - 0.01).map((l) => `${l.id}: ${l.px.toFixed(1)} px`),
  ).toEqual([]);
  const named = labels.map((l) => l.id);
  for (const hub of ['china', 'kazakhstan', 'community-of-shared-future'])
    expect(named).toContain(hub);
  expect(labels.length).toBeGreaterThan(15);
});

test('a label hidden for room shows while its node is hovered, over none', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await settled(page);
  const hidden = await page.evaluate(() => window.cy!.nodes('.label-hidden').map((n) => n.id()));
  expect(hidden.length).toBeGreaterThan(0);
  const at = await page.evaluate((id) => {
    const p = window.cy!.getElementById(id).renderedPosition();
    const r = window.cy!.container()!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, hidden[0]!);
  await page.mouse.move(at.x, at.y);
  await expect
    .poll(() => page.evaluate(() => window.silkgraph!.store.getState().hovered))
    .toBe(hidden[0]);
  await settled(page);
  const { labels } = await drawnLabels(page);
  expect(labels.map((l) => l.id)).toContain(hidden[0]);
  expect(overlapping(labels)).toEqual([]);
});

test('the China–Kazakhstan relations are one link with its count; a click on it opens it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await settled(page);
  const drawn = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const link = cy.getElementById('bundle:kazakhstan|china');
      return {
        link: link.style('display') === 'element',
        label: link.style('label'),
        relations: cy
          .edges('[bundle = "bundle:kazakhstan|china"]')
          .filter((e) => e.style('display') === 'element').length,
      };
    });
  expect(CK).toBeGreaterThanOrEqual(17);
  expect(await drawn()).toEqual({ link: true, label: String(CK), relations: 0 });

  // A click on its count zooms in and opens it.
  const at = await page.evaluate(() => {
    const cy = window.cy!;
    const box = cy
      .getElementById('bundle:kazakhstan|china')
      .renderedBoundingBox({ includeEdges: false, includeLabels: true } as never);
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + (box.x1 + box.x2) / 2, y: r.top + (box.y1 + box.y2) / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await settled(page);
  expect(await page.evaluate(() => window.cy!.zoom())).toBeGreaterThanOrEqual(1.2);
  expect(await drawn()).toMatchObject({ link: false, relations: CK });
  // Nothing was selected: the link stands for its relations, it is not one of them.
  expect(await page.evaluate(() => window.silkgraph!.store.getState().selection)).toBeNull();
});

test('the bundled link counts what the filters show, and opens for a relation picked in the list', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  const label = () =>
    page.evaluate(() => window.cy!.getElementById('bundle:kazakhstan|china').style('label'));
  const energy = graph.edges.filter(
    (e) =>
      e.domains.includes('energy') && [e.source, e.target].sort().join() === 'china,kazakhstan',
  ).length;
  expect(energy).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Show only Energy' }).click();
  await expect.poll(label).toBe(String(energy));
  await page.getByRole('button', { name: 'All spheres' }).click();
  await expect.poll(label).toBe(String(CK));

  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('searchbox', { name: 'Filter list' }).fill('direct neighbour');
  // Listed on its own, its name saying which link draws it.
  const item = page.getByRole('button', { name: /^Kazakhstan is a direct neighbour of China/ });
  await expect(item).toHaveAccessibleName(
    new RegExp(`one of ${CK} relations between Kazakhstan and China, drawn as one link`),
  );
  await item.click();
  await expect
    .poll(() =>
      page.evaluate(() => ({
        link: window.cy!.getElementById('bundle:kazakhstan|china').style('display'),
        relation: window.cy!.getElementById('kazakhstan-neighbour-of-china').style('display'),
      })),
    )
    .toEqual({ link: 'none', relation: 'element' });
});

// How many of the steps' actors are named at least, over the whole tour: on the 510 px map a
// 1024×768 window leaves beside the tour's panel the collision rule hides a few. `px`: the size of
// the labels on screen, smaller on that narrow map (projectorLabelPx).
for (const [width, height, named, px] of [
  [1024, 768, 0.8, 16],
  [1280, 720, 0.97, 20],
  [1920, 1080, 0.97, 20],
] as const)
  test(`in the tour at ${width}×${height}, every step's labels are apart and inside the map`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await openMap(page, 'step=1');
    await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
    await settled(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const steps = await page.evaluate(() => window.silkgraph!.store.getState().tour!.steps.length);
    const problems: string[] = [];
    const unnamed: string[] = [];
    let actors = 0;
    for (let step = 1; step <= steps; step++) {
      await expect(page.getByText(`Step ${step} of ${steps}`, { exact: true })).toBeVisible();
      await settled(page);
      const view = await drawnLabels(page);
      problems.push(...overlapping(view.labels).map((p) => `step ${step}: ${p}`));
      problems.push(...cut(view).map((id) => `step ${step}: ${id} cut`));
      // Only the step's actors are labelled, large.
      problems.push(
        ...view.labels
          .filter((l) => !l.id.startsWith('bundle:') && (!l.focus || l.px < px - 0.01))
          .map((l) => `step ${step}: ${l.id} at ${l.px.toFixed(1)} px`),
      );
      const focus = await page.evaluate(() => window.cy!.nodes('.tour-focus').map((n) => n.id()));
      const labelled = view.labels.map((l) => l.id);
      actors += focus.length;
      unnamed.push(...focus.filter((id) => !labelled.includes(id)).map((id) => `${step}: ${id}`));
      // The step's number and its Previous and Next stay inside the window.
      for (const control of [
        page.getByText(`Step ${step} of ${steps}`, { exact: true }),
        page.getByRole('button', { name: /Previous/ }),
        page.getByRole('button', { name: /Next/ }),
      ]) {
        const box = await control.boundingBox();
        if (!box) problems.push(`step ${step}: a control is not on the page`);
        else if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height)
          problems.push(`step ${step}: ${await control.textContent()} outside the window`);
      }
      if (step < steps) await page.keyboard.press('ArrowRight');
    }
    expect(problems).toEqual([]);
    expect(1 - unnamed.length / actors, `unnamed: ${unnamed.join(', ')}`).toBeGreaterThanOrEqual(
      named,
    );
  });
