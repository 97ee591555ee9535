import { checkSize } from '../../domain/formats/text';
import { prepareImport, type PreparedImport } from './prepare';
import { PreparedReceiver, type ImportMessage } from './transfer';

/** A file as the picker or a drop hands it over. */
export type GraphFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * Reads a graph file and prepares it for the map; rejects with an Error whose message names what
 * and where.
 */
export type ParseFile = (file: GraphFile, strict: boolean) => Promise<PreparedImport>;

/** Parses on the page itself: where workers cannot start (e.g. the single-file build from file://). */
export async function parseHere(file: GraphFile, strict: boolean): Promise<PreparedImport> {
  const [{ parseGraphFile }, bytes] = await Promise.all([
    import('../../domain/formats'),
    file.arrayBuffer(),
  ]);
  return prepareImport(parseGraphFile({ name: file.name, bytes, strict }), file.name);
}

async function parseInWorker(file: GraphFile, strict: boolean): Promise<PreparedImport> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(file, strict);
  }
  const bytes = await file.arrayBuffer();
  return new Promise((resolve, reject) => {
    // The graph comes in slices, each message in a task of its own (see transfer.ts).
    const receiver = new PreparedReceiver();
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      try {
        const prepared = receiver.take(event.data);
        if (!prepared) return;
        worker.terminate();
        resolve(prepared);
      } catch (error) {
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    // The worker script could not load or crashed: read the file here instead (the bytes were
    // handed to the worker, so they are read again).
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      parseHere(file, strict).then(resolve, reject);
    };
    worker.postMessage({ name: file.name, bytes, strict }, [bytes]);
  });
}

/** Reads a file's bytes and parses them off the main thread. Too large a file is refused before reading. */
export const parseFile: ParseFile = async (file, strict) => {
  checkSize(file.size, file.name);
  return parseInWorker(file, strict);
};
