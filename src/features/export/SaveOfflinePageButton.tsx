import { lazy } from 'react';
import { useT } from '../../i18n/react';
import { DialogItem } from './DialogItem';

const SaveOfflinePageDialog = lazy(() => import('./SaveOfflinePageDialog'));

/** "Save as one offline page…" in the Export menu: the map as one HTML file that works offline. */
export function SaveOfflinePageButton({ onOpen }: { onOpen?: () => void }) {
  const t = useT();
  return (
    <DialogItem
      label={t('export.offline.label')}
      hint={t('export.offline.hint')}
      onOpen={onOpen}
      dialog={(close) => <SaveOfflinePageDialog onClose={close} />}
    />
  );
}
