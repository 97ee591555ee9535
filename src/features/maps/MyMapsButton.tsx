import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/react';

// The dialog and the browser database's library load when "My maps" is first opened.
// Pure: the offline page, which shows no My maps, leaves the dialog's code out.
const MyMapsDialog = /* @__PURE__ */ lazy(() => import('./MyMapsDialog'));

/** The header's "My maps": the maps kept in this browser. */
export function MyMapsButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="maps-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('maps.button')}
      </button>
      {open &&
        // Outside the header's menu, which may close under it on a narrow screen.
        createPortal(
          <Suspense fallback={null}>
            <MyMapsDialog onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
