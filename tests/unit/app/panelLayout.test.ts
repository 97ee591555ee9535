import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NARROW_SCREEN,
  PHONE_SCREEN,
  followScreen,
  initialPanels,
  togglePanelFor,
} from '../../../src/app/panelLayout';
import { createAppStore } from '../../../src/store/store';
import { smallDataset } from '../../fixtures/small';

/** A window of a given width, with a storage and media queries that answer for that width. */
function screen(width: number, stored: Record<string, string> = {}) {
  const listeners = new Map<string, Set<() => void>>();
  const data = new Map(Object.entries(stored));
  const max = (query: string) => Number(/max-width: (\d+)px/.exec(query)![1]);
  const win = {
    width,
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    },
    matchMedia: (query: string) => ({
      get matches() {
        return win.width <= max(query);
      },
      addEventListener: (_: string, fn: () => void) => {
        if (!listeners.has(query)) listeners.set(query, new Set());
        listeners.get(query)!.add(fn);
      },
      removeEventListener: (_: string, fn: () => void) => listeners.get(query)?.delete(fn),
    }),
    resize(to: number) {
      win.width = to;
      for (const fns of listeners.values()) for (const fn of fns) fn();
    },
    data,
  };
  return win;
}
const asWindow = (w: ReturnType<typeof screen>) => w as unknown as Window;

describe('panel layout', () => {
  it('opens both panels on a wide screen, none on a narrow one, the last choice when stored', () => {
    expect(initialPanels(asWindow(screen(1600)))).toEqual({ tools: true, evidence: true });
    expect(initialPanels(asWindow(screen(1024)))).toEqual({ tools: false, evidence: false });
    const stored = { 'silkgraph:pref:panels': '{"tools":false,"evidence":true}' };
    expect(initialPanels(asWindow(screen(1600, stored)))).toEqual({ tools: false, evidence: true });
    // A stored value that is not a choice of panels is ignored.
    const broken = { 'silkgraph:pref:panels': '{"tools":"yes"}' };
    expect(initialPanels(asWindow(screen(1600, broken)))).toEqual({ tools: true, evidence: true });
  });

  it('remembers a wide screen’s choice, closes the drawers when narrow, brings it back', () => {
    const win = screen(1600);
    const store = createAppStore(smallDataset);
    const stop = followScreen(store, asWindow(win));
    store.getState().togglePanel('tools');
    expect(JSON.parse(win.data.get('silkgraph:pref:panels')!)).toEqual({
      tools: false,
      evidence: true,
    });
    win.resize(900);
    expect(store.getState().panels).toEqual({ tools: false, evidence: false });
    // A drawer opened on a narrow screen is not the wide screen's choice.
    store.getState().togglePanel('tools');
    win.resize(1600);
    expect(store.getState().panels).toEqual({ tools: false, evidence: true });
    stop();
  });

  it('opens the evidence drawer for a selection on a narrow screen, not on a wide one', () => {
    const narrow = screen(1024);
    const store = createAppStore(smallDataset, { panels: { tools: false, evidence: false } });
    followScreen(store, asWindow(narrow));
    const id = smallDataset.graph.nodes[0]!.id;
    store.getState().selectElement({ type: 'node', id });
    expect(store.getState().panels.evidence).toBe(true);

    const wide = screen(1600);
    const other = createAppStore(smallDataset, { panels: { tools: true, evidence: false } });
    followScreen(other, asWindow(wide));
    other.getState().selectElement({ type: 'node', id });
    expect(other.getState().panels.evidence).toBe(false);
  });

  it('keeps one sheet open at a time on a phone', () => {
    const phone = asWindow(screen(390));
    const store = createAppStore(smallDataset, { panels: { tools: true, evidence: false } });
    togglePanelFor(store, 'evidence', phone);
    expect(store.getState().panels).toEqual({ tools: false, evidence: true });
    togglePanelFor(store, 'evidence', phone);
    expect(store.getState().panels).toEqual({ tools: false, evidence: false });
    const tablet = asWindow(screen(1024));
    togglePanelFor(store, 'tools', tablet);
    togglePanelFor(store, 'evidence', tablet);
    expect(store.getState().panels).toEqual({ tools: true, evidence: true });
  });

  it('names the same widths as the stylesheet’s drawers and sheets', () => {
    const css = readFileSync('src/app/app.css', 'utf8');
    expect(css).toContain(`@media ${NARROW_SCREEN} {`);
    expect(css).toContain(`@media ${PHONE_SCREEN} {`);
  });
});
