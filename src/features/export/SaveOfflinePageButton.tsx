import { lazy } from 'react';
import { DialogItem } from './DialogItem';

const SaveOfflinePageDialog = lazy(() => import('./SaveOfflinePageDialog'));

/** "Save as one offline page…" in the Export menu: the map as one HTML file that works offline. */
export function SaveOfflinePageButton({ onOpen }: { onOpen?: () => void }) {
  return (
    <DialogItem
      label="Save as one offline page…"
      hint="one HTML file with the map, its text and tour, for students"
      onOpen={onOpen}
      dialog={(close) => <SaveOfflinePageDialog onClose={close} />}
    />
  );
}
