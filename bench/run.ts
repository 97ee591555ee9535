/**
 * `npm run bench`: builds the app and the bare cytoscape page (bench/bare/), serves both on
 * 127.0.0.1, drives Debian's Chromium with Playwright and measures first paint and sphere-toggle
 * latency (the app beside the bare page, loaded alternately), dataset loading, layout time and
 * bundle sizes. Prints a table with each budget's pass or fail and writes bench/results/latest.json.
 * It is a report: it exits 0 even when a budget fails. Method and figures: docs/performance.md.
 *
 * Options: --no-build (measure the dist/ that is there), --dist=DIR (measure another build, e.g. an
 * older version for a before/after comparison; implies --no-build), --only=paint,toggle,edit,load,layout,size
 * (run some groups; nothing is written).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { format } from 'prettier';
import { CHROMIUM_ARGS } from '../playwright.config';
import { syntheticDataset } from '../tests/fixtures/synthetic';
import type { Sphere } from '../src/domain/schema';
import { buildBarePage } from './bare/build';
import { builtChunks, type Chunk } from './chunks';
import { buildEditsScript } from './edits/build';
import { gephiLikeGexf } from './gexf';
import {
  cpuDuring,
  importFile,
  loadDataset,
  measureFirstPaint,
  measureLayout,
  measureEdit,
  measureToggle,
  openApp,
  openOwnCopy,
  settle,
  showWholeGraph,
  undoEdit,
  type EditTiming,
  type ToggleTiming,
} from './page';
import { serveStatic, type StaticServer } from './serve';

/**
 * Timings move a lot from run to run on a shared 2-core machine (see docs/performance.md): the cheap
 * measures are medians of many runs, so that a burst of other work moves them less.
 */
const PAINT_RUNS = 15;
/** Article toggles: in rounds, each opening the app and then the bare page, so both share the bursts. */
const TOGGLE_ROUNDS = 3;
const TOGGLES_PER_ROUND = 4;
/** Large graphs' toggles, each way, on one page. */
const TOGGLE_RUNS = 12;
const EXPENSIVE_RUNS = 3;
/** Edits of one's own map, of each kind, on one page (each undone before the next). */
const EDIT_RUNS = 15;
/** The issue's budget: an edit (new node, new relation) drawn within 100 ms on the article's map. */
const EDIT_BUDGET = 100;
const SEED = 20131;
const TOGGLED: Sphere = 'energy';
/** The article's budgets, as ratios to the bare page. */
const PAINT_RATIO = 1.3;
const TOGGLE_RATIO = 1.2;

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (group: string) => !only || only.includes(group);
const distArg = args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const DIST = distArg ?? 'dist';

/** One page's figure: a median (or a size), its samples, and what it is made of. */
interface Figure {
  value: number;
  samples?: number[];
  /** Median main-thread CPU time, where measured: what the figure would be on an idle machine. */
  cpu?: number;
  note?: string;
}

interface Row {
  id: string;
  label: string;
  /** The app's figure compared with the budget: a median, or a size. Null when not measured. */
  value: number | null;
  unit: 'ms' | 'kB';
  samples?: number[];
  cpu?: number;
  note?: string;
  /** The bare cytoscape page's figure, measured alternately with the app's in the same run. */
  bare?: Figure;
  /** The app's figure over the bare page's. */
  ratio?: number;
  /** The app's main-thread CPU time over the bare page's, where both are measured: less noisy. */
  cpuRatio?: number;
  /** An absolute budget, in `unit`. */
  budget?: number;
  /** A budget for `ratio`. */
  ratioBudget?: number;
  pass?: boolean;
}

const rows: Row[] = [];
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const kB = (bytes: number) => round(bytes / 1000, 1);

const budgetText = (r: Row) =>
  r.ratioBudget !== undefined
    ? `≤ ${r.ratioBudget}× bare`
    : r.budget !== undefined
      ? `≤ ${r.budget} ${r.unit}`
      : '';

