import type { EmbedOptions } from '../domain/embed';
import { readPreference, writePreference } from '../lib/preferences';
import { OPEN_PANELS, type AppStore, type PanelName } from '../store/store';

/** Below this width the side panels are drawers over a full-width map (app.css has the same). */
export const NARROW_SCREEN = '(max-width: 1100px)';
/** Up to this width the panels are a bottom sheet, one at a time (app.css has the same). */
export const PHONE_SCREEN = '(max-width: 600px)';

type Panels = Readonly<Record<PanelName, boolean>>;
const CLOSED: Panels = { tools: false, evidence: false };

const isPanels = (value: unknown): value is Panels =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Panels).tools === 'boolean' &&
  typeof (value as Panels).evidence === 'boolean';

/** The panels a page opens with: the last choice on a wide screen; drawers closed on a narrow one. */
export function initialPanels(win: Window = window): Panels {
  if (win.matchMedia(NARROW_SCREEN).matches) return CLOSED;
  return readPreference('panels', isPanels, win.localStorage) ?? OPEN_PANELS;
}

/**
 * Keeps the panels in step with the screen: a wide screen's choice is remembered; going narrow
 * closes the drawers (they would cover the map), going wide again brings the choice back. On a
 * narrow screen a selection opens the evidence drawer, where its passages are.
 */
export function followScreen(store: AppStore, win: Window = window): () => void {
  const narrow = win.matchMedia(NARROW_SCREEN);
  const unsubscribe = store.subscribe(
    (s) => s.panels,
    (panels) => {
      if (!narrow.matches) writePreference('panels', panels, win.localStorage);
    },
  );
  const unsubscribeSelection = store.subscribe(
    (s) => s.selection,
    (selection) => {
      const { panels, tourStep } = store.getState();
      if (selection && narrow.matches && !panels.evidence && tourStep === null)
        togglePanelFor(store, 'evidence', win);
    },
  );
  const onChange = () => {
    const panels = narrow.matches
      ? CLOSED
      : (readPreference('panels', isPanels, win.localStorage) ?? OPEN_PANELS);
    for (const name of ['tools', 'evidence'] as const)
      store.getState().setPanel(name, panels[name]);
  };
  narrow.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    unsubscribeSelection();
    narrow.removeEventListener('change', onChange);
  };
}

/** Opens or closes a panel as the screen wants it: on a phone, one sheet at a time. */
export function togglePanelFor(store: AppStore, panel: PanelName, win: Window = window): void {
  const { panels, togglePanel, showOnlyPanel } = store.getState();
  if (!panels[panel] && win.matchMedia(PHONE_SCREEN).matches) showOnlyPanel(panel);
  else togglePanel(panel);
}

/**
 * An embed's panels: closed at first, never remembered (the course page's reader is not the app's
 * user); a selection opens the evidence, where its passages are, when the embed offers it.
 */
export function followEmbed(
  store: AppStore,
  embed: EmbedOptions,
  win: Window = window,
): () => void {
  return store.subscribe(
    (s) => s.selection,
    (selection) => {
      const { panels, tourStep } = store.getState();
      if (selection && embed.panels.includes('evidence') && !panels.evidence && tourStep === null)
        togglePanelFor(store, 'evidence', win);
    },
  );
}
