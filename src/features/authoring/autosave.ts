import { shallow } from 'zustand/shallow';
import type { AppState, AppStore } from '../../store/store';
import { LibraryError, mapLibrary } from '../../lib/mapLibrary';
import type { StoredDataset } from '../../lib/storedDataset';
import { t } from '../../i18n/core';

/** How long the map stands still before it is saved (a burst of edits is one save). */
export const SAVE_AFTER_MS = 400;

/** The map on screen as My maps keeps it. */
export const storedOf = (s: AppState): StoredDataset => ({
  article: s.article,
  graph: s.graph,
  positions: s.positions,
  spheres: s.spheres,
  ...(s.tour ? { tour: s.tour } : {}),
});

const what = (s: AppState) =>
  [s.graph, s.positions, s.spheres, s.tour, s.article, s.mapId] as const;

/**
 * Saves one's own map to My maps as it is edited, a moment after the last change, and at once when
 * the page is hidden or closed. A save that fails (quota, a private window, the map deleted
 * elsewhere) is said in the save state and a notice; the map stays on screen, in memory.
 * Returns what stops it (after saving what is pending).
 */
export function startAutosave(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The latest state of the map to save, taken when it changed: another map opened meanwhile does
  // not lose the last edits of this one.
  let queued: { id: string; dataset: StoredDataset } | null = null;
  let failedWith = '';
  let onScreen = store.getState().mapId;

  const save = async () => {
    clearTimeout(timer);
    const job = queued;
    queued = null;
    if (!job) return;
    const mine = () => store.getState().mapId === job.id;
    if (mine()) store.getState().setSaveState({ kind: 'saving' });
    try {
      await mapLibrary().save(job.id, job.dataset);
      if (!mine()) return;
      failedWith = '';
      store
        .getState()
        .setSaveState(queued ? { kind: 'saving' } : { kind: 'saved', at: Date.now() });
    } catch (error) {
      const message =
        error instanceof LibraryError
          ? error.message
          : t('authoring.save.failed', { cause: String(error) });
      // Said once for as long as saving keeps failing the same way.
      if (message !== failedWith) store.getState().notify('error', message);
      failedWith = message;
      if (mine()) store.getState().setSaveState({ kind: 'failed', message });
    }
  };

  const unsubscribe = store.subscribe(
    what,
    () => {
      const s = store.getState();
      if (!s.editable || !s.mapId) return;
      // Another map's pending save goes first; a map just opened (or just kept) is as it is kept.
      if (s.mapId !== onScreen) {
        onScreen = s.mapId;
        void save();
        return;
      }
      queued = { id: s.mapId, dataset: storedOf(s) };
      if (s.saveState?.kind !== 'saving') s.setSaveState({ kind: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    { equalityFn: shallow },
  );
  const flush = () => {
    if (document.visibilityState === 'hidden') void save();
  };
  const onPageHide = () => void save();
  document.addEventListener('visibilitychange', flush);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', flush);
    window.removeEventListener('pagehide', onPageHide);
    void save();
  };
}
