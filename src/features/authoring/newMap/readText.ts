import type { ExtractedText } from '../../../domain/authoring/article';
import {
  loadDocxReader,
  readMarkup,
  readWithoutDom,
  type FirstStep,
  type SourceInput,
} from '../../../domain/authoring/readSource';
import { TextSourceError } from '../../../domain/authoring/sourceError';
import type { ReadJob, ReadReply } from './newMap.worker';
import { speechNow, t } from '../../../i18n/core';
import { stopper as stopAt } from '../../../lib/stopper';

/** A reading that did not finish: cancelled, or stopped by the time limit. */
export class ReadStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'time-limit',
    readonly limitMs = 0,
  ) {
    super(
      reason === 'cancelled'
        ? t('authoring.read.cancelled')
        : t('authoring.read.timeLimit', { seconds: Math.round(limitMs / 1000) }),
    );
    this.name = 'ReadStopped';
  }
}

const MB = 1024 * 1024;

/** How long reading may take: 20 s, and 2 s more per megabyte. The readers are linear or guarded. */
export const readTimeLimit = (bytes: number) => 20_000 + Math.ceil(bytes / MB) * 2_000;

export interface ReadOptions {
  signal?: AbortSignal;
  limitMs?: number;
}

/** The stop of a task on `bytes`: the user's Cancel, or its time limit. */
function stopper(options: ReadOptions, bytes: number) {
  const limitMs = options.limitMs ?? readTimeLimit(bytes);
  return stopAt(options.signal, limitMs, (reason) =>
    reason === 'cancelled' ? new ReadStopped('cancelled') : new ReadStopped('time-limit', limitMs),
  );
}

/**
 * Starts the reading worker. (Not in the offline page, the single-file build: it makes no new maps.)
 */
async function startWorker(): Promise<Worker> {
  return new Worker(new URL('./newMap.worker.ts', import.meta.url), { type: 'module' });
}

/** The first step on the page: where no worker starts (jsdom), or when the worker fails to load. */
const firstStepHere = (input: SourceInput): Promise<FirstStep> =>
  readWithoutDom(input, loadDocxReader);

async function firstStepInWorker(input: SourceInput, stopped: Promise<never>): Promise<FirstStep> {
  if (typeof Worker === 'undefined') return Promise.race([firstStepHere(input), stopped]);
  let worker: Worker;
  try {
    worker = await startWorker();
  } catch {
    return Promise.race([firstStepHere(input), stopped]);
  }
  // Ending the worker is what stops a reader: it may be busy for as long as the text takes.
  stopped.catch(() => worker.terminate());
  try {
    const done = new Promise<FirstStep>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ReadReply>) => {
        const reply = event.data;
        if (reply.kind === 'done') resolve(reply.step);
        else if (reply.problem)
          // The worker's message already names the file: keep it as it is.
          reject(
            Object.assign(new TextSourceError(reply.file, reply.problem, ''), {
              message: reply.message,
            }),
          );
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        firstStepHere(input).then(resolve, reject);
      };
      // A file's bytes are handed over, not copied.
      const job: ReadJob = { input, speech: speechNow() };
      worker.postMessage(job, input.kind === 'file' ? [input.bytes] : []);
    });
    return await Promise.race([done, stopped]);
  } finally {
    worker.terminate();
  }
}

/**
 * Reads a pasted text or a file's bytes into blocks: the readers that need no DOM in a worker, under
 * a time limit and the Cancel button's signal (either ends the worker); a web page's or a Word
 * document's markup then reduced on the page (Readability under its depth and size guards). Rejects
 * with a TextSourceError naming the file and the problem, or with ReadStopped.
 */
export async function readText(
  input: SourceInput,
  options: ReadOptions = {},
): Promise<ExtractedText> {
  const bytes = input.kind === 'file' ? input.bytes.byteLength : input.text.length * 2;
  const { stopped, end } = stopper(options, bytes);
  try {
    const step = await firstStepInWorker(input, stopped);
    // Lets the page draw (the progress) before the reduction, which holds it for its time.
    await Promise.race([new Promise((r) => setTimeout(r, 0)), stopped]);
    return await Promise.race([readMarkup(step, new DOMParser()), stopped]);
  } finally {
    end();
  }
}
