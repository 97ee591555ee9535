import type { ElementRef, Selection } from '../../domain/evidence';
import type { SliceCreator } from '../store';
import { nextSeq } from './intents';

export interface SelectionSlice {
  selection: Selection | null;
  hovered: string | null;
  /** Select a node, an edge or a passage (whose supported elements light up); null clears. */
  selectElement: (ref: Selection | null) => void;
  /** Select a node and bring it to the middle of the map (search, lists). */
  selectAndCenter: (ref: ElementRef) => void;
  hoverNode: (id: string | null) => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: null,
  hovered: null,
  selectElement: (ref) =>
    set((s) => ({
      selection: ref,
      // Focus is centred on the selected node: it ends when the selection is no longer a node.
      focusDepth: ref?.type === 'node' ? s.focusDepth : 0,
    })),
  selectAndCenter: (ref) => {
    get().selectElement(ref);
    if (ref.type === 'node') set({ camera: { kind: 'center', id: ref.id, seq: nextSeq() } });
  },
  hoverNode: (id) => set({ hovered: id }),
});
