import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { recolour } from '../../domain/importDataset';
import { useT } from '../../i18n/react';
import { useAppStore } from '../../store/context';
import { importSession, setStrict, useImportSession } from './importSession';
import { saveLastImport } from './persist';
import { ReportDetails } from './ReportDetails';
import './import.css';

const NOTHING = '';

/** The report shown after each import, where the user also picks what colours and filters the map. */
export function ImportReport() {
  const store = useAppStore();
  const last = useImportSession((s) => s.last);
  const open = useImportSession((s) => s.reportOpen);
  const strict = useImportSession((s) => s.strict);
  const titleId = useId();
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);

  const close = () => importSession.setState({ reportOpen: false });

  useEffect(() => {
    if (!open) return;
    // Focus once the report has been drawn: focusing at once made the browser lay out the whole
    // page inside the task that put a new graph on the map, then again for the frame.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => closeRef.current?.focus(), 0);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Taken: Escape closes the report, and does nothing else on the page.
      e.preventDefault();
      importSession.setState({ reportOpen: false });
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!open || !last) return null;
  const choices = last.colourings.flatMap((c) => (c.attribute === null ? [] : [c.attribute]));

  // The file's graph is not on the page: each choice's colouring came with the import.
  const colourBy = (e: ChangeEvent<HTMLSelectElement>) => {
    const sphereAttribute = e.currentTarget.value === NOTHING ? null : e.currentTarget.value;
    const colouring = last.colourings.find((c) => c.attribute === sphereAttribute);
    if (!colouring) return;
    const dataset = recolour(last.dataset, colouring);
    store.getState().replaceDataset(dataset);
    importSession.setState({ last: { ...last, dataset, sphereAttribute } });
    // Kept in a task of its own, as after an import: serialising a large graph takes a while.
    setTimeout(() => saveLastImport(dataset, (m) => store.getState().notify('error', m)), 0);
  };

  return (
    <div className="im-dialog" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <h2 id={titleId} className="im-title">
        {t('import.report.title', { name: last.fileName })}
      </h2>
      <ReportDetails report={last.report} fileName={last.fileName} />
      <h3 className="im-heading">{t('import.report.colours')}</h3>
      {last.silkgraph ? (
        <p className="im-none">{t('import.report.silkgraph')}</p>
      ) : (
        <label className="im-field">
          {t('import.report.colourBy')}{' '}
          <select value={last.sphereAttribute ?? NOTHING} onChange={colourBy}>
            <option value={NOTHING}>{t('import.report.nothing')}</option>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="im-field">
        <input
          type="checkbox"
          checked={strict}
          onChange={(e) => setStrict(e.currentTarget.checked)}
        />{' '}
        {t('import.report.strict')}
      </label>
      <div className="im-actions">
        <button type="button" ref={closeRef} onClick={close}>
          {t('import.report.close')}
        </button>
      </div>
    </div>
  );
}
