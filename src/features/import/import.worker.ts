/// <reference lib="webworker" />
import { ImportError, parseGraphFiles } from '../../domain/formats';
import { speak, type Speech } from '../../i18n/core';
import { prepareImport } from './prepare';
import { messagesOf, type ImportMessage } from './transfer';

// Parsing runs here so a 50 MB file does not freeze the page: the map stays usable meanwhile. So does
// everything else made from the file (the dataset, its colourings, the text kept for the next visit).
// The page ends the worker to cancel an import, or when it runs past its time limit.

export interface ImportRequest {
  /** One graph file, or a CSV edge list with its node list. */
  files: { name: string; bytes: ArrayBuffer }[];
  strict: boolean;
  /** The interface's language and words: the report's problems, repairs and notes are in it. */
  speech: Speech;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { files, strict, speech } = event.data;
  speak(speech);
  let messages: Iterable<[ImportMessage, Transferable[]]>;
  try {
    const name = files.map((f) => f.name).join(' + ');
    messages = messagesOf(prepareImport(parseGraphFiles(files, { strict }), name));
  } catch (error) {
    const message = error instanceof ImportError ? error.message : String(error);
    messages = [[{ kind: 'failed', message }, []]];
  }
  for (const [message, transfer] of messages) self.postMessage(message, transfer);
};
