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

/** Nodes whose label or an alias contains the query (case, accents and quotes ignored); prefix matches first. */
export function searchNodes(nodes: readonly GraphNode[], query: string, limit = 12): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const node of nodes) {
    let best: { matched: string; score: number } | null = null;
    for (const name of [node.label, ...node.aliases]) {
      const f = fold(name);
      const at = f.indexOf(q);
      if (at === -1) continue;
      const score = (at === 0 ? 0 : f.includes(` ${q}`) ? 1 : 2) + (name === node.label ? 0 : 0.5);
      if (!best || score < best.score) best = { matched: name, score };
    }
    if (best) scored.push({ hit: { node, matched: best.matched }, score: best.score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label))
    .slice(0, limit)
    .map((s) => s.hit);
}
