import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** "Embed…" in the Export menu: the iframe snippet of the current view, for a course page. */
export function EmbedButton({ onOpen }: { onOpen?: () => void }) {
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
        <span className="ex-label">Embed…</span>{' '}
        <span className="ex-hint">the view or the tour in a course page, as an iframe</span>
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <EmbedDialog onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
