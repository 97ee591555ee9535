import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFT_ABOVE,
  layoutAll,
  layoutInputOf,
  layoutInWorker,
  type LayoutAllPhase,
  type LayoutInput,
} from '../../../src/graph/layout';
import type { LayoutMessage } from '../../../src/graph/layout.worker';

const chain = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 30, height: 30 })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({
    id: `e${i}`,
    source: `n${i}`,
    target: `n${i + 1}`,
  })),
  quality: 'proof',
});

const pile = (n: number, label = '') =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
    elements: [
      ...chain(n).nodes.map((n) => ({ data: { id: n.id, label }, position: { x: 0, y: 0 } })),
      ...chain(n).edges.map((e) => ({ data: e })),
    ],
  });

/** A stand-in for the browser's Worker: answers each input with the messages a test scripts. */
class FakeWorker {
  static last: FakeWorker | null = null;
  static script: (input: LayoutInput) => LayoutMessage[] | 'fail to load' = () => [];
  onmessage: ((event: MessageEvent<LayoutMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminate = vi.fn();
  constructor(
    readonly url: URL | string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(input: LayoutInput) {
    const answer = FakeWorker.script(input);
    setTimeout(() => {
      if (answer === 'fail to load') {
        this.onerror?.({ preventDefault: () => {} } as ErrorEvent);
        return;
      }
      for (const data of answer) {
        if (this.terminate.mock.calls.length > 0) return;
        this.onmessage?.({ data } as MessageEvent<LayoutMessage>);
      }
    }, 5);
  }
}

let cy: Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('layoutInWorker, where there are no workers (jsdom)', () => {
  it('computes on the page, reporting its steps', async () => {
    expect(typeof Worker).toBe('undefined');
    const phases: string[] = [];
    const positions = await layoutInWorker(chain(5), { onProgress: (p) => phases.push(p) });
    expect(Object.keys(positions).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(Object.values(positions).every((p) => Number.isFinite(p.x + p.y))).toBe(true);
    expect(phases).toEqual(['started', 'computing', 'done']);
  });

  it('rejects at once when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(layoutInWorker(chain(3), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('layoutInWorker, with a worker', () => {
  it('starts a module worker, passes its progress on and ends it with the result', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = (input) => [
      { type: 'progress', phase: 'started' },
      { type: 'progress', phase: 'computing' },
      { type: 'progress', phase: 'done' },
      {
        type: 'result',
        positions: Object.fromEntries(input.nodes.map((n, i) => [n.id, { x: i, y: 0 }])),
      },
    ];
    const phases: string[] = [];
    const positions = await layoutInWorker(chain(3), { onProgress: (p) => phases.push(p) });
    expect(positions).toEqual({ n0: { x: 0, y: 0 }, n1: { x: 1, y: 0 }, n2: { x: 2, y: 0 } });
    expect(phases).toEqual(['started', 'computing', 'done']);
    const worker = FakeWorker.last!;
    expect(String(worker.url)).toContain('layout.worker');
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it("rejects with fcose's message when the layout fails", async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = () => [{ type: 'error', message: 'no room' }];
    await expect(layoutInWorker(chain(3))).rejects.toThrow('Layout failed: no room');
    expect(FakeWorker.last!.terminate).toHaveBeenCalledOnce();
  });

  it('ends the worker when aborted', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = () => [];
    const controller = new AbortController();
    const pending = layoutInWorker(chain(3), { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.last!.terminate).toHaveBeenCalledOnce();
  });

  it('lays out on the page when the worker script cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = () => 'fail to load';
    const positions = await layoutInWorker(chain(4));
    expect(Object.keys(positions)).toHaveLength(4);
    expect(FakeWorker.last!.terminate).toHaveBeenCalledOnce();
  });

  it('lays out on the page when no worker may start (the single file from file://)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('cannot be accessed from origin null', 'SecurityError');
        }
      },
    );
    expect(Object.keys(await layoutInWorker(chain(4)))).toHaveLength(4);
  });
});

describe('the layout worker', () => {
  it('answers a graph with its steps and the positions, and a failure with its message', async () => {
    const posted: LayoutMessage[] = [];
    const scope = {
      postMessage: (m: LayoutMessage) => posted.push(m),
      onmessage: null as ((e: { data: unknown }) => void) | null,
    };
    vi.stubGlobal('self', scope);
    await import('../../../src/graph/layout.worker');
    scope.onmessage!({ data: chain(4) });
    expect(posted.map((m) => (m.type === 'progress' ? m.phase : m.type))).toEqual([
      'started',
      'computing',
      'done',
      'result',
    ]);
    const result = posted.at(-1)!;
    expect(result.type === 'result' && Object.keys(result.positions)).toHaveLength(4);
    posted.length = 0;
    scope.onmessage!({ data: { nodes: null, edges: [], quality: 'draft' } });
    expect(posted.at(-1)).toMatchObject({ type: 'error', message: expect.any(String) });
  });
});

