import { drawnBundles } from './bundles';
import { currentLanguage } from '../i18n/core';
import type { Visible } from './filters';
import { relationSentence } from './relations';
import { fold } from './search';
import type { Attribution, EdgeStatus, Graph, NodeKind, Sphere } from './schema';

export interface NodeEntry {
  type: 'node';
  id: string;
  label: string;
  kind: NodeKind;
  domains: readonly Sphere[];
  /** Listed although the filters hide it on the map. */
  hidden: boolean;
  /** It has no passage of the text behind it (flagged where the map has a text). */
  unsourced?: true;
}

export interface EdgeEntry {
  type: 'edge';
  id: string;
  /** The relation read as a sentence: "Beta exports oil to Alpha". */
  sentence: string;
  status: EdgeStatus;
  /** Whose claim; undefined for a relation that does not say (an import). */
  attribution: Attribution | undefined;
  domains: readonly Sphere[];
  hidden: boolean;
  /** It has no passage of the text behind it (flagged where the map has a text). */
  unsourced?: true;
  /**
   * Where the map draws it inside a bundled link (src/domain/bundles.ts): how many relations the
   * link stands for, and the names of its two ends.
   */
  bundle?: { size: number; between: readonly [string, string] };
}

export interface ElementListing {
  nodes: NodeEntry[];
  edges: EdgeEntry[];
  /** Elements that match the query but are left out because the filters hide them. */
  hiddenMatches: number;
}

// Punctuation is ignored so that “One China” principle files under O, not before A. In the order of
// the interface's language: the map's labels are in it when translated (Chinese by pinyin, Kazakh
// with ә after а).
const collators = new Map<string, Intl.Collator>();
function collator(): Intl.Collator {
  const language = currentLanguage();
  let made = collators.get(language);
  if (!made)
    collators.set(
      language,
      (made = new Intl.Collator(language, {
        sensitivity: 'base',
        ignorePunctuation: true,
        numeric: true,
      })),
    );
  return made;
}

/**
 * The order of a set of strings as integers: equal ranks for strings the collator deems equal. Comparing
 * ranks gives the collator's order at the cost of an integer comparison, so a sort of 20,000 relations
 * by three keys calls the collator only on the few thousand distinct strings.
 */
function ranks(strings: ReadonlySet<string>): Map<string, number> {
  const { compare } = collator();
  const distinct = [...strings].sort(compare);
  const rank = new Map<string, number>();
  let r = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && compare(distinct[i - 1]!, distinct[i]!) !== 0) r++;
    rank.set(distinct[i]!, r);
  }
  return rank;
}

/** Everything about a graph's list that depends on the graph alone, built once per graph. */
interface ListIndex {
  /** Nodes sorted by label, then id, as entries that are not hidden. */
  nodes: readonly NodeEntry[];
  /** Relations sorted by source label, relation, target label, then id. */
  edges: readonly EdgeEntry[];
  /** The ends of each sorted relation, for "a relation matches when one of its ends does". */
  sources: readonly string[];
  targets: readonly string[];
  /** The same entries marked hidden, made when first needed. */
  hiddenNodes: (NodeEntry | undefined)[];
  hiddenEdges: (EdgeEntry | undefined)[];
  /** Folded names and sentences for the text filter, made on the first query. */
  folded?: { names: readonly (readonly string[])[]; sentences: readonly string[] };
}

// Graphs are immutable values in the store: a new dataset is a new graph object.
const indexes = new WeakMap<Graph, ListIndex>();

function indexOf(graph: Graph): ListIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const { nodes: graphNodes, edges: graphEdges } = graph;

  const labelOf = new Map<string, string>();
  for (const n of graphNodes) labelOf.set(n.id, n.label);
  // The ends' names are node labels, already in; an end missing from the graph (a broken import)
  // sorts and reads by its id.
  const strings = new Set<string>();
  for (const n of graphNodes) strings.add(n.label);
  for (const e of graphEdges) {
    strings.add(e.relation);
    if (!labelOf.has(e.source)) strings.add(e.source);
    if (!labelOf.has(e.target)) strings.add(e.target);
  }
  const rank = ranks(strings);
  // An end's rank by its id: one lookup per end rather than two (label, then rank).
  const rankOf = new Map<string, number>();
  for (const [id, label] of labelOf) rankOf.set(id, rank.get(label)!);
  const endRank = (id: string) => rankOf.get(id) ?? rank.get(id)!;

  const nodeRank = new Int32Array(graphNodes.length);
  graphNodes.forEach((n, i) => (nodeRank[i] = rank.get(n.label)!));
  const nodeOrder = graphNodes.map((_, i) => i);
  nodeOrder.sort(
    (a, b) => nodeRank[a]! - nodeRank[b]! || graphNodes[a]!.id.localeCompare(graphNodes[b]!.id),
  );
  const nodes = nodeOrder.map((i): NodeEntry => {
    const n = graphNodes[i]!;
    return {
      type: 'node',
      id: n.id,
      label: n.label,
      kind: n.kind,
      domains: n.domains,
      hidden: false,
      ...(n.evidence.length === 0 ? { unsourced: true as const } : {}),
    };
  });

  const inBundle = new Map<string, { size: number; between: readonly [string, string] }>();
  for (const b of drawnBundles(graph)) {
    const info = {
      size: b.edges.length,
      between: [labelOf.get(b.source) ?? b.source, labelOf.get(b.target) ?? b.target] as const,
    };
    for (const id of b.edges) inBundle.set(id, info);
  }

  const m = graphEdges.length;
  const sourceRank = new Int32Array(m);
  const relationRank = new Int32Array(m);
  const targetRank = new Int32Array(m);
  graphEdges.forEach((e, i) => {
    sourceRank[i] = endRank(e.source);
    relationRank[i] = rank.get(e.relation)!;
    targetRank[i] = endRank(e.target);
  });
  const edgeOrder = graphEdges.map((_, i) => i);
  edgeOrder.sort(
    (a, b) =>
      sourceRank[a]! - sourceRank[b]! ||
      relationRank[a]! - relationRank[b]! ||
      targetRank[a]! - targetRank[b]! ||
      graphEdges[a]!.id.localeCompare(graphEdges[b]!.id),
  );
  const edges: EdgeEntry[] = new Array<EdgeEntry>(m);
  const sources: string[] = new Array<string>(m);
  const targets: string[] = new Array<string>(m);
  for (let k = 0; k < m; k++) {
    const e = graphEdges[edgeOrder[k]!]!;
    edges[k] = {
      type: 'edge',
      id: e.id,
      sentence: relationSentence(e, labelOf),
      status: e.status,
      attribution: e.attribution,
      domains: e.domains,
      hidden: false,
      ...(inBundle.has(e.id) ? { bundle: inBundle.get(e.id)! } : {}),
      ...(e.evidence.length === 0 ? { unsourced: true as const } : {}),
    };
    sources[k] = e.source;
    targets[k] = e.target;
  }

  const index: ListIndex = {
    nodes,
    edges,
    sources,
    targets,
    hiddenNodes: new Array<NodeEntry | undefined>(nodes.length),
    hiddenEdges: new Array<EdgeEntry | undefined>(edges.length),
  };
  indexes.set(graph, index);
  return index;
}

