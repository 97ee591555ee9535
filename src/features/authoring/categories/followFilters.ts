import type { SphereDef } from '../../../domain/schema';
import type { AppStore } from '../../../store/store';

/**
 * The categories switched on once a map's categories change from `before` to `after`: those on stay
 * on, a new one is on (it is shown as it is made), a deleted one leaves; in the new order.
 */
export function followCategories(
  on: readonly string[],
  before: readonly string[],
  after: readonly string[],
): string[] {
  const was = new Set(before);
  const shown = new Set(on);
  return after.filter((id) => shown.has(id) || !was.has(id));
}

const ids = (list: readonly SphereDef[]) => list.map((c) => c.id);

/**
 * Keeps the category filter in step with the map's categories while one's own map is edited: a
 * change in the Categories dialog, an undo or a redo. Here, loaded with the editing tools, rather
 * than in the store, so that the first view's code does not grow. Returns the unsubscribe.
 */
export function followCategoryFilter(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.spheres,
    (after, before) => {
      const s = store.getState();
      // Another map put on screen brings its own filters (replaceDataset).
      if (!s.editable) return;
      const on = followCategories(s.filters.spheres, ids(before), ids(after));
      const same =
        on.length === s.filters.spheres.length && on.every((id, i) => id === s.filters.spheres[i]);
      if (!same) store.setState({ filters: { ...s.filters, spheres: on } });
    },
  );
}
