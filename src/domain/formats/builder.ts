import { t } from '../../i18n/core';
import { quote } from './errors';
import {
  createAttrs,
  createPositions,
  type AttributeInfo,
  type AttributeType,
  type Attrs,
  type ImportedEdge,
  type ImportedGraph,
  type ImportedNode,
  type Position,
  type Repair,
  type RepairKind,
} from './model';

/** At most this many repairs are kept for the downloadable list; every one is counted. */
export const MAX_KEPT_REPAIRS = 100_000;
/** An attribute with at most this many distinct values can act as a category (like the spheres). */
export const MAX_CATEGORIES = 12;
/** Examples a grouped note names. */
const NOTE_EXAMPLES = 3;

export interface NodeInput {
  id: string | null | undefined;
  label?: string | null | undefined;
  attrs: Attrs;
  where: string;
  position?: Position | null | undefined;
}

export interface EdgeInput {
  id?: string | null | undefined;
  source: string | null | undefined;
  target: string | null | undefined;
  label?: string | null | undefined;
  attrs: Attrs;
  where: string;
}

type Of = 'nodes' | 'edges';

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/**
 * Hands out ids `${prefix}${n}` that are in no id space yet. Each prefix keeps its own counter, so
 * renaming 16,000 edges called "0" costs 16,000 steps, not 16,000² / 2.
 */
class IdSpace {
  private readonly next = new Map<string, number>();
  constructor(readonly taken: Set<string>) {}

