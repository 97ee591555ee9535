import { columnsFor, GraphBuilder } from './builder';
import { ImportError, quote } from './errors';
import { createAttrs, type AttrValue, type AttributeType, type ImportedGraph } from './model';
import {
  attributeTypeOf,
  declaredType,
  readNumber,
  readReported,
  readTyped,
  valueText,
} from './values';
import {
  attr,
  childElements,
  descendants,
  describeElement,
  firstChild,
  ownText,
  parseXml,
  xmlAttr,
  type Element,
} from './xml';

// Why not graphology-gexf: it throws at the first dangling edge or duplicate id (no repairs, no
// line), stores attribute names from the file as keys of plain objects, needs a graphology Graph,
// and its XML layer (@xmldom/xmldom) is ~15× slower than saxes on large files (see xml.ts).

const FORMAT = 'GEXF';

interface Column {
  name: string;
  type: AttributeType;
  fallback?: AttrValue;
}

function readModel(graphEl: Element, of: 'node' | 'edge', b: GraphBuilder): Map<string, Column> {
  const model = new Map<string, Column>();
  for (const group of childElements(graphEl, 'attributes')) {
    if ((attr(group, 'class') ?? 'node') !== of) continue;
    if (attr(group, 'mode') === 'dynamic')
      b.note('Dynamic attributes: time spells are ignored, the first value is kept.');
    for (const el of childElements(group, 'attribute')) {
      const id = attr(el, 'id');
      if (id === null) continue;
      const column: Column = {
        name: attr(el, 'title') || id,
        type: attributeTypeOf(attr(el, 'type')),
      };
      const fallbackEl = firstChild(el, 'default');
      const fallback = fallbackEl && readTyped(ownText(fallbackEl), column.type);
      if (fallback !== undefined && typeof fallback !== 'symbol') column.fallback = fallback;
      model.set(id, column);
      b.declare(`${of}s`, column.name, column.type);
    }
  }
  return model;
}

function readAttvalues(
  el: Element,
  model: Map<string, Column>,
  defaults: readonly Column[],
  of: 'node' | 'edge',
  b: GraphBuilder,
) {
  const attrs = createAttrs();
  const container = firstChild(el, 'attvalues');
  for (const av of container ? childElements(container, 'attvalue') : []) {
    const key = attr(av, 'for') ?? attr(av, 'id') ?? '';
    let column = model.get(key);
    if (!column) {
      b.repair(
        'undeclared-attribute',
        describeElement(av),
        `attribute ${quote(key)} is not declared in <attributes>: read as text`,
      );
      model.set(key, (column = { name: key, type: 'string' }));
      b.declare(`${of}s`, key, 'string');
    }
    if (column.name in attrs) continue; // a later spell of a dynamic attribute
    const raw = attr(av, 'value') ?? '';
    attrs[column.name] = readReported(
      raw,
      column.type,
      (kind, message) => b.repair(kind, describeElement(av), message),
      column.name,
    );
  }
  for (const column of defaults)
    if (!(column.name in attrs)) attrs[column.name] = column.fallback ?? null;
  return attrs;
}

/** GEXF's y axis points up (as Gephi draws it); ours points down. `0 - y` also avoids -0. */
function readPosition(el: Element) {
  const viz = firstChild(el, 'position');
  const x = viz && readNumber(attr(viz, 'x'));
  const y = viz && readNumber(attr(viz, 'y'));
  return typeof x === 'number' && typeof y === 'number' ? { x, y: 0 - y } : null;
}

/** Reads GEXF 1.1–1.3 (Gephi): nodes, edges, typed attributes with defaults, viz positions. */
export function parseGexf(text: string, b: GraphBuilder): ImportedGraph {
  const root = parseXml(text, FORMAT);
  if (root.localName !== 'gexf')
    throw new ImportError(FORMAT, `the root element is <${root.tagName}>, not <gexf>`);
  const graphEl = firstChild(root, 'graph');
  if (!graphEl) throw new ImportError(FORMAT, 'no <graph> element inside <gexf>');
  if (attr(graphEl, 'mode') === 'dynamic')
    b.note('Dynamic GEXF: time spells are ignored, the first value of each attribute is kept.');
  const nodeModel = readModel(graphEl, 'node', b);
  const edgeModel = readModel(graphEl, 'edge', b);
  // Columns with a default, listed once: the loop below visits them for every element.
  const nodeDefaults = [...nodeModel.values()].filter((c) => c.fallback !== undefined);
  const edgeDefaults = [...edgeModel.values()].filter((c) => c.fallback !== undefined);
  for (const el of descendants(graphEl, 'node'))
    b.node({
      id: attr(el, 'id'),
      label: attr(el, 'label'),
      attrs: readAttvalues(el, nodeModel, nodeDefaults, 'node', b),
      where: describeElement(el),
      position: readPosition(el),
    });
  const defaultType = attr(graphEl, 'defaultedgetype') ?? 'undirected';
  const directed = defaultType === 'directed';
  let mixed = false;
  for (const el of descendants(graphEl, 'edge')) {
    const attrs = readAttvalues(el, edgeModel, edgeDefaults, 'edge', b);
    const rawWeight = attr(el, 'weight');
    if (rawWeight !== null) {
      b.declare('edges', 'weight', 'number');
      attrs.weight = readReported(
        rawWeight,
        'number',
        (kind, message) => b.repair(kind, describeElement(el), message),
        'weight',
      );
    }
    mixed ||= (attr(el, 'type') ?? defaultType) !== defaultType;
    b.edge({
      id: attr(el, 'id'),
      source: attr(el, 'source'),
      target: attr(el, 'target'),
      label: attr(el, 'label'),
      attrs,
      where: describeElement(el),
    });
  }
  if (mixed) b.note(`Some edges are not ${defaultType}: all edges are read as ${defaultType}.`);
  return b.finish(directed);
}

