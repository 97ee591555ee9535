import { GraphBuilder } from './builder';
import { isEdgeList, parseCsv } from './csv';
import { parseCytoscapeJson } from './cytoscapeJson';
import { sniffFormat } from './detect';
import { anyFile, ImportError } from './errors';
import { t } from '../../i18n/core';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { FORMATS, type FormatId, type ImportedGraph, type ImportReport } from './model';
import {
  carriesSilkgraph,
  parseSilkgraphJson,
  silkgraphFromAttrs,
  withSilkgraph,
} from './silkgraphJson';
import {
  exportGraphFiles as exportFiles,
  writeGraphFile as writeFile,
  type ExportFile,
} from './write';
import { groupRepairs, repairSummary, repairTotal } from './repairs';
import { checkSize, decodeGraphText } from './text';

export { describeAttributes, MAX_CATEGORIES } from './builder';
export { fromDataset, LIST_SEPARATOR } from './dataset';
export { silkgraphFromAttrs } from './silkgraphJson';
export type { ExportFile } from './write';
export { detectFormat } from './detect';
export { ImportError } from './errors';
export { safeLink } from './links';
export * from './model';
export { checkSize, MAX_IMPORT_BYTES } from './text';
export { groupRepairs, repairsCsv, repairTotal, type RepairGroup } from './repairs';

/** A file as the picker, drag-and-drop or a test hands it over: its name and its text or bytes. */
export interface GraphFileInput {
  name: string;
  text?: string;
  bytes?: Uint8Array | ArrayBuffer;
}

export interface ParseOptions {
  /** Refuse the file when anything had to be repaired, listing the repairs. */
  strict?: boolean;
  /** The node list that goes with a CSV edge list. */
  nodes?: GraphFileInput;
}

export interface ParseResult {
  graph: ImportedGraph;
  report: ImportReport;
}

function readText(file: GraphFileInput): string {
  const size = file.bytes ? file.bytes.byteLength : (file.text?.length ?? 0);
  checkSize(size, file.name);
  return decodeGraphText(file);
}

function parse(input: GraphFileInput & ParseOptions, known: { format?: FormatId }): ParseResult {
  const text = readText(input);
  const { format, notes, json } = sniffFormat(input.name, text);
  known.format = format;
  const b = new GraphBuilder({
    impliedNodes: format === 'csv' && !input.nodes,
    sharedIds: format === 'cytoscape-json' || format === 'silkgraph-json',
    multigraphKeys: format === 'graphml',
  });
  notes.forEach((n) => b.note(n));
  let graph: ImportedGraph;
  if (format === 'gexf') graph = parseGexf(text, b);
  else if (format === 'graphml') graph = parseGraphml(text, b);
  else if (format === 'cytoscape-json') graph = parseCytoscapeJson(json, b);
  else if (format === 'silkgraph-json') graph = parseSilkgraphJson(json, b);
  else {
    const nodes = input.nodes && { name: input.nodes.name, text: readText(input.nodes) };
    graph = parseCsv({ name: input.name, text }, nodes, b);
  }
  if (input.nodes && format !== 'csv') b.note(t('import.note.nodeListIgnored'));
  const name = FORMATS[format].name;
  // A map of a text may have no node yet (a new map); a bare graph without one would show nothing.
  if (graph.nodes.length === 0 && !graph.article) throw new ImportError(name, t('import.noNodes'));
  if (!graph.silkgraph && carriesSilkgraph(graph)) {
    const rebuilt = silkgraphFromAttrs(graph);
    if (rebuilt.graph) {
      graph.silkgraph = rebuilt.graph;
      b.note(t('import.note.silkgraphRestored'));
    }
  }
  const { repairs } = b;
  if (input.strict && repairs.length > 0) {
    const counts = Object.fromEntries(b.counts);
    const total = repairTotal(counts);
    const groups = groupRepairs(repairs, counts);
    const first = repairs[0]!;
    throw new ImportError(
      name,
      t('import.strict', {
        count: total,
        summary: repairSummary(counts),
        where: first.where,
        message: first.message,
      }),
      {
        details: groups.flatMap((g) => [
          g.title,
          ...g.examples.map(
            (r) => `  ${t('import.repairs.example', { where: r.where, message: r.message })}`,
          ),
        ]),
      },
    );
  }
  const report: ImportReport = {
    format,
    formatName: name,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    directed: graph.directed,
    attributes: graph.attributes,
    repairs,
    repairCounts: Object.fromEntries(b.counts),
    notes: b.notes,
  };
  return { graph, report };
}

/**
 * Reads one graph file of any supported format (detected from its content) into the neutral form,
 * with a report of what was found and repaired. Throws only ImportError.
 */
export function parseGraphFile(input: GraphFileInput & ParseOptions): ParseResult {
  const known: { format?: FormatId } = {};
  try {
    return parse(input, known);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      known.format ? FORMATS[known.format].name : anyFile(),
      t('import.unreadable', { detail }),
      {
        cause: error,
        unexpected: true,
      },
    );
  }
}

/** Reads what the user dropped: one graph file, or a CSV edge list with its node list (any order). */
export function parseGraphFiles(
  files: readonly GraphFileInput[],
  options: { strict?: boolean } = {},
): ParseResult {
  const [first, second] = files;
  if (!first || files.length > 2) throw new ImportError(anyFile(), t('import.chooseFiles'));
  if (!second) return parseGraphFile({ ...first, ...options });
  const texts = files.map((f) => {
    try {
      return { name: f.name, text: readText(f) };
    } catch (error) {
      throw error instanceof ImportError
        ? error
        : new ImportError(anyFile(), String(error), { unexpected: true });
    }
  });
  const edgeLists = texts.filter((f) => isEdgeList(f.text));
  const nodeLists = texts.filter((f) => !isEdgeList(f.text));
  if (edgeLists.length !== 1 || nodeLists.length !== 1)
    throw new ImportError('CSV', t('import.twoFiles'));
  return parseGraphFile({ ...edgeLists[0]!, nodes: nodeLists[0]!, ...options });
}

/** Writes a graph in a format (see write.ts), rebuilding its Silkgraph form for Silkgraph JSON. */
export function writeGraphFile(format: FormatId, graph: ImportedGraph): string {
  return writeFile(format, format === 'silkgraph-json' ? withSilkgraph(graph) : graph);
}

/** The files to save for an export (see write.ts), rebuilding the Silkgraph form for Silkgraph JSON. */
export function exportGraphFiles(
  format: FormatId,
  graph: ImportedGraph,
  baseName: string,
): ExportFile[] {
  return exportFiles(format, format === 'silkgraph-json' ? withSilkgraph(graph) : graph, baseName);
}
