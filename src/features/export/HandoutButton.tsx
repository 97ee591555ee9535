import { lazy } from 'react';
import { hasBuiltInTour } from '../../lib/builtInTour';
import { useApp } from '../../store/context';
import { useT } from '../../i18n/react';
import { DialogItem } from './DialogItem';

const HandoutDialog = lazy(() => import('./HandoutDialog'));

/**
 * "Print handout" in the Export menu: the tour on paper (or PDF), one step per page. The article has
 * its tour (loaded on use); another map prints only a tour of its own, else the item says why not.
 */
export function HandoutButton({ onOpen }: { onOpen?: () => void }) {
  const hasTour = useApp((s) => s.tour !== null || (s.origin === 'article' && hasBuiltInTour));
  const editable = useApp((s) => s.editable);
  const t = useT();
  const hint = hasTour
    ? t('export.handout.hint')
    : editable
      ? t('export.handout.hint.addSteps')
      : t('export.handout.hint.noTour');
  return (
    <DialogItem
      label={t('export.handout.label')}
      hint={hint}
      disabled={!hasTour}
      onOpen={onOpen}
      dialog={(close) => <HandoutDialog onClose={close} />}
    />
  );
}
