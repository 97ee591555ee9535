import { checkSize } from '../../domain/formats/text';
import { speechNow, t } from '../../i18n/core';
import { prepareImport, type PreparedImport } from './prepare';
import { PreparedReceiver, type ImportMessage } from './transfer';
import type { ImportRequest } from './import.worker';

import {
  ImportStopped,
  importTimeLimit,
  type GraphFile,
  type ParseFile,
  type ParseOptions,
} from './importLimits';
import { stopper as stopAt } from '../../lib/stopper';

export { ImportStopped, importTimeLimit };
export type { GraphFile, ParseFile, ParseOptions };

const sizeOf = (files: readonly GraphFile[]) => files.reduce((n, f) => n + f.size, 0);

/** Reads the files' bytes, giving up as soon as the import is stopped. */
async function bytesOf(files: readonly GraphFile[], stopped: Promise<never>) {
  return Promise.race([
    Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
    stopped,
  ]);
}

/** The stop of a task on `bytes`: the user's Cancel, or its time limit. */
function stopper(options: ParseOptions, bytes: number) {
  const limitMs = options.limitMs ?? importTimeLimit(bytes);
  return stopAt(options.signal, limitMs, (reason) =>
    reason === 'cancelled'
      ? new ImportStopped('cancelled')
      : new ImportStopped('time-limit', limitMs),
  );
}

/** Lets the page draw and take input before the next step of an import on the page. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses on the page itself: the last resort where no worker can start (jsdom). It cannot be
 * interrupted while it parses, but the stop is checked between its steps. Not in the offline page
 * (the single file), which leaves the readers and the schema library to its inline worker.
 */
export async function parseHere(
  files: readonly GraphFile[],
  options: ParseOptions,
): Promise<PreparedImport> {
  if (import.meta.env.MODE === 'single') throw new Error(t('import.worker.none'));
  const { stopped, end } = stopper(options, sizeOf(files));
  try {
    const [{ parseGraphFiles }, read] = await Promise.race([
      Promise.all([import('../../domain/formats'), bytesOf(files, stopped)]),
      stopped,
    ]);
    await Promise.race([breathe(), stopped]);
    const parsed = parseGraphFiles(read, { strict: options.strict });
    await Promise.race([breathe(), stopped]);
    return prepareImport(parsed, read.map((f) => f.name).join(' + '));
  } finally {
    end();
  }
}

/**
 * Starts the import worker. The single-file build has it inline and starts it from a blob: a page
 * opened from file:// starts no worker from a file, and the policy allows `worker-src blob:`.
 */
async function startWorker(): Promise<Worker> {
  if (import.meta.env.MODE === 'single') {
    const { default: InlineWorker } = await import('./import.worker.ts?worker&inline');
    return new InlineWorker();
  }
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

async function parseInWorker(
  files: readonly GraphFile[],
  options: ParseOptions,
): Promise<PreparedImport> {
  let worker: Worker;
  try {
    worker = await startWorker();
  } catch {
    return parseHere(files, options);
  }
  const { stopped, end } = stopper(options, sizeOf(files));
  // Ending the worker is what stops a parse: it may be busy for as long as the file takes.
  stopped.catch(() => worker.terminate());
  try {
    const read = await bytesOf(files, stopped);
    const done = new Promise<PreparedImport>((resolve, reject) => {
      // The graph comes in slices, each message in a task of its own (see transfer.ts).
      const receiver = new PreparedReceiver();
      worker.onmessage = (event: MessageEvent<ImportMessage>) => {
        try {
          const prepared = receiver.take(event.data);
          if (prepared) resolve(prepared);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      // The worker script could not load or crashed: read the files here instead (their bytes were
      // handed to the worker, so they are read again).
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        parseHere(files, options).then(resolve, reject);
      };
      const request: ImportRequest = {
        files: read,
        strict: options.strict,
        speech: speechNow(),
      };
      worker.postMessage(
        request,
        read.map((f) => f.bytes),
      );
    });
    return await Promise.race([done, stopped]);
  } finally {
    end();
    worker.terminate();
  }
}

/** Reads files' bytes and parses them off the main thread. Too large a file is refused before reading. */
export const parseFile: ParseFile = async (files, options) => {
  for (const f of files) checkSize(f.size, f.name);
  return parseInWorker(files, options);
};
