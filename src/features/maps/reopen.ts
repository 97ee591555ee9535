import { t } from '../../i18n/core';
import type { AppStore } from '../../store/store';
import { mapLibrary } from '../../lib/mapLibrary';
import { forgetOpenMap } from '../../lib/openMap';

/**
 * Opens the kept map a link names (`linked`: a map made in another browser is not here, and the
 * notice says so), or again the one that was on screen when the page was last left; one that is gone or
 * cannot be read leaves the article, with a notice.
 */
export async function reopenMap(store: AppStore, id: string, linked = false): Promise<void> {
  const before = store.getState().graph;
  try {
    const dataset = await mapLibrary().open(id);
    // Something else was put on the map meanwhile (a file dropped): that stays.
    if (store.getState().graph !== before) return;
    store.getState().openOwnMap(dataset, id);
  } catch (error) {
    forgetOpenMap();
    const why = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .notify(
        'error',
        linked
          ? t('maps.reopen.linked', { why: why.replace(/[.。]$/, '') })
          : t('maps.reopen.last', { why }),
      );
  }
}
