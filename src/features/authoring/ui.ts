import { create } from 'zustand';
import type { Evidence } from '../../domain/schema';

/** What the authoring tools have open: kept apart from the app's store (it is not the map's state). */
interface AuthoringUi {
  /** Which element's editor is open ("node:id", "edge:id"): it closes when another is selected. */
  editorFor: string | null;
  /** "New relation…" is open, with the passages it will rest on. */
  relationEvidence: readonly Evidence[] | null;
  /** "Select a passage…" (choosing words of the text by keyboard) is open. */
  quoteDialog: boolean;
  set: (change: Partial<Omit<AuthoringUi, 'set'>>) => void;
}

export const useAuthoringUi = create<AuthoringUi>()((set) => ({
  editorFor: null,
  relationEvidence: null,
  quoteDialog: false,
  set,
}));
