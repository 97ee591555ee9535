/**
 * Small preferences kept across visits in localStorage. Storage may be unavailable (a private
 * window, a policy) or full: then nothing is remembered, and nothing fails.
 */

const PREFIX = 'silkgraph:pref:';

/**
 * This page's localStorage, or undefined where reading it throws: a sandboxed iframe (an embed
 * without `allow-same-origin`) or a policy refuses it.
 */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored value for `name`, if it is there and `accept` takes it; null otherwise. */
export function readPreference<T>(
  name: string,
  accept: (value: unknown) => value is T,
  storage: Storage | undefined = pageStorage(),
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
  storage: Storage | undefined = pageStorage(),
): boolean {
  try {
    storage?.setItem(PREFIX + name, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}
