import { lazy } from 'react';
import { DialogItem } from './DialogItem';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** "Embed…" in the Export menu: the iframe snippet of the current view, for a course page. */
export function EmbedButton({ onOpen }: { onOpen?: () => void }) {
  return (
    <DialogItem
      label="Embed…"
      hint="the view or the tour in a course page, as an iframe"
      onOpen={onOpen}
      dialog={(close) => <EmbedDialog onClose={close} />}
    />
  );
}
