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

// Why not graphology-graphml: it has no writer, throws at the first dangling edge or duplicate id,
// reads a yEd <data> holding graphics as one long text, keys plain objects by names from the file,
// and its XML layer (@xmldom/xmldom) is ~15× slower than saxes on large files (see xml.ts).

const FORMAT = 'GraphML';

interface Column {
  id: string;
  name: string;
  type: AttributeType;
  fallback?: AttrValue;
  /** yEd's graphics keys (`nodegraphics`, `edgegraphics`…) hold drawings, not values. */
  yfiles?: string;
}

type Of = 'node' | 'edge';

function readKeys(root: Element, of: Of): Map<string, Column> {
  const keys = new Map<string, Column>();
  for (const el of childElements(root, 'key')) {
    const id = attr(el, 'id');
    const domain = attr(el, 'for') ?? 'all';
    if (id === null || (domain !== of && domain !== 'all')) continue;
    const column: Column = {
      id,
      name: attr(el, 'attr.name') || id,
      type: attributeTypeOf(attr(el, 'attr.type')),
    };
    const yfiles = attr(el, 'yfiles.type');
    if (yfiles !== null) column.yfiles = yfiles;
    const fallbackEl = firstChild(el, 'default');
    const fallback = fallbackEl && readTyped(ownText(fallbackEl), column.type);
    if (fallback !== undefined && typeof fallback !== 'symbol') column.fallback = fallback;
    keys.set(id, column);
  }
  return keys;
}

/** The key whose attribute name is the first of `names` found (case-insensitive). */
function keyNamed(keys: Map<string, Column>, names: string[], type?: AttributeType) {
  for (const name of names)
    for (const c of keys.values())
      if (!c.yfiles && c.name.toLowerCase() === name && (!type || c.type === type)) return c.id;
  return undefined;
}

/** yEd draws labels and geometry inside `<data>`: `y:NodeLabel`, `y:Geometry` (top-left corner). */
function readYed(data: Element) {
  const labelEl = descendants(data, 'NodeLabel')[0] ?? descendants(data, 'EdgeLabel')[0];
  const label = labelEl ? ownText(labelEl).trim() : undefined;
  const geometry = descendants(data, 'Geometry')[0];
  const n = (name: string) => readNumber(geometry && attr(geometry, name));
  const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
  const position =
    typeof x === 'number' && typeof y === 'number'
      ? { x: x + (typeof w === 'number' ? w / 2 : 0), y: y + (typeof h === 'number' ? h / 2 : 0) }
      : undefined;
  return { label, position };
}

interface Special {
  label: string | undefined;
  x: string | undefined;
  y: string | undefined;
}

/** The keys read as the label and the position rather than as attributes. */
function specialKeys(keys: Map<string, Column>, of: Of): Special {
  if (of === 'edge') return { label: keyNamed(keys, ['label']), x: undefined, y: undefined };
  return {
    label: keyNamed(keys, ['label', 'name']),
    x: keyNamed(keys, ['x'], 'number'),
    y: keyNamed(keys, ['y'], 'number'),
  };
}

/** What every element of one kind reads alike, worked out once rather than per element. */
interface Reading {
  keys: Map<string, Column>;
  special: Special;
  /** Keys with a default that are read as attributes. */
  defaults: Column[];
}

function readingOf(keys: Map<string, Column>, of: Of): Reading {
  const special = specialKeys(keys, of);
  const defaults = [...keys.values()].filter(
    (c) =>
      c.fallback !== undefined &&
      !c.yfiles &&
      c.id !== special.label &&
      c.id !== special.x &&
      c.id !== special.y,
  );
  return { keys, special, defaults };
}

function readElement(el: Element, of: Of, reading: Reading, b: GraphBuilder) {
  const { keys, defaults } = reading;
  const { label: labelKey, x: xKey, y: yKey } = reading.special;
  const attrs = createAttrs();
  const special = new Map<string, string>();
  let yed: ReturnType<typeof readYed> | undefined;
  for (const data of childElements(el, 'data')) {
    const key = attr(data, 'key') ?? '';
    let column = keys.get(key);
    if (!column) {
      b.repair(
        'undeclared-attribute',
        describeElement(data),
        t('import.graphml.undeclared', { key: quote(key) }),
      );
      keys.set(key, (column = { id: key, name: key, type: 'string' }));
      b.declare(`${of}s`, key, 'string');
    }
    if (column.yfiles !== undefined) {
      if (column.yfiles === `${of}graphics`) yed ??= readYed(data);
      continue;
    }
    const raw = ownText(data);
    if (key === labelKey || key === xKey || key === yKey) {
      special.set(key, raw);
      continue;
    }
    attrs[column.name] = readReported(
      raw,
      column.type,
      (kind, message) => b.repair(kind, describeElement(data), message),
      column.name,
    );
  }
  for (const c of defaults) if (!(c.name in attrs)) attrs[c.name] = c.fallback ?? null;
  const x = xKey !== undefined ? readNumber(special.get(xKey)) : undefined;
  const y = yKey !== undefined ? readNumber(special.get(yKey)) : undefined;
  const position = typeof x === 'number' && typeof y === 'number' ? { x, y } : yed?.position;
  const label = (labelKey !== undefined ? special.get(labelKey) : undefined) ?? yed?.label;
  return { attrs, label, position };
}

/** Reads GraphML as yEd, NetworkX, igraph and Gephi write it: keys, typed data, labels, positions. */
export function parseGraphml(text: string, b: GraphBuilder): ImportedGraph {
  const root = parseXml(text, FORMAT);
  if (root.localName !== 'graphml')
    throw new ImportError(FORMAT, t('import.graphml.root', { tag: root.tagName }));
  const graphEl = firstChild(root, 'graph');
  if (!graphEl) throw new ImportError(FORMAT, t('import.graphml.noGraph'));
  const keys = { node: readKeys(root, 'node'), edge: readKeys(root, 'edge') };
  for (const of of ['node', 'edge'] as const) {
    const special: (string | undefined)[] = Object.values(specialKeys(keys[of], of));
    for (const c of keys[of].values())
      if (!c.yfiles && !special.includes(c.id)) b.declare(`${of}s`, c.name, c.type);
  }
  if (descendants(graphEl, 'hyperedge').length > 0) b.note(t('import.graphml.hyperedges'));
  const nodeReading = readingOf(keys.node, 'node');
  const edgeReading = readingOf(keys.edge, 'edge');
  for (const el of descendants(graphEl, 'node')) {
    const { attrs, label, position } = readElement(el, 'node', nodeReading, b);
    b.node({ id: attr(el, 'id'), label, attrs, position, where: describeElement(el) });
  }
  for (const el of descendants(graphEl, 'edge')) {
    const { attrs, label } = readElement(el, 'edge', edgeReading, b);
    const where = describeElement(el);
    b.edge({
      id: attr(el, 'id'),
      source: attr(el, 'source'),
      target: attr(el, 'target'),
      label,
      attrs,
      where,
    });
  }
  return b.finish(attr(graphEl, 'edgedefault') !== 'undirected');
}

export { writeGraphml } from './graphmlWrite';
