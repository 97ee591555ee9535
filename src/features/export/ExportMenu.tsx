import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import './export.css';

// The menu's contents (and the export code they call) load when it is first opened.
const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

/** The header's Export disclosure: images of the view, and the evidence behind what is shown. */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // The panel scrolls within the window from wherever it opens (under the header's menu on a
  // 1280×720 screen it starts half way down): its last items must be reachable.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const fit = () => {
      panel.style.maxHeight = `${Math.max(160, window.innerHeight - panel.getBoundingClientRect().top - 8)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const choose = (action: () => void) => {
    action();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="ex-menu" ref={rootRef}>
      <button
        type="button"
        ref={toggleRef}
        className="ex-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {t('export.menu')}
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className="ex-panel"
        role="group"
        aria-label={t('export.menu')}
        hidden={!open}
      >
        {/* Kept once opened: a dialog it opened (the embed's) lives on after the menu closes. */}
        {opened && (
          <Suspense fallback={<p className="ex-note">{t('export.menu.loading')}</p>}>
            <ExportPanel open={open} choose={choose} close={() => setOpen(false)} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
