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

/** At most this many repairs of one kind are listed one by one; the rest are counted. */
const LISTED_PER_KIND = 50;
/** An attribute with at most this many distinct values can act as a category (like the spheres). */
export const MAX_CATEGORIES = 12;

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

/** A fresh id `${prefix}${n}` not in `taken`, which it joins. */
function freshId(prefix: string, taken: Set<string>, start: number): string {
  let n = start;
  while (taken.has(`${prefix}${n}`)) n++;
  const id = `${prefix}${n}`;
  taken.add(id);
  return id;
}

/**
 * Collects what a parser reads, then settles ids, labels and endpoints in `finish`, recording each
 * change as a Repair with the place it was made. Shared by every format so they repair alike.
 */
export class GraphBuilder {
  readonly repairs: Repair[] = [];
  readonly notes: string[] = [];
  private readonly counts = new Map<RepairKind, number>();
  private readonly pendingNodes: NodeInput[] = [];
  private readonly pendingEdges: EdgeInput[] = [];
  private readonly declared = {
    nodes: new Map<string, AttributeType>(),
    edges: new Map<string, AttributeType>(),
  };

  /** `impliedNodes`: endpoints missing from the node list become nodes (a bare edge list). */
  constructor(private readonly options: { impliedNodes?: boolean } = {}) {}

  repair(kind: RepairKind, where: string, message: string): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count <= LISTED_PER_KIND) this.repairs.push({ kind, where, message });
  }

  note(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message);
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
    const edges = this.settleEdges(nodes);
    for (const [kind, count] of this.counts)
      if (count > LISTED_PER_KIND)
        this.repairs.push({
          kind,
          where: 'elsewhere',
          message: `and ${count - LISTED_PER_KIND} more like these`,
        });
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
    const taken = new Set(this.pendingNodes.map((n) => n.id?.trim() ?? '').filter(Boolean));
    const labelled = this.pendingNodes.some((n) => present(n.label));
    if (!labelled && this.pendingNodes.length > 0)
      this.note('The file gives no node labels: node ids are shown as labels.');
    let generated = 0;
    for (const input of this.pendingNodes) {
      let id = input.id?.trim() ?? '';
      if (id === '') {
        id = freshId('n', taken, ++generated);
        this.repair('missing-id-generated', input.where, `node has no id: given id "${id}"`);
      } else if (nodes.has(id)) {
        this.repair(
          'duplicate-node-id',
          input.where,
          `duplicate node id ${quote(id)}: kept the first (${firstAt.get(id)}), dropped this one`,
        );
        continue;
      }
      firstAt.set(id, input.where);
      let label = input.label;
      if (!present(label)) {
        if (labelled)
          this.repair(
            'missing-label',
            input.where,
            `node ${quote(id)} has no label: its id is used`,
          );
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
    if (this.pendingNodes.length === 0)
      this.note('No node list: nodes were taken from the edges, with their ids as labels.');
    for (const input of this.pendingEdges)
      for (const end of [input.source, input.target]) {
        const id = end?.trim() ?? '';
        if (id !== '' && !nodes.has(id)) nodes.set(id, { id, label: id, attrs: createAttrs() });
      }
  }

  private settleEdges(nodes: Map<string, ImportedNode>): ImportedEdge[] {
    this.addImpliedNodes(nodes);
    const explicit = this.pendingEdges.filter((e) => present(e.id));
    // Cytoscape wants one id space for nodes and edges; GEXF and GraphML have one each.
    const taken = new Set([...nodes.keys(), ...explicit.map((e) => (e.id as string).trim())]);
    const used = new Set<string>();
    const edges: ImportedEdge[] = [];
    let generated = 0;
    for (const input of this.pendingEdges) {
      const source = input.source?.trim() ?? '';
      const target = input.target?.trim() ?? '';
      const missing = [
        ['source', source],
        ['target', target],
      ].find(([, end]) => end === '' || !nodes.has(end as string));
      if (missing) {
        const [end, id] = missing;
        const what = id === '' ? `has no ${end}` : `points to unknown ${end} node ${quote(id!)}`;
        this.repair('dangling-edge-dropped', input.where, `edge ${what}: dropped`);
        continue;
      }
      let id = input.id?.trim() ?? '';
      if (id === '') {
        id = freshId('e', taken, ++generated);
        if (explicit.length > 0)
          this.repair('missing-id-generated', input.where, `edge has no id: given id "${id}"`);
      } else if (used.has(id)) {
        const renamed = freshId(`${id}-`, taken, 2);
        this.repair(
          'duplicate-edge-id',
          input.where,
          `duplicate edge id ${quote(id)}: renamed "${renamed}"`,
        );
        id = renamed;
      } else if (nodes.has(id)) {
        const renamed = taken.has(`e${id}`) ? freshId(`e${id}-`, taken, 2) : `e${id}`;
        taken.add(renamed);
        this.note(
          `Some edges had the id of a node (e.g. "${id}"): they were given ids of their own (e.g. "${renamed}").`,
        );
        id = renamed;
      }
      used.add(id);
      if (source === target)
        this.repair(
          'self-loop-kept',
          input.where,
          `edge ${quote(id)} connects ${quote(source)} to itself: kept`,
        );
      const edge: ImportedEdge = { id, source, target, attrs: input.attrs };
      if (present(input.label)) edge.label = input.label;
      edges.push(edge);
    }
    return edges;
  }
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
