/**
 * `npx tsx bench/profile.ts [nodes edges | article]`: where does a sphere toggle spend its time?
 * Builds an unminified copy of the app (readable function names) into a temporary directory,
 * loads a synthetic graph (default 5,000/20,000), frames all of it, then records a CPU profile of
 * one toggle off and one on, and prints the functions with the most self time and the phases
 * (toggle call, cytoscape draw, painted frame).
 */
import { syntheticDataset } from '../tests/fixtures/synthetic';
import { printTimes, withUnminifiedApp } from './builtApp';
import { loadDataset, measureToggle, openApp, settle, showWholeGraph } from './page';
import { functionTimes, type Profile, type TraceEvent } from './cpuprofile';

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
  await withUnminifiedApp(async (browser, url) => {
    const { page } = await openApp(browser, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    if (!article) {
      const json = JSON.stringify(syntheticDataset({ nodes, edges, seed: 20131 }));
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const load = await loadDataset(page, json, nodes);
      {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        const times = functionTimes(profile);
        console.log('load, self time:');
        printTimes(times.self.slice(0, 25));
        console.log('load, inclusive time:');
        printTimes(times.total.slice(0, 40));
      }
      console.log(
        `loaded ${nodes}/${edges}: painted in ${Math.round(load.painted)} ms, longest task ${Math.round(load.longestTask)} ms`,
      );
    }
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
      printTimes(times.self.slice(0, 20));
      console.log('  inclusive time:');
      printTimes(times.total.slice(0, 30));
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
      printTimes(mainThreadTimes(trace.traceEvents).slice(0, 20));
      await settle(page, 500);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
