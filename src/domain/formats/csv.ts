import Papa from 'papaparse';
import { columnsFor, GraphBuilder } from './builder';
import { t } from '../../i18n/core';
import { ImportError, listNames } from './errors';
import { createAttrs, type AttributeType, type Attrs, type ImportedGraph } from './model';
import { inferType, readNumber, readReported, valueText } from './values';

const FORMAT = 'CSV';

const SYNONYMS = {
  source: ['source', 'from', 'src', 'sourceid', 'sourcenode', 'node1', 'fromid'],
  target: ['target', 'to', 'dst', 'targetid', 'targetnode', 'node2', 'toid'],
  edgeId: ['id', 'edgeid'],
  nodeId: ['id', 'nodeid', 'node', 'key'],
  label: ['label', 'name', 'title'],
};

const normal = (header: string) => header.toLowerCase().replace(/[\s_-]/g, '');
const find = (headers: readonly string[], names: readonly string[]) => {
  for (const name of names) {
    const i = headers.findIndex((h) => normal(h) === name);
    if (i !== -1) return i;
  }
  return -1;
};

/** Picks the delimiter that splits the header line into the most cells (quotes respected). */
export function sniffDelimiter(text: string): ',' | ';' | '\t' | '|' {
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t', '|'] as const).map(
    (d) => [d, unquoted.split(d).length] as const,
  );
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Cells a spreadsheet would run as formulas; the writer prefixes them with a quote. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** Reads back a cell the writer protected (`'=…` is `=…`, `''=…` is `'=…`). */
const unescape = (cell: string) =>
  cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;

interface Table {
  headers: string[];
  rows: { cells: string[]; where: string }[];
}

/** Line breaks in text[from, to): CRLF, LF or a lone CR each count once. */
function breaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

function readTable(text: string, file: string, b: GraphBuilder): Table {
  // The header's line end is the file's; quoted cells keep theirs as written.
  const newline = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const rows: Table['rows'] = [];
  let headers: string[] | undefined;
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: sniffDelimiter(text),
    newline: newline as '\n',
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = cursor;
      while (text[start] === '\n' || text[start] === '\r') start++;
      line += breaks(text, cursor, start);
      const where = t('import.where.fileLine', { file, line });
      line += breaks(text, start, result.meta.cursor);
      cursor = result.meta.cursor;
      if (result.errors.some((e) => e.type === 'Quotes'))
        throw new ImportError(FORMAT, t('import.csv.unclosed'), { where });
      const cells = result.data.map(unescape);
      // A CRLF row in a file of LF rows leaves its CR on the last cell (a quoted CR ends in '"').
      const end = text[cursor - 1] === '\n' ? cursor - 1 : cursor;
      const last = cells.length - 1;
      if (newline === '\n' && text[end - 1] === '\r' && cells[last]?.endsWith('\r'))
        cells[last] = cells[last].slice(0, -1);
      if (!headers) headers = cells.map((h) => h.trim());
      else {
        if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim()))
          b.repair(
            'extra-cells',
            where,
            t('import.csv.extraCells', { cells: cells.length, columns: headers.length }),
          );
        rows.push({ cells, where });
      }
    },
  });
  if (!headers) throw new ImportError(FORMAT, t('import.fileEmpty', { name: file }));
  return { headers, rows };
}

/** Reads every column not in `used` as a typed attribute (types inferred from the values). */
function attributeReader(table: Table, used: number[], of: 'nodes' | 'edges', b: GraphBuilder) {
  const columns = table.headers
    .map((name, i) => ({ name, i, type: 'string' as AttributeType }))
    .filter((c) => !used.includes(c.i) && c.name !== '');
  for (const c of columns) {
    c.type = inferType(table.rows.map((r) => r.cells[c.i] ?? ''));
    b.declare(of, c.name, c.type);
  }
  return (cells: string[], where: string): Attrs => {
    const attrs = createAttrs();
    for (const c of columns) {
      const raw = cells[c.i] ?? '';
      attrs[c.name] =
        raw.trim() === ''
          ? null
          : readReported(raw, c.type, (kind, message) => b.repair(kind, where, message), c.name);
    }
    return attrs;
  };
}

function readNodes(table: Table, b: GraphBuilder) {
  const { headers } = table;
  const id = find(headers, SYNONYMS.nodeId);
  if (id === -1) throw new ImportError(FORMAT, t('import.csv.noId', { names: listNames(headers) }));
  const label = find(
    headers.map((h, i) => (i === id ? '' : h)),
    SYNONYMS.label,
  );
  const x = find(headers, ['x']);
  const y = find(headers, ['y']);
  const placed = x !== -1 && y !== -1;
  const attrs = attributeReader(table, placed ? [id, label, x, y] : [id, label], 'nodes', b);
  for (const { cells, where } of table.rows) {
    const px = placed ? readNumber(cells[x]) : null;
    const py = placed ? readNumber(cells[y]) : null;
    b.node({
      id: cells[id],
      label: label === -1 ? null : cells[label],
      attrs: attrs(cells, where),
      where,
      position: typeof px === 'number' && typeof py === 'number' ? { x: px, y: py } : null,
    });
  }
}

