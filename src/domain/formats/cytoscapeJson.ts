import { t } from '../../i18n/core';
import type { GraphBuilder } from './builder';
import { ImportError, quote } from './errors';
import { NON_FINITE_JSON } from './jsonText';
import { createAttrs, type AttrValue, type Attrs, type ImportedGraph } from './model';

const FORMAT = 'Cytoscape JSON';
/** Bookkeeping Cytoscape desktop adds to every element; not the user's data. */
const BOOKKEEPING = new Set(['SUID', 'selected', 'shared_name', 'shared_interaction']);

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An id or endpoint: strings as they are, numbers as text (NetworkX and hand-written files). */
function idText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
}

function labelText(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

/** Lists and objects nested deeper than this are not read (JSON.stringify would overflow the stack). */
export const MAX_VALUE_DEPTH = 64;

/** True when a list or object holds others more than `max` levels deep; iterative, one pass at most. */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Object.values(v as object))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

type Report = (kind: 'invalid-value' | 'number-not-finite', message: string) => void;

/** Scalars stay as they are; lists and objects (Cytoscape list columns) become JSON text. */
function attrValue(name: string, v: unknown, report: Report): AttrValue {
  if (typeof v === 'string' && NON_FINITE_JSON.has(v)) {
    report(
      'number-not-finite',
      t('import.cytoscape.notFinite', { value: v.slice(1), name: quote(name) }),
    );
    return null;
  }
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v !== 'object') return null;
  if (deeperThan(v, MAX_VALUE_DEPTH)) {
    report(
      'invalid-value',
      t('import.cytoscape.nested', { name: quote(name), depth: MAX_VALUE_DEPTH }),
    );
    return null;
  }
  return JSON.stringify(v, (_, x: unknown) =>
    typeof x === 'string' && NON_FINITE_JSON.has(x) ? null : x,
  );
}

function attrsOf(data: Json, consumed: readonly string[], where: string, b: GraphBuilder): Attrs {
  const attrs = createAttrs();
  const report: Report = (kind, message) => b.repair(kind, where, message);
  for (const [k, v] of Object.entries(data))
    if (!consumed.includes(k) && !BOOKKEEPING.has(k)) attrs[k] = attrValue(k, v, report);
  return attrs;
}

/** The element's `data`, or the element itself in node-link JSON (NetworkX, D3), where it is flat. */
function dataOf(el: unknown): Json {
  if (!isRecord(el)) return {};
  if (isRecord(el.data)) return el.data;
  if (el.data !== undefined) return {};
  const flat = { ...el };
  delete flat.position;
  return flat;
}

function isEdge(el: unknown): boolean {
  if (isRecord(el) && (el.group === 'edges' || el.group === 'nodes')) return el.group === 'edges';
  const data = dataOf(el);
  return data.source !== undefined && data.target !== undefined;
}

function readPosition(el: unknown) {
  const p = isRecord(el) ? el.position : undefined;
  return isRecord(p) && typeof p.x === 'number' && typeof p.y === 'number'
    ? { x: p.x, y: p.y }
    : null;
}

function readNode(el: unknown, where: string, b: GraphBuilder): void {
  const data = dataOf(el);
  const labelKey = typeof data.label === 'string' ? 'label' : 'name';
  const id = idText(data.id) ?? idText(data.value);
  const label = labelText(data[labelKey]);
  // NetworkX and Cytoscape desktop repeat the id as `value` and the label as `name`: not attributes.
  const consumed = ['id', labelKey];
  if (id !== null && idText(data.value) === id) consumed.push('value');
  if (labelText(data.name) === label) consumed.push('name');
  b.node({
    id,
    label,
    attrs: attrsOf(data, consumed, where, b),
    where,
    position: readPosition(el),
  });
}

function readEdge(el: unknown, where: string, b: GraphBuilder, multigraph: boolean): void {
  const data = dataOf(el);
  const labelKey = typeof data.label === 'string' ? 'label' : 'interaction';
  // A multigraph's numeric keys (0, 1, … per pair, as NetworkX and this app write them) only tell
  // parallel edges apart; named keys are the user's and stay.
  const consumed = ['id', 'source', 'target', labelKey];
  if (multigraph && Number.isInteger(data.key)) consumed.push('key');
  b.edge({
    id: idText(data.id),
    source: idText(data.source),
    target: idText(data.target),
    label: labelText(data[labelKey]),
    attrs: attrsOf(data, consumed, where, b),
    where,
  });
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ImportError(FORMAT, t('import.cytoscape.list'), { where });
  return value;
}

