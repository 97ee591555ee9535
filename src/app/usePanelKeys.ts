import { useEffect } from 'react';
import { useAppStore } from '../store/context';
import { togglePanelFor } from './panelLayout';

/** Keys that open and close the side panels: [ for the tools, ] for the evidence. */
export const PANEL_KEYS = { tools: '[', evidence: ']' } as const;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** [ and ] toggle the side panels, except while typing or presenting (the tour has its own keys). */
export function usePanelKeys(enabled: boolean): void {
  const store = useAppStore();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const panel =
        e.key === PANEL_KEYS.tools ? 'tools' : e.key === PANEL_KEYS.evidence ? 'evidence' : null;
      if (!panel) return;
      e.preventDefault();
      togglePanelFor(store, panel);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, enabled]);
}
