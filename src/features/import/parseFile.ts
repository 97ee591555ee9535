import type { ParseResult } from '../../domain/formats';
import { checkSize } from '../../domain/formats/text';
import type { ImportResponse } from './import.worker';

/** A file as the picker or a drop hands it over. */
export type GraphFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** Reads a graph file into the neutral form; rejects with an Error whose message names what and where. */
export type ParseFile = (file: GraphFile, strict: boolean) => Promise<ParseResult>;

/** Parses on the page itself: where workers cannot start (e.g. the single-file build from file://). */
async function parseHere(file: GraphFile, strict: boolean): Promise<ParseResult> {
  const [{ parseGraphFile }, bytes] = await Promise.all([
    import('../../domain/formats'),
    file.arrayBuffer(),
  ]);
  return parseGraphFile({ name: file.name, bytes, strict });
}

async function parseInWorker(file: GraphFile, strict: boolean): Promise<ParseResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(file, strict);
  }
  const bytes = await file.arrayBuffer();
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      worker.terminate();
      const response = event.data;
      if (response.ok) resolve({ graph: response.graph, report: response.report });
      else reject(new Error(response.message));
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
