import type { Article, Block, Evidence, Graph, GraphEdge, GraphNode } from './schema';

export type ElementRef = { type: 'node'; id: string } | { type: 'edge'; id: string };

/** What the user has selected: one node, one edge, or a passage of the article (by block id). */
export type Selection = ElementRef | { type: 'passage'; id: string };

/** An evidence item joined with its block and the section it sits in. */
export interface Passage {
  block: Block;
  sectionTitle: string;
  quote: string;
}

/** The passages behind a node or an edge, in article order. */
export function passagesFor(article: Article, evidence: readonly Evidence[]): Passage[] {
  const order = new Map(article.blocks.map((b, i) => [b.id, i]));
  const titles = new Map(article.sections.map((s) => [s.id, s.title]));
  return evidence
    .flatMap((ev) => {
      const block = article.blocks.find((b) => b.id === ev.block);
      return block
        ? [{ block, sectionTitle: titles.get(block.section) ?? block.section, quote: ev.quote }]
        : [];
    })
    .sort((a, b) => (order.get(a.block.id) ?? 0) - (order.get(b.block.id) ?? 0));
}

function blockBefore(evidence: readonly Evidence[], end: number, block: string): boolean {
  for (let j = 0; j < end; j++) if (evidence[j]!.block === block) return true;
  return false;
}

/** For every block, the elements whose evidence sits in it. */
export function elementsByBlock(graph: Graph): Map<string, ElementRef[]> {
  const index = new Map<string, ElementRef[]>();
  // Linear in the evidence: an imported graph can put thousands of elements on one block. An element
  // is listed once per block however many of its passages sit there, and so is an id that two
  // elements share (a graph built by hand may repeat one): only then is the block's list searched.
  const add = (
    type: ElementRef['type'],
    id: string,
    evidence: readonly Evidence[],
    seen: Set<string>,
  ) => {
    // Most elements of an imported graph have no passages: they neither list nor need tracking.
    if (evidence.length === 0) return;
    const repeated = seen.has(id);
    seen.add(id);
    const many = evidence.length > 8 ? new Set<string>() : null;
    for (let i = 0; i < evidence.length; i++) {
      const block = evidence[i]!.block;
      if (many) {
        if (many.has(block)) continue;
        many.add(block);
      } else if (blockBefore(evidence, i, block)) continue;
      const list = index.get(block);
      if (repeated && list?.some((ref) => ref.type === type && ref.id === id)) continue;
      if (list) list.push({ type, id });
      else index.set(block, [{ type, id }]);
    }
  };
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) add('node', node.id, node.evidence, nodeIds);
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) add('edge', edge.id, edge.evidence, edgeIds);
  return index;
}

export type Mark = 'quote' | 'alias';

/** A run of a block's text, with whether it lies inside a quote and/or an alias mention. */
export interface Segment {
  text: string;
  quote: boolean;
  alias: boolean;
}

function ranges(text: string, needles: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    let at = text.indexOf(needle);
    while (at !== -1) {
      found.push([at, at + needle.length]);
      at = text.indexOf(needle, at + needle.length);
    }
  }
  return found;
}

/** Cuts a block's text into segments so quotes can be highlighted and aliases marked, as plain text. */
export function segmentText(
  text: string,
  quotes: readonly string[],
  aliases: readonly string[] = [],
): Segment[] {
  const inQuote = new Uint8Array(text.length);
  const inAlias = new Uint8Array(text.length);
  for (const [a, b] of ranges(text, quotes)) inQuote.fill(1, a, b);
  for (const [a, b] of ranges(text, aliases)) inAlias.fill(1, a, b);
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || inQuote[i] !== inQuote[start] || inAlias[i] !== inAlias[start]) {
      segments.push({
        text: text.slice(start, i),
        quote: inQuote[start] === 1,
        alias: inAlias[start] === 1,
      });
      start = i;
    }
  }
  return segments;
}

/** Looks up a node or an edge by reference. */
export function findElement(graph: Graph, ref: ElementRef): GraphNode | GraphEdge | undefined {
  return ref.type === 'node'
    ? graph.nodes.find((n) => n.id === ref.id)
    : graph.edges.find((e) => e.id === ref.id);
}
