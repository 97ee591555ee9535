import { useCallback } from 'react';
import { formatNumber, t } from '../../i18n/core';
import { useAppStore } from '../../store/context';
import type { AppStore } from '../../store/store';
import { importSession, timeLimitOverride, useImportSession } from './importSession';
import { ImportStopped, importTimeLimit, type GraphFile, type ParseFile } from './importLimits';

/** The parser, loaded with its formats when the first file is opened (not in the first view). */
const parseFile: ParseFile = (files, options) =>
  import('./parseFile').then((m) => m.parseFile(files, options));
import { keepText } from './persist';

let latest = 0;
let running: AbortController | null = null;

/** Stops the import in progress, if any: its worker ends and the map stays as it was. */
export function cancelImport(): void {
  running?.abort();
}

/** What the user is told when an import did not finish. */
function stoppedMessage(name: string, stop: ImportStopped, bytes: number): string {
  if (stop.reason === 'cancelled') return t('import.cancelled', { name });
  return t('import.timeLimit', {
    name,
    seconds: formatNumber(stop.limitMs / 1000, { maximumFractionDigits: 2 }),
    megabytes: formatNumber(bytes / 1024 / 1024, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
  });
}

/**
 * Opens a graph file (or a CSV edge list with its node list): parses and prepares it off the main
 * thread, puts it on the map and opens the report. A file that cannot be read, an import that is
 * cancelled or runs past its time limit leave the map as it was, and the notices say why.
 */
export async function openGraphFiles(
  store: AppStore,
  files: readonly GraphFile[],
  parse: ParseFile = parseFile,
): Promise<void> {
  // Only the last choice lands on the map: an import still running is stopped.
  const mine = ++latest;
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const name = files.map((f) => f.name).join(' + ');
  const bytes = files.reduce((n, f) => n + f.size, 0);
  importSession.setState({ pending: name });
  try {
    const prepared = await parse(files, {
      strict: importSession.getState().strict,
      signal: controller.signal,
      limitMs: timeLimitOverride() ?? importTimeLimit(bytes),
    });
    if (mine !== latest) return;
    const { dataset, report, sphereAttribute, silkgraph, colourings, kept } = prepared;
    store.getState().replaceDataset(dataset);
    importSession.setState({
      last: { fileName: name, report, dataset, sphereAttribute, silkgraph, colourings },
      reportOpen: true,
    });
    // Kept for the next visit in a task of its own (the text was made with the dataset).
    setTimeout(() => keepText(kept, (m) => store.getState().notify('error', m)), 0);
  } catch (error) {
    if (mine !== latest) return;
    // A cancel is the user's own doing: said briefly. A stop or a refusal stays until dismissed.
    if (error instanceof ImportStopped)
      store
        .getState()
        .notify(
          error.reason === 'cancelled' ? 'info' : 'error',
          stoppedMessage(name, error, bytes),
        );
    else
      store.getState().notify(
        'error',
        t('import.failed', {
          name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
  } finally {
    if (mine === latest) {
      importSession.setState({ pending: null });
      running = null;
    }
  }
}

/** The import as components use it: what is being opened, and functions to open or cancel. */
export function useImport(parse?: ParseFile) {
  const store = useAppStore();
  const pending = useImportSession((s) => s.pending);
  const open = useCallback(
    (files: readonly GraphFile[]) => openGraphFiles(store, files, parse),
    [store, parse],
  );
  return { pending, open, cancel: cancelImport };
}
