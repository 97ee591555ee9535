import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Translate } from '../../i18n/core';
import { useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import type { SaveState } from '../../store/store';
import { startAutosave } from './autosave';
import { followCategoryFilter } from './categories/followFilters';
import { ImportAnnotationsButton } from './ImportAnnotations';
import { NewRelationDialog } from './NewRelationDialog';
import { QuoteDialog } from './QuoteDialog';
import { useAuthoringUi } from './ui';
import './authoring.css';

// The tour's dialogs load when first opened.
const AddStepDialog = lazy(() => import('./tour/AddStepDialog'));
const TourStepsDialog = lazy(() => import('./tour/TourStepsDialog'));
const CategoriesDialog = lazy(() => import('./categories/CategoriesDialog'));

/** Whether a key press asks to undo (Ctrl+Z) or redo (Ctrl+Shift+Z, Ctrl+Y); Cmd on a Mac. */
export function historyKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** A text field keeps its own undo (of what is being typed). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function saveText(state: SaveState | null, kept: boolean, t: Translate): string {
  if (state?.kind === 'failed') return t('authoring.save.notSaved', { problem: state.message });
  if (!kept) return t('authoring.save.notKept');
  return state?.kind === 'saving' ? t('authoring.save.saving') : t('authoring.save.saved');
}

/**
 * The tools for editing a map of one's own, above the map while it is on screen: undo and redo
 * (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y anywhere but in a text field), making nodes and relations, the
 * tour's steps, the map's categories, and whether it is saved. While it is mounted the map is saved
 * to My maps as it changes. `hidden` while the tour is presented (saving goes on).
 */
export default function AuthoringBar({
  hidden = false,
  onSaveFile,
  nodesInView = () => null,
}: {
  hidden?: boolean;
  /** Saves the map as a map file (Export's "Map file"), offered while it is not kept. */
  onSaveFile?: () => void;
  /** Which nodes the map's view shows, for a tour step (the app reaches the map; null: framed). */
  nodesInView?: (placed: boolean) => string[] | null;
}) {
  const t = useT();
  const store = useAppStore();
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const saveState = useApp((s) => s.saveState);
  const kept = useApp((s) => s.mapId !== null);
  const hasText = useApp((s) => s.article.blocks.length > 0);
  const quoteDialog = useAuthoringUi((s) => s.quoteDialog);
  const relationEvidence = useAuthoringUi((s) => s.relationEvidence);
  const setUi = useAuthoringUi((s) => s.set);
  const [dialog, setDialog] = useState<'add-step' | 'tour-steps' | 'categories' | null>(null);
  const close = () => setDialog(null);

  useEffect(() => startAutosave(store), [store]);
  // The category filter follows the map's categories as they change (and are undone).
  useEffect(() => followCategoryFilter(store), [store]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyKey(e);
      if (!action || typing(e.target) || store.getState().tourStep !== null) return;
      e.preventDefault();
      store.getState()[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  if (hidden) return null;
  const failed = !kept || saveState?.kind === 'failed';
  return (
    <div className="authoring-bar" role="toolbar" aria-label={t('authoring.bar')}>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('authoring.undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t('authoring.redo')}
      </button>
      {hasText && (
        <button type="button" aria-haspopup="dialog" onClick={() => setUi({ quoteDialog: true })}>
          {t('authoring.bar.selectPassage')}
        </button>
      )}
      {hasText && <ImportAnnotationsButton />}
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('add-step')}>
        {t('authoring.bar.addStep')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('tour-steps')}>
        {t('authoring.bar.tourSteps')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('categories')}>
        {t('authoring.bar.categories')}
      </button>
      <span className={`save-state${failed ? ' save-failed' : ''}`} role="status">
        {saveText(saveState, kept, t)}
      </span>
      {failed && onSaveFile && (
        <button type="button" onClick={onSaveFile}>
          {t('authoring.bar.saveFile')}
        </button>
      )}
      {
        // The dialogs are the page's, outside the bar (as My maps' is outside the header).
        createPortal(
          <>
            <Suspense fallback={null}>
              {dialog === 'add-step' && <AddStepDialog onClose={close} nodesInView={nodesInView} />}
              {dialog === 'tour-steps' && <TourStepsDialog onClose={close} />}
              {dialog === 'categories' && <CategoriesDialog onClose={close} />}
            </Suspense>
            {quoteDialog && <QuoteDialog onClose={() => setUi({ quoteDialog: false })} />}
            {relationEvidence && (
              <NewRelationDialog
                evidence={relationEvidence}
                onClose={() => setUi({ relationEvidence: null })}
              />
            )}
          </>,
          document.body,
        )
      }
    </div>
  );
}