  fresh(prefix: string, start = 1): string {
    let n = this.next.get(prefix) ?? start;
    while (this.taken.has(`${prefix}${n}`)) n++;
    this.next.set(prefix, n + 1);
    const id = `${prefix}${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A note said once with how often it applied and a few examples, e.g. edge ids equal to node ids. */
class CountedNote {
  count = 0;
  readonly examples: string[] = [];
  add(example: string): void {
    if (++this.count <= NOTE_EXAMPLES) this.examples.push(example);
  }
}

export interface BuilderOptions {
  /** Endpoints missing from the node list become nodes (a bare edge list). */
  impliedNodes?: boolean;
  /**
   * Nodes and edges share one id space in the file (Cytoscape JSON, Silkgraph JSON), so an edge with
   * a node's id is a defect to repair; in GEXF, GraphML and CSV each has its own and it is not.
   */
  sharedIds?: boolean;
  /** Edge ids may be a multigraph's keys, unique per pair of nodes only (GraphML from NetworkX). */
  multigraphKeys?: boolean;
}

/**
 * Collects what a parser reads, then settles ids, labels and endpoints in `finish`, recording each
 * change as a Repair with the place it was made. Shared by every format so they repair alike. Every
 * step is O(1) amortised per element: files of any shape cost time in proportion to their size.
 */
export class GraphBuilder {
  /** The repairs, in the order made: the first MAX_KEPT_REPAIRS of them. */
  readonly repairs: Repair[] = [];
  readonly counts = new Map<RepairKind, number>();
  private readonly noteSet = new Set<string>();
  private readonly pendingNodes: NodeInput[] = [];
  private readonly pendingEdges: EdgeInput[] = [];
  private readonly declared = {
    nodes: new Map<string, AttributeType>(),
    edges: new Map<string, AttributeType>(),
  };

  constructor(private readonly options: BuilderOptions = {}) {}

  repair(kind: RepairKind, where: string, message: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (this.repairs.length < MAX_KEPT_REPAIRS) this.repairs.push({ kind, where, message });
  }

  /** Every repair made, kept or not. */
  get repairCount(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  note(message: string): void {
    this.noteSet.add(message);
  }

  get notes(): string[] {
    return [...this.noteSet];
  }

  /** Declares an attribute column and its type, as GEXF, GraphML and CSV headers do. */
  declare(of: Of, name: string, type: AttributeType): void {
    if (!this.declared[of].has(name)) this.declared[of].set(name, type);
  }

  node(input: NodeInput): void {
    this.pendingNodes.push(input);
  }

  edge(input: EdgeInput): void {
    this.pendingEdges.push(input);
  }

  /** Settles the graph: duplicate and missing ids, missing labels, dangling edges, self-loops. */
  finish(directed: boolean): ImportedGraph {
    const positions = createPositions();
    const nodes = this.settleNodes(positions);
    const edges = this.settleEdges(nodes, directed);
    return {
      nodes: [...nodes.values()],
      edges,
      positions,
      directed,
      attributes: {
        nodes: describeAttributes([...nodes.values()], this.declared.nodes),
        edges: describeAttributes(edges, this.declared.edges),
      },
    };
  }

  private settleNodes(positions: Record<string, Position>): Map<string, ImportedNode> {
    const nodes = new Map<string, ImportedNode>();
    const firstAt = new Map<string, string>();
    const ids = new IdSpace(
      new Set(this.pendingNodes.map((n) => n.id?.trim() ?? '').filter(Boolean)),
    );
    const labelled = this.pendingNodes.some((n) => present(n.label));
    if (!labelled && this.pendingNodes.length > 0) this.note(t('import.note.noLabels'));
    for (const input of this.pendingNodes) {
      let id = input.id?.trim() ?? '';
      if (id === '') {
        id = ids.fresh('n');
        this.repair('missing-id-generated', input.where, t('import.builder.nodeNoId', { id }));
      } else if (nodes.has(id)) {
        this.repair(
          'duplicate-node-id',
          input.where,
          t('import.builder.duplicateNode', { id: quote(id), first: firstAt.get(id) ?? '' }),
        );
        continue;
      }
      firstAt.set(id, input.where);
      let label = input.label;
      if (!present(label)) {
        if (labelled)
          this.repair('missing-label', input.where, t('import.builder.noLabel', { id: quote(id) }));
        label = id;
      }
      nodes.set(id, { id, label, attrs: input.attrs });
      const p = input.position;
      if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) positions[id] = { x: p.x, y: p.y };
    }
    return nodes;
  }

  /** A bare edge list names its nodes only as endpoints: they become nodes, in order of use. */
  private addImpliedNodes(nodes: Map<string, ImportedNode>): void {
    if (!this.options.impliedNodes || this.pendingEdges.length === 0) return;
    if (this.pendingNodes.length === 0) this.note(t('import.note.impliedNodes'));
    for (const input of this.pendingEdges)
      for (const end of [input.source, input.target]) {
        const id = end?.trim() ?? '';
        if (id !== '' && !nodes.has(id)) nodes.set(id, { id, label: id, attrs: createAttrs() });
      }
  }

  /**
   * NetworkX writes a multigraph's edge keys as GraphML edge ids: "0", "1"… again for every pair of
   * nodes. An id that repeats only between different pairs is such a key, not a duplicate.
   */
  private keyedIds(nodes: Map<string, ImportedNode>, directed: boolean): boolean {
    const pairsById = new Map<string, string>();
    let repeats = false;
    for (const input of this.pendingEdges) {
      const id = input.id?.trim() ?? '';
      const source = input.source?.trim() ?? '';
      const target = input.target?.trim() ?? '';
      if (id === '' || !nodes.has(source) || !nodes.has(target)) continue;
      const pair = pairKey(id, source, target, directed);
      const first = pairsById.get(id);
      if (first === undefined) pairsById.set(id, pair);
      else if (first === pair)
        return false; // a true duplicate: same id, same pair
      else repeats = true;
    }
    return repeats;
  }

  private settleEdges(nodes: Map<string, ImportedNode>, directed: boolean): ImportedEdge[] {
    this.addImpliedNodes(nodes);
    const explicit = this.pendingEdges.filter((e) => present(e.id));
    // Cytoscape wants one id space for nodes and edges; GEXF and GraphML have one each.
    const ids = new IdSpace(new Set([...nodes.keys(), ...explicit.map((e) => e.id!.trim())]));
    const keyed = this.options.multigraphKeys === true && this.keyedIds(nodes, directed);
    const keyName = keyed ? this.keyAttribute() : '';
    const seen = new Set<string>();
    const seenPairs = new Set<string>();
    const nodeIdNote = new CountedNote();
    const selfLoops = new CountedNote();
    const edges: ImportedEdge[] = [];
    for (const input of this.pendingEdges) {
      const source = input.source?.trim() ?? '';
      const target = input.target?.trim() ?? '';
      const missing = [
        ['source', source],
        ['target', target],
      ].find(([, end]) => end === '' || !nodes.has(end as string));
      if (missing) {
        const [end, id] = missing;
        const source = end === 'source';
        const what =
          id === ''
            ? t(source ? 'import.builder.noSource' : 'import.builder.noTarget')
            : t(source ? 'import.builder.unknownSource' : 'import.builder.unknownTarget', {
                id: quote(id!),
              });
        this.repair('dangling-edge-dropped', input.where, what);
        continue;
      }
      const original = input.id?.trim() ?? '';
      let id = original;
      if (id === '') {
        id = ids.fresh('e');
        if (explicit.length > 0)
          this.repair('missing-id-generated', input.where, t('import.builder.edgeNoId', { id }));
      } else if (seen.has(original)) {
        const pair = pairKey(original, source, target, directed);
        id = ids.fresh(`${original}-`, 2);
        if (!keyed || seenPairs.has(pair))
          this.repair(
            'duplicate-edge-id',
            input.where,
            t('import.builder.duplicateEdge', { original: quote(original), id }),
          );
        seenPairs.add(pair);
      } else if (nodes.has(original)) {
        const plain = `e${original}`;
        id = ids.taken.has(plain) ? ids.fresh(`${plain}-`, 2) : plain;
        ids.taken.add(id);
        if (this.options.sharedIds)
          this.repair(
            'edge-id-of-node',
            input.where,
            t('import.builder.edgeIdOfNode', { original: quote(original), id }),
          );
        else nodeIdNote.add(`"${original}" → "${id}"`);
      }
      if (original !== '' && !seen.has(original)) {
        seen.add(original);
        seenPairs.add(pairKey(original, source, target, directed));
      }
      if (source === target) selfLoops.add(`${input.where} (${quote(source)})`);
      const attrs =
        keyed && original !== '' ? withKey(input.attrs, keyName, original) : input.attrs;
      const edge: ImportedEdge = { id, source, target, attrs };
      if (present(input.label)) edge.label = input.label;
      edges.push(edge);
    }
    if (keyed) this.note(t('import.note.multigraphKeys', { key: keyName }));
    if (nodeIdNote.count > 0 && !keyed)
      this.note(
        t('import.note.edgeIdsOfNodes', {
          count: nodeIdNote.count,
          examples: nodeIdNote.examples.join(', '),
        }),
      );
    // A self-loop is a valid edge (NetworkX, Gephi and GraphML all have them): said, not repaired.
    if (selfLoops.count > 0)
      this.note(
        t('import.note.selfLoops', {
          count: selfLoops.count,
          examples: selfLoops.examples.join(', '),
        }),
      );
    return edges;
  }

  /** The attribute that keeps a multigraph's keys: "key", or another name when that one is used. */
  private keyAttribute(): string {
    let name = 'key';
    for (let n = 2; this.declared.edges.has(name); n++) name = `key ${n}`;
    this.declare('edges', name, 'string');
    return name;
  }
}

/** An edge's id with its pair of ends (in either order when undirected). */
function pairKey(id: string, source: string, target: string, directed: boolean): string {
  const [a, b] = directed || source <= target ? [source, target] : [target, source];
  return `${id}\u0000${a}\u0000${b}`;
}

function withKey(attrs: Attrs, name: string, key: string): Attrs {
  const out = createAttrs(Object.entries(attrs));
  out[name] = key;
  return out;
}

/** The columns a writer declares: the known ones, then any name only found in the values. */
export function columnsFor(
  items: readonly { attrs: Attrs }[],
  known: readonly AttributeInfo[],
): { name: string; type: AttributeType }[] {
  const declared = new Map(known.map((a) => [a.name, a.type] as const));
  return describeAttributes(items, declared).map(({ name, type }) => ({ name, type }));
}

const valueKey = (v: string | number | boolean) => `${typeof v}:${String(v)}`;

/** Describes each attribute column: its type (declared, else inferred), distinct values, categorical. */
export function describeAttributes(
  items: readonly { attrs: Attrs }[],
  declared: ReadonlyMap<string, AttributeType> = new Map(),
): AttributeInfo[] {
  const values = new Map<string, (string | number | boolean)[]>();
  for (const name of declared.keys()) values.set(name, []);
  for (const item of items)
    for (const [name, v] of Object.entries(item.attrs)) {
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      if (v !== null) list.push(v);
    }
  return [...values].map(([name, list]) => {
    const type =
      declared.get(name) ??
      (list.length > 0 && list.every((v) => typeof v === 'number')
        ? 'number'
        : list.length > 0 && list.every((v) => typeof v === 'boolean')
          ? 'boolean'
          : 'string');
    const distinct = new Set(list.map(valueKey)).size;
    const discrete = type !== 'number' || list.every((v) => Number.isInteger(v));
    const categorical =
      discrete && distinct >= 2 && distinct <= MAX_CATEGORIES && list.length > distinct;
    return { name, type, distinct, categorical };
  });
}
