import { describe, expect, it } from 'vitest';
import {
  addCategory,
  CATEGORY_COLOURS,
  categoryUse,
  deleteCategory,
  describeUse,
  moveCategory,
  nextCategoryColour,
  recolourCategory,
  renameCategory,
} from '../../../../src/domain/authoring/categories';
import type { SphereDef } from '../../../../src/domain/schema';
import type { Tour } from '../../../../src/domain/tour';
import { ownCategories, ownGraph } from '../../../fixtures/ownCategories';

/** WCAG's contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('the default colours of new categories', () => {
  it('are twelve distinct colours, each at least 3:1 against white', () => {
    expect(CATEGORY_COLOURS).toHaveLength(12);
    expect(new Set(CATEGORY_COLOURS.map((c) => c.toLowerCase())).size).toBe(12);
    for (const colour of CATEGORY_COLOURS)
      expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
  });

  it('go to a new category in turn, skipping those the map already has', () => {
    expect(nextCategoryColour([])).toBe(CATEGORY_COLOURS[0]);
    // The fixture has the first three (in lower case): the fourth is next.
    expect(nextCategoryColour(ownCategories)).toBe(CATEGORY_COLOURS[3]);
    const all: SphereDef[] = CATEGORY_COLOURS.map((colour, i) => ({
      id: `c${i}`,
      label: `C${i}`,
      colour,
    }));
    expect(nextCategoryColour(all)).toBe(CATEGORY_COLOURS[0]);
  });
});

describe('category changes', () => {
  it('adds one with a slug of its name as id, unique, and the next colour', () => {
    const added = ok(addCategory(ownCategories, '  Água & Power  '));
    expect(added.categories.at(-1)).toEqual({
      id: 'agua-power',
      label: 'Água & Power',
      colour: '#cc79a7',
    });
    const again = ok(
      addCategory([...ownCategories, { id: 'water', label: 'Old', colour: '#000000' }], 'Water!'),
    );
    expect(again.categories.at(-1)!.id).toBe('water-2');
    expect(ok(addCategory([], '水')).categories[0]!.id).toBe('category');
  });

  it('refuses an empty name, a name taken, a bad colour, and a thirteenth', () => {
    expect(addCategory(ownCategories, '  ')).toEqual({
      ok: false,
      message: 'A category needs a name.',
    });
    expect(addCategory(ownCategories, 'trade ROUTES')).toEqual({
      ok: false,
      message: 'There is already a category named “Trade routes”.',
    });
    expect(addCategory(ownCategories, 'Sea', 'blue').ok).toBe(false);
    const full: SphereDef[] = CATEGORY_COLOURS.map((colour, i) => ({
      id: `c${i}`,
      label: `C${i}`,
      colour,
    }));
    expect(addCategory(full, 'One more')).toEqual({
      ok: false,
      message: 'A map has at most 12 categories: delete one to add “One more”.',
    });
  });

  it('renames and recolours, the id staying', () => {
    const renamed = ok(renameCategory(ownCategories, 'fields', 'Oil fields'));
    expect(renamed.categories[2]).toEqual({ id: 'fields', label: 'Oil fields', colour: '#009e73' });
    expect(renameCategory(ownCategories, 'fields', 'Diplomacy').ok).toBe(false);
    // Its own name in other letters is no clash.
    expect(ok(renameCategory(ownCategories, 'fields', 'FIELDS')).categories[2]!.label).toBe(
      'FIELDS',
    );
    expect(ok(recolourCategory(ownCategories, 'fields', '#AA4499')).categories[2]!.colour).toBe(
      '#aa4499',
    );
    expect(recolourCategory(ownCategories, 'nope', '#aa4499').ok).toBe(false);
  });

  it('moves one up or down, not past either end', () => {
    expect(ok(moveCategory(ownCategories, 'fields', -1)).categories.map((c) => c.id)).toEqual([
      'diplomacy',
      'fields',
      'trade-routes',
    ]);
    expect(moveCategory(ownCategories, 'fields', 1)).toEqual({
      ok: false,
      message: '“Fields” is already last.',
    });
  });

  it('deletes one nothing uses', () => {
    const three = [...ownCategories, { id: 'spare', label: 'Spare', colour: '#555555' }];
    const deleted = ok(deleteCategory(three, ownGraph, null, 'spare'));
    expect(deleted.categories).toEqual(ownCategories);
    expect(deleted.graph).toBeUndefined();
  });

  it('refuses to delete one in use, saying by what, or moves them to another', () => {
    const tour: Tour = {
      title: 'T',
      steps: [
        {
          id: 's',
          title: 'S',
          caption: 'c',
          spheres: ['fields', 'diplomacy'],
          focus: ['alpha'],
          blocks: ['p1'],
        },
      ],
    };
    expect(categoryUse(ownGraph, tour, 'fields')).toEqual({ nodes: 3, relations: 2, steps: 1 });
    expect(deleteCategory(ownCategories, ownGraph, tour, 'fields')).toEqual({
      ok: false,
      message:
        '“Fields” is used by 3 nodes, 2 relations and 1 tour step: move them to another category to delete it.',
    });
    const moved = ok(deleteCategory(ownCategories, ownGraph, tour, 'fields', 'diplomacy'));
    expect(moved.categories.map((c) => c.id)).toEqual(['diplomacy', 'trade-routes']);
    // Alpha was in both: it keeps diplomacy, once.
    expect(moved.graph!.nodes.find((n) => n.id === 'alpha')!.domains).toEqual(['diplomacy']);
    expect(moved.graph!.nodes.find((n) => n.id === 'gamma-oil')!.domains).toEqual([
      'diplomacy',
      'trade-routes',
    ]);
    expect(moved.tour!.steps[0]!.spheres).toEqual(['diplomacy']);
    expect(deleteCategory(ownCategories, ownGraph, tour, 'fields', 'fields').ok).toBe(false);
  });

  it('never deletes the last one', () => {
    expect(deleteCategory([ownCategories[0]!], ownGraph, null, 'diplomacy')).toEqual({
      ok: false,
      message: '“Diplomacy” is the map’s only category: every node and relation needs one.',
    });
  });

  it('says what uses a category in words', () => {
    expect(describeUse({ nodes: 1, relations: 0, steps: 0 })).toBe('1 node');
    expect(describeUse({ nodes: 2, relations: 1, steps: 0 })).toBe('2 nodes and 1 relation');
  });
});
