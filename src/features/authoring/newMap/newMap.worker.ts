/// <reference lib="webworker" />
import {
  loadDocxReader,
  readWithoutDom,
  type FirstStep,
  type SourceInput,
} from '../../../domain/authoring/readSource';
import { TextSourceError, type SourceProblem } from '../../../domain/authoring/sourceError';

// The readers that need no DOM run here, so that a large or hostile text (micromark is super-linear
// on some shapes, mammoth not proven linear) cannot freeze the page: plain text and Markdown to
// blocks, a Word document to mammoth's HTML, a web page's bytes to its markup. The page reduces the
// markup (Readability needs a DOM, which a worker lacks), and ends this worker to cancel or on time.

export type ReadReply =
  | { kind: 'done'; step: FirstStep }
  | { kind: 'failed'; file: string; problem: SourceProblem | null; message: string };

self.onmessage = async (event: MessageEvent<SourceInput>) => {
  let reply: ReadReply;
  try {
    reply = { kind: 'done', step: await readWithoutDom(event.data, loadDocxReader) };
  } catch (error) {
    reply =
      error instanceof TextSourceError
        ? { kind: 'failed', file: error.file, problem: error.problem, message: error.message }
        : { kind: 'failed', file: '', problem: null, message: String(error) };
  }
  self.postMessage(reply);
};
