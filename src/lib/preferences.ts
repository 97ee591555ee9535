/**
 * Small preferences kept across visits in localStorage. Storage may be unavailable (a private
 * window, a policy) or full: then nothing is remembered, and nothing fails.
 */

const PREFIX = 'silkgraph:pref:';

/** The stored value for `name`, if it is there and `accept` takes it; null otherwise. */
export function readPreference<T>(
  name: string,
  accept: (value: unknown) => value is T,
  storage: Storage | undefined = globalThis.localStorage,
): T | null {
  try {
    const text = storage?.getItem(PREFIX + name);
    if (text == null) return null;
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

/** Stores `value` for `name`; says whether it could. */
export function writePreference(
  name: string,
  value: unknown,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(PREFIX + name, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}
