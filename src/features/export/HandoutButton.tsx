import { lazy } from 'react';
import { bySpheres } from '../../domain/wording';
import { hasBuiltInTour } from '../../lib/builtInTour';
import { useApp } from '../../store/context';
import { DialogItem } from './DialogItem';

const HandoutDialog = lazy(() => import('./HandoutDialog'));

/**
 * "Print handout" in the Export menu: the tour on paper (or PDF), one step per page. The article has
 * its tour (loaded on use); another map prints only a tour of its own, else the item says why not.
 */
export function HandoutButton({ onOpen }: { onOpen?: () => void }) {
  const hasTour = useApp((s) => s.tour !== null || (s.origin === 'article' && hasBuiltInTour));
  const editable = useApp((s) => s.editable);
  const word = useApp((s) => (bySpheres(s.spheres) ? 'Spheres' : 'Categories'));
  const hint = hasTour
    ? 'the tour, one step per page: its map, legend, caption and passages'
    : editable
      ? 'needs a tour: add steps with “Add this view as a step”'
      : 'needs a tour: this map has none';
  return (
    <DialogItem
      label="Print handout…"
      hint={hint}
      disabled={!hasTour}
      onOpen={onOpen}
      dialog={(close) => <HandoutDialog onClose={close} categoriesWord={word} />}
    />
  );
}
