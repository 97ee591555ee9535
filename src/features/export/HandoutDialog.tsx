import { bySpheres } from '../../domain/wording';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ModalDialog } from '../../components/ModalDialog';
import { handoutPages, handoutSource } from '../../domain/handout';
import { legendOf } from '../../domain/legend';
import type { Tour } from '../../domain/tour';
import { hasBuiltInTour, loadBuiltInTour } from '../../lib/builtInTour';
import { useApp, useAppStore } from '../../store/context';
import { shownTranslation, translationNotes } from '../../store/store';
import { t as translate } from '../../i18n/core';
import { useLanguage, useT } from '../../i18n/react';
import { HandoutPages, type PagePicture } from './HandoutPages';
import { stepPictures } from './handoutPictures';
import './handout.css';

type Phase =
  | { kind: 'loading' }
  | { kind: 'preparing'; step: number; total: number }
  | { kind: 'ready'; tour: Tour; pictures: PagePicture[] }
  | { kind: 'failed'; message: string };

/** While it is on the body, print shows the handout's pages instead of the app (handout.css). */
const PRINTING_CLASS = 'printing-handout';

/**
 * "Print handout": walks the tour on the map to draw each step's picture (with its progress and a
 * Cancel), gives back the view the user had, then previews the handout's pages with Print. While the
 * preview is open, printing (the button, or Ctrl+P) prints the handout: its pages are a copy at the
 * body's level, shown by the print stylesheet in place of the app.
 */
export default function HandoutDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const language = useLanguage();
  const article = useApp((s) => s.article);
  const graph = useApp((s) => s.graph);
  const spheres = useApp((s) => s.spheres);
  // A handout of the map in the project's translation says so on its pages.
  const translation = useApp(shownTranslation);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const content = useRef<HTMLDivElement>(null);

  // Drawn once, when the dialog opens: the tour and the map as they are then.
  useEffect(() => {
    const abort = new AbortController();
    const urls: string[] = [];
    void (async () => {
      try {
        const s = store.getState();
        const tour =
          s.tour ?? (s.origin === 'article' && hasBuiltInTour ? await loadBuiltInTour() : null);
        if (!tour) throw new Error(translate('export.handout.noTour'));
        abort.signal.throwIfAborted();
        const total = tour.steps.length;
        const results = await stepPictures(store, tour, {
          signal: abort.signal,
          onStep: (step) => setPhase({ kind: 'preparing', step, total }),
        });
        const pictures = results.map((r): PagePicture => {
          if ('problem' in r) return r;
          const url = URL.createObjectURL(r.picture.blob);
          urls.push(url);
          return { url, width: r.picture.width, height: r.picture.height };
        });
        setPhase({ kind: 'ready', tour, pictures });
      } catch (error) {
        if (abort.signal.aborted) return;
        setPhase({
          kind: 'failed',
          message: error instanceof Error ? error.message : translate('export.handout.failed'),
        });
      }
    })();
    return () => {
      abort.abort();
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [store]);

  const ready = phase.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    document.body.classList.add(PRINTING_CLASS);
    return () => document.body.classList.remove(PRINTING_CLASS);
  }, [ready]);

  // The presenter's keys (arrows, Space, digits) stay in the dialog: they would move the tour.
  useEffect(() => {
    const dialog = content.current?.closest('dialog');
    if (!dialog) return;
    const keep = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') e.stopPropagation();
    };
    dialog.addEventListener('keydown', keep);
    return () => dialog.removeEventListener('keydown', keep);
  }, []);

  // Made again in a new language: the passages' places and the legend's words are the interface's.
  const pages = useMemo(
    () => (ready ? handoutPages(article, graph, phase.tour, spheres) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made again in a new language
    [ready, article, graph, phase, spheres, language],
  );
  const source = useMemo(() => handoutSource(article), [article]);
  const noun = bySpheres(spheres) ? ('sphere' as const) : ('category' as const);
  const legend = useMemo(
    () => legendOf(graph, spheres, noun),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made again in a new language
    [graph, spheres, noun, language],
  );
  const shared = ready
    ? {
        tourTitle: phase.tour.title,
        pages,
        pictures: phase.pictures,
        source,
        legend,
        noun,
        // The handout shows each quote's translation under it, when the translation gives them.
        notes: translation
          ? [
              ...translationNotes({ graph }),
              ...(translation.quotes && Object.keys(translation.quotes).length > 0
                ? [t('common.translation.quotesNote')]
                : []),
            ]
          : [],
        translation,
      }
    : null;

  return (
    <ModalDialog title={t('export.handout.title')} className="handout-dialog" onClose={onClose}>
      <div ref={content} className="handout-body">
        {phase.kind === 'loading' && <p role="status">{t('export.handout.loading')}</p>}
        {phase.kind === 'preparing' && (
          <div className="handout-progress">
            <p role="status">
              {t('export.handout.preparing', { step: phase.step + 1, total: phase.total })}
            </p>
            <progress
              max={phase.total}
              value={phase.step}
              aria-label={t('export.handout.drawing', { step: phase.step + 1, total: phase.total })}
            />
            <p className="handout-hint">{t('export.handout.walk')}</p>
            <button type="button" onClick={onClose}>
              {t('export.handout.cancel')}
            </button>
          </div>
        )}
        {phase.kind === 'failed' && <p role="alert">{phase.message}</p>}
        {shared && (
          <>
            <div className="handout-actions">
              <p>{t('export.handout.pages', { count: shared.pages.length + 1 })}</p>
              <button type="button" className="handout-print" onClick={() => window.print()}>
                {t('export.handout.print')}
              </button>
            </div>
            {/* The pages scroll within the dialog; a keyboard reaches them to scroll them. */}
            <div
              className="handout-preview"
              role="region"
              aria-label={t('export.handout.preview')}
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
            >
              <HandoutPages {...shared} level={3} />
            </div>
          </>
        )}
      </div>
      {shared &&
        createPortal(
          <div className="handout">
            <HandoutPages {...shared} level={2} />
          </div>,
          document.body,
        )}
    </ModalDialog>
  );
}
