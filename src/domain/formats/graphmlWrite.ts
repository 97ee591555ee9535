import { columnsFor } from './builder';
import type { AttrValue, ImportedGraph } from './model';
import { declaredType, valueText } from './values';
import { xmlAttr, xmlText } from './xmlWrite';

type Of = 'node' | 'edge';

const key = (id: string, of: Of, name: string, type: string) =>
  `  <key id="${id}" for="${of}" attr.name="${xmlAttr(name)}" attr.type="${type}"/>`;

function dataLines(attrs: Record<string, AttrValue>, columns: { name: string }[], prefix: string) {
  const lines: string[] = [];
  columns.forEach((c, i) => {
    const v = Object.hasOwn(attrs, c.name) ? attrs[c.name] : null;
    if (v !== null && v !== undefined)
      lines.push(`      <data key="${prefix}${i}">${xmlText(valueText(v))}</data>`);
  });
  return lines;
}

/** Writes GraphML with typed keys: node label and x/y, edge label, every attribute column. */
export function writeGraphml(graph: ImportedGraph): string {
  const nodeColumns = columnsFor(graph.nodes, graph.attributes.nodes);
  const edgeColumns = columnsFor(graph.edges, graph.attributes.edges);
  const placed = Object.keys(graph.positions).length > 0;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('label', 'node', 'label', 'string'),
    ...(placed ? [key('x', 'node', 'x', 'double'), key('y', 'node', 'y', 'double')] : []),
    ...nodeColumns.map((c, i) => key(`n${i}`, 'node', c.name, declaredType(c.type))),
    key('edgelabel', 'edge', 'label', 'string'),
    ...edgeColumns.map((c, i) => key(`e${i}`, 'edge', c.name, declaredType(c.type))),
    `  <graph id="G" edgedefault="${graph.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xmlAttr(n.id)}">`,
      `      <data key="label">${xmlText(n.label)}</data>`,
    );
    const p = Object.hasOwn(graph.positions, n.id) ? graph.positions[n.id] : undefined;
    if (p) out.push(`      <data key="x">${p.x}</data>`, `      <data key="y">${p.y}</data>`);
    out.push(...dataLines(n.attrs, nodeColumns, 'n'), '    </node>');
  }
  for (const e of graph.edges) {
    const head = `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}"`;
    const lines = [
      ...(e.label === undefined ? [] : [`      <data key="edgelabel">${xmlText(e.label)}</data>`]),
      ...dataLines(e.attrs, edgeColumns, 'e'),
    ];
    out.push(...(lines.length ? [`${head}>`, ...lines, '    </edge>'] : [`${head}/>`]));
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
