import { viewName } from '../../domain/viewDescription';
import { bySpheres } from '../../domain/wording';
import type { ExportFile } from '../../domain/formats';
import type { FormatId } from '../../domain/formats/model';
import type { Tour } from '../../domain/tour';
import { hasBuiltInTour, loadBuiltInTour } from '../../lib/builtInTour';
import { downloadBlob, isoDate, titleSlug } from '../../lib/download';
import { selectDisplayed } from '../../store/derived';
import type { AppState } from '../../store/store';
import { currentLanguage, formatNumber, t, type MessageId, speechNow } from '../../i18n/core';
import type { ExportJob, ExportResult } from './writeExport';

/**
 * The graph formats the Export menu offers, as the user knows them: a label in the interface's
 * language when it has words besides the format's name, and the hint's message.
 */
export const GRAPH_EXPORTS: readonly { format: FormatId; label: () => string; hint: MessageId }[] =
  [
    {
      format: 'gexf',
      label: () => t('export.gexf.label', { format: 'GEXF' }),
      hint: 'export.gexf.hint',
    },
    { format: 'graphml', label: () => 'GraphML', hint: 'export.graphml.hint' },
    { format: 'cytoscape-json', label: () => 'Cytoscape JSON', hint: 'export.cytoscape.hint' },
    {
      format: 'csv',
      label: () => t('export.csv.label', { format: 'CSV' }),
      hint: 'export.csv.hint',
    },
  ];

/** A notice that an export failed, with the reason when there is one. */
export const exportFailed = (error: unknown) =>
  error instanceof Error
    ? t('export.failed.because', { reason: error.message })
    : t('export.failed');

/** Several file names in a sentence: "a.csv and b.csv". */
const fileList = (names: readonly string[]) =>
  new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(names);

/** Writes the files of a job in the export worker; aborting the signal ends the worker. */
function writeInWorker(
  job: Omit<ExportJob, 'speech'>,
  signal?: AbortSignal,
): Promise<ExportFile[]> {
  // Without workers (e.g. the single file opened from disk) the files are written on the page.
  const here = () =>
    import('./writeExport').then(({ writeExport }) => writeExport({ ...job, speech }));
  const speech = speechNow();
  if (signal?.aborted) return Promise.reject(signal.reason);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportResult>) => {
      end();
      if (event.data.ok) resolve(event.data.files);
      else reject(new Error(event.data.message));
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error(t('export.worker.unreadable')));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      here().then(resolve, reject);
    };
    worker.postMessage({ ...job, speech } satisfies ExportJob);
  });
}

/**
 * Saves the shown nodes and relations (spheres, kinds and evidence as attributes, with positions)
 * in a graph format, written in a worker.
 */
export async function saveGraphFile(s: AppState, format: FormatId): Promise<void> {
  const displayed = selectDisplayed(s);
  const graph = {
    nodes: s.graph.nodes.filter((n) => displayed.nodes.has(n.id)),
    edges: s.graph.edges.filter((e) => displayed.edges.has(e.id)),
  };
  const baseName = `silkgraph-${viewName(s)}-graph-${isoDate(new Date())}`;
  const files = await writeInWorker({
    format,
    graph,
    article: s.article,
    positions: s.positions,
    baseName,
    // A map's own categories colour its nodes in GEXF (Gephi); the article's files stay as they were.
    ...(bySpheres(s.spheres) ? {} : { parts: { categories: s.spheres } }),
  });
  for (const file of files) downloadBlob(new Blob([file.text], { type: file.mime }), file.name);
  s.notify(
    'info',
    t('export.saved.graph', {
      name: fileList(files.map((f) => f.name)),
      nodes: graph.nodes.length,
      relations: graph.edges.length,
    }),
  );
}

/** Whether a map can be kept as a map file: every node and relation has its passage. */
export function isGrounded(s: Pick<AppState, 'graph'>): boolean {
  return (
    s.graph.nodes.every((n) => n.evidence.length > 0) &&
    s.graph.edges.every((e) => e.evidence.length > 0)
  );
}

/** The whole map, whatever the filters, as a Silkgraph JSON map file: its text, graph, positions, categories and tour. */
export async function writeMapFile(
  s: AppState,
  signal?: AbortSignal,
): Promise<{ file: ExportFile; tour: Tour | null; baseName: string }> {
  // The article's tour is loaded when first presented: the file carries it all the same.
  const tour =
    s.tour ?? (s.origin === 'article' && hasBuiltInTour ? await loadBuiltInTour() : null);
  const slug = titleSlug(s.article.title);
  const baseName = `${slug || 'map'}-silkgraph-${isoDate(new Date())}`;
  const [file] = await writeInWorker(
    {
      format: 'silkgraph-json',
      graph: s.graph,
      article: s.article,
      positions: s.positions,
      baseName,
      parts: { categories: s.spheres, ...(tour ? { tour } : {}) },
    },
    signal,
  );
  return { file: file!, tour, baseName };
}

/**
 * Saves the whole map, whatever the filters, as one Silkgraph JSON map file. Opening the file
 * ("Open graph…") gives the same map back.
 */
export async function saveMapFile(s: AppState): Promise<void> {
  const { file, tour } = await writeMapFile(s);
  const blob = new Blob([file.text], { type: file.mime });
  downloadBlob(blob, file.name);
  const values = {
    name: file.name,
    size: formatNumber(blob.size / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    nodes: s.graph.nodes.length,
    relations: s.graph.edges.length,
  };
  s.notify(
    'info',
    tour
      ? t('export.saved.map.tour', { ...values, steps: tour.steps.length })
      : t('export.saved.map', values),
  );
}

/** Saves the whole map as a map file, telling the user in a notice when it could not be written. */
export function saveMap(s: AppState): void {
  saveMapFile(s).catch((error: unknown) => s.notify('error', exportFailed(error)));
}

/** Saves a graph file, telling the user in a notice when it could not be written. */
export function saveGraph(s: AppState, format: FormatId): void {
  saveGraphFile(s, format).catch((error: unknown) => s.notify('error', exportFailed(error)));
}