describe('layoutAll', () => {
  it('places every node, fits, and says so', async () => {
    cy = pile(8);
    const phases: LayoutAllPhase[] = [];
    await layoutAll(cy, { onProgress: (p) => phases.push(p) });
    const places = new Set(
      cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
    );
    expect(places.size).toBe(8);
    expect(phases).toEqual(['started', 'computing', 'done', 'applied']);
  });

  describe('on a big map, placing a slice at a time', () => {
    const diagonal = (input: LayoutInput): LayoutMessage[] => [
      {
        type: 'result',
        positions: Object.fromEntries(input.nodes.map((n, i) => [n.id, { x: i, y: 2 * i }])),
      },
    ];
    // Every reading of the clock says 50 ms went by: each slice places one chunk of nodes.
    const slowClock = () => {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (now += 50));
    };
    afterEach(() => vi.restoreAllMocks());

    it('places all of them, in several tasks, drawn once', async () => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.script = diagonal;
      cy = pile(1200);
      slowClock();
      const startBatch = vi.spyOn(cy, 'startBatch');
      const endBatch = vi.spyOn(cy, 'endBatch');
      const tasks = vi.spyOn(globalThis, 'setTimeout');
      await layoutAll(cy);
      expect(cy.getElementById('n1199').position()).toEqual({ x: 1199, y: 2398 });
      expect(cy.nodes().filter((n) => n.position('y') !== 2 * n.position('x'))).toHaveLength(0);
      // 1,200 nodes in chunks of 100: eleven more tasks after the first.
      expect(tasks.mock.calls.filter(([, ms]) => ms === 0)).toHaveLength(11);
      expect(startBatch.mock.calls.length).toBe(endBatch.mock.calls.length);
    });

    it('stops placing when a newer layout of the map begins', async () => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.script = diagonal;
      cy = pile(1200);
      slowClock();
      const first: LayoutAllPhase[] = [];
      let second: Promise<void> | undefined;
      cy.getElementById('n0').once('position', () => {
        FakeWorker.script = (input) => [
          {
            type: 'result',
            positions: Object.fromEntries(input.nodes.map((n) => [n.id, { x: 7, y: 7 }])),
          },
        ];
        second = layoutAll(cy!);
      });
      await layoutAll(cy, { onProgress: (p) => first.push(p) });
      await second;
      expect(first).not.toContain('applied');
      expect(cy.getElementById('n1199').position()).toEqual({ x: 7, y: 7 });
    });
  });

  it('leaves the map as it is when aborted', async () => {
    cy = pile(5);
    const controller = new AbortController();
    const phases: LayoutAllPhase[] = [];
    const pending = layoutAll(cy, { signal: controller.signal, onProgress: (p) => phases.push(p) });
    controller.abort();
    await expect(pending).resolves.toBeUndefined();
    expect(cy.nodes().map((n) => n.position())).toEqual(Array(5).fill({ x: 0, y: 0 }));
    expect(phases).not.toContain('applied');
  });

  it('gives way to a newer layout of the same map', async () => {
    cy = pile(5);
    const first: LayoutAllPhase[] = [];
    const second: LayoutAllPhase[] = [];
    const a = layoutAll(cy, { onProgress: (p) => first.push(p) });
    const b = layoutAll(cy, { onProgress: (p) => second.push(p) });
    await Promise.all([a, b]);
    expect(first).not.toContain('applied');
    expect(second).toContain('applied');
  });

  it('does nothing when the map changed meanwhile', async () => {
    cy = pile(5);
    const phases: LayoutAllPhase[] = [];
    const pending = layoutAll(cy, { onProgress: (p) => phases.push(p) });
    cy.add({ data: { id: 'late' }, position: { x: 0, y: 0 } });
    await pending;
    expect(phases).not.toContain('applied');
    expect(cy.getElementById('n1').position()).toEqual({ x: 0, y: 0 });
  });
});

describe('layoutInputOf', () => {
  it("makes room for labels on a small graph, and not on a big one (as fcose's draft did)", () => {
    cy = pile(3, 'Kazakhstan');
    const small = layoutInputOf(cy);
    expect(small.quality).toBe('proof');
    expect(small.nodes[0]!.width).toBeCloseTo(10 * 8.6);
    expect(small.nodes[0]!.height).toBeGreaterThan(40);
    expect(small.edges).toEqual([
      { id: 'e0', source: 'n0', target: 'n1' },
      { id: 'e1', source: 'n1', target: 'n2' },
    ]);
    cy.destroy();
    cy = pile(DRAFT_ABOVE + 1, 'Kazakhstan');
    const big = layoutInputOf(cy);
    expect(big.quality).toBe('draft');
    expect(big.nodes[0]).toEqual({ id: 'n0', width: 40, height: 40 });
  });
});
