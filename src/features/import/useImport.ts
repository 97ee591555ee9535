import { useCallback } from 'react';
import { useAppStore } from '../../store/context';
import type { AppStore } from '../../store/store';
import { importSession, useImportSession } from './importSession';
import { parseFile, type GraphFile, type ParseFile } from './parseFile';
import { keepText } from './persist';

let latest = 0;

/**
 * Opens a graph file: parses and prepares it off the main thread, puts it on the map and opens the
 * report. A file that cannot be read leaves the map as it was and says why in the notices.
 */
export async function openGraphFile(
  store: AppStore,
  file: GraphFile,
  parse: ParseFile = parseFile,
): Promise<void> {
  // Only the last file chosen lands on the map, however the parses finish.
  const mine = ++latest;
  importSession.setState({ pending: file.name });
  try {
    const prepared = await parse(file, importSession.getState().strict);
    if (mine !== latest) return;
    const { dataset, report, sphereAttribute, silkgraph, colourings, kept } = prepared;
    store.getState().replaceDataset(dataset);
    importSession.setState({
      last: { fileName: file.name, report, dataset, sphereAttribute, silkgraph, colourings },
      reportOpen: true,
    });
    // Kept for the next visit in a task of its own (the text was made with the dataset).
    setTimeout(() => keepText(kept, (m) => store.getState().notify('error', m)), 0);
  } catch (error) {
    if (mine !== latest) return;
    const message = error instanceof Error ? error.message : String(error);
    store.getState().notify('error', `Could not open ${file.name}: ${message}`);
  } finally {
    if (mine === latest) importSession.setState({ pending: null });
  }
}

/** The import as components use it: the file being opened, and a function to open one. */
export function useImport(parse?: ParseFile) {
  const store = useAppStore();
  const pending = useImportSession((s) => s.pending);
  const open = useCallback((file: GraphFile) => openGraphFile(store, file, parse), [store, parse]);
  return { pending, open };
}
