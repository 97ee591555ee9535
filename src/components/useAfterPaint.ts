import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value` as it was before the page's next painted frame, then `value`: for a panel that follows
 * the map, so that a filter change reaches the screen on the map first. React renders every store
 * change at once, before the next frame; a large panel's render, and its style and layout in that
 * frame, would keep the map's new drawing waiting. This hook hands the new value over after that
 * frame has been drawn (an animation frame, then a task), as a transition React may render in slices.
 * Where no frames come (a hidden tab), a timer hands it over all the same.
 *
 * A change of `key` (the dataset the value belongs to) is passed on at once: a late value is only
 * ever one of the same dataset, never mixed with a new one.
 */
export function useAfterPaint<T>(value: T, key?: unknown): T {
  const [late, setLate] = useState({ value, key });
  const sameKey = Object.is(late.key, key);
  // A new dataset: taken at once, while rendering (React renders again before committing).
  if (!sameKey) setLate({ value, key });
  useEffect(() => {
    if (Object.is(late.value, value) || !Object.is(late.key, key)) return;
    return afterNextPaint(() => startTransition(() => setLate({ value, key })));
  }, [value, key, late]);
  return sameKey ? late.value : value;
}
