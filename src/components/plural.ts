/** "1 relation", "2 relations": a count with its noun. */
export const plural = (n: number, noun: string, nouns = `${noun}s`) =>
  `${n} ${n === 1 ? noun : nouns}`;
