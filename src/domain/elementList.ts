import type { Visible } from './filters';
import { relationSentence } from './relations';
import { fold } from './search';
import type { EdgeStatus, Graph, NodeKind, Sphere } from './schema';

export interface NodeEntry {
  type: 'node';
  id: string;
  label: string;
  kind: NodeKind;
  domains: readonly Sphere[];
  /** Listed although the filters hide it on the map. */
  hidden: boolean;
}

export interface EdgeEntry {
  type: 'edge';
  id: string;
  /** The relation read as a sentence: "Beta exports oil to Alpha". */
  sentence: string;
  status: EdgeStatus;
  domains: readonly Sphere[];
  hidden: boolean;
}

export interface ElementListing {
  nodes: NodeEntry[];
  edges: EdgeEntry[];
  /** Elements that match the query but are left out because the filters hide them. */
  hiddenMatches: number;
}

// Punctuation is ignored so that “One China” principle files under O, not before A.
const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  ignorePunctuation: true,
  numeric: true,
});
const byText = (a: string, b: string) => collator.compare(a, b);

/**
 * The nodes and relations to list: those displayed (plus hidden ones when asked), narrowed by a text query
 * on labels, aliases and relation sentences; nodes by label, relations by source label, relation, target.
 */
export function listElements(
  graph: Graph,
  displayed: Visible,
  query: string,
  includeHidden: boolean,
): ElementListing {
  const q = fold(query.trim());
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  // A relation matches when one of its ends does (by any alias), so "Beijing" lists China's relations too.
  const nodeMatches = new Set(
    graph.nodes
      .filter((n) => !q || [n.label, ...n.aliases].some((name) => fold(name).includes(q)))
      .map((n) => n.id),
  );
  let hiddenMatches = 0;

  const nodes: NodeEntry[] = [];
  for (const n of graph.nodes) {
    if (!nodeMatches.has(n.id)) continue;
    const hidden = !displayed.nodes.has(n.id);
    if (hidden && !includeHidden) {
      hiddenMatches++;
      continue;
    }
    nodes.push({
      type: 'node',
      id: n.id,
      label: n.label,
      kind: n.kind,
      domains: n.domains,
      hidden,
    });
  }

  const edges: (EdgeEntry & { keys: [string, string, string] })[] = [];
  for (const e of graph.edges) {
    const sentence = relationSentence(e, labelOf);
    if (
      q &&
      !fold(sentence).includes(q) &&
      !nodeMatches.has(e.source) &&
      !nodeMatches.has(e.target)
    )
      continue;
    const hidden = !displayed.edges.has(e.id);
    if (hidden && !includeHidden) {
      hiddenMatches++;
      continue;
    }
    const keys: [string, string, string] = [
      labelOf.get(e.source) ?? e.source,
      e.relation,
      labelOf.get(e.target) ?? e.target,
    ];
    edges.push({
      type: 'edge',
      id: e.id,
      sentence,
      status: e.status,
      domains: e.domains,
      hidden,
      keys,
    });
  }

  nodes.sort((a, b) => byText(a.label, b.label) || a.id.localeCompare(b.id));
  edges.sort(
    (a, b) =>
      byText(a.keys[0], b.keys[0]) ||
      byText(a.keys[1], b.keys[1]) ||
      byText(a.keys[2], b.keys[2]) ||
      a.id.localeCompare(b.id),
  );
  return { nodes, edges: edges.map(({ keys: _keys, ...entry }) => entry), hiddenMatches };
}
