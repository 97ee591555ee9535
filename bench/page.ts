import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Sphere } from '../src/domain/schema';
import type { DatasetSlice } from '../src/store/store';
import type { TraceEvent } from './cpuprofile';

// Measurements taken inside the page, with performance.now() (milliseconds since navigation start).
// "Painted" means: a requestAnimationFrame callback ran after the frame in which cytoscape drew,
// so that frame has gone to the screen.

/** What the init script collects from the very start of the page. */
interface Probe {
  /** The first cytoscape 'render' with nodes in a sized container. */
  renderedAt?: number;
  /** The next animation frame after it: the map is on screen. */
  paintedAt?: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench?: Probe;
    /** Tells the benchmark (in Node) that the map is painted: see `untilPainted`. */
    __benchPainted?: () => void;
    __benchDataset?: unknown;
    /** When the load being timed began (performance.now()). */
    __benchT0?: number;
  }
}

export const VIEWPORT = { width: 1600, height: 1000 };

/** Runs before the app's own code: hooks `window.cy` as the app assigns it, and records long tasks. */
function installProbe() {
  const probe: Probe = { longTasks: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let current: Window['cy'];
  Object.defineProperty(window, 'cy', {
    configurable: true,
    get: () => current,
    set: (cy: Window['cy']) => {
      current = cy;
      if (!cy || probe.renderedAt !== undefined) return;
      const onRender = () => {
        if (probe.renderedAt !== undefined || cy.nodes().length === 0 || cy.width() === 0) return;
        probe.renderedAt = performance.now();
        cy.off('render', onRender);
        requestAnimationFrame(() => {
          probe.paintedAt = performance.now();
          window.__benchPainted?.();
        });
      };
      cy.on('render', onRender);
    },
  });
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
}

/** Per page: what to call when the page's probe says the map is painted. */
const paintedWaiters = new WeakMap<Page, () => void>();

/**
 * Resolves when the page's probe reports the map painted, through a binding. Not with
 * `page.waitForFunction`: that has Playwright evaluate its own injected script in the page, 20–60 ms
 * of main-thread work on a cold page, which landed in the middle of the load being measured (most
 * often between cytoscape's first draw and the painted frame) and added to it at random.
 */
export function untilPainted(page: Page, timeoutMs = 30_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the map was not painted within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    paintedWaiters.set(page, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A fresh context (no cache, no storage) with the app (or the bare page) open and its map painted.
 * `beforeLoad` runs on the new page before it navigates (to start a CDP profiler or coverage, say).
 */
export async function openApp(
  browser: Browser,
  url: string,
  beforeLoad?: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await beforeLoad?.(page, context);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.exposeFunction('__benchPainted', () => paintedWaiters.get(page)?.());
  // tsx compiles with esbuild's keepNames: functions sent to the page may call its `__name` helper.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(installProbe);
  const painted = untilPainted(page);
  await page.goto(url);
  await painted;
  // Playwright's own script goes into the page now, after what was measured, before what will be.
  await page.evaluate(() => 0);
  return { page, context };
}

export interface FirstPaint {
  /** Navigation start → the frame after cytoscape first drew the article graph. */
  painted: number;
  /** Navigation start → the end of cytoscape's first draw with nodes. */
  rendered: number;
  /** Navigation start → each phase: the scripts fetched, the app's marks (silkgraph:*). */
  phases: Record<string, number>;
}

/**
 * The phases of a first paint, in order, as the page's resource timings and marks tell them: the
 * app's User Timing marks (`silkgraph:*`), or the bare page's (`bare:*`).
 */
function readPhases(): Record<string, number> {
  const phases: Record<string, number> = {};
  const marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('silkgraph:') || m.name.startsWith('bare:'));
  // The first view's scripts: those requested before the page's code started, not the chunks the
  // app loads lazily after its first paint (the side panels' among them).
  const start = marks[0]?.startTime ?? Infinity;
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.js') && e.startTime < start) as PerformanceResourceTiming[];
  if (scripts.length > 0)
    phases['scripts fetched'] = Math.max(...scripts.map((e) => e.responseEnd));
  for (const mark of marks) phases[mark.name.slice(mark.name.indexOf(':') + 1)] = mark.startTime;
  phases['drawn'] = window.__bench!.renderedAt!;
  phases['painted'] = window.__bench!.paintedAt!;
  return phases;
}

/** Opens the page (the app or the bare page) in a fresh context and reads when its map was first painted. */
export async function measureFirstPaint(browser: Browser, url: string): Promise<FirstPaint> {
  const { page, context } = await openApp(browser, url);
  const result = await page.evaluate(() => ({
    painted: window.__bench!.paintedAt!,
    rendered: window.__bench!.renderedAt!,
  }));
  const phases = await page.evaluate(readPhases);
  await context.close();
  return { ...result, phases };
}

export interface ToggleTiming {
  /** The toggle call itself: the store update and every synchronous subscriber (syncToCy among them). */
  sync: number;
  /** Toggle → end of cytoscape's next draw. */
  rendered: number;
  /** Toggle → the frame after that draw: what the person clicking sees. */
  painted: number;
}

/**
 * Toggles a sphere and times it to the painted frame: in the app through its store, on the bare page
 * through its own `toggleSphere` (the class alone).
 */
export function measureToggle(page: Page, sphere: Sphere): Promise<ToggleTiming> {
  return page.evaluate(async (which) => {
    const cy = window.cy!;
    // The end of the map's next draw: cytoscape's, and on a large graph the batched layer's too
    // (which cytoscape does not redraw when nothing highlighted changed).
    const drawnAt: Record<string, number> = {};
    const onDraw = (e: { type: string }) => {
      drawnAt[e.type] ??= performance.now();
    };
    cy.on('render layerdraw', onDraw);
    const { bare, silkgraph } = window;
    const toggle = bare
      ? bare.toggleSphere
      : (s: Sphere) => silkgraph!.store.getState().toggleSphere(s);
    const t0 = performance.now();
    toggle(which);
    const t1 = performance.now();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const t2 = performance.now();
    cy.off('render layerdraw', onDraw);
    const times = Object.values(drawnAt);
    const renderedAt = times.length > 0 ? Math.max(...times) : NaN;
    return { sync: t1 - t0, rendered: renderedAt - t0, painted: t2 - t0 };
  }, sphere);
}

export interface LoadTiming {
  /** Start (replaceDataset, or a file chosen) → the frame after the map has every element drawn. */
  painted: number;
  /** The longest main-thread task (Long Tasks API) from the start until 500 ms after the paint. */
  longestTask: number;
  longTasks: number;
}

/**
 * Puts a dataset on the map with `replaceDataset`. The JSON crosses into the page first, in a step of
 * its own, so neither its transfer nor its parsing counts as the app's work.
 */
export async function loadDataset(page: Page, json: string, nodes: number): Promise<LoadTiming> {
  await page.evaluate((text) => (window.__benchDataset = JSON.parse(text)), json);
  await page.evaluate(() => {
    window.__benchT0 = performance.now();
    window.silkgraph!.store.getState().replaceDataset(window.__benchDataset as DatasetSlice);
  });
  const result = await drawnSinceStart(page, nodes);
  await page.evaluate(() => delete window.__benchDataset);
  return result;
}

/** Frames the whole graph, as a person looking at all of a large map would, and lets caches settle. */
export async function showWholeGraph(page: Page): Promise<void> {
  const large = await page.evaluate(() => {
    // A large graph's elements are in a headless model (window.cyGraph): the app fits it by positions.
    if (window.cyGraph && window.cyGraph !== window.cy) {
      window.silkgraph!.store.getState().fitView();
      return true;
    }
    window.cy!.fit(undefined, 30);
    return false;
  });
  if (large) await page.waitForTimeout(500); // the fit's 350 ms animation
  await settle(page);
}

/** Waits until the page has been idle a little: texture caches fill in idle frames after a change. */
export function settle(page: Page, ms = 400): Promise<void> {
  return page.evaluate(
    (wait) =>
      new Promise<void>((done) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), wait),
      ),
    ms,
  );
}

