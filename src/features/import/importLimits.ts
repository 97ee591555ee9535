import type { PreparedImport } from './prepare';

// What an import is and how long it may take, apart from the code that parses: the page's first
// view needs these to offer "Open graph…", and loads the parsing when a file is chosen.

/** A file as the picker or a drop hands it over. */
export type GraphFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

export interface ParseOptions {
  strict: boolean;
  /** Aborting it stops the import: the worker is ended and the promise rejects with ImportStopped. */
  signal?: AbortSignal;
  /** Milliseconds after which the import is stopped; by default `importTimeLimit` of the files' size. */
  limitMs?: number;
}

/**
 * Reads one graph file, or a CSV edge list with its node list, and prepares it for the map; rejects
 * with an Error whose message names what and where, or with ImportStopped.
 */
export type ParseFile = (
  files: readonly GraphFile[],
  options: ParseOptions,
) => Promise<PreparedImport>;

/** An import that did not finish: cancelled by the user, or stopped by the time limit. */
export class ImportStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'time-limit',
    readonly limitMs = 0,
  ) {
    super(reason === 'cancelled' ? 'cancelled' : `stopped after ${Math.round(limitMs / 1000)} s`);
    this.name = 'ImportStopped';
  }
}

const MB = 1024 * 1024;

/**
 * How long an import may take: 30 s, and 2 s more per megabyte (130 s for the largest file). The
 * importers are linear, so a file that takes longer is one the machine cannot cope with.
 */
export function importTimeLimit(bytes: number): number {
  return 30_000 + Math.ceil(bytes / MB) * 2_000;
}
