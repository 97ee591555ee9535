import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryError, MapLibrary } from '../../../src/lib/mapLibrary';
import { smallDataset, smallTour } from '../../fixtures/small';

let clock = 1_000;
let library: MapLibrary;
let dbCount = 0;
const fresh = () => (library = new MapLibrary(`test-${++dbCount}`, () => ++clock));
afterEach(() => library?.close());

const map = { ...smallDataset, tour: smallTour };

describe('MapLibrary', () => {
  it('keeps a map and gives it back whole, tour included', async () => {
    fresh();
    const kept = await library.add('Seminar 3', map);
    expect(kept).toMatchObject({
      title: 'Seminar 3',
      nodes: smallDataset.graph.nodes.length,
      relations: smallDataset.graph.edges.length,
      hasText: true,
    });
    expect(await library.open(kept.id)).toEqual(map);
  });

  it('keeps a tour’s speaker notes', async () => {
    fresh();
    const steps = smallTour.steps.map((step, i) =>
      i === 1 ? { ...step, notes: 'Point at ¶2. <b>Ask</b> who buys the oil.' } : step,
    );
    const noted = { ...smallDataset, tour: { ...smallTour, steps } };
    const kept = await library.add('Noted', noted);
    expect((await library.open(kept.id)).tour?.steps[1]?.notes).toBe(
      'Point at ¶2. <b>Ask</b> who buys the oil.',
    );
    await library.save(kept.id, { ...noted, tour: { ...smallTour } });
    expect((await library.open(kept.id)).tour?.steps[1]).not.toHaveProperty('notes');
  });

  it('lists the last edited first, a rename counting as an edit', async () => {
    fresh();
    const a = await library.add('A', map);
    const b = await library.add('B', map);
    expect((await library.list()).map((m) => m.title)).toEqual(['B', 'A']);
    await library.rename(a.id, 'A, renamed');
    expect((await library.list()).map((m) => m.title)).toEqual(['A, renamed', 'B']);
    expect(b.id).not.toBe(a.id);
  });

  it('duplicates a map as “Copy of …”, a map of its own', async () => {
    fresh();
    const a = await library.add('A', map);
    const copy = await library.duplicate(a.id);
    expect(copy.title).toBe('Copy of A');
    await library.rename(a.id, 'changed');
    expect((await library.list()).map((m) => m.title).sort()).toEqual(['Copy of A', 'changed']);
    expect(await library.open(copy.id)).toEqual(map);
  });

  it('removes a map, and puts it back as it was', async () => {
    fresh();
    const a = await library.add('A', map);
    const removed = await library.remove(a.id);
    expect(await library.list()).toEqual([]);
    await expect(library.open(a.id)).rejects.toThrow('This map is no longer kept in this browser.');
    await library.restore(removed!);
    expect(await library.list()).toEqual([a]);
    expect(await library.open(a.id)).toEqual(map);
  });

  it('refuses to open a kept map that cannot be read, saying why', async () => {
    fresh();
    const broken = {
      ...map,
      graph: { ...map.graph, edges: [{ ...map.graph.edges[0]!, source: 'nowhere' }] },
    };
    const kept = await library.add('Broken', broken);
    const error = await library.open(kept.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as Error).message).toMatch(
      /^This map could not be read \(relation ".+" has an end that is not a node\)\.$/,
    );
  });

  it('says so in words when the browser has no database to give', async () => {
    const saved = globalThis.indexedDB;
    // As in a browser where IndexedDB is turned off.
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const { Dexie } = await import('dexie');
      const { indexedDB: before } = Dexie.dependencies;
      Dexie.dependencies.indexedDB = undefined as never;
      try {
        library = new MapLibrary('test-none');
        await expect(library.list()).rejects.toThrow(
          /^This browser does not let the page keep maps .*Export → Map file saves it to a file\.$/,
        );
      } finally {
        Dexie.dependencies.indexedDB = before;
      }
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
    }
  });
});
