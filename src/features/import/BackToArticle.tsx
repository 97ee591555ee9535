import { useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import type { DatasetInput } from '../../store/store';
import { importSession } from './importSession';
import { clearLastImport } from './persist';

/** Shown while an imported graph is on the map: puts the built-in article back (and forgets the import). */
export function BackToArticle({ dataset }: { dataset: DatasetInput }) {
  const store = useAppStore();
  const imported = useApp((s) => s.origin === 'import');
  const t = useT();
  if (!imported) return null;
  const back = () => {
    store.getState().replaceDataset(dataset, 'article');
    importSession.setState({ reportOpen: false, last: null });
    clearLastImport();
  };
  return (
    <button type="button" className="im-back" onClick={back}>
      {t('import.back')}
    </button>
  );
}
