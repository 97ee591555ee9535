import { formatNumber } from '../i18n/core';

/** A count as every panel prints it, in the interface's language: "1,000" in English, "1 000" in Russian. */
export const formatCount = (n: number) => formatNumber(n);

/**
 * "1 relation", "2 relations": an English count with its noun. Only for words that are not the
 * interface's (a file's own), since other languages have other plural forms: the interface's
 * counts are ICU plural messages in the catalogues (`t('common.nodes', { count })`).
 */
export const plural = (n: number, noun: string, nouns = `${noun}s`) =>
  `${formatCount(n)} ${n === 1 ? noun : nouns}`;