function attvalues(
  attrs: Record<string, AttrValue>,
  columns: { name: string }[],
  indent: string,
): string[] {
  const lines: string[] = [];
  columns.forEach((c, i) => {
    const v = Object.hasOwn(attrs, c.name) ? attrs[c.name] : null;
    if (v !== null && v !== undefined)
      lines.push(`${indent}  <attvalue for="${i}" value="${xmlAttr(valueText(v))}"/>`);
  });
  return lines.length ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

/**
 * NetworkX keeps a multigraph's edge keys in GEXF as the attribute "networkx_key" (and its reader
 * fails on an edge attribute called "key"): the keys read from GraphML are written under that name.
 */
const gexfTitle = (of: 'node' | 'edge', name: string) =>
  of === 'edge' && name === 'key' ? 'networkx_key' : name;

function declarations(of: 'node' | 'edge', columns: { name: string; type: AttributeType }[]) {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${of}" mode="static">`,
    ...columns.map(
      (c, i) =>
        `      <attribute id="${i}" title="${xmlAttr(gexfTitle(of, c.name))}" type="${declaredType(c.type)}"/>`,
    ),
    '    </attributes>',
  ];
}

/**
 * Each node's colour as Gephi shows it, its first category's, when the graph comes with its map's
 * categories (a map of one's own); none otherwise.
 */
function nodeColours(graph: ImportedGraph): Map<string, [number, number, number]> {
  const colours = new Map<string, [number, number, number]>();
  const categories = graph.map?.categories;
  if (!categories || !graph.silkgraph) return colours;
  const byId = new Map(categories.map((c) => [c.id, c.colour]));
  for (const n of graph.silkgraph.nodes) {
    const hex = byId.get(n.domains[0] ?? '');
    if (hex && /^#[0-9a-f]{6}$/i.test(hex))
      colours.set(
        n.id,
        [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number],
      );
  }
  return colours;
}

/** Writes GEXF 1.3 as Gephi reads it: typed attributes, labels, weights and viz positions. */
export function writeGexf(graph: ImportedGraph): string {
  const nodeColumns = columnsFor(graph.nodes, graph.attributes.nodes);
  const weighted = graph.edges.every(
    (e) => !Object.hasOwn(e.attrs, 'weight') || typeof e.attrs.weight === 'number',
  );
  const edgeColumns = columnsFor(graph.edges, graph.attributes.edges).filter(
    (c) => !(weighted && c.name === 'weight'),
  );
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>Silkgraph</creator>',
    '  </meta>',
    `  <graph defaultedgetype="${graph.directed ? 'directed' : 'undirected'}" mode="static">`,
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
  ];
  const colourOf = nodeColours(graph);
  for (const n of graph.nodes) {
    out.push(`      <node id="${xmlAttr(n.id)}" label="${xmlAttr(n.label)}">`);
    out.push(...attvalues(n.attrs, nodeColumns, '        '));
    const rgb = colourOf.get(n.id);
    if (rgb) out.push(`        <viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
    const p = Object.hasOwn(graph.positions, n.id) ? graph.positions[n.id] : undefined;
    if (p) out.push(`        <viz:position x="${p.x}" y="${0 - p.y}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    const label = e.label === undefined ? '' : ` label="${xmlAttr(e.label)}"`;
    const w = weighted && typeof e.attrs.weight === 'number' ? ` weight="${e.attrs.weight}"` : '';
    const head = `      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}"${label}${w}`;
    const values = attvalues(e.attrs, edgeColumns, '        ');
    out.push(...(values.length ? [`${head}>`, ...values, '      </edge>'] : [`${head}/>`]));
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
