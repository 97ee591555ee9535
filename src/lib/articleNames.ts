import type { MoreNames } from '../domain/search';

let names: Promise<MoreNames> | null = null;

/** The article's node names in all its translations, by node id, loaded once on first use. */
export function articleNames(): Promise<MoreNames> {
  names ??= import('virtual:silkgraph/article-names').then(
    (m) => new Map(Object.entries(m.default)),
  );
  return names;
}
