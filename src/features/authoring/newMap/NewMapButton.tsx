import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/react';
import type { KeepMap } from './NewMapDialog';

// The dialog, and the readers after it, load when "New map" is first opened.
// Pure: the offline page, which makes no new maps, leaves the dialog's code out.
const NewMapDialog = /* @__PURE__ */ lazy(() => import('./NewMapDialog'));

/** The header's "New map": a map of one's own text, pasted or opened from a file. */
export function NewMapButton({ keep }: { keep: KeepMap }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="new-map-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('authoring.newMap.button')}
      </button>
      {open &&
        // Outside the header's menu, which may close under it on a narrow screen.
        createPortal(
          <Suspense fallback={null}>
            <NewMapDialog keep={keep} onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
