import AxeBuilder from '@axe-core/playwright';
import { ALL_FILTERS, visibleElements } from '../../src/domain/filters';
import type { Attribution } from '../../src/domain/schema';
import { ATTRIBUTIONS } from '../../src/domain/vocabulary';
import { expect, graph, labelOf, openMap, shownIds, test } from './fixtures';

// Whose claim a relation is: the filters hide and show by it, the evidence panel says it in words.

const sorted = (s: ReadonlySet<string>) => [...s].sort();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SHORT: Record<Attribution, string> = {
  author: 'author’s assessment',
  realist: 'realist reading',
  liberal: 'liberal reading',
  constructivist: 'constructivist reading',
  china: 'China’s position',
  kazakhstan: 'Kazakhstan’s position',
  fact: 'reported fact',
};
const MARKS: Record<Attribution, string> = {
  author: 'tee',
  realist: 'diamond',
  liberal: 'diamond',
  constructivist: 'diamond',
  china: 'circle',
  kazakhstan: 'square',
  fact: 'none',
};

// Written out here rather than imported, so a change of wording in the app fails the test.
const LEADS: Record<Attribution, [lead: string, label: string]> = {
  author: ['The author argues that', 'Author’s assessment'],
  realist: ['From a realist perspective,', 'Realist reading'],
  liberal: ['From a liberal standpoint,', 'Liberal reading'],
  constructivist: ['From a constructivist point of view,', 'Constructivist reading'],
  china: ['The article reports China’s position:', 'China’s position (as reported)'],
  kazakhstan: ['The article reports Kazakhstan’s position:', 'Kazakhstan’s position (as reported)'],
  fact: ['The article reports that', 'Reported fact'],
};

test('turning an attribution off hides exactly its relations, and the link keeps it', async ({
  page,
}) => {
  await openMap(page);
  const group = page.getByRole('group', { name: 'Whose claim (mark on the line)' });
  await expect(group.getByRole('checkbox')).toHaveCount(ATTRIBUTIONS.length);
  const authors = graph.edges.filter((e) => e.attribution === 'author').length;
  // The label and its count are flex items: Chromium puts a space between them in the name.
  await expect(group.getByRole('checkbox', { name: /^Author’s assessment/ })).toHaveAccessibleName(
    new RegExp(`^Author’s assessment ?, ${authors}$`),
  );

  await group.getByRole('checkbox', { name: /^Author’s assessment/ }).uncheck();
  const withoutAuthor = visibleElements(graph, {
    ...ALL_FILTERS,
    attributions: ATTRIBUTIONS.filter((a) => a !== 'author'),
  });
  // The map follows the filters in its next frame: wait for it.
  await expect.poll(async () => (await shownIds(page)).edges).toEqual(sorted(withoutAuthor.edges));
  const shown = await shownIds(page);
  expect(shown.nodes).toEqual(sorted(withoutAuthor.nodes));
  expect(
    shown.edges.some((id) => graph.edges.find((e) => e.id === id)!.attribution === 'author'),
  ).toBe(false);
  await expect(page).toHaveURL(
    /claim=realist%2Cliberal%2Cconstructivist%2Cchina%2Ckazakhstan%2Cfact|claim=realist,liberal,constructivist,china,kazakhstan,fact/,
  );

  // Only the theoretical readings: what the article frames as readings, not as facts.
  for (const name of [/^China’s position/, /^Kazakhstan’s position/, /^Reported fact/])
    await group.getByRole('checkbox', { name }).uncheck();
  const readings = graph.edges.filter((e) =>
    ['realist', 'liberal', 'constructivist'].includes(e.attribution!),
  );
  expect(readings.length).toBeGreaterThan(2);
  await expect
    .poll(async () => (await shownIds(page)).edges)
    .toEqual(readings.map((e) => e.id).sort());

  // The link reopens the same view.
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  expect((await shownIds(page)).edges).toEqual(readings.map((e) => e.id).sort());
  await expect(
    page.getByRole('group', { name: 'Whose claim (mark on the line)' }).getByRole('checkbox', {
      name: /^Reported fact/,
    }),
  ).not.toBeChecked();
});

test('the legend explains the marks that say whose claim a relation is', async ({ page }) => {
  await openMap(page);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  const marks = legend.getByRole('list', { name: 'Whose claim' });
  for (const name of [
    'Reported fact',
    'Author’s assessment',
    'Theoretical reading',
    'China’s position',
    'Kazakhstan’s position',
  ])
    await expect(marks.getByText(name, { exact: true })).toBeVisible();
  // On the map, a relation carries its mark: the author's a bar across the middle of its line.
  const shapes = await page.evaluate(() =>
    Object.fromEntries(
      window.cy!.edges().map((e) => [e.id(), e.style('mid-source-arrow-shape') as string]),
    ),
  );
  for (const edge of graph.edges) expect(shapes[edge.id], edge.id).toBe(MARKS[edge.attribution!]);
});

for (const attribution of ATTRIBUTIONS) {
  const edge = graph.edges.find((e) => e.attribution === attribution)!;
  test(`the evidence panel says whose claim it is: ${attribution} (${edge.id})`, async ({
    page,
  }) => {
    await openMap(page, `sel=e:${edge.id}`);
    const details = page.getByRole('region', { name: 'Details' });
    const [lead, label] = LEADS[attribution];
    const sentence = `${labelOf(edge.source)} ${edge.relation} ${labelOf(edge.target)}`;
    await expect(details.getByText(`${lead} ${sentence}.`, { exact: true })).toBeVisible();
    await expect(details.getByRole('definition').filter({ hasText: label })).toBeVisible();
    // And the list says it too, in the relation's name.
    await page.getByRole('tab', { name: 'List' }).click();
    const item = page
      .getByRole('region', { name: 'Elements' })
      .getByRole('button', { pressed: true });
    await expect(item).toHaveAccessibleName(
      new RegExp(`^${escape(sentence)}, [A-Z][a-z]+, ${escape(SHORT[attribution])},`),
    );
  });
}

test('no serious or critical accessibility violations: whose claim, filtered and explained', async ({
  page,
}) => {
  const edge = graph.edges.find((e) => e.attribution === 'constructivist')!;
  await openMap(page, `sel=e:${edge.id}&claim=author,constructivist`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});
