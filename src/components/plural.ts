// Made on first use, not when the module loads: a first Intl object costs ~7 ms (its locale data)
// that the map's first paint does not need to wait for.
let number: Intl.NumberFormat | undefined;

/** A count as every panel prints it: "5", "1,000", "20,000" (one formatter for the whole app). */
export const formatCount = (n: number) => (number ??= new Intl.NumberFormat('en')).format(n);

/** "1 relation", "2 relations", "20,000 relations": a count with its noun. */
export const plural = (n: number, noun: string, nouns = `${noun}s`) =>
  `${formatCount(n)} ${n === 1 ? noun : nouns}`;
