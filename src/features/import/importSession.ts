import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ImportReport } from '../../domain/formats/model';
import type { Colouring, ImportedDataset } from '../../domain/importDataset';

// The import's own state: which file is being opened and what the last one held. It is not part of
// the app store because nothing but the import feature reads it; the dataset itself goes there.

/**
 * The last file opened, kept so the report can show it and re-colour the graph by another attribute.
 * The file's graph itself stays in the import worker: each choice's colouring came with the dataset.
 */
export interface LastImport {
  fileName: string;
  report: ImportReport;
  /** The dataset on the map (the same object as the store's). */
  dataset: ImportedDataset;
  sphereAttribute: string | null;
  /** The file carries Silkgraph spheres: the map uses them and there is nothing to choose. */
  silkgraph: boolean;
  /** By nothing, then by each categorical attribute: the choices of the report. */
  colourings: readonly Colouring[];
}

export interface ImportSession {
  /** The name of the file (or files) being opened, while they are read and parsed. */
  pending: string | null;
  last: LastImport | null;
  reportOpen: boolean;
  /** Refuse files that need repairs; remembered for the next import. */
  strict: boolean;
}

const STRICT_KEY = 'silkgraph:strict-import';

function storedStrict(): boolean {
  try {
    return globalThis.localStorage?.getItem(STRICT_KEY) === 'true';
  } catch {
    return false;
  }
}

export const INITIAL_SESSION: ImportSession = {
  pending: null,
  last: null,
  reportOpen: false,
  strict: false,
};

export const importSession = createStore<ImportSession>()(() => ({
  ...INITIAL_SESSION,
  strict: storedStrict(),
}));

const TIME_LIMIT_KEY = 'silkgraph:import-time-limit-ms';

/**
 * An import time limit set by hand in the browser's storage (milliseconds), for a slow computer
 * or a test; null when none is set and the limit follows the file's size.
 */
export function timeLimitOverride(): number | null {
  try {
    const value = Number(globalThis.localStorage?.getItem(TIME_LIMIT_KEY) ?? '');
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Sets strict mode for this and later visits. */
export function setStrict(strict: boolean): void {
  importSession.setState({ strict });
  try {
    globalThis.localStorage?.setItem(STRICT_KEY, String(strict));
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts this visit.
  }
}

/** Reads the import session; the selector must return a primitive or a stored object. */
export function useImportSession<T>(selector: (s: ImportSession) => T): T {
  return useStore(importSession, selector);
}
