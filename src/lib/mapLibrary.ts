import { Dexie, type EntityTable } from 'dexie';
import { t } from '../i18n/core';
import { datasetProblem, type StoredDataset } from './storedDataset';

/** What "My maps" lists of a kept map, without its contents. */
export interface MapSummary {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  nodes: number;
  relations: number;
  /** Whether the map has a text behind it (passages), or is a bare graph. */
  hasText: boolean;
}

interface MapContents {
  id: string;
  dataset: StoredDataset;
}

/** Something the browser's database would not do, in words for the person using the app. */
export class LibraryError extends Error {
  override name = 'LibraryError';
}

/** The browser's error as a LibraryError that says what happened and what to do. */
function explain(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  // Dexie wraps what failed the opening in the error of the operation that needed it.
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: string } | null)?.name ?? '',
  );
  const is = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  // Dexie names the DOMException it wraps, and adds its own for a missing or unopenable database.
  if (is('QuotaExceededError') || /quota/i.test(String(error)))
    return new LibraryError(t('maps.error.full'));
  if (is('MissingAPIError', 'OpenFailedError', 'InvalidStateError', 'SecurityError'))
    return new LibraryError(t('maps.error.unavailable'));
  const detail = error instanceof Error ? error.message : String(error);
  return new LibraryError(t('maps.error.database', { detail: detail.slice(0, 120) }));
}

const summaryOf = (
  id: string,
  title: string,
  dataset: StoredDataset,
  times: { createdAt: number; updatedAt: number },
): MapSummary => ({
  id,
  title,
  ...times,
  nodes: dataset.graph.nodes.length,
  relations: dataset.graph.edges.length,
  hasText: dataset.article.blocks.length > 0,
});

/** A fresh id for a kept map. */
const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `map-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The maps kept in the browser's IndexedDB (through Dexie): a table of summaries, listed without
 * reading any map, and one of contents. Every method fails with a LibraryError that says why.
 */
export class MapLibrary {
  private readonly db: Dexie & {
    maps: EntityTable<MapSummary, 'id'>;
    contents: EntityTable<MapContents, 'id'>;
  };

  constructor(
    name = 'silkgraph',
    private readonly now: () => number = Date.now,
  ) {
    this.db = new Dexie(name) as MapLibrary['db'];
    this.db.version(1).stores({ maps: 'id, updatedAt', contents: 'id' });
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw explain(error);
    }
  }

  /** Every kept map, the last edited first. */
  list(): Promise<MapSummary[]> {
    return this.run(() => this.db.maps.orderBy('updatedAt').reverse().toArray());
  }

  /** Keeps a map under a title; returns its summary. */
  add(title: string, dataset: StoredDataset): Promise<MapSummary> {
    return this.run(async () => {
      const at = this.now();
      const summary = summaryOf(newId(), title, dataset, { createdAt: at, updatedAt: at });
      await this.db.transaction('rw', this.db.maps, this.db.contents, async () => {
        await this.db.maps.add(summary);
        await this.db.contents.add({ id: summary.id, dataset });
      });
      return summary;
    });
  }

  /**
   * A kept map's contents, checked as the last import is before it is shown: a map that cannot be
   * read (changed by hand, from another version) is refused with the reason, and stays listed.
   */
  open(id: string): Promise<StoredDataset> {
    return this.run(async () => {
      const row = await this.db.contents.get(id);
      if (!row) throw new LibraryError(t('maps.error.gone'));
      const problem = datasetProblem(row.dataset);
      if (problem) throw new LibraryError(t('maps.error.unreadable', { problem }));
      return row.dataset;
    });
  }

  /** Keeps the new state of a kept map (as it is edited): its contents and its summary's counts. */
  save(id: string, dataset: StoredDataset): Promise<MapSummary> {
    return this.run(() =>
      this.db.transaction('rw', this.db.maps, this.db.contents, async () => {
        const before = await this.db.maps.get(id);
        if (!before) throw new LibraryError(t('maps.error.gone'));
        const summary = summaryOf(id, before.title, dataset, {
          createdAt: before.createdAt,
          updatedAt: this.now(),
        });
        await this.db.maps.put(summary);
        await this.db.contents.put({ id, dataset });
        return summary;
      }),
    );
  }

  /** Renames a kept map (the title in the list; the text's own title is not changed). */
  rename(id: string, title: string): Promise<void> {
    return this.run(async () => {
      const changed = await this.db.maps.update(id, { title, updatedAt: this.now() });
      if (!changed) throw new LibraryError(t('maps.error.gone'));
    });
  }

  /** A copy of a kept map, titled "Copy of …". */
  duplicate(id: string): Promise<MapSummary> {
    return this.run(async () => {
      const summary = await this.db.maps.get(id);
      if (!summary) throw new LibraryError(t('maps.error.gone'));
      const dataset = await this.open(id);
      return this.add(t('maps.copyOf', { title: summary.title }), dataset);
    });
  }

  /** Removes a kept map; what it returns puts it back as it was (`restore`). */
  remove(id: string): Promise<{ summary: MapSummary; contents: MapContents } | null> {
    return this.run(() =>
      this.db.transaction('rw', this.db.maps, this.db.contents, async () => {
        const summary = await this.db.maps.get(id);
        const contents = await this.db.contents.get(id);
        if (!summary || !contents) return null;
        await this.db.maps.delete(id);
        await this.db.contents.delete(id);
        return { summary, contents };
      }),
    );
  }

  /** Puts back a map that `remove` took away. */
  restore(removed: { summary: MapSummary; contents: MapContents }): Promise<void> {
    return this.run(() =>
      this.db.transaction('rw', this.db.maps, this.db.contents, async () => {
        await this.db.maps.put(removed.summary);
        await this.db.contents.put(removed.contents);
      }),
    );
  }

  close(): void {
    this.db.close();
  }
}

/** The app's library, opened on first use. */
let shared: MapLibrary | null = null;
export const mapLibrary = () => (shared ??= new MapLibrary());
