import type { SliceCreator } from '../store';

/** The two side columns: the tools (filters, list, path) and the evidence (details, article). */
export type PanelName = 'tools' | 'evidence';

export interface PanelsSlice {
  /** Which side columns are open; the map takes the room of a closed one. */
  panels: Readonly<Record<PanelName, boolean>>;
  togglePanel: (panel: PanelName) => void;
  setPanel: (panel: PanelName, open: boolean) => void;
  /** Opens one panel and closes the other (a phone's bottom sheet holds one at a time). */
  showOnlyPanel: (panel: PanelName) => void;
}

/** Both columns open, as a wide screen starts. */
export const OPEN_PANELS: Readonly<Record<PanelName, boolean>> = { tools: true, evidence: true };

export const createPanelsSlice =
  (initial: Readonly<Record<PanelName, boolean>> = OPEN_PANELS): SliceCreator<PanelsSlice> =>
  (set) => ({
    panels: initial,
    togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
    setPanel: (panel, open) =>
      set((s) => (s.panels[panel] === open ? s : { panels: { ...s.panels, [panel]: open } })),
    showOnlyPanel: (panel) =>
      set({ panels: { tools: panel === 'tools', evidence: panel === 'evidence' } }),
  });
