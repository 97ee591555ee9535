import { t } from '../i18n/core';
import { formatCount } from './plural';

/** What a long list of the map lists. */
export type ListNoun = 'node' | 'relation';

/**
 * The label of the button that renders more of a long list; it says what it adds and what is left,
 * in the interface's language.
 */
export function showMoreLabel(remaining: number, step: number, noun: ListNoun) {
  if (remaining === 1) return t(`list.more.last.${noun}`);
  if (remaining <= step) return t(`list.more.rest.${noun}`, { count: remaining });
  return t(`list.more.step.${noun}`, { step, remaining: formatCount(remaining) });
}
