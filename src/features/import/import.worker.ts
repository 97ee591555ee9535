/// <reference lib="webworker" />
import { ImportError, parseGraphFile } from '../../domain/formats';
import { prepareImport } from './prepare';
import { messagesOf, type ImportMessage } from './transfer';

// Parsing runs here so a 50 MB file does not freeze the page: the map stays usable meanwhile. So does
// everything else made from the file (the dataset, its colourings, the text kept for the next visit).

export interface ImportRequest {
  name: string;
  bytes: ArrayBuffer;
  strict: boolean;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, strict } = event.data;
  let messages: Iterable<[ImportMessage, Transferable[]]>;
  try {
    messages = messagesOf(prepareImport(parseGraphFile({ name, bytes, strict }), name));
  } catch (error) {
    const message = error instanceof ImportError ? error.message : String(error);
    messages = [[{ kind: 'failed', message }, []]];
  }
  for (const [message, transfer] of messages) self.postMessage(message, transfer);
};
