/**
 * `npx tsx bench/profile-paint.ts`: where does the first paint of the article's graph spend its time?
 * Builds an unminified copy of the app (for its functions' names), opens it once (so the page and
 * its probe exist), then reloads
 * it with a CPU profile and a Chrome trace running, until the frame after cytoscape's first draw.
 * Prints the main thread's stretches of work with the functions that took them, the phases of the
 * load (scripts fetched, evaluated, drawn, painted) and the main-thread trace events by total time.
 */
import type { Page } from '@playwright/test';
import { busyStretches, functionTimes, type Profile, type TraceEvent } from './cpuprofile';
import { openApp, untilPainted } from './page';
import { printTimes, withUnminifiedApp } from './builtApp';

/** Reloads the page and waits for the bench probe's painted frame (its init script runs again). */
async function reloadUntilPainted(page: Page) {
  const painted = untilPainted(page);
  await page.reload();
  await painted;
  return page.evaluate(() => {
    const script = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js'))
      .map((e) => ({ name: e.name.split('/').pop()!, start: e.startTime, end: e.responseEnd }));
    return {
      rendered: window.__bench!.renderedAt!,
      painted: window.__bench!.paintedAt!,
      domContentLoaded: performance.getEntriesByType('navigation')[0]
        ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventEnd
        : NaN,
      script,
    };
  });
}

async function main() {
  await withUnminifiedApp(async (browser, url) => {
    const { page } = await openApp(browser, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const timing = await reloadUntilPainted(page);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(
      `drawn at ${Math.round(timing.rendered)} ms, painted at ${Math.round(timing.painted)} ms, DOMContentLoaded end ${Math.round(timing.domContentLoaded)} ms`,
    );
    for (const s of timing.script)
      console.log(`  script ${s.name}: ${Math.round(s.start)}–${Math.round(s.end)} ms`);
    const times = functionTimes(profile);
    console.log('\nself time, navigation → painted:');
    printTimes(times.self.slice(0, 30));
    console.log('\ninclusive time:');
    printTimes(times.total.slice(0, 60));
    for (const stretch of busyStretches(profile, 30)) {
      console.log(`\nbusy ${Math.round(stretch.ms)} ms at +${Math.round(stretch.startMs)} ms:`);
      printTimes(stretch.top);
    }

    // The same load in a Chrome trace: what the main thread did besides JavaScript.
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'toplevel'] });
    const traced = await reloadUntilPainted(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const main = trace.traceEvents.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        trace.traceEvents.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
    );
    const totals = new Map<string, number>();
    for (const e of trace.traceEvents)
      if (main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
        totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    console.log(
      `\ntrace (painted at ${Math.round(traced.painted)} ms), main-thread events by total time:`,
    );
    printTimes(
      [...totals]
        .map(([name, ms]) => ({ name, ms }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 30),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
