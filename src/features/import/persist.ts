import { formatNumber, t } from '../../i18n/core';
import { datasetProblem, isObject, type StoredDataset } from '../../lib/storedDataset';

export type { StoredDataset };

// The last imported graph survives a reload. What comes back from storage is checked by hand (the
// app does not ship zod): anything that does not have the expected shape is removed, never shown.

export const LAST_IMPORT_KEY = 'silkgraph:last-import';
const VERSION = 1;
/** localStorage holds about 5 MB per site: larger graphs are not kept, and the user is told. */
export const MAX_STORED_CHARS = 4_000_000;

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * The dataset as it is kept, or only its length when it is too large to keep. The import worker
 * makes it (serialising a large graph takes a while), so the page only hands it to storage.
 */
export type KeptText = { text: string } | { tooLarge: number };

/** Serialises a dataset for the next visit. */
export function keptText(dataset: StoredDataset): KeptText {
  const text = JSON.stringify({ version: VERSION, dataset });
  return text.length > MAX_STORED_CHARS ? { tooLarge: text.length } : { text };
}

/** Stores a serialised dataset; says so when it is too large to keep or storage is full. */
export function keepText(kept: KeptText, notify: (message: string) => void): void {
  const store = storage();
  if (!store) return;
  if ('tooLarge' in kept) {
    store.removeItem(LAST_IMPORT_KEY);
    const megabytes = formatNumber(kept.tooLarge / 1e6, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    notify(t('import.kept.tooLarge', { megabytes }));
    return;
  }
  try {
    store.setItem(LAST_IMPORT_KEY, kept.text);
  } catch {
    store.removeItem(LAST_IMPORT_KEY);
    notify(t('import.kept.full'));
  }
}

/** Keeps the dataset for the next visit; says so when it is too large to keep or storage is full. */
export function saveLastImport(dataset: StoredDataset, notify: (message: string) => void): void {
  keepText(keptText(dataset), notify);
}

/** Forgets the stored import: the next visit opens the article. */
export function clearLastImport(): void {
  storage()?.removeItem(LAST_IMPORT_KEY);
}

/**
 * The dataset imported on the last visit, if one was kept. A value that cannot be read (corrupt,
 * tampered with or from an older version) is removed and `problem` says so, in the interface's
 * language when it is called (the page reads the import before its language's words have come).
 */
export function loadLastImport(): { dataset: StoredDataset | null; problem?: () => string } {
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(LAST_IMPORT_KEY) ?? null;
  } catch {
    return { dataset: null };
  }
  if (text === null) return { dataset: null };
  // Said again when asked: the problem in the words of the language shown then.
  let why = () => t('maps.problem.notSaved');
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value) && value.version === VERSION) {
      const problem = datasetProblem(value.dataset);
      if (problem === null) return { dataset: value.dataset as StoredDataset };
      why = () => datasetProblem(value.dataset) ?? problem;
    }
  } catch {
    // Not JSON: removed below like any other unreadable value.
  }
  store?.removeItem(LAST_IMPORT_KEY);
  return { dataset: null, problem: () => t('import.kept.unreadable', { why: why() }) };
}
