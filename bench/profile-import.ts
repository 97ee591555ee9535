/**
 * `npx tsx bench/profile-import.ts [nodes edges]`: where does opening a big GEXF file spend its
 * main-thread time? Builds an unminified copy of the app, opens a Gephi-like GEXF of a synthetic
 * graph (default 5,000/20,000, with positions) through the page's file input, records a CPU profile
 * until the map is drawn, and prints each stretch of uninterrupted main-thread work over 150 ms with
 * the functions that took it.
 */
import { busyStretches, type Profile } from './cpuprofile';
import { gephiLikeGexf } from './gexf';
import { printTimes, withUnminifiedApp } from './unminified';
import { openApp } from './page';

async function main() {
  const [nodes = 5000, edges = 20000] = process.argv.slice(2).map(Number);
  await withUnminifiedApp(async (browser, url) => {
    const { page } = await openApp(browser, url);
    const file = gephiLikeGexf(nodes, edges);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.getByLabel('Open a graph file').setInputFiles({
      name: 'big.gexf',
      mimeType: 'application/gexf+xml',
      buffer: Buffer.from(file),
    });
    await page.waitForFunction(
      (n) =>
        window.cyGraph?.nodes().length === n && !window.silkgraph!.store.getState().mapActivity,
      nodes,
      { timeout: 300_000, polling: 200 },
    );
    await page.waitForTimeout(1000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`opened ${nodes}/${edges} GEXF (${file.length} chars) in ~${Date.now() - t0} ms`);
    for (const stretch of busyStretches(profile)) {
      console.log(`\nbusy ${Math.round(stretch.ms)} ms at +${Math.round(stretch.startMs)} ms:`);
      printTimes(stretch.top);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
