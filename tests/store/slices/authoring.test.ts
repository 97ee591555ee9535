import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode, deleteNode, editNode } from '../../../src/domain/authoring/nodeEdits';
import { createAppStore } from '../../../src/store/store';
import { SAVE_AFTER_MS, startAutosave } from '../../../src/features/authoring/autosave';
import { LibraryError, mapLibrary } from '../../../src/lib/mapLibrary';
import { smallDataset } from '../../fixtures/small';

const own = () => {
  const store = createAppStore(smallDataset);
  store.getState().openOwnMap(smallDataset, null);
  return store;
};

describe('authoring slice', () => {
  it('edits only a map of one’s own', () => {
    const store = createAppStore(smallDataset);
    const result = store
      .getState()
      .applyEdit((g, c) => editNode(g, c, 'alpha', { label: 'Alpha Republic' }));
    expect(result).toMatchObject({ ok: false, problem: { message: 'This map is read-only.' } });
    expect(store.getState().graph).toBe(smallDataset.graph);
  });

  it('applies a checked edit as one undo step, and refuses a broken one without change', () => {
    const store = own();
    expect(store.getState()).toMatchObject({ editable: true, mapId: null, past: [], future: [] });
    const ok = store
      .getState()
      .applyEdit((g, c) => editNode(g, c, 'alpha', { label: 'Alpha Republic' }));
    expect(ok.ok).toBe(true);
    expect(store.getState().graph.nodes[0]!.label).toBe('Alpha Republic');
    expect(store.getState().past).toHaveLength(1);
    const bad = store
      .getState()
      .applyEdit((g, c) => editNode(g, c, 'alpha', { domains: ['no-such-category'] }));
    expect(bad.ok).toBe(false);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().graph).toEqual(smallDataset.graph);
    store.getState().redo();
    expect(store.getState().graph.nodes[0]!.label).toBe('Alpha Republic');
  });

  it('places a new node in the same step, and lets go of a deleted selection', () => {
    const store = own();
    const made = store.getState().applyEdit(
      (g, c) =>
        addNode(g, c, {
          evidence: { block: 'p2', quote: 'Beta exports oil' },
          domains: ['energy'],
        }),
      ({ id }) => ({ [id]: { x: 5, y: 7 } }),
    );
    expect(made.ok).toBe(true);
    const id = (made as { id: string }).id;
    expect(store.getState().positions[id]).toEqual({ x: 5, y: 7 });
    store.getState().selectElement({ type: 'node', id });
    store.getState().applyEdit((g, c) => deleteNode(g, c, id));
    expect(store.getState().selection).toBeNull();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().positions[id]).toBeUndefined();
  });

  it('keeps drags and layouts: a drag is undoable, a first layout is not', () => {
    const store = own();
    store.getState().keepPositions({ alpha: { x: 1, y: 1 } });
    expect(store.getState().past).toHaveLength(0);
    store.getState().changeMap({ positions: { alpha: { x: 9, y: 9 } } });
    store.getState().undo();
    expect(store.getState().positions).toEqual({ alpha: { x: 1, y: 1 } });
  });

  it('ends editing when another map is put on screen', () => {
    const store = own();
    store.getState().changeMap({ positions: {} });
    store.getState().replaceDataset(smallDataset, 'article');
    expect(store.getState()).toMatchObject({ editable: false, mapId: null, past: [] });
  });
});

describe('autosave', () => {
  beforeEach(async () => {
    for (const map of await mapLibrary().list()) await mapLibrary().remove(map.id);
  });
  afterEach(() => vi.useRealTimers());

  it('saves a kept map a moment after an edit, and says so', async () => {
    const kept = await mapLibrary().add('Mine', smallDataset);
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(smallDataset, kept.id);
    const stop = startAutosave(store);
    store.getState().applyEdit((g, c) => editNode(g, c, 'beta', { label: 'Beta Land' }));
    expect(store.getState().saveState?.kind).toBe('saving');
    await vi.waitFor(() => expect(store.getState().saveState?.kind).toBe('saved'), {
      timeout: SAVE_AFTER_MS + 2000,
    });
    const saved = await mapLibrary().open(kept.id);
    expect(saved.graph.nodes.find((n) => n.id === 'beta')!.label).toBe('Beta Land');
    expect((await mapLibrary().list())[0]).toMatchObject({ id: kept.id, title: 'Mine' });
    stop();
  });

  it('keeps the map in memory and says why when the browser refuses to save', async () => {
    const kept = await mapLibrary().add('Mine', smallDataset);
    const store = createAppStore(smallDataset);
    store.getState().openOwnMap(smallDataset, kept.id);
    const full = new LibraryError('The browser’s storage for this site is full.');
    vi.spyOn(mapLibrary(), 'save').mockRejectedValue(full);
    const stop = startAutosave(store);
    store.getState().applyEdit((g, c) => editNode(g, c, 'beta', { label: 'Beta Land' }));
    await vi.waitFor(() => expect(store.getState().saveState?.kind).toBe('failed'), {
      timeout: SAVE_AFTER_MS + 2000,
    });
    expect(store.getState().graph.nodes.find((n) => n.id === 'beta')!.label).toBe('Beta Land');
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: full.message });
    stop();
    vi.restoreAllMocks();
  });
});
