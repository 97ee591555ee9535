import { cancelImport } from './useImport';
import { useImportSession } from './importSession';
import './import.css';

/**
 * What is being opened, with a Cancel button, just under the header: in view whether the header's
 * actions are in its row or behind its menu, so an import can be stopped at any time.
 */
export function ImportProgress() {
  const pending = useImportSession((s) => s.pending);
  return (
    <div className="im-progress" role="status" hidden={pending === null}>
      {pending !== null && (
        <>
          <span className="im-progress-text">Opening {pending}…</span>
          <button type="button" className="im-cancel" onClick={cancelImport}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
