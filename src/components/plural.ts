const count = new Intl.NumberFormat('en');

/** "1 relation", "2 relations", "20,000 relations": a count with its noun. */
export const plural = (n: number, noun: string, nouns = `${noun}s`) =>
  `${count.format(n)} ${n === 1 ? noun : nouns}`;
