import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapLegend } from '../../../src/app/MapLegend';
import { builtInDataset } from '../../../src/app/dataset';
import { KIND_LABELS } from '../../../src/domain/palette';
import { renderWithStore } from '../renderWithStore';

const legend = () => screen.getByRole('complementary', { name: 'Legend' });
const items = (name: string) =>
  within(within(legend()).getByRole('list', { name })).getAllByRole('listitem');
/** The drawing of a legend entry's glyph: its element and the geometry that tells it apart. */
const glyph = (item: HTMLElement) => {
  const mark = item.querySelector('svg')!.firstElementChild!;
  return `${mark.tagName}:${mark.getAttribute('points') ?? mark.getAttribute('rx') ?? mark.getAttribute('r')}`;
};

/** A window this wide, where the legend starts open. */
const wide = () => vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1600);
afterEach(() => vi.restoreAllMocks());

describe('MapLegend', () => {
  it('names the colours, the line styles and the shapes of the kinds on the map', () => {
    wide();
    renderWithStore(<MapLegend />);
    expect(items('Colours').map((li) => li.textContent)).toEqual([
      'Political',
      'Economic',
      'Energy',
      'Humanitarian',
    ]);
    expect(items('Line styles').map((li) => li.textContent)).toEqual([
      'Established',
      'Proposed',
      'Risk',
      'Contested',
    ]);
    // No pair of the small fixture has more than three relations: no bundle to explain.
    // The small fixture has states, companies and a concept, and only those are listed.
    expect(items('Shapes').map((li) => li.textContent)).toEqual(['State', 'Company', 'Concept']);
  });

  it('draws every kind of the article in a shape of its own', () => {
    wide();
    renderWithStore(<MapLegend />, builtInDataset);
    const shapes = items('Shapes');
    const kinds = new Set(builtInDataset.graph.nodes.map((n) => n.kind));
    expect(shapes.map((li) => li.textContent).sort()).toEqual(
      [...kinds].map((k) => KIND_LABELS[k]).sort(),
    );
    expect(new Set(shapes.map(glyph)).size).toBe(shapes.length);
  });

  it('shows whose claim each mark on a line says, only for a graph whose relations say so', () => {
    wide();
    renderWithStore(<MapLegend />, builtInDataset);
    expect(items('Whose claim').map((li) => li.textContent)).toEqual([
      'Reported fact',
      'Author’s assessment',
      'Theoretical reading',
      'China’s position',
      'Kazakhstan’s position',
    ]);
  });

  it('says what a bundled link is where the map has one, and only there', () => {
    wide();
    renderWithStore(<MapLegend />, builtInDataset);
    // The glyph's badge says "n" too.
    expect(items('Line styles').map((li) => li.textContent)).toContain(
      'nBundle of n relations (click to open)',
    );
  });

  it('explains the pie of spheres inside a node', () => {
    wide();
    renderWithStore(<MapLegend />);
    expect(within(legend()).getByText(/^Pie inside a node: its spheres/)).toBeVisible();
  });

  it('starts folded in a narrow window, where it would cover the map, and opens on a click', async () => {
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
    renderWithStore(<MapLegend />);
    const shapes = () => within(legend()).getByRole('list', { name: 'Shapes', hidden: true });
    expect(shapes()).not.toBeVisible();
    await userEvent.click(within(legend()).getByText('Legend'));
    expect(shapes()).toBeVisible();
    await userEvent.click(within(legend()).getByText('Legend'));
    expect(shapes()).not.toBeVisible();
  });
});
