/// <reference lib="webworker" />
import { computePositions, type LayoutInput, type LayoutPhase, type Positions } from './layoutCore';

// fcose runs here so laying out a big imported graph does not freeze the page.

export type LayoutMessage =
  | { type: 'progress'; phase: LayoutPhase }
  | { type: 'result'; positions: Positions }
  | { type: 'error'; message: string };

const post = (message: LayoutMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  try {
    const positions = computePositions(event.data, (phase) => post({ type: 'progress', phase }));
    post({ type: 'result', positions });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
