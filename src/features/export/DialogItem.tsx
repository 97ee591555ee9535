import { Suspense, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  label: string;
  hint: string;
  disabled?: boolean;
  /** Called as the dialog opens (the menu closes: the dialog lives on in a portal). */
  onOpen?: () => void;
  /** The dialog, loaded on use (a `lazy` component), given how to close it. */
  dialog: (close: () => void) => ReactNode;
}

/** An item of the Export menu that opens a dialog of its own, over the page. */
export function DialogItem({ label, hint, disabled = false, onOpen, dialog }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ex-item"
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => {
          setOpen(true);
          onOpen?.();
        }}
      >
        <span className="ex-label">{label}</span> <span className="ex-hint">{hint}</span>
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>{dialog(() => setOpen(false))}</Suspense>,
          document.body,
        )}
    </>
  );
}
