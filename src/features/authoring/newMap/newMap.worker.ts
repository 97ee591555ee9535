/// <reference lib="webworker" />
import {
  loadDocxReader,
  readWithoutDom,
  type FirstStep,
  type SourceInput,
} from '../../../domain/authoring/readSource';
import { TextSourceError, type SourceProblem } from '../../../domain/authoring/sourceError';
import { speak, type Speech } from '../../../i18n/core';

// The readers that need no DOM run here, so that a large or hostile text (micromark is super-linear
// on some shapes, mammoth not proven linear) cannot freeze the page: plain text and Markdown to
// blocks, a Word document to mammoth's HTML, a web page's bytes to its markup. The page reduces the
// markup (Readability needs a DOM, which a worker lacks), and ends this worker to cancel or on time.

/** A text to read, and the interface's language its problems are said in. */
export interface ReadJob {
  input: SourceInput;
  speech: Speech;
}

export type ReadReply =
  | { kind: 'done'; step: FirstStep }
  | { kind: 'failed'; file: string; problem: SourceProblem | null; message: string };

self.onmessage = async (event: MessageEvent<ReadJob>) => {
  const { input, speech } = event.data;
  let reply: ReadReply;
  try {
    speak(speech);
    reply = { kind: 'done', step: await readWithoutDom(input, loadDocxReader) };
  } catch (error) {
    reply =
      error instanceof TextSourceError
        ? { kind: 'failed', file: error.file, problem: error.problem, message: error.message }
        : { kind: 'failed', file: '', problem: null, message: String(error) };
  }
  self.postMessage(reply);
};
