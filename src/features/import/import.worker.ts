/// <reference lib="webworker" />
import { ImportError, parseGraphFile } from '../../domain/formats';

// Parsing runs here so a 50 MB file does not freeze the page: the map stays usable meanwhile.

export interface ImportRequest {
  name: string;
  bytes: ArrayBuffer;
  strict: boolean;
}

export type ImportResponse =
  | {
      ok: true;
      graph: ReturnType<typeof parseGraphFile>['graph'];
      report: ReturnType<typeof parseGraphFile>['report'];
    }
  | { ok: false; message: string; format: string; where: string | undefined };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, strict } = event.data;
  let response: ImportResponse;
  try {
    const { graph, report } = parseGraphFile({ name, bytes, strict });
    response = { ok: true, graph, report };
  } catch (error) {
    response =
      error instanceof ImportError
        ? { ok: false, message: error.message, format: error.format, where: error.where }
        : { ok: false, message: String(error), format: 'File', where: undefined };
  }
  self.postMessage(response);
};
