/**
 * A promise that rejects, with the error `stop` makes, when the signal aborts or `limitMs` passes,
 * for racing a long task (a reading, an import) against the user's Cancel and a time limit; `end`
 * clears its timer and listener once the task is over.
 */
export function stopper(
  signal: AbortSignal | undefined,
  limitMs: number,
  stop: (reason: 'cancelled' | 'time-limit') => Error,
) {
  let timer = 0;
  let onAbort = () => {};
  const stopped = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(stop('time-limit')), limitMs);
    onAbort = () => reject(stop('cancelled'));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  stopped.catch(() => {}); // observed by whoever races it
  const end = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  return { stopped, end };
}