function add(row: Omit<Row, 'pass' | 'ratio' | 'cpuRatio'>): void {
  const value = row.value === null ? null : round(row.value);
  const ratio =
    value !== null && row.bare && row.bare.value > 0 ? round(value / row.bare.value, 2) : undefined;
  const cpuRatio =
    row.cpu !== undefined && row.bare?.cpu ? round(row.cpu / row.bare.cpu, 2) : undefined;
  const pass =
    row.ratioBudget !== undefined
      ? ratio === undefined
        ? undefined
        : ratio <= row.ratioBudget
      : row.budget === undefined || value === null
        ? undefined
        : value <= row.budget;
  rows.push({
    ...row,
    value,
    ...(row.bare ? { bare: { ...row.bare, value: round(row.bare.value) } } : {}),
    ...(ratio === undefined ? {} : { ratio }),
    ...(cpuRatio === undefined ? {} : { cpuRatio }),
    ...(pass === undefined ? {} : { pass }),
  });
  const budget = budgetText(row) ? ` (budget ${budgetText(row)})` : '';
  const shown = value === null ? 'not measured' : `${value} ${row.unit}`;
  const vsBare = row.bare
    ? `, bare page ${round(row.bare.value)} ${row.unit}, ratio ${ratio ?? '?'}${cpuRatio === undefined ? '' : ` (main-thread CPU ${cpuRatio})`}`
    : '';
  console.log(`  ${row.label}: ${shown}${vsBare}${budget}`);
  if (row.note) console.log(`    ${row.bare ? 'app: ' : ''}${row.note}`);
  if (row.bare?.note) console.log(`    bare: ${row.bare.note}`);
}

interface Toggles {
  off: ToggleTiming[];
  on: ToggleTiming[];
  cpu: number[];
}

/** Opens `url` (and loads a dataset when given), then toggles TOGGLED off and on `times` times each. */
async function toggleRuns(
  browser: Browser,
  url: string,
  times: number,
  into: Toggles,
  dataset?: { json: string; nodes: number },
): Promise<void> {
  const { page, context } = await openApp(browser, url);
  if (dataset) {
    await loadDataset(page, dataset.json, dataset.nodes);
    await showWholeGraph(page);
  }
  await settle(page, 600);
  for (let i = 0; i < times; i++)
    for (const list of [into.off, into.on]) {
      const { result, cpu: used } = await cpuDuring(browser, page, () =>
        measureToggle(page, TOGGLED),
      );
      list.push(result);
      into.cpu.push(used.main);
      await settle(page, 300);
    }
  await context.close();
}

const noToggles = (): Toggles => ({ off: [], on: [], cpu: [] });

/** The slower of the two medians (off, on), with the parts of a toggle in the note. */
function toggleFigure({ off, on, cpu }: Toggles): Figure {
  const offMs = median(off.map((t) => t.painted));
  const onMs = median(on.map((t) => t.painted));
  const sync = median([...off, ...on].map((t) => t.sync));
  const drawn = median([...off, ...on].map((t) => t.rendered));
  return {
    value: Math.max(offMs, onMs),
    samples: [...off, ...on].map((t) => round(t.painted)),
    cpu: round(median(cpu)),
    note: `off ${round(offMs)} / on ${round(onMs)} ms; toggle call ${round(sync)} ms, drawn by ${round(drawn)} ms; main-thread CPU ${round(median(cpu))} ms`,
  };
}

/** Edits' painted times: their median, with the parts of an edit in the note. */
function editFigure(edits: readonly EditTiming[], cpu: readonly number[]): Figure {
  const at = (pick: (t: EditTiming) => number) => round(median(edits.map(pick)));
  return {
    value: median(edits.map((t) => t.painted)),
    samples: edits.map((t) => round(t.painted)),
    cpu: round(median(cpu)),
    note: `applyEdit call ${at((t) => t.sync)} ms, drawn by ${at((t) => t.rendered)} ms (medians; slowest painted ${round(Math.max(...edits.map((t) => t.painted)))} ms); main-thread CPU ${round(median(cpu))} ms`,
  };
}

/** The first paints of one page: their median, and the median time of each phase in the note. */
function paintFigure(samples: { painted: number; phases: Record<string, number> }[]): Figure {
  const phases = new Map<string, number[]>();
  for (const { phases: each } of samples)
    for (const [phase, at] of Object.entries(each))
      phases.set(phase, [...(phases.get(phase) ?? []), at]);
  return {
    value: median(samples.map((s) => s.painted)),
    samples: samples.map((s) => round(s.painted)),
    note: [...phases].map(([phase, at]) => `${phase} ${round(median(at))}`).join(' → '),
  };
}

