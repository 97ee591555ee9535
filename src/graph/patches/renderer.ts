import type { Core } from 'cytoscape';

/**
 * Cytoscape's renderer of an instance, typed as the caller's view of its internals (each module that
 * leans on them says which it uses, and checks they are there); null on a headless instance.
 */
export const rendererOf = <R>(cy: Core): R | null =>
  (cy as unknown as { renderer(): R | null | undefined }).renderer() ?? null;
