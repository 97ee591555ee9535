import { columnsFor } from './builder';
import type { AttrValue, AttributeType, ImportedGraph } from './model';
import { declaredType, valueText } from './values';
import { xmlAttr } from './xmlWrite';

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