/** Below this 1-minute load average (on 2 cores) a run is not sharing a core with other work. */
const QUIET_LOAD = 1;
const QUIET_WAIT_MS = 120_000;

/**
 * Waits, at most QUIET_WAIT_MS, for the machine's 1-minute load average to fall below QUIET_LOAD:
 * the build just run (or a test run before it) would otherwise be measured along with the app.
 */
async function waitForQuiet(): Promise<void> {
  const start = Date.now();
  while (os.loadavg()[0]! >= QUIET_LOAD && Date.now() - start < QUIET_WAIT_MS)
    await new Promise((done) => setTimeout(done, 5_000));
  const waited = Math.round((Date.now() - start) / 1000);
  if (waited > 0)
    console.log(
      `waited ${waited} s for the load average to settle (now ${round(os.loadavg()[0]!, 2)})`,
    );
}

async function main() {
  if (!args.includes('--no-build') && !distArg) {
    console.log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const article = runs('paint') || runs('toggle');
  const bareDir = mkdtempSync(join(os.tmpdir(), 'silkgraph-bare-'));
  let bareServer: StaticServer | null = null;
  if (article) {
    console.log('building the bare cytoscape page (bench/bare/)…');
    await buildBarePage(bareDir);
    bareServer = await serveStatic(bareDir);
  }
  await waitForQuiet();
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const chromiumVersion = browser.version();
  let chunks: Chunk[] = [];
  try {
    const { url } = server;
    const synthetic = (nodes: number, edges: number) =>
      JSON.stringify(syntheticDataset({ nodes, edges, seed: SEED }));

    let bareUrl = '';
    if (bareServer) {
      // One load of each page first, not measured: the browser's first page pays for starting up.
      // The app's map is its window less the panels: the bare page draws at that size, so that
      // both draw the same picture at the same zoom.
      const { page, context } = await openApp(browser, url);
      const map = await page.evaluate(() => ({
        width: window.cy!.width(),
        height: window.cy!.height(),
      }));
      await context.close();
      bareUrl = `${bareServer.url}?width=${map.width}&height=${map.height}`;
      await (await openApp(browser, bareUrl)).context.close();
      console.log(`the app's map is ${map.width}×${map.height}: the bare page's is too`);
    }

    if (runs('paint')) {
      console.log(`first paint, ${PAINT_RUNS} loads of each page, alternating…`);
      const app: Awaited<ReturnType<typeof measureFirstPaint>>[] = [];
      const bare: typeof app = [];
      for (let i = 0; i < PAINT_RUNS; i++) {
        app.push(await measureFirstPaint(browser, url));
        bare.push(await measureFirstPaint(browser, bareUrl));
      }
      const appFigure = paintFigure(app);
      add({
        id: 'first-paint',
        label: 'Article graph painted, from navigation start',
        ...appFigure,
        unit: 'ms',
        bare: paintFigure(bare),
        ratioBudget: PAINT_RATIO,
      });
    }

    if (runs('toggle')) {
      console.log(`sphere toggle (${TOGGLED}) → painted frame, the app and the bare page…`);
      const app = noToggles();
      const bare = noToggles();
      for (let round = 0; round < TOGGLE_ROUNDS; round++) {
        await toggleRuns(browser, url, TOGGLES_PER_ROUND, app);
        await toggleRuns(browser, bareUrl, TOGGLES_PER_ROUND, bare);
      }
      add({
        id: 'toggle-article',
        label: 'Sphere toggle → painted, article graph',
        unit: 'ms',
        ...toggleFigure(app),
        bare: toggleFigure(bare),
        ratioBudget: TOGGLE_RATIO,
      });
      for (const [nodes, edges, budget] of [
        [1000, 4000, undefined],
        [5000, 20000, 250],
      ] as const) {
        const large = noToggles();
        await toggleRuns(browser, url, TOGGLE_RUNS, large, {
          json: synthetic(nodes, edges),
          nodes,
        });
        add({
          id: `toggle-${nodes / 1000}k`,
          label: `Sphere toggle → painted, ${nodes.toLocaleString('en')}/${edges.toLocaleString('en')}`,
          unit: 'ms',
          ...toggleFigure(large),
          ...(budget === undefined ? {} : { budget }),
        });
      }
    }

    if (runs('edit')) {
      console.log(`edits of the article's map as one's own, ${EDIT_RUNS} of each kind…`);
      const editsScript = await buildEditsScript();
      const { page, context } = await openApp(browser, url);
      await openOwnCopy(page, editsScript);
      const timings: Record<'node' | 'relation', EditTiming[]> = { node: [], relation: [] };
      const cpu: Record<'node' | 'relation', number[]> = { node: [], relation: [] };
      for (let i = 0; i < EDIT_RUNS; i++)
        for (const what of ['node', 'relation'] as const) {
          const { result, cpu: used } = await cpuDuring(browser, page, () =>
            measureEdit(page, what, i),
          );
          timings[what].push(result);
          cpu[what].push(used.main);
          await settle(page, 300);
          await undoEdit(page);
        }
      await context.close();
      for (const what of ['node', 'relation'] as const)
        add({
          id: `edit-${what}`,
          label: `New ${what} (applyEdit) → painted, article's map as one's own`,
          unit: 'ms',
          ...editFigure(timings[what], cpu[what]),
          budget: EDIT_BUDGET,
        });
    }

    if (runs('load')) {
      console.log('loading 5,000/20,000 with replaceDataset…');
      const json = synthetic(5000, 20000);
      const painted: number[] = [];
      const longest: number[] = [];
      for (let i = 0; i < EXPENSIVE_RUNS; i++) {
        const { page, context } = await openApp(browser, url);
        const load = await loadDataset(page, json, 5000);
        painted.push(load.painted);
        longest.push(load.longestTask);
        await context.close();
      }
      add({
        id: 'load-5k',
        label: 'Load 5,000/20,000 via replaceDataset → painted',
        value: median(painted),
        unit: 'ms',
        samples: painted.map((x) => round(x)),
      });
      add({
        id: 'longtask-load-5k',
        label:
          'Longest main-thread task while loading 5,000/20,000 via replaceDataset (no GEXF parsing)',
        value: median(longest),
        unit: 'ms',
        samples: longest.map((x) => round(x)),
        budget: 200,
      });
      console.log('importing a 5,000/20,000 GEXF through the file input…');
      const gexf = gephiLikeGexf(5000, 20000);
      const imported: number[] = [];
      const importLongest: number[] = [];
      for (let i = 0; i < EXPENSIVE_RUNS; i++) {
        const { page, context } = await openApp(browser, url);
        const result = await importFile(page, 'bench.gexf', gexf, 5000);
        imported.push(result.painted);
        importLongest.push(result.longestTask);
        await context.close();
      }
      add({
        id: 'import-gexf-5k',
        label: `Import a 5,000/20,000 GEXF (${kB(gexf.length)} kB) → drawn`,
        value: median(imported),
        unit: 'ms',
        samples: imported.map((x) => round(x)),
      });
      add({
        id: 'longtask-import-gexf-5k',
        label: 'Longest main-thread task while importing that GEXF',
        value: median(importLongest),
        unit: 'ms',
        samples: importLongest.map((x) => round(x)),
        budget: 200,
      });
    }

    if (runs('layout')) {
      for (const [nodes, edges] of [
        [200, 800],
        [1000, 4000],
      ] as const) {
        console.log(`re-arrange (fcose) ${nodes}/${edges}…`);
        const json = synthetic(nodes, edges);
        const computed: number[] = [];
        const stopped: number[] = [];
        for (let i = 0; i < EXPENSIVE_RUNS; i++) {
          const { page, context } = await openApp(browser, url);
          await loadDataset(page, json, nodes);
          await settle(page, 300);
          const t = await measureLayout(page);
          computed.push(t.computed);
          stopped.push(t.stopped);
          await context.close();
        }
        add({
          id: `layout-${nodes}`,
          label: `Re-arrange (fcose) ${nodes.toLocaleString('en')}/${edges.toLocaleString('en')}: positions computed`,
          value: median(computed),
          unit: 'ms',
          samples: computed.map((x) => round(x)),
          note: `${round(median(stopped))} ms to layoutstop, after the 600 ms animation; includes loading the fcose chunk`,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await bareServer?.close();
    rmSync(bareDir, { recursive: true, force: true });
  }

  if (runs('size')) {
    chunks = builtChunks(DIST);
    const firstView = chunks.filter((c) => c.firstView && c.file.endsWith('.js'));
    add({
      id: 'first-view-js',
      label: 'First view JavaScript (entry + static imports), gzip',
      value: kB(firstView.reduce((sum, c) => sum + c.gzip, 0)),
      unit: 'kB',
      budget: 281.2,
      note: `${firstView.map((c) => c.file).join(', ')}; raw ${kB(firstView.reduce((s, c) => s + c.raw, 0))} kB`,
    });
  }

  printTable(rows, chunks);
  const failing = rows.filter((r) => r.pass === false);
  for (const r of failing)
    console.log(
      `FAIL ${r.id}: ${r.label} = ${r.value} ${r.unit}${r.bare ? `, ${r.ratio}× the bare page's ${r.bare.value} ${r.unit}` : ''}, budget ${budgetText(r)}`,
    );
  if (failing.length === 0) console.log('All budgets pass.');
  console.log(`(${Math.round((Date.now() - started) / 1000)} s in the browser)`);

  const load = { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) };
  console.log(
    `load average (1 min) ${load.before} before, ${load.after} after, on ${os.cpus().length} cores: above about 1 the figures include waiting for a core`,
  );
  if (!only)
    await writeResults(rows, chunks, {
      chromium: chromiumVersion,
      load,
      built: !distArg && !args.includes('--no-build'),
    });
  else console.log('--only: partial run, nothing written.');
}

function printTable(table: readonly Row[], chunks: readonly Chunk[]) {
  const lines = [
    ['measure', 'app', 'bare page', 'ratio', 'budget', 'result'],
    ...table.map((r) => [
      r.label,
      r.value === null ? 'not measured' : `${r.value} ${r.unit}`,
      r.bare ? `${r.bare.value} ${r.unit}` : '',
      r.ratio === undefined ? '' : `${r.ratio}×`,
      budgetText(r),
      r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
    ]),
  ];
  console.log(`\n${markdownTable(lines)}`);
  if (chunks.length > 0) {
    const chunkLines = [
      ['chunk', 'raw kB', 'gzip kB', 'first view'],
      ...chunks.map((c) => [c.file, `${kB(c.raw)}`, `${kB(c.gzip)}`, c.firstView ? 'yes' : 'lazy']),
    ];
    console.log(`\n${markdownTable(chunkLines)}\n`);
  }
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function markdownTable(lines: readonly (readonly string[])[]): string {
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const row = (l: readonly string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    row(lines[0]!),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...lines.slice(1).map(row),
  ].join('\n');
}

/** The commit of the working tree, and the files the app or the bare page is built from that differ from it. */
function sourceState(): { commit: string; changed: string[] } | null {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();
    const changed = git(
      'status',
      '--porcelain',
      '--',
      'src',
      'data',
      'build',
      'index.html',
      'vite.config.ts',
      'package-lock.json',
      'bench/bare',
    );
    return {
      commit: git('rev-parse', 'HEAD'),
      changed: changed ? changed.split('\n').map((l) => l.slice(3)) : [],
    };
  } catch {
    return null;
  }
}

async function writeResults(
  table: readonly Row[],
  chunks: readonly Chunk[],
  context: { chromium: string; load: { before: number; after: number }; built: boolean },
) {
  const report = {
    date: new Date().toISOString(),
    // The bare page is always built from the working tree; the app too unless --dist or --no-build.
    source: sourceState(),
    app: context.built ? 'built from the working tree' : DIST,
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      node: process.version,
      chromium: context.chromium,
      loadAverage: context.load,
    },
    seed: SEED,
    rows: table,
    chunks,
  };
  // Formatted as Prettier would, so `prettier --check .` stays clean with the results committed.
  const text = await format(JSON.stringify(report), { parser: 'json' });
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', text);
  console.log('wrote bench/results/latest.json (earlier runs are in git)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
