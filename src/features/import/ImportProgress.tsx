import { useT } from '../../i18n/react';
import { cancelImport } from './useImport';
import { useImportSession } from './importSession';
import './import.css';

/**
 * What is being opened, with a Cancel button, just under the header: in view whether the header's
 * actions are in its row or behind its menu, so an import can be stopped at any time.
 */
export function ImportProgress() {
  const pending = useImportSession((s) => s.pending);
  const t = useT();
  return (
    <div className="im-progress" role="status" hidden={pending === null}>
      {pending !== null && (
        <>
          <span className="im-progress-text">{t('import.progress', { name: pending })}</span>
          <button type="button" className="im-cancel" onClick={cancelImport}>
            {t('import.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
