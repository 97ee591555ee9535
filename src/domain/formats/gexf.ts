import { t } from '../../i18n/core';
import { GraphBuilder } from './builder';
import { ImportError, quote } from './errors';
import { createAttrs, type AttrValue, type AttributeType, type ImportedGraph } from './model';
import { attributeTypeOf, readNumber, readReported, readTyped } from './values';
import {
  attr,
  childElements,
  descendants,
  describeElement,
  firstChild,
  ownText,
  parseXml,
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
    if (attr(group, 'mode') === 'dynamic') b.note(t('import.gexf.dynamicAttributes'));
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
        t('import.gexf.undeclared', { key: quote(key) }),
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
    throw new ImportError(FORMAT, t('import.gexf.root', { tag: root.tagName }));
  const graphEl = firstChild(root, 'graph');
  if (!graphEl) throw new ImportError(FORMAT, t('import.gexf.noGraph'));
  if (attr(graphEl, 'mode') === 'dynamic') b.note(t('import.gexf.dynamic'));
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
  if (mixed) b.note(t(directed ? 'import.gexf.mixedDirected' : 'import.gexf.mixedUndirected'));
  return b.finish(directed);
}

export { writeGexf } from './gexfWrite';
