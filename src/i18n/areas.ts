/** One language's catalogue from its areas' files (`import.meta.glob` of `./<language>/*.json`). */
export const mergeAreas = (areas: Record<string, unknown>): Record<string, unknown> =>
  Object.assign({}, ...Object.values(areas)) as Record<string, unknown>;
