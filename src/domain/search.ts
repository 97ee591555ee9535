import type { GraphNode } from './schema';

export interface SearchHit {
  node: GraphNode;
  /** The label or alias that matched. */
  matched: string;
}

/** Folds case, accents and quotation marks away, so search and list filters find the same things. */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”"’'‘«»]/g, '')
    .toLowerCase();

/** A node's names, label first, each with its folded form and whether it is the label. */
interface FoldedNames {
  names: readonly string[];
  folded: readonly string[];
  isLabel: readonly boolean[];
}

/** More names to find nodes by, by node id: the article's names in its translations. */
export type MoreNames = ReadonlyMap<string, readonly string[]>;

// The node lists searched are a graph's, immutable in the store: each name is folded once per list
// (and per table of more names).
const NONE: MoreNames = new Map();
const foldedLists = new WeakMap<readonly GraphNode[], WeakMap<MoreNames, FoldedNames[]>>();

/** The folded names of every node of a list, made on its first search and kept while the list lives. */
function foldedNames(nodes: readonly GraphNode[], more: MoreNames): readonly FoldedNames[] {
  let byMore = foldedLists.get(nodes);
  if (!byMore) foldedLists.set(nodes, (byMore = new WeakMap()));
  let folded = byMore.get(more);
  // A list grown in place since (nothing in the app does that) is folded again rather than misread.
  if (!folded || folded.length !== nodes.length) {
    folded = nodes.map((node) => {
      // Names the text does not use (Nur-Sultan, a full name) are found too, and in other languages.
      const names = [
        ...new Set([
          node.label,
          ...node.aliases,
          ...(node.otherNames ?? []),
          ...(more.get(node.id) ?? []),
        ]),
      ];
      return { names, folded: names.map(fold), isLabel: names.map((name) => name === node.label) };
    });
    byMore.set(more, folded);
  }
  return folded;
}

interface Scored {
  hit: SearchHit;
  score: number;
}

// Best first: lower score, then label; equal ones keep the nodes' order (a stable sort's).
const compare = (a: Scored, b: Scored) =>
  a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label);

/** Above this limit the matches are sorted whole; below it only the best `limit` are kept, in order. */
const PARTIAL_LIMIT = 64;

/**
 * Nodes whose label, an alias or one of `more` names contains the query (case, accents and quotes ignored); prefix matches
 * first. Names are folded once per node list; for a small limit only the best matches are kept as they
 * are found (a partial selection), in the order a stable sort of all matches would give them.
 */
export function searchNodes(
  nodes: readonly GraphNode[],
  query: string,
  limit = 12,
  more: MoreNames = NONE,
): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const folded = foldedNames(nodes, more);
  const wordStart = ` ${q}`;
  const partial = Number.isInteger(limit) && limit >= 0 && limit <= PARTIAL_LIMIT;
  if (partial && limit === 0) return [];
  const scored: Scored[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const names = folded[i]!;
    let best = -1;
    let bestScore = Infinity;
    for (let k = 0; k < names.folded.length; k++) {
      const f = names.folded[k]!;
      const at = f.indexOf(q);
      if (at === -1) continue;
      // A whole name first ("哈萨克斯坦" is Kazakhstan before the Government of Kazakhstan), then prefixes.
      const score =
        (f === q ? -1 : at === 0 ? 0 : f.includes(wordStart) ? 1 : 2) +
        (names.isLabel[k] ? 0 : 0.5);
      if (score < bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best === -1) continue;
    const item = { hit: { node: nodes[i]!, matched: names.names[best]! }, score: bestScore };
    if (!partial) {
      scored.push(item);
      continue;
    }
    // Keep the best `limit` in order: a match no better than the last kept one cannot enter.
    if (scored.length === limit && compare(item, scored[limit - 1]!) >= 0) continue;
    let at = scored.length;
    while (at > 0 && compare(scored[at - 1]!, item) > 0) at--;
    scored.splice(at, 0, item);
    if (scored.length > limit) scored.pop();
  }
  if (!partial) scored.sort(compare);
  return (partial ? scored : scored.slice(0, limit)).map((s) => s.hit);
}
