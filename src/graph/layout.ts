import cytoscape, { type Collection, type Core, type SingularElementArgument } from 'cytoscape';
import { positionOf } from '../domain/positions';
import type { LayoutInput, LayoutPhase, Positions } from './layoutCore';
import type { LayoutMessage } from './layout.worker';
import { boxWithLabel, DRAFT_ABOVE, fcoseOptions, newGraphLayoutOptions } from './layoutOptions';

export { DRAFT_ABOVE, fcoseOptions, newGraphLayoutOptions } from './layoutOptions';
export type { LayoutInput, LayoutPhase, Positions } from './layoutCore';

let fcoseReady: Promise<void> | null = null;

/** Loads and registers fcose on first use: the first paint uses precomputed positions and needs no layout code. */
export function loadFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseReady;
}

import { RELAYOUT_IN_WORKER_ABOVE } from './layoutOptions';
export { RELAYOUT_IN_WORKER_ABOVE };

/** A node's box for a layout, when the nodes have no style to measure (a large graph's model). */
export type NodeBox = (node: SingularElementArgument) => { width: number; height: number };

export interface RelayoutOptions {
  /** The map's drawn instance, when `shown` is in a large graph's headless model: it is fitted and told. */
  view?: Core;
  /** Sizes the nodes instead of measuring them. */
  box?: NodeBox;
  /** In the worker whatever the count (a model without styles cannot be laid out on the page). */
  inWorker?: boolean;
}

/**
 * Lays out only what is shown. An article-sized selection is laid out on the page, starting from
 * where it stands, and animates there; a larger one (fcose would freeze the page for seconds) is
 * laid out afresh in the layout worker, draft quality above DRAFT_ABOVE nodes, and placed at once.
 * Emits 'layoutready' and 'layoutstop' on the map either way.
 */
export async function relayoutVisible(
  shown: Collection,
  options: RelayoutOptions = {},
): Promise<void> {
  const nodes = shown.nodes();
  if (nodes.empty()) return;
  if (!options.inWorker && nodes.length <= RELAYOUT_IN_WORKER_ABOVE) {
    await loadFcose();
    shown
      .layout(fcoseOptions({ randomize: false, animate: true, animationDuration: 600 }) as never)
      .run();
    return;
  }
  const cy = nodes[0]!.cy();
  const view = options.view ?? cy;
  const box = options.box ?? measured;
  const ids = new Set(nodes.map((n) => n.id()));
  const input: LayoutInput = {
    quality: nodes.length > DRAFT_ABOVE ? 'draft' : 'default',
    nodes: nodes.map((n) => ({ id: n.id(), ...box(n) })),
    edges: shown
      .edges()
      .filter((e) => ids.has(e.data('source') as string) && ids.has(e.data('target') as string))
      .map((e) => ({
        id: e.id(),
        source: e.data('source') as string,
        target: e.data('target') as string,
      })),
  };
  const positions = await layoutInWorker(input);
  if (cy.destroyed() || view.destroyed()) return;
  view.emit('layoutready');
  cy.batch(() => {
    for (const node of nodes) {
      const p = positionOf(positions, node.id());
      if (p && !node.removed()) node.position(p);
    }
  });
  const around = extent(input, positions);
  if (around) view.fit(around as never, FIT_PADDING);
  view.emit('layoutstop');
}

/** A node's box as its style draws it. */
const measured: NodeBox = (node) => {
  const n = node as unknown as { outerWidth(): number; outerHeight(): number };
  return { width: n.outerWidth(), height: n.outerHeight() };
};

export interface LayoutRunOptions {
  /** Stops the layout: the worker is ended at once. */
  signal?: AbortSignal;
  /** Called as the layout goes through its steps; fcose itself reports no progress while it runs. */
  onProgress?: (phase: LayoutPhase) => void;
}

const aborted = (signal: AbortSignal) =>
  signal.reason ?? new DOMException('The layout was aborted.', 'AbortError');

/** On the page itself, where workers cannot start (jsdom, the single-file build from file://). */
async function layoutHere(input: LayoutInput, options: LayoutRunOptions): Promise<Positions> {
  const { computePositions } = await import('./layoutCore');
  if (options.signal?.aborted) throw aborted(options.signal);
  return computePositions(input, options.onProgress);
}

/**
 * Computes fcose positions for a graph in a Web Worker, off the main thread. Rejects with the
 * signal's reason when aborted (the worker is ended), or with an Error when fcose fails.
 */
export function layoutInWorker(
  input: LayoutInput,
  options: LayoutRunOptions = {},
): Promise<Positions> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(aborted(signal));
  if (typeof Worker === 'undefined') return layoutHere(input, options);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return layoutHere(input, options);
  }
  return new Promise((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(aborted(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.(message.phase);
        return;
      }
      end();
      if (message.type === 'result') resolve(message.positions);
      else reject(new Error(`Layout failed: ${message.message}`));
    };
    // The worker script could not load: lay out here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      layoutHere(input, options).then(resolve, reject);
    };
    worker.postMessage(input);
  });
}

