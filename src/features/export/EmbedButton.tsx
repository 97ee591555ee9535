import { lazy } from 'react';
import { useT } from '../../i18n/react';
import { DialogItem } from './DialogItem';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** "Embed…" in the Export menu: the iframe snippet of the current view, for a course page. */
export function EmbedButton({ onOpen }: { onOpen?: () => void }) {
  const t = useT();
  return (
    <DialogItem
      label={t('export.embed.label')}
      hint={t('export.embed.hint')}
      onOpen={onOpen}
      dialog={(close) => <EmbedDialog onClose={close} />}
    />
  );
}
