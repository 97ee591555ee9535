import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';
import { useT } from '../i18n/react';

interface Props {
  title: string;
  /** Called once the dialog has closed (its Close button, Escape, or the page closing it). */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog over the page (the browser's own <dialog>: focus kept inside, Escape closes, the
 * rest inert), with its title as a heading and a Close button. Escape in it is the dialog's, not
 * the map's (which would clear the selection).
 */
export function ModalDialog({ title, onClose, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const t = useT();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={headingId}
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <div className="modal-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('app.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
