import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp, useAppStore } from '../../store/context';
import { followCategoryFilter } from './categories/followFilters';
import './authoring.css';

// The categories dialog loads when "Categories…" is first chosen.
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

/**
 * The tools for editing a map of one's own, above the map while it is on screen: undo and redo,
 * making nodes and relations, the tour's steps, the map's categories, and whether it is saved.
 */
export default function AuthoringBar() {
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const [categoriesOpen, setCategoriesOpen] = useState(false);
  const store = useAppStore();
  // The category filter follows the map's categories as they change (and are undone).
  useEffect(() => followCategoryFilter(store), [store]);
  return (
    <div className="authoring-bar" role="toolbar" aria-label="Edit map">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setCategoriesOpen(true)}>
        Categories…
      </button>
      {categoriesOpen &&
        // Outside the bar, as My maps' dialog is outside the header.
        createPortal(
          <Suspense fallback={null}>
            <CategoriesDialog onClose={() => setCategoriesOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
