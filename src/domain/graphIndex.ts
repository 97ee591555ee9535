import type { ElementRef } from './evidence';
import type { Graph, GraphEdge, GraphNode } from './schema';

/**
 * Lookups over one graph, built once per graph object and each part only when first asked for, so a
 * panel that shows one element of a 5,000-node, 20,000-edge graph makes no pass over all of it.
 *
 * The answers are those of the linear searches they replace: `node`/`edge` give the first element
 * with the id, as `graph.nodes.find` does (an import repairs duplicate ids, but a graph built by hand
 * may still carry them); `labels` is `labelsById` (the last label wins); `incident` lists a node's
 * edges in graph order, a self-loop once.
 */
export interface GraphIndex {
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  /** The node or edge a reference points at; the type of the reference is respected. */
  element(ref: ElementRef): GraphNode | GraphEdge | undefined;
  /** The edges with this node as source or target, in graph order, a self-loop once. */
  incident(nodeId: string): readonly GraphEdge[];
  /** Node labels by id, for naming the ends of edges (the same map as `labelsById`). */
  readonly labels: ReadonlyMap<string, string>;
  /** Every distinct quote, of any node or edge, in a block, in the order of `quotesInBlock`. */
  quotesInBlock(blockId: string): readonly string[];
}

const NONE: readonly never[] = [];

class LazyGraphIndex implements GraphIndex {
  private nodes?: Map<string, GraphNode>;
  private edges?: Map<string, GraphEdge>;
  private adjacency?: Map<string, GraphEdge[]>;
  private labelMap?: Map<string, string>;
  private quotes?: Map<string, string[]>;

  constructor(private readonly graph: Graph) {}

  node(id: string): GraphNode | undefined {
    if (!this.nodes) {
      this.nodes = new Map();
      // The first of a repeated id wins, as with find().
      for (const n of this.graph.nodes) if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
    }
    return this.nodes.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    if (!this.edges) {
      this.edges = new Map();
      for (const e of this.graph.edges) if (!this.edges.has(e.id)) this.edges.set(e.id, e);
    }
    return this.edges.get(id);
  }

  element(ref: ElementRef): GraphNode | GraphEdge | undefined {
    return ref.type === 'node' ? this.node(ref.id) : this.edge(ref.id);
  }

  incident(nodeId: string): readonly GraphEdge[] {
    if (!this.adjacency) {
      const adjacency = new Map<string, GraphEdge[]>();
      const add = (id: string, edge: GraphEdge) => {
        const list = adjacency.get(id);
        if (list) list.push(edge);
        else adjacency.set(id, [edge]);
      };
      // Ends are indexed whether or not the graph has such a node, as the filter they replace did.
      for (const edge of this.graph.edges) {
        add(edge.source, edge);
        if (edge.target !== edge.source) add(edge.target, edge);
      }
      this.adjacency = adjacency;
    }
    return this.adjacency.get(nodeId) ?? NONE;
  }

  get labels(): ReadonlyMap<string, string> {
    this.labelMap ??= new Map(this.graph.nodes.map((n) => [n.id, n.label]));
    return this.labelMap;
  }

  quotesInBlock(blockId: string): readonly string[] {
    if (!this.quotes) {
      const sets = new Map<string, Set<string>>();
      const add = (block: string, quote: string) => {
        const set = sets.get(block);
        if (set) set.add(quote);
        else sets.set(block, new Set([quote]));
      };
      // Nodes, then edges, each evidence in order: the order quotesInBlock gives.
      for (const n of this.graph.nodes) for (const ev of n.evidence) add(ev.block, ev.quote);
      for (const e of this.graph.edges) for (const ev of e.evidence) add(ev.block, ev.quote);
      this.quotes = new Map([...sets].map(([block, set]) => [block, [...set]]));
    }
    return this.quotes.get(blockId) ?? NONE;
  }
}

// Graphs are immutable values in the store: a new dataset, or an edited graph, is a new object.
const indexes = new WeakMap<Graph, GraphIndex>();

/** The lookups of a graph, made once per graph object. */
export function graphIndex(graph: Graph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = new LazyGraphIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}
