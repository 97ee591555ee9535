import { elementsByBlock } from '../../src/domain/evidence';
import { expect, graph, idsWithClass, openMap, test } from './fixtures';

test('clicking the text of a marked passage selects what it supports, as its button does', async ({
  page,
}) => {
  await openMap(page);
  const block = 'p19';
  const supported = (elementsByBlock(graph).get(block) ?? []).map((r) => r.id).sort();
  expect(supported.length).toBeGreaterThan(0);
  const passage = page.locator(`#block-${block}`);
  const button = passage.getByRole('button', { name: /this passage supports$/ });
  // A point of its text, away from its button.
  const onText = async () => {
    const { width, height } = (await passage.boundingBox())!;
    return { position: { x: width * 0.6, y: height * 0.5 } };
  };
  await passage.click(await onText());
  expect(await idsWithClass(page, 'selected')).toEqual(supported);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Passage');
  // Again: cleared, as the button would.
  await passage.click(await onText());
  expect(await idsWithClass(page, 'selected')).toEqual([]);
  await expect(button).toHaveAttribute('aria-pressed', 'false');

  // A drag that selects words to copy them selects nothing on the map.
  const box = (await passage.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()!.toString().length)).toBeGreaterThan(5);
  expect(await idsWithClass(page, 'selected')).toEqual([]);
});

test('each passage button says which passage it is', async ({ page }) => {
  await openMap(page);
  const buttons = page
    .getByRole('region', { name: 'Article' })
    .getByRole('button', { name: /this passage supports$/ });
  await expect(buttons.first()).toBeVisible();
  const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(10);
  expect(new Set(names).size).toBe(names.length);
  await expect(page.locator('#block-p1').getByRole('button')).toHaveAccessibleName(
    /^“In the context of increasing interdependence…”: select the \d+ elements this passage supports$/,
  );
});
