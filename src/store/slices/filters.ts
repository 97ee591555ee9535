import { ALL_FILTERS, allFilters, type Filters } from '../../domain/filters';
import type { Attribution, EdgeStatus, NodeKind, Sphere } from '../../domain/schema';
import type { SliceCreator } from '../store';
import { sphereIds } from './dataset';

export interface FiltersSlice {
  filters: Filters;
  toggleSphere: (sphere: Sphere) => void;
  showAllSpheres: () => void;
  showNoSpheres: () => void;
  showOnlySphere: (sphere: Sphere) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleStatus: (status: EdgeStatus) => void;
  /** Shows or hides the relations of one attribution (whose claim they are). */
  toggleAttribution: (attribution: Attribution) => void;
  resetFilters: () => void;
}

/** The list with the item added or taken out, kept in the vocabulary's order. */
const toggle = <T>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item)
    ? list.filter((x) => x !== item)
    : order.filter((x) => x === item || list.includes(x));

/** Filters that start with everything shown, over the dataset's own spheres. */
export const createFiltersSlice =
  (spheres: readonly Sphere[]): SliceCreator<FiltersSlice> =>
  (set) => ({
    filters: allFilters(spheres),
    toggleSphere: (sphere) =>
      set((s) => ({
        filters: { ...s.filters, spheres: toggle(s.filters.spheres, sphere, sphereIds(s)) },
      })),
    showAllSpheres: () => set((s) => ({ filters: { ...s.filters, spheres: sphereIds(s) } })),
    showNoSpheres: () => set((s) => ({ filters: { ...s.filters, spheres: [] } })),
    showOnlySphere: (sphere) => set((s) => ({ filters: { ...s.filters, spheres: [sphere] } })),
    toggleKind: (kind) =>
      set((s) => ({
        filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind, ALL_FILTERS.kinds) },
      })),
    toggleStatus: (status) =>
      set((s) => ({
        filters: {
          ...s.filters,
          statuses: toggle(s.filters.statuses, status, ALL_FILTERS.statuses),
        },
      })),
    toggleAttribution: (attribution) =>
      set((s) => ({
        filters: {
          ...s.filters,
          attributions: toggle(s.filters.attributions, attribution, ALL_FILTERS.attributions),
        },
      })),
    resetFilters: () => set((s) => ({ filters: allFilters(sphereIds(s)), focusDepth: 0 })),
  });