export interface LayoutTiming {
  /** rearrangeVisible → 'layoutready': fcose loaded (first time) and positions computed. */
  computed: number;
  /** rearrangeVisible → 'layoutstop': positions reached, after the app's 600 ms animation. */
  stopped: number;
}

/** Runs the app's "Re-arrange visible" (fcose) on what the map shows and times it. */
export function measureLayout(page: Page): Promise<LayoutTiming> {
  return page.evaluate(
    () =>
      new Promise<LayoutTiming>((done, fail) => {
        const cy = window.cy!;
        const t0 = performance.now();
        let computed = NaN;
        const timer = setTimeout(() => fail(new Error('no layoutstop within 120 s')), 120_000);
        cy.one('layoutready', () => (computed = performance.now() - t0));
        cy.one('layoutstop', () => {
          clearTimeout(timer);
          done({ computed, stopped: performance.now() - t0 });
        });
        window.silkgraph!.store.getState().rearrangeVisible();
      }),
  );
}

export interface CpuTime {
  /** CPU time of the page's main thread: immune to other processes competing for the cores. */
  main: number;
  /** CPU time of every browser thread (raster and compositor included). */
  all: number;
}

/**
 * Runs `fn` inside a Chrome trace and sums the thread (CPU) time of the top-level tasks it caused.
 * Wall-clock figures swell when other work shares the machine; CPU time much less.
 */
