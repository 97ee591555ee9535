import { ImportError } from './errors';
import type { ImportedGraph } from './model';
import { t } from '../../i18n/core';

// The map file's writer, apart from its reader: writing needs no schema library (the offline page
// writes its exports on its own thread). silkgraphJson.ts reads the format.

/**
 * The version of the map file this code writes and the newest it reads. Version 1 had no version
 * key (nodes, edges, article, positions); version 2 adds `silkgraph`, `categories` and `tour`.
 */
export const MAP_FILE_VERSION = 2;

/** Why a graph cannot be written as Silkgraph JSON, with the first thing it lacks when known. */
export function lacksSilkgraph(first?: { path: string; message: string }): ImportError {
  return new ImportError(
    'Silkgraph JSON',
    first
      ? t('export.write.lacksSilkgraph.example', { path: first.path, problem: first.message })
      : t('export.write.lacksSilkgraph'),
  );
}

/**
 * Writes Silkgraph JSON: the graph, its article when known, and positions; pretty-printed. The
 * graph must carry its Silkgraph form (`withSilkgraph` in silkgraphJson.ts rebuilds it).
 */
export function writeSilkgraphJson(graph: ImportedGraph): string {
  const silkgraph = graph.silkgraph;
  if (!silkgraph) throw lacksSilkgraph();
  // The version first, so that a reader (or a person) knows what follows.
  const out: Record<string, unknown> = { silkgraph: MAP_FILE_VERSION };
  if (graph.map?.categories) out.categories = graph.map.categories;
  out.nodes = silkgraph.nodes;
  out.edges = silkgraph.edges;
  if (!graph.directed) out.directed = false;
  if (graph.article) out.article = graph.article;
  if (Object.keys(graph.positions).length > 0) out.positions = graph.positions;
  if (graph.map?.tour && graph.article) out.tour = graph.map.tour;
  return `${JSON.stringify(out, null, 2)}\n`;
}
