import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { plural } from '../../components/plural';
import { loadBuiltInTour } from '../../lib/builtInTour';
import { useApp, useAppStore } from '../../store/context';
import { mapLibrary, type MapSummary } from '../../lib/mapLibrary';
import './maps.css';

type Removed = Awaited<ReturnType<ReturnType<typeof mapLibrary>['remove']>>;

const ago = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
/** "edited 5 minutes ago", "edited yesterday". */
function edited(at: number, now: number): string {
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
    if (Math.abs(seconds) >= size) return `edited ${ago.format(Math.round(seconds / size), unit)}`;
  return 'edited just now';
}

/**
 * "My maps": the maps kept in this browser's database, the last edited first. Keep the map on
 * screen (the built-in article as a copy), open, rename, duplicate and delete (with an undo while
 * the dialog is open). The database failing (a private window, a full disk) is said in the dialog,
 * and the map on screen stays.
 */
export default function MyMapsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
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
      const name = s.origin === 'article' ? `${s.article.title} (copy)` : s.article.title;
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
      s.notify('info', `Kept “${summary.title}” in My maps: edit it with the tools above the map.`);
      onClose();
    });

  const open = (map: MapSummary) =>
    act(async () => {
      const dataset = await mapLibrary().open(map.id);
      const s = store.getState();
      s.openOwnMap(dataset, map.id);
      s.notify('info', `Opened “${map.title}” from My maps.`);
      onClose();
    });

  const rename = (map: MapSummary, e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('title') ?? '').trim();
    if (!value) return setError('A map needs a name.');
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
          .setSaveState(
            { kind: 'failed', message: 'Deleted from My maps: this map is no longer kept.' },
            undefined,
          );
        store.setState({ mapId: null });
      }
    });

  const undo = (gone: NonNullable<Removed>) =>
    act(async () => {
      await mapLibrary().restore(gone);
      setRemoved((r) => r.filter((x) => x !== gone));
    });

  return (
    <ModalDialog title="My maps" className="maps-dialog" onClose={onClose}>
      <p className="maps-note">
        Kept in this browser only. To hand a map on or keep it safe, use Export → Map file.
      </p>
      <section className="maps-current" aria-label="The map on screen">
        {kept ? (
          <p>The map on screen is kept in My maps.</p>
        ) : (
          <>
            <p>
              {origin === 'article'
                ? 'The built-in article’s map cannot be changed: duplicate it to edit a copy of your own.'
                : `“${title}” is not kept yet.`}
            </p>
            <button type="button" disabled={busy} onClick={() => void keep()}>
              {origin === 'article' ? 'Duplicate to edit' : 'Keep this map in My maps to edit it'}
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
        <ul className="maps-removed" aria-label="Deleted maps">
          {removed.map((gone) => (
            <li key={gone.summary.id}>
              Deleted “{gone.summary.title}”.{' '}
              <button type="button" disabled={busy} onClick={() => void undo(gone)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      {maps === null ? (
        <p className="maps-loading">{error ? '' : 'Reading your maps…'}</p>
      ) : maps.length === 0 ? (
        <p className="maps-empty">No maps kept in this browser yet.</p>
      ) : (
        <ul className="maps-list" aria-label="Kept maps, the last edited first">
          {maps.map((map) => (
            <li key={map.id} className="maps-item">
              {renaming === map.id ? (
                <form className="maps-rename" onSubmit={(e) => rename(map, e)}>
                  <label>
                    New name for “{map.title}”
                    <input
                      ref={renameInput}
                      name="title"
                      defaultValue={map.title}
                      maxLength={200}
                    />
                  </label>
                  <button type="submit" disabled={busy}>
                    Save name
                  </button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <h3 className="maps-title">{map.title}</h3>
                  <p className="maps-meta">
                    {plural(map.nodes, 'node')} · {plural(map.relations, 'relation')}
                    {map.hasText ? ' · with its text' : ''} · {edited(map.updatedAt, listedAt)}
                    {kept === map.id ? ' · on screen' : ''}
                  </p>
                  <div className="maps-actions" role="group" aria-label={map.title}>
                    <button type="button" disabled={busy} onClick={() => void open(map)}>
                      Open
                    </button>
                    <button type="button" disabled={busy} onClick={() => setRenaming(map.id)}>
                      Rename
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void act(async () => void (await mapLibrary().duplicate(map.id)))
                      }
                    >
                      Duplicate
                    </button>
                    <button type="button" disabled={busy} onClick={() => void remove(map)}>
                      Delete
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
