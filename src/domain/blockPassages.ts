import type { Passage } from './evidence';
import type { Block, Graph, GraphNode } from './schema';

/** A block with every quote of one element that lies in it. */
export interface BlockPassage {
  block: Block;
  sectionTitle: string;
  quotes: string[];
}

/** Joins passages that share a block, so a block quoted twice is shown once with both quotes marked. */
export function groupByBlock(passages: readonly Passage[]): BlockPassage[] {
  const byBlock = new Map<string, BlockPassage>();
  for (const p of passages) {
    const group = byBlock.get(p.block.id);
    if (group) {
      if (!group.quotes.includes(p.quote)) group.quotes.push(p.quote);
    } else
      byBlock.set(p.block.id, { block: p.block, sectionTitle: p.sectionTitle, quotes: [p.quote] });
  }
  return [...byBlock.values()];
}

/** Every quote, of any node or edge, that lies in the given block. */
export function quotesInBlock(graph: Graph, blockId: string): string[] {
  const quotes = new Set<string>();
  for (const el of [...graph.nodes, ...graph.edges])
    for (const ev of el.evidence) if (ev.block === blockId) quotes.add(ev.quote);
  return [...quotes];
}

/** The surface forms that name a node in the text: its label and its aliases, once each. */
export function mentionsOf(node: GraphNode): string[] {
  return [...new Set([node.label, ...node.aliases])];
}
