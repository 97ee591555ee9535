import { t } from '../../i18n/core';
import type { ImportedDataset } from '../../domain/importDataset';
import type { GraphEdge, GraphNode } from '../../domain/schema';
import { EDGE_STATUSES, NODE_KINDS } from '../../domain/vocabulary';
import type { PreparedImport } from './prepare';

// How the import worker hands a prepared file to the page. A message is deserialised on the page in a
// task of its own, so the graph goes in slices: one message with a 5,000-node, 20,000-edge graph kept
// the page busy for a quarter of a second taking it in; slices of a few thousand elements take a few
// milliseconds each and the page keeps answering between them.

/** Elements per message. */
export const ELEMENTS_PER_MESSAGE = 2000;

/** Everything but the nodes and edges, and how many of each follow. */
export interface PreparedHead extends Omit<PreparedImport, 'dataset'> {
  dataset: Omit<ImportedDataset, 'graph'>;
  nodes: number;
  edges: number;
  /** The graph's `directed: false`, when its relations have no direction. */
  undirected?: true;
}

export type ImportMessage =
  | { kind: 'head'; head: PreparedHead }
  | { kind: 'nodes'; items: GraphNode[] }
  | { kind: 'edges'; items: GraphEdge[] }
  | { kind: 'end' }
  | { kind: 'failed'; message: string };

/** The messages that carry a prepared import, each with what it transfers rather than copies. */
export function* messagesOf(
  prepared: PreparedImport,
  perMessage = ELEMENTS_PER_MESSAGE,
): Generator<[ImportMessage, Transferable[]]> {
  const { dataset, ...rest } = prepared;
  const { graph, ...withoutGraph } = dataset;
  const buffers = prepared.colourings.flatMap((c) =>
    c.edges ? [c.nodes.buffer, c.edges.buffer] : [c.nodes.buffer],
  );
  yield [
    {
      kind: 'head',
      head: {
        ...rest,
        dataset: withoutGraph,
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        ...(graph.directed === false ? { undirected: true as const } : {}),
      },
    },
    buffers,
  ];
  for (let i = 0; i < graph.nodes.length; i += perMessage)
    yield [{ kind: 'nodes', items: graph.nodes.slice(i, i + perMessage) }, []];
  for (let i = 0; i < graph.edges.length; i += perMessage)
    yield [{ kind: 'edges', items: graph.edges.slice(i, i + perMessage) }, []];
  yield [{ kind: 'end' }, []];
}

/**
 * Puts a prepared import back together from its messages, in the order they were sent.
 *
 * A message's strings arrive as new copies, one per element: 20,000 edges name their ends, spheres,
 * status and relation each with strings of their own, which every later lookup must hash and compare
 * by content (a pass over the graph took two to three times as long as over the worker's objects).
 * Each slice is given back shared strings as it comes (the node's own id for an edge's end, one
 * string per sphere, kind, status and relation), in its own task, so the task that puts the graph on
 * the map does not pay for it.
 */
export class PreparedReceiver {
  private head: PreparedHead | null = null;
  private readonly nodes: GraphNode[] = [];
  private readonly edges: GraphEdge[] = [];
  private readonly shared = new Map<string, string>();
  private readonly nodeIds = new Map<string, string>();

  /** Takes the next message: the prepared import once the last one came, else null. */
  take(message: ImportMessage): PreparedImport | null {
    if (message.kind === 'failed') throw new Error(message.message);
    if (message.kind === 'head') {
      this.head = message.head;
      for (const s of message.head.dataset.spheres) this.shared.set(s.id, s.id);
      for (const word of [...NODE_KINDS, ...EDGE_STATUSES]) this.shared.set(word, word);
      return null;
    }
    if (!this.head) throw new Error(t('import.worker.order'));
    if (message.kind === 'nodes')
      for (const n of message.items) {
        this.share(n.domains);
        n.kind = this.word(n.kind);
        this.nodeIds.set(n.id, n.id);
        this.nodes.push(n);
      }
    else if (message.kind === 'edges')
      for (const e of message.items) {
        this.share(e.domains);
        e.status = this.word(e.status);
        e.relation = this.word(e.relation);
        e.source = this.nodeIds.get(e.source) ?? e.source;
        e.target = this.nodeIds.get(e.target) ?? e.target;
        this.edges.push(e);
      }
    else {
      const { nodes, edges, dataset, undirected, ...rest } = this.head;
      if (nodes !== this.nodes.length || edges !== this.edges.length)
        throw new Error(t('import.worker.incomplete'));
      const graph = { nodes: this.nodes, edges: this.edges };
      return {
        ...rest,
        dataset: { ...dataset, graph: undirected ? { ...graph, directed: false } : graph },
      };
    }
    return null;
  }

  private word<T extends string>(text: T): T {
    const known = this.shared.get(text);
    if (known !== undefined) return known as T;
    this.shared.set(text, text);
    return text;
  }

  private share(words: string[]): void {
    for (let i = 0; i < words.length; i++) words[i] = this.word(words[i]!);
  }
}
