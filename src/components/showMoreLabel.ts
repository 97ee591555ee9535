import { formatCount, plural } from './plural';

/** The label of the button that renders more of a long list; it says what it adds and what is left. */
export function showMoreLabel(remaining: number, step: number, noun: string) {
  if (remaining === 1) return `Show the remaining ${noun}`;
  if (remaining <= step) return `Show the remaining ${plural(remaining, noun)}`;
  return `Show ${formatCount(step)} more ${noun}s (${formatCount(remaining)} not shown)`;
}
