import { describe, expect, it } from 'vitest';
import { addCategory, deleteCategory } from '../../src/domain/authoring/categories';
import { followCategoryFilter } from '../../src/features/authoring/categories/followFilters';
import { createAppStore } from '../../src/store/store';
import { ownCategories, ownDataset } from '../fixtures/ownCategories';
import { smallDataset } from '../fixtures/small';

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('a map’s own categories in the store, the filter following them', () => {
  it('filters by them once it is on screen', () => {
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(ownDataset, null);
    expect(store.getState().filters.spheres).toEqual(['diplomacy', 'trade-routes', 'fields']);
  });

  it('shows a new category, lets a deleted one leave the filter, and undo puts both back', () => {
    const store = createAppStore(smallDataset);
    const s = () => store.getState();
    s().openOwnMap(ownDataset, null);
    // As the Edit map bar does while it is on screen.
    const stop = followCategoryFilter(store);
    s().toggleSphere('fields');
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes']);

    s().changeMap({ spheres: ok(addCategory(s().spheres, 'Water')).categories });
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes', 'water']);

    const moved = ok(deleteCategory(s().spheres, s().graph, s().tour, 'trade-routes', 'diplomacy'));
    s().changeMap({ spheres: moved.categories, graph: moved.graph! });
    expect(s().filters.spheres).toEqual(['diplomacy', 'water']);
    expect(s().graph.nodes.find((n) => n.id === 'delta')!.domains).toEqual(['diplomacy']);

    s().undo();
    expect(s().spheres.map((c) => c.id)).toEqual(['diplomacy', 'trade-routes', 'fields', 'water']);
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes', 'water']);
    expect(s().graph).toBe(ownDataset.graph);
    s().undo();
    expect(s().spheres).toEqual(ownCategories);
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes']);
    s().redo();
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes', 'water']);
    stop();
  });

  it('lets another map put on screen bring its own filters', () => {
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(ownDataset, null);
    const stop = followCategoryFilter(store);
    store.getState().replaceDataset(smallDataset, 'article');
    expect(store.getState().filters.spheres).toEqual([
      'political',
      'economic',
      'energy',
      'humanitarian',
    ]);
    stop();
  });

  it('leaves the filters alone for a change that is not the categories', () => {
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(ownDataset, null);
    const stop = followCategoryFilter(store);
    store.getState().toggleSphere('fields');
    store.getState().changeMap({ positions: { alpha: { x: 1, y: 2 } } });
    expect(store.getState().filters.spheres).toEqual(['diplomacy', 'trade-routes']);
    stop();
  });
});