export async function cpuDuring<T>(
  browser: Browser,
  page: Page,
  fn: () => Promise<T>,
): Promise<{ result: T; cpu: CpuTime }> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const result = await fn();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const renderers = traceEvents.filter(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const tasks = traceEvents.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined,
  );
  const cpuOf = (keep: (e: TraceEvent) => boolean) =>
    tasks.filter(keep).reduce((sum, e) => sum + e.tdur! / 1000, 0);
  // The busiest renderer main thread is the page's (others are idle or gone).
  const main = Math.max(
    0,
    ...renderers.map((r) => cpuOf((e) => e.pid === r.pid && e.tid === r.tid)),
  );
  return { result, cpu: { main, all: cpuOf(() => true) } };
}

/**
 * Opens a graph file through the page's file input, as a person does: read, parsed in the worker,
 * turned into a dataset, put on the map in slices. Timed from the input's change to the paint.
 */
export async function importFile(
  page: Page,
  name: string,
  text: string,
  nodes: number,
): Promise<LoadTiming> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.addEventListener('change', () => (window.__benchT0 = performance.now()), {
      once: true,
      capture: true,
    });
  });
  // By path, as a file picker gives it: from a buffer Playwright builds the File inside the page, a
  // task of half a second of its own that is not the app's.
  const dir = mkdtempSync(join(tmpdir(), 'silkgraph-bench-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  try {
    await page.getByLabel('Open a graph file').setInputFiles(path);
    return await drawnSinceStart(page, nodes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Waits until the map holds all `count` nodes and its activity (drawing in slices, laying out) is
 * over, then a painted frame; returns the time since `window.__benchT0` and the longest task since.
 */
async function drawnSinceStart(page: Page, count: number): Promise<LoadTiming> {
  return page.evaluate(async (nodes) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    while (
      (window.cyGraph?.nodes().length ?? 0) !== nodes ||
      window.silkgraph!.store.getState().mapActivity !== null
    )
      await frame();
    await frame();
    await frame();
    const t0 = window.__benchT0!;
    const painted = performance.now() - t0;
    // Long tasks are reported after they end: give the observer time to hear of the last ones.
    await new Promise((done) => setTimeout(done, 500));
    const tasks = window.__bench!.longTasks.filter((t) => t.start + t.duration >= t0);
    return {
      painted,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
    };
  }, count);
}

export interface EditTiming {
  /** The `applyEdit` call itself: the check, the store update and the map's synchronous redraw. */
  sync: number;
  /** applyEdit → the element is in `window.cy` (0 when the call itself put it there). */
  added: number;
  /** applyEdit → the end of cytoscape's next draw after that. */
  rendered: number;
  /** applyEdit → the frame after that draw: what the person editing sees. */
  painted: number;
}

/**
 * Puts the map on screen as one's own (the built-in map duplicated, as "Edit a copy" does) and adds
 * the script with the app's edits (see edits/build.ts). Returns nothing: the page is ready to edit.
 */
export async function openOwnCopy(page: Page, editsScript: string): Promise<void> {
  // Evaluated, not a script tag: the app's Content-Security-Policy allows no inline script.
  await page.evaluate(`(() => { ${editsScript}; window.__benchEdits = __benchEdits; })()`);
  await page.evaluate(() => {
    const s = window.silkgraph!.store.getState();
    s.openOwnMap(
      { article: s.article, graph: s.graph, positions: s.positions, spheres: s.spheres },
      null,
    );
  });
  await settle(page, 800);
}

/**
 * One edit of one's own map through the store's `applyEdit`, as the app's buttons make it: a new
 * node (`addNode` from a passage, placed in the middle of the view) or a new relation between two
 * existing nodes (`addRelation`). Timed to the frame after the first draw with the new element.
 * `run` varies the passage and the nodes; the caller undoes the edit afterwards.
 */
export function measureEdit(
  page: Page,
  what: 'node' | 'relation',
  run: number,
): Promise<EditTiming> {
  return page.evaluate(
    async ({ what, run }) => {
      interface Edits {
        addNode: (...a: unknown[]) => { ok: boolean; id?: string };
        addRelation: (...a: unknown[]) => { ok: boolean; id?: string };
      }
      const edits = (window as unknown as { __benchEdits: Edits }).__benchEdits;
      const store = window.silkgraph!.store;
      const s = store.getState();
      const cy = window.cy!;
      const paragraphs = s.article.blocks.filter(
        (b) => b.type === 'paragraph' && b.text.length > 40,
      );
      const block = paragraphs[(run * 7) % paragraphs.length]!;
      const quote = (block.text.split(/(?<=[.!?])\s/)[0] ?? block.text).slice(0, 200).trim();
      const evidence = [{ block: block.id, quote }];
      const domains = [s.spheres[0]!.id];
      const extent = cy.extent();
      const at = { x: (extent.x1 + extent.x2) / 2 + run * 9, y: (extent.y1 + extent.y2) / 2 };
      const nodes = s.graph.nodes;
      const source = nodes[(run * 5) % nodes.length]!.id;
      const target = nodes[(run * 5 + 1 + (run % 3)) % nodes.length]!.id;

      const renders: number[] = [];
      const onRender = () => renders.push(performance.now());
      cy.on('render', onRender);
      const t0 = performance.now();
      const result =
        what === 'node'
          ? s.applyEdit(
              (graph, context) =>
                edits.addNode(graph, context, {
                  evidence,
                  domains,
                  label: `Bench node ${run}`,
                }) as never,
              ({ id }: { id: string }) => ({ [id]: at }),
            )
          : s.applyEdit(
              (graph, context) =>
                edits.addRelation(graph, context, {
                  source,
                  target,
                  relation: `bench relation ${run}`,
                  evidence,
                  domains,
                }) as never,
            );
      const t1 = performance.now();
      if (!result.ok) throw new Error(`the ${what} was refused: ${JSON.stringify(result)}`);
      const id = (result as unknown as { id: string }).id;
      // The element in the map: at once when the redraw is synchronous, else when cytoscape adds it.
      let addedAt = t1;
      if (cy.getElementById(id).empty())
        addedAt = await new Promise<number>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`${id} never reached the map`)), 5000);
          const onAdd = () => {
            if (cy.getElementById(id).empty()) return;
            clearTimeout(timer);
            cy.off('add', onAdd);
            done(performance.now());
          };
          cy.on('add', onAdd);
        });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const t2 = performance.now();
      cy.off('render', onRender);
      const drawn = renders.find((t) => t >= addedAt);
      return {
        sync: t1 - t0,
        added: addedAt === t1 ? 0 : addedAt - t0,
        rendered: drawn === undefined ? NaN : drawn - t0,
        painted: t2 - t0,
      };
    },
    { what, run },
  );
}

/** Undoes the last edit of one's own map and lets the map settle. */
export async function undoEdit(page: Page): Promise<void> {
  await page.evaluate(() => window.silkgraph!.store.getState().undo());
  await settle(page, 300);
}
