import { useT } from '../../i18n/react';
import { importSession, useImportSession } from './importSession';

/**
 * Opens the last import's report again once it was closed: it holds the counts, the repairs and the
 * choice of attribute that colours and filters the map.
 */
export function ReportButton() {
  const last = useImportSession((s) => s.last);
  const open = useImportSession((s) => s.reportOpen);
  const t = useT();
  if (!last || open) return null;
  return (
    <button
      type="button"
      className="im-back"
      onClick={() => importSession.setState({ reportOpen: true })}
    >
      {t('import.report.button')}
    </button>
  );
}
