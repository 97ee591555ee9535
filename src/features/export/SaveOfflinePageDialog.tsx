import { useEffect, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { sizeInWords } from '../../domain/offlinePage';
import { hasBuiltInTour } from '../../lib/builtInTour';
import { downloadBlob } from '../../lib/download';
import { useApp, useAppStore } from '../../store/context';
import {
  assembleOfflinePage,
  prepareOfflinePage,
  type PageOpening,
  type PreparedPage,
} from './offlinePage';
import './embed.css';

type Prepared =
  | { state: 'building' }
  | { state: 'ready'; prepared: PreparedPage }
  | { state: 'failed'; message: string };

/**
 * "Save as one offline page": the map on screen written into one HTML file that opens from the
 * disk with no network, its size told before it is saved. The page and the map file are written
 * once; choosing what the page opens on only puts them together again.
 */
export default function SaveOfflinePageDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const title = useApp((s) => s.article.title);
  const tourStep = useApp((s) => s.tourStep);
  const hasTour = useApp((s) => s.tour !== null || (s.origin === 'article' && hasBuiltInTour));
  const [opening, setOpening] = useState<PageOpening>(() =>
    tourStep === null ? { kind: 'map' } : { kind: 'tour', step: tourStep + 1 },
  );
  const [prepared, setPrepared] = useState<Prepared>({ state: 'building' });
  const saveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const stop = new AbortController();
    prepareOfflinePage(store.getState(), stop.signal).then(
      (done) => {
        if (!stop.signal.aborted) setPrepared({ state: 'ready', prepared: done });
      },
      (error: unknown) => {
        if (!stop.signal.aborted)
          setPrepared({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => stop.abort();
  }, [store]);
  const built = useMemo(
    () =>
      prepared.state === 'ready'
        ? {
            state: 'ready' as const,
            page: assembleOfflinePage(prepared.prepared, store.getState(), opening),
          }
        : prepared,
    [prepared, store, opening],
  );
  const openOn = setOpening;
  // Focus goes to Save when the page is ready (not again when another opening is chosen, so that
  // the arrow keys keep moving between the choices).
  const ready = built.state === 'ready';
  useEffect(() => {
    if (ready) saveButton.current?.focus();
  }, [ready]);

  const save = () => {
    if (built.state !== 'ready') return;
    const { blob, name } = built.page;
    downloadBlob(blob, name);
    store
      .getState()
      .notify(
        'info',
        `Saved ${name} (${sizeInWords(blob.size)}). It opens in a browser with no network; “Open graph…” in Silkgraph reads the map back from it.`,
      );
    onClose();
  };

  const tourLabel =
    tourStep === null ? 'The tour, from its first step' : `The tour, at step ${tourStep + 1}`;

  return (
    <ModalDialog title="Save as one offline page" className="embed-dialog" onClose={onClose}>
      <p className="embed-note">
        One HTML file with “{title}”: the map, its text, filters, evidence, search, path
        {hasTour ? ', the tour' : ''} and exports. It opens from a disk or a USB stick, or as an
        attachment, with no network and nothing to install.
      </p>
      <div className="embed-options">
        <fieldset>
          <legend>The page opens on</legend>
          <label>
            <input
              type="radio"
              name="page-opening"
              checked={opening.kind === 'map'}
              onChange={() => openOn({ kind: 'map' })}
            />{' '}
            The map, as it is now (filters and selection)
          </label>
          <label>
            <input
              type="radio"
              name="page-opening"
              checked={opening.kind === 'tour'}
              disabled={!hasTour}
              onChange={() => openOn({ kind: 'tour', step: tourStep === null ? 1 : tourStep + 1 })}
            />{' '}
            {hasTour ? tourLabel : 'The tour (this map has none)'}
          </label>
        </fieldset>
      </div>
      <p className="page-size" role="status" aria-live="polite">
        {built.state === 'building' && 'Writing the page…'}
        {built.state === 'ready' &&
          `${built.page.name}: ${sizeInWords(built.page.blob.size)}${built.page.tourSteps ? `, with the tour of ${built.page.tourSteps} steps` : ''}.`}
      </p>
      {built.state === 'failed' && (
        <p className="page-problem" role="alert">
          The page could not be written: {built.message}.
        </p>
      )}
      <div className="embed-copy">
        <button type="button" ref={saveButton} disabled={built.state !== 'ready'} onClick={save}>
          Save the page
        </button>
      </div>
    </ModalDialog>
  );
}