/**
 * Reads Cytoscape JSON: `elements` as a list (cy.elements().jsons()) or as `{nodes, edges}`
 * (Cytoscape desktop .cyjs, cy.json(), NetworkX cytoscape_data), each `{data, position?}`; also
 * node-link JSON (`nodes` with `edges` or `links`, as NetworkX node_link_data and D3 write it).
 */
export function parseCytoscapeJson(value: unknown, b: GraphBuilder): ImportedGraph {
  const root: Json = Array.isArray(value) ? { elements: value } : isRecord(value) ? value : {};
  const elements = root.elements;
  const multigraph = root.multigraph === true;
  if (Array.isArray(elements)) {
    elements.forEach((el, i) => {
      if (isEdge(el)) readEdge(el, `elements[${i}]`, b, multigraph);
      else readNode(el, `elements[${i}]`, b);
    });
  } else if (isRecord(elements) || elements === undefined) {
    const from = isRecord(elements) ? elements : root;
    const edgeKey = from.edges === undefined && from.links !== undefined ? 'links' : 'edges';
    const prefix = isRecord(elements) ? 'elements.' : '';
    if (!isRecord(elements)) b.note(t('import.cytoscape.nodeLink'));
    list(from.nodes, `${prefix}nodes`).forEach((el, i) => readNode(el, `${prefix}nodes[${i}]`, b));
    list(from[edgeKey], `${prefix}${edgeKey}`).forEach((el, i) =>
      readEdge(el, `${prefix}${edgeKey}[${i}]`, b, multigraph),
    );
  } else {
    throw new ImportError(FORMAT, t('import.cytoscape.elements'));
  }
  return b.finish(root.directed !== false);
}

function dataWith(core: [string, AttrValue][], attrs: Attrs): Attrs {
  const data = createAttrs(core);
  for (const [k, v] of Object.entries(attrs)) if (!Object.hasOwn(data, k)) data[k] = v;
  return data;
}

/** Each edge's key among the edges of its pair of nodes (0, 1, …), as a NetworkX multigraph keys them. */
function multigraphKeys(graph: ImportedGraph): number[] | null {
  const seen = new Map<string, number>();
  let parallel = false;
  const keys = graph.edges.map((e) => {
    const [a, b] =
      graph.directed || e.source <= e.target ? [e.source, e.target] : [e.target, e.source];
    const pair = `${a}\u0000${b}`;
    const key = seen.get(pair) ?? 0;
    seen.set(pair, key + 1);
    if (key > 0) parallel = true;
    return key;
  });
  return parallel ? keys : null;
}

/**
 * Writes Cytoscape JSON that cytoscape.js, Cytoscape desktop and NetworkX's `cytoscape_graph` all
 * read: a top-level `data` (the graph's attributes), each node's id also as `value` (NetworkX's
 * node) and its label also as `name` (what Cytoscape desktop shows), `multigraph` with each
 * parallel edge's `key`, and positions.
 */
export function writeCytoscapeJson(graph: ImportedGraph): string {
  const nodes = graph.nodes.map((n) => {
    const position = Object.hasOwn(graph.positions, n.id) ? graph.positions[n.id] : undefined;
    // A node's own "value" or "name" attribute is data: it is written, not NetworkX's copies.
    const data = dataWith(
      [
        ['id', n.id],
        ...(Object.hasOwn(n.attrs, 'value') ? [] : [['value', n.id] as [string, string]]),
        ...(Object.hasOwn(n.attrs, 'name') ? [] : [['name', n.label] as [string, string]]),
        ['label', n.label],
      ],
      n.attrs,
    );
    return position ? { data, position: { x: position.x, y: position.y } } : { data };
  });
  const keys = multigraphKeys(graph);
  const edges = graph.edges.map((e, i) => ({
    data: dataWith(
      [
        ['id', e.id],
        ['source', e.source],
        ['target', e.target],
        ...(e.label === undefined ? [] : [['label', e.label] as [string, string]]),
        ...(keys && !Object.hasOwn(e.attrs, 'key') ? [['key', keys[i]!] as [string, number]] : []),
      ],
      e.attrs,
    ),
  }));
  const doc = {
    format_version: '1.0',
    generated_by: 'Silkgraph',
    target_cytoscapejs_version: '~3.3',
    data: { name: graph.article?.title ?? '' },
    directed: graph.directed,
    multigraph: keys !== null,
    elements: { nodes, edges },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
