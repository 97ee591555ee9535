import type { DatasetSlice } from '../store/store';
import { pageDataset } from '../lib/pageMap';

// The offline page's stand-in for src/app/dataset.ts (swapped in by build/pageMode.ts): the map
// comes from the page's JSON block, not from the bundle.

/** The page's map, as the store starts with it and "Back to …" returns to after an import. */
export const builtInDataset: DatasetSlice = pageDataset;
export { pageOpenView, pageProblem } from '../lib/pageMap';
