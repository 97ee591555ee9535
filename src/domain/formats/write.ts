import { writeCsvEdges, writeCsvNodes } from './csv';
import { writeCytoscapeJson } from './cytoscapeJson';
import { writeGexf } from './gexfWrite';
import { writeGraphml } from './graphmlWrite';
import { FORMATS, type FormatId, type ImportedGraph } from './model';
import { writeSilkgraphJson } from './silkgraphJsonWrite';

// The writers, apart from the readers: writing brings no XML parser and no schema library along, so
// the app's exports (and the offline page, which writes them on its own thread) carry only this.

/**
 * Writes a graph in a format; for CSV this is the edge list (see exportGraphFiles for both). For
 * Silkgraph JSON the graph must carry its Silkgraph form (index.ts rebuilds it from attributes).
 */
export function writeGraphFile(format: FormatId, graph: ImportedGraph): string {
  switch (format) {
    case 'gexf':
      return writeGexf(graph);
    case 'graphml':
      return writeGraphml(graph);
    case 'cytoscape-json':
      return writeCytoscapeJson(graph);
    case 'silkgraph-json':
      return writeSilkgraphJson(graph);
    case 'csv':
      return writeCsvEdges(graph);
  }
}

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** The files to save for an export: one per format, two for CSV (edges and nodes). */
export function exportGraphFiles(
  format: FormatId,
  graph: ImportedGraph,
  baseName: string,
): ExportFile[] {
  const { extension, mime } = FORMATS[format];
  if (format === 'csv')
    return [
      { name: `${baseName}-edges.csv`, mime, text: writeCsvEdges(graph) },
      { name: `${baseName}-nodes.csv`, mime, text: writeCsvNodes(graph) },
    ];
  return [{ name: `${baseName}.${extension}`, mime, text: writeGraphFile(format, graph) }];
}
