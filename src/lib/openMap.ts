// Which kept map was on screen, so that a reload opens it again (the map is in IndexedDB; this is
// only its id, read at start-up without loading the database's code).

export const OPEN_MAP_KEY = 'silkgraph:open-map';

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

export function rememberOpenMap(id: string): void {
  try {
    storage()?.setItem(OPEN_MAP_KEY, id);
  } catch {
    // Storage refused: the next visit opens the article, and the map stays in My maps.
  }
}

export function forgetOpenMap(): void {
  storage()?.removeItem(OPEN_MAP_KEY);
}

/** The id of the kept map that was on screen at the end of the last visit, if any. */
export function openMapId(): string | null {
  return storage()?.getItem(OPEN_MAP_KEY) ?? null;
}
