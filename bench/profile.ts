/**
 * `npx tsx bench/profile.ts [nodes edges | article]`: where does a sphere toggle spend its time?
 * Builds an unminified copy of the app (readable function names) into a temporary directory,
 * loads a synthetic graph (default 5,000/20,000), frames all of it, then records a CPU profile of
 * one toggle off and one on, and prints the functions with the most self time and the phases
 * (toggle call, cytoscape draw, painted frame).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { syntheticDataset } from '../src/domain/synthetic';
import { loadDataset, measureToggle, openApp, settle, showWholeGraph } from './page';
import { serveStatic } from './serve';
import { functionTimes, type Profile } from './cpuprofile';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Total duration per event name on the renderer's main thread (events nest: totals overlap). */
function mainThreadTimes(events: TraceEvent[]): { name: string; ms: number }[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const e of events)
    if (main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

async function main() {
  // `article` profiles the built-in article's graph instead of a synthetic one.
  const article = process.argv[2] === 'article';
  const [nodes = 5000, edges = 20000] = article ? [] : process.argv.slice(2).map(Number);
  const out = mkdtempSync(join(tmpdir(), 'silkgraph-profile-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--minify', 'false', '--outDir', out, '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  const server = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const { page } = await openApp(browser, server.url);
    if (!article) {
      const json = JSON.stringify(syntheticDataset({ nodes, edges, seed: 20131 }));
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const load = await loadDataset(page, json, nodes);
      {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        const times = functionTimes(profile);
        console.log('load, self time:');
        for (const { name, ms } of times.self.slice(0, 25))
          console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
        console.log('load, inclusive time:');
        for (const { name, ms } of times.total.slice(0, 40))
          console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
      }
      console.log(
        `loaded ${nodes}/${edges}: painted in ${Math.round(load.painted)} ms, longest task ${Math.round(load.longestTask)} ms`,
      );
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await showWholeGraph(page);
    await settle(page, 1000);
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const direction of ['off', 'on']) {
      await cdp.send('Profiler.start');
      const timing = await measureToggle(page, 'energy');
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      console.log(
        `\ntoggle ${direction}: call ${Math.round(timing.sync)} ms, drawn by ${Math.round(timing.rendered)} ms, painted by ${Math.round(timing.painted)} ms`,
      );
      const times = functionTimes(profile);
      console.log('  self time:');
      for (const { name, ms } of times.self.slice(0, 20))
        console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
      console.log('  inclusive time:');
      for (const { name, ms } of times.total.slice(0, 30))
        console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
      await settle(page, 500);
    }
    // The same toggles in a Chrome trace: what the main thread did besides JavaScript.
    for (const direction of ['off', 'on']) {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'cc', 'gpu'] });
      const timing = await measureToggle(page, 'energy');
      const trace = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      console.log(
        `\ntrace, toggle ${direction} (painted by ${Math.round(timing.painted)} ms), main-thread events by total time:`,
      );
      for (const { name, ms } of mainThreadTimes(trace.traceEvents).slice(0, 20))
        console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
      await settle(page, 500);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
