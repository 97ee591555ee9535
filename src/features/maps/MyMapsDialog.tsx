import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { currentLanguage, type Translate } from '../../i18n/core';
import { useT } from '../../i18n/react';
import { loadBuiltInTour } from '../../lib/builtInTour';
import { useApp, useAppStore } from '../../store/context';
import { mapLibrary, type MapSummary } from '../../lib/mapLibrary';
import './maps.css';

type Removed = Awaited<ReturnType<ReturnType<typeof mapLibrary>['remove']>>;

/** "edited 5 minutes ago", "edited yesterday", in the interface's language. */
function edited(t: Translate, at: number, now: number): string {
  const ago = new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' });
  const seconds = Math.round((at - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps)
    if (Math.abs(seconds) >= size)
      return t('maps.edited', { when: ago.format(Math.round(seconds / size), unit) });
  return t('maps.editedNow');
}

/**
 * "My maps": the maps kept in this browser's database, the last edited first. Keep the map on
 * screen (the built-in article as a copy), open, rename, duplicate and delete (with an undo while
 * the dialog is open). The database failing (a private window, a full disk) is said in the dialog,
 * and the map on screen stays.
 */
export default function MyMapsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const origin = useApp((s) => s.origin);
  const title = useApp((s) => s.article.title);
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<NonNullable<Removed>[]>([]);
  const [busy, setBusy] = useState(false);
  const [listedAt, setListedAt] = useState(0);
  const renameInput = useRef<HTMLInputElement>(null);
  // The map on screen is kept in the library (and saved there as it is edited).
  const kept = useApp((s) => s.mapId);

  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setMaps(await mapLibrary().list());
      setListedAt(Date.now());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    mapLibrary()
      .list()
      .then(
        (list) => {
          setMaps(list);
          setListedAt(Date.now());
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
  }, []);

  useEffect(() => {
    if (renaming) renameInput.current?.focus();
  }, [renaming]);

  const keep = () =>
    act(async () => {
      const s = store.getState();
      const name =
        s.origin === 'article' ? t('maps.copyName', { title: s.article.title }) : s.article.title;
      // The article's tour comes along (it is loaded when first presented).
      const tour = s.tour ?? (s.origin === 'article' ? await loadBuiltInTour() : null);
      const dataset = {
        article: s.article,
        graph: s.graph,
        positions: s.positions,
        spheres: s.spheres,
        ...(tour ? { tour } : {}),
      };
      const summary = await mapLibrary().add(name, dataset);
      // The kept map (the article's copy, or the map on screen) is on screen, to be edited.
      s.openOwnMap(dataset, summary.id);
      s.notify('info', t('maps.kept', { title: summary.title }));
      onClose();
    });

  const open = (map: MapSummary) =>
    act(async () => {
      const dataset = await mapLibrary().open(map.id);
      const s = store.getState();
      s.openOwnMap(dataset, map.id);
      s.notify('info', t('maps.opened', { title: map.title }));
      onClose();
    });

  const rename = (map: MapSummary, e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('title') ?? '').trim();
    if (!value) return setError(t('maps.rename.empty'));
    void act(async () => {
      await mapLibrary().rename(map.id, value.slice(0, 200));
      setRenaming(null);
    });
  };

  const remove = (map: MapSummary) =>
    act(async () => {
      const gone = await mapLibrary().remove(map.id);
      if (gone) setRemoved((r) => [gone, ...r]);
      // The map on screen stays, in memory, no longer kept: Undo in this list puts it back.
      if (store.getState().mapId === map.id) {
        store
          .getState()
          .setSaveState({ kind: 'failed', message: t('maps.deletedOnScreen') }, undefined);
        store.setState({ mapId: null });
      }
    });

  const undo = (gone: NonNullable<Removed>) =>
    act(async () => {
      await mapLibrary().restore(gone);
      setRemoved((r) => r.filter((x) => x !== gone));
    });

  return (
    <ModalDialog title={t('maps.button')} className="maps-dialog" onClose={onClose}>
      <p className="maps-note">{t('maps.note')}</p>
      <section className="maps-current" aria-label={t('maps.current')}>
        {kept ? (
          <p>{t('maps.current.kept')}</p>
        ) : (
          <>
            <p>
              {origin === 'article'
                ? t('maps.current.article')
                : t('maps.current.notKept', { title })}
            </p>
            <button type="button" disabled={busy} onClick={() => void keep()}>
              {origin === 'article' ? t('maps.duplicateArticle') : t('maps.keep')}
            </button>
          </>
        )}
      </section>
      {error && (
        <p className="maps-error" role="alert">
          {error}
        </p>
      )}
      {removed.length > 0 && (
        <ul className="maps-removed" aria-label={t('maps.removed.list')}>
          {removed.map((gone) => (
            <li key={gone.summary.id}>
              {t('maps.removed', { title: gone.summary.title })}{' '}
              <button type="button" disabled={busy} onClick={() => void undo(gone)}>
                {t('maps.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {maps === null ? (
        <p className="maps-loading">{error ? '' : t('maps.loading')}</p>
      ) : maps.length === 0 ? (
        <p className="maps-empty">{t('maps.empty')}</p>
      ) : (
        <ul className="maps-list" aria-label={t('maps.list')}>
          {maps.map((map) => (
            <li key={map.id} className="maps-item">
              {renaming === map.id ? (
                <form className="maps-rename" onSubmit={(e) => rename(map, e)}>
                  <label>
                    {t('maps.rename.label', { title: map.title })}
                    <input
                      ref={renameInput}
                      name="title"
                      defaultValue={map.title}
                      maxLength={200}
                    />
                  </label>
                  <button type="submit" disabled={busy}>
                    {t('maps.rename.save')}
                  </button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t('maps.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <h3 className="maps-title">{map.title}</h3>
                  <p className="maps-meta">
                    {t('maps.meta', {
                      nodes: map.nodes,
                      relations: map.relations,
                      text: map.hasText ? 'yes' : 'no',
                      edited: edited(t, map.updatedAt, listedAt),
                      onScreen: kept === map.id ? 'yes' : 'no',
                    })}
                  </p>
                  <div className="maps-actions" role="group" aria-label={map.title}>
                    <button type="button" disabled={busy} onClick={() => void open(map)}>
                      {t('maps.open')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setRenaming(map.id)}>
                      {t('maps.rename')}
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void act(async () => void (await mapLibrary().duplicate(map.id)))
                      }
                    >
                      {t('maps.duplicate')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => void remove(map)}>
                      {t('maps.delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
