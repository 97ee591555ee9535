import { useEffect, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { sizeInWords } from '../../domain/offlinePage';
import { hasBuiltInTour } from '../../lib/builtInTour';
import { downloadBlob } from '../../lib/download';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../i18n/react';
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
  const t = useT();
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
      .notify('info', t('export.offline.saved', { name, size: sizeInWords(blob.size) }));
    onClose();
  };

  const tourLabel =
    tourStep === null
      ? t('export.offline.open.tour')
      : t('export.offline.open.tourStep', { step: tourStep + 1 });

  return (
    <ModalDialog title={t('export.offline.title')} className="embed-dialog" onClose={onClose}>
      <p className="embed-note">
        {t(hasTour ? 'export.offline.note.tour' : 'export.offline.note', { title })}
      </p>
      <div className="embed-options">
        <fieldset>
          <legend>{t('export.offline.open')}</legend>
          <label>
            <input
              type="radio"
              name="page-opening"
              checked={opening.kind === 'map'}
              onChange={() => openOn({ kind: 'map' })}
            />{' '}
            {t('export.offline.open.map')}
          </label>
          <label>
            <input
              type="radio"
              name="page-opening"
              checked={opening.kind === 'tour'}
              disabled={!hasTour}
              onChange={() => openOn({ kind: 'tour', step: tourStep === null ? 1 : tourStep + 1 })}
            />{' '}
            {hasTour ? tourLabel : t('export.offline.open.noTour')}
          </label>
        </fieldset>
      </div>
      <p className="page-size" role="status" aria-live="polite">
        {built.state === 'building' && t('export.offline.writing')}
        {built.state === 'ready' &&
          (built.page.tourSteps
            ? t('export.offline.size.tour', {
                name: built.page.name,
                size: sizeInWords(built.page.blob.size),
                steps: built.page.tourSteps,
              })
            : t('export.offline.size', {
                name: built.page.name,
                size: sizeInWords(built.page.blob.size),
              }))}
      </p>
      {built.state === 'failed' && (
        <p className="page-problem" role="alert">
          {t('export.offline.failure', { reason: built.message })}
        </p>
      )}
      <div className="embed-copy">
        <button type="button" ref={saveButton} disabled={built.state !== 'ready'} onClick={save}>
          {t('export.offline.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
