import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/react';

/**
 * The header's map actions: in the header's row on a wide screen; on a narrow one behind a "Menu"
 * button (a disclosure), so the header stays one or two rows high and the map keeps its room.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    // Escape from inside the menu closes it, and goes no further (it is not the map's Escape).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    const element = root.current;
    document.addEventListener('pointerdown', onPointer);
    element?.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="header-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t('app.menu')}
      </button>
      <div id={id} className="header-actions" data-open={open}>
        {children}
      </div>
    </div>
  );
}
