import type { AppStore } from '../../store/store';
import { mapLibrary } from '../../lib/mapLibrary';
import { forgetOpenMap } from '../../lib/openMap';

/**
 * Opens again the kept map that was on screen when the page was last left (a reload, the next
 * visit); one that is gone or cannot be read leaves the article, with a notice.
 */
export async function reopenMap(store: AppStore, id: string): Promise<void> {
  const before = store.getState().graph;
  try {
    const dataset = await mapLibrary().open(id);
    // Something else was put on the map meanwhile (a file dropped): that stays.
    if (store.getState().graph !== before) return;
    store.getState().openOwnMap(dataset, id);
  } catch (error) {
    forgetOpenMap();
    store
      .getState()
      .notify(
        'error',
        `The map you last edited could not be opened again: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}
