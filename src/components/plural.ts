import { formatNumber } from '../i18n/core';

/** A count as every panel prints it, in the interface's language: "1,000" in English, "1 000" in Russian. */
export const formatCount = (n: number) => formatNumber(n);
