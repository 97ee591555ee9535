import { lazy, Suspense, useState } from 'react';
import { useApp } from '../../store/context';
import './authoring.css';

// The tour's dialogs load when first opened.
const AddStepDialog = lazy(() => import('./tour/AddStepDialog'));
const TourStepsDialog = lazy(() => import('./tour/TourStepsDialog'));

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

/**
 * The tools for editing a map of one's own, above the map while it is on screen: undo and redo,
 * making nodes and relations, the tour's steps, the map's categories, and whether it is saved.
 */
export default function AuthoringBar() {
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const [dialog, setDialog] = useState<'add-step' | 'tour-steps' | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="authoring-bar" role="toolbar" aria-label="Edit map">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('add-step')}>
        Add this view as a step
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('tour-steps')}>
        Tour steps…
      </button>
      <Suspense fallback={null}>
        {dialog === 'add-step' && <AddStepDialog onClose={close} />}
        {dialog === 'tour-steps' && <TourStepsDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
