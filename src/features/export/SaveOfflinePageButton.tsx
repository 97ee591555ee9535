import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';

const SaveOfflinePageDialog = lazy(() => import('./SaveOfflinePageDialog'));

/** "Save as one offline page…" in the Export menu: the map as one HTML file that works offline. */
export function SaveOfflinePageButton({ onOpen }: { onOpen?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ex-item"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          onOpen?.();
        }}
      >
        <span className="ex-label">Save as one offline page…</span>{' '}
        <span className="ex-hint">one HTML file with the map, its text and tour, for students</span>
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <SaveOfflinePageDialog onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