function foldedOf(graph: Graph, index: ListIndex) {
  if (!index.folded) {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    index.folded = {
      // Entries keep the node's id; the node itself carries the aliases.
      names: index.nodes.map((entry) => {
        const n = byId.get(entry.id)!;
        return [n.label, ...n.aliases, ...(n.otherNames ?? [])].map(fold);
      }),
      sentences: index.edges.map((entry) => fold(entry.sentence)),
    };
  }
  return index.folded;
}

/**
 * The nodes and relations to list: those displayed (plus hidden ones when asked), narrowed by a text query
 * on labels, aliases and relation sentences; nodes by label, relations by source label, relation, target.
 *
 * The sort, the sentences and the folded texts are made once per graph; a call is one linear pass over
 * the graph's elements, and an element listed as it is on the map is the same object from call to call.
 */
export function listElements(
  graph: Graph,
  displayed: Visible,
  query: string,
  includeHidden: boolean,
): ElementListing {
  const index = indexOf(graph);
  const q = fold(query.trim());
  let hiddenMatches = 0;

  // A relation matches when one of its ends does (by any alias), so "Beijing" lists China's relations too.
  let nodeMatches: Set<string> | null = null;
  let folded: ListIndex['folded'] = undefined;
  if (q) {
    folded = foldedOf(graph, index);
    nodeMatches = new Set();
    for (let i = 0; i < index.nodes.length; i++)
      if (folded.names[i]!.some((name) => name.includes(q))) nodeMatches.add(index.nodes[i]!.id);
  }

  const nodes: NodeEntry[] = [];
  for (let i = 0; i < index.nodes.length; i++) {
    const entry = index.nodes[i]!;
    if (nodeMatches && !nodeMatches.has(entry.id)) continue;
    if (displayed.nodes.has(entry.id)) nodes.push(entry);
    else if (includeHidden) nodes.push((index.hiddenNodes[i] ??= { ...entry, hidden: true }));
    else hiddenMatches++;
  }

  const edges: EdgeEntry[] = [];
  for (let i = 0; i < index.edges.length; i++) {
    const entry = index.edges[i]!;
    if (nodeMatches && folded) {
      const source = index.sources[i]!;
      const target = index.targets[i]!;
      if (!folded.sentences[i]!.includes(q) && !nodeMatches.has(source) && !nodeMatches.has(target))
        continue;
    }
    if (displayed.edges.has(entry.id)) edges.push(entry);
    else if (includeHidden) edges.push((index.hiddenEdges[i] ??= { ...entry, hidden: true }));
    else hiddenMatches++;
  }

  return { nodes, edges, hiddenMatches };
}

/** What of one group of the list is rendered: a page from the top, and the selected entry if beyond it. */
export interface ListPage<E> {
  /** The first entries, up to the page's limit. */
  page: readonly E[];
  /** The selected entry when it lies beyond the page: rendered after it, so it can be seen and reached. */
  selected: E | null;
  /** Entries between the page and the selected entry, not rendered. */
  skipped: number;
  /** Entries not rendered in all. */
  remaining: number;
}

/**
 * The entries of a group to render: the first `limit`, plus the selected one (by id) when it lies
 * beyond them. Scanning for the selection costs one pass only when it is not on the page.
 */
export function pageOf<E extends { id: string }>(
  entries: readonly E[],
  limit: number,
  selectedId: string | null,
): ListPage<E> {
  const page = entries.length > limit ? entries.slice(0, limit) : entries;
  let selected: E | null = null;
  let skipped = 0;
  if (selectedId !== null && page !== entries) {
    for (let i = limit; i < entries.length; i++)
      if (entries[i]!.id === selectedId) {
        selected = entries[i]!;
        skipped = i - limit;
        break;
      }
  }
  return {
    page,
    selected,
    skipped,
    remaining: entries.length - page.length - (selected ? 1 : 0),
  };
}

/**
 * The limit after "Show more": `step` entries not rendered before come into view. When the selected
 * entry, rendered already, falls inside the next step, the page grows by one more to make up for it.
 */
export function nextLimit(page: ListPage<unknown>, limit: number, step: number): number {
  return limit + step + (page.selected !== null && page.skipped < step ? 1 : 0);
}
