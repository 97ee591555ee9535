/**
 * How much more CPU time a run takes on an input four times as large: about 4 for linear work, 16 for
 * quadratic, astronomically more for exponential. Each size is run enough times to take a few
 * tens of milliseconds; small and large runs alternate and the best of five of each counts, so a
 * busy machine slows both alike. The large size stops early once it is clearly too slow, so a
 * super-linear importer fails the test rather than hanging it.
 */
export function growthOf(make: (n: number) => () => unknown, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  small();
  small();
  let reps = 1;
  while (timed(small, reps, Infinity) < 15 && reps < 1 << 20) reps *= 2;
  let t = Infinity;
  let tLarge = Infinity;
  // The first large run warms it up, and already stops a super-linear importer.
  for (let i = 0; i < 4; i++) {
    t = Math.min(t, timed(small, reps, Infinity));
    // Past 40× the small runs, the ratio is known to fail any bound a test would set.
    tLarge = Math.min(tLarge, timed(large, reps, t * 40));
    if (tLarge === Infinity) break;
  }
  return tLarge / t;
}

/** This process's CPU time in milliseconds: other processes on a busy machine do not count. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds for `reps` runs; Infinity as soon as they pass `limit`. */
function timed(run: () => unknown, reps: number, limit: number): number {
  const start = cpu();
  for (let i = 0; i < reps; i++) {
    run();
    if (cpu() - start > limit) return Infinity;
  }
  return cpu() - start;
}

/** Linear work grows about 4× for 4× the input; this bound leaves room for a busy machine. */
export const LINEAR_BOUND = 12;
