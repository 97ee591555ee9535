/**
 * `npx tsx bench/profile-import.ts [nodes edges]`: where does opening a big GEXF file spend its
 * main-thread time? Builds an unminified copy of the app, opens a Gephi-like GEXF of a synthetic
 * graph (default 5,000/20,000, with positions) through the page's file input, records a CPU profile
 * and a Chrome trace until the map is drawn, and prints each main-thread task over 50 ms (what the
 * Long Tasks API measures), longest first, with its wall-clock and CPU time and the functions that
 * took it. CPU time moves much less than wall-clock time when other work shares the cores.
 *
 * The file is given to the input by its path, as the picker does: handed over as a buffer,
 * Playwright builds the File inside the page, in a task of ~0.3–0.5 s that is not the app's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameOf, type Profile, type TraceEvent } from './cpuprofile';
import { gephiLikeGexf } from './gexf';
import { printTimes, withUnminifiedApp } from './builtApp';
import { openApp } from './page';

/** The main-thread tasks of at least `minMs`, with the functions the profile sampled during each. */
function longTasks(profile: Profile, events: TraceEvent[], minMs = 50) {
  // The page's main thread: the renderer main thread that ran the app's JavaScript.
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'),
  );
  if (!main) return [];
  const tasks = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      (e.dur ?? 0) >= minMs * 1000,
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Sample times are on the trace's clock (microseconds).
  const times: number[] = [];
  let t = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((t += dt));
  const start = tasks.length ? Math.min(...tasks.map((e) => e.ts)) : 0;
  return tasks
    .map((task) => {
      const end = task.ts + task.dur!;
      const total = new Map<string, number>();
      times.forEach((at, i) => {
        if (at < task.ts || at > end) return;
        const onStack = new Set<string>();
        for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id))
          onStack.add(nameOf(byId.get(id)!));
        const ms = (profile.timeDeltas[i] ?? 0) / 1000;
        for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
      });
      const top = [...total]
        .map(([name, ms]) => ({ name, ms }))
        .filter((x) => !/^\((root|program|idle)\)/.test(x.name))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 14);
      return {
        ms: task.dur! / 1000,
        cpuMs: (task.tdur ?? 0) / 1000,
        atMs: (task.ts - start) / 1000,
        top,
      };
    })
    .sort((a, b) => b.ms - a.ms);
}

async function main() {
  const [nodes = 5000, edges = 20000] = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'silkgraph-import-'));
  const path = join(dir, 'big.gexf');
  const file = gephiLikeGexf(nodes, edges);
  writeFileSync(path, file);
  try {
    await withUnminifiedApp(async (browser, url) => {
      const { page } = await openApp(browser, url);
      const cdp = await page.context().newCDPSession(page);
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const t0 = Date.now();
      await page.getByLabel('Open a graph file').setInputFiles(path);
      await page.waitForFunction(
        (n) =>
          window.cyGraph?.nodes().length === n && !window.silkgraph!.store.getState().mapActivity,
        nodes,
        { timeout: 300_000, polling: 200 },
      );
      await page.waitForTimeout(1000);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      console.log(`opened ${nodes}/${edges} GEXF (${file.length} chars) in ~${Date.now() - t0} ms`);
      for (const task of longTasks(profile, traceEvents)) {
        console.log(
          `\ntask ${Math.round(task.ms)} ms (CPU ${Math.round(task.cpuMs)} ms) at +${Math.round(task.atMs)} ms:`,
        );
        printTimes(task.top);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