/** What the map holds, as a layout input: each node's box, with its label when fcose should keep clear of labels. */
export function layoutInputOf(cy: Core, box: NodeBox = measured): LayoutInput {
  const nodes = cy.nodes();
  const settings = newGraphLayoutOptions(nodes.length);
  const withLabels = settings.nodeDimensionsIncludeLabels;
  return {
    quality: settings.quality as LayoutInput['quality'],
    nodes: nodes.map((n) => {
      const { width, height } = box(n);
      const label: unknown = n.data('label');
      return {
        id: n.id(),
        ...(withLabels && typeof label === 'string'
          ? boxWithLabel(width, height, label)
          : { width, height }),
      };
    }),
    edges: cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
}

export type LayoutAllPhase = LayoutPhase | 'applied';

export interface LayoutAllOptions {
  /** Stops the layout: the worker is ended, the map stays as it is and the promise resolves. */
  signal?: AbortSignal;
  /** 'started', 'computing', 'done' from the layout, then 'applied' once the map shows the positions. */
  onProgress?: (phase: LayoutAllPhase) => void;
  /** The map's drawn instance, when the graph is a large graph's headless model: that one is fitted. */
  view?: Core;
  /** Sizes the nodes instead of measuring them (a model has no styles). */
  box?: NodeBox;
}

/** The layout running on each map: a newer one on the same map ends it. */
const running = new WeakMap<Core, AbortController>();

/**
 * Lays out a whole new graph that came without positions, in a worker, then places the nodes (in
 * short slices, drawn at once when all are placed) and fits the map. Resolves when done; also
 * (leaving the map as it is, with no 'applied') when aborted, replaced by a newer layoutAll on the
 * same map, or when the map changed or went away meanwhile. Rejects only when fcose fails.
 */
export async function layoutAll(cy: Core, options: LayoutAllOptions = {}): Promise<void> {
  const { signal, onProgress, view = cy } = options;
  running.get(cy)?.abort();
  const own = new AbortController();
  running.set(cy, own);
  const forward = () => own.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  const stop = own.signal;
  try {
    const input = layoutInputOf(cy, options.box);
    let positions: Positions;
    try {
      positions = await layoutInWorker(input, { signal: stop, onProgress });
    } catch (error) {
      if (stop.aborted) return;
      throw error;
    }
    if (stop.aborted || cy.destroyed() || view.destroyed() || !sameNodes(cy, input)) return;
    if (!(await place(cy, positions, stop))) return;
    // Fitted to the boxes just laid out: cytoscape's own fit measures every element and edge
    // first, which on a large graph takes longer than placing them.
    const box = extent(input, positions);
    if (box) view.fit(box as never, FIT_PADDING);
    else view.fit(undefined, FIT_PADDING);
    onProgress?.('applied');
  } finally {
    signal?.removeEventListener('abort', forward);
    if (running.get(cy) === own) running.delete(cy);
  }
}

/** Main-thread time per slice of placing nodes: thousands placed at once would be one long task. */
const SLICE_MS = 40;

/**
 * Moves the map's nodes to their positions a slice at a time, within one cytoscape batch, so the
 * map is drawn once, when all are placed. Gives up (false) when stopped, or when the map loses a
 * node or goes away meanwhile.
 */
async function place(cy: Core, positions: Positions, stop: AbortSignal): Promise<boolean> {
  const nodes = cy.nodes();
  cy.startBatch();
  try {
    let next = 0;
    while (next < nodes.length) {
      if (next > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (stop.aborted || cy.destroyed()) return false;
      const started = performance.now();
      do {
        const end = Math.min(next + 100, nodes.length);
        for (; next < end; next++) {
          const node = nodes[next]!;
          if (node.removed()) return false;
          const p = positionOf(positions, node.id());
          if (p) node.position(p);
        }
      } while (next < nodes.length && performance.now() - started < SLICE_MS);
    }
    return true;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

const FIT_PADDING = 40;

/** The model box around the laid-out nodes, as cy.fit takes it. */
function extent(input: LayoutInput, positions: Positions) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { id, width, height } of input.nodes) {
    const p = positionOf(positions, id);
    if (!p) continue;
    x1 = Math.min(x1, p.x - width / 2);
    x2 = Math.max(x2, p.x + width / 2);
    y1 = Math.min(y1, p.y - height / 2);
    y2 = Math.max(y2, p.y + height / 2);
  }
  return x2 > x1 && y2 > y1 ? { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 } : null;
}

/** Whether the map still holds the nodes that were laid out (another import may have replaced them). */
function sameNodes(cy: Core, input: LayoutInput): boolean {
  return (
    cy.nodes().length === input.nodes.length &&
    input.nodes.every((n) => cy.getElementById(n.id).isNode())
  );
}