function readEdges(table: Table, b: GraphBuilder): boolean {
  const { headers } = table;
  const source = find(headers, SYNONYMS.source);
  const target = find(headers, SYNONYMS.target);
  if (source === -1 || target === -1) {
    const nodeList = find(headers, SYNONYMS.nodeId) !== -1;
    throw new ImportError(
      FORMAT,
      t(nodeList ? 'import.csv.noEndsNodeList' : 'import.csv.noEnds', {
        names: listNames(headers),
      }),
    );
  }
  const id = find(headers, SYNONYMS.edgeId);
  const label = find(headers, ['label']);
  // Gephi's edge table says per row whether an edge is directed.
  const type = find(headers, ['type']);
  const types =
    type === -1 ? [] : table.rows.map((r) => (r.cells[type] ?? '').trim().toLowerCase());
  const typed = types.length > 0 && types.every((t) => t === 'directed' || t === 'undirected');
  const attrs = attributeReader(
    table,
    [source, target, id, label, ...(typed ? [type] : [])],
    'edges',
    b,
  );
  for (const { cells, where } of table.rows)
    b.edge({
      id: id === -1 ? null : cells[id],
      source: cells[source],
      target: cells[target],
      label: label === -1 ? null : cells[label],
      attrs: attrs(cells, where),
      where,
    });
  if (typed) return !types.every((t) => t === 'undirected');
  // An edge list says nothing of direction: undirected is the reading that adds nothing.
  b.note(t('import.csv.undirected'));
  return false;
}

/** True when a CSV's header has source and target columns (an edge list, not a node list). */
export function isEdgeList(text: string): boolean {
  const parsed = Papa.parse<string[]>(text.slice(0, 10000), {
    delimiter: sniffDelimiter(text),
    preview: 1,
  });
  const headers = (parsed.data[0] ?? []).map((h) => h.trim());
  return find(headers, SYNONYMS.source) !== -1 && find(headers, SYNONYMS.target) !== -1;
}

/** Reads a CSV/TSV edge list (source/target, from/to, src/dst…) and an optional node list. */
export function parseCsv(
  edges: { name: string; text: string },
  nodes: { name: string; text: string } | undefined,
  b: GraphBuilder,
): ImportedGraph {
  if (nodes) readNodes(readTable(nodes.text, nodes.name, b), b);
  const directed = readEdges(readTable(edges.text, edges.name, b), b);
  return b.finish(directed);
}

function unparse(fields: string[], data: string[][]): string {
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA, newline: '\n' }) + '\n';
}

/** Attribute columns, renamed where their name would be read back as id, label, source… */
function attributeColumns(
  items: readonly { attrs: Attrs }[],
  known: ImportedGraph['attributes']['nodes'],
  reserved: readonly string[],
) {
  return columnsFor(items, known).map((c) => ({
    ...c,
    header: reserved.includes(normal(c.name)) ? `${c.name} (attribute)` : c.name,
  }));
}

const cell = (attrs: Attrs, name: string) =>
  valueText(Object.hasOwn(attrs, name) ? (attrs[name] ?? null) : null);

/** Writes the edge list: id, source, target, label, then every edge attribute. */
export function writeCsvEdges(graph: ImportedGraph): string {
  const reserved = ['id', 'source', 'target', 'label', 'type'];
  const columns = attributeColumns(graph.edges, graph.attributes.edges, reserved);
  // Like Gephi's edge table, a Type column says whether edges are directed (without one, an edge
  // list is read as undirected).
  const type = graph.directed ? 'directed' : 'undirected';
  return unparse(
    ['id', 'source', 'target', 'label', 'type', ...columns.map((c) => c.header)],
    graph.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.label ?? '',
      type,
      ...columns.map((c) => cell(e.attrs, c.name)),
    ]),
  );
}

/** Writes the node list: id, label, x and y when placed, then every node attribute. */
export function writeCsvNodes(graph: ImportedGraph): string {
  const placed = Object.keys(graph.positions).length > 0;
  const core = ['id', 'label', ...(placed ? ['x', 'y'] : [])];
  const columns = attributeColumns(graph.nodes, graph.attributes.nodes, [...core, 'x', 'y']);
  return unparse(
    [...core, ...columns.map((c) => c.header)],
    graph.nodes.map((n) => {
      const p = Object.hasOwn(graph.positions, n.id) ? graph.positions[n.id] : undefined;
      const xy = placed ? [p ? String(p.x) : '', p ? String(p.y) : ''] : [];
      return [n.id, n.label, ...xy, ...columns.map((c) => cell(n.attrs, c.name))];
    }),
  );
}
