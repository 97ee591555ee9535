/// <reference lib="webworker" />
import { speak } from '../../i18n/core';
import { writeExport, type ExportJob, type ExportResult } from './writeExport';

// The writers run here: they bring the schema library along, which probes for eval when it loads,
// and the page's content security policy would report that probe. Big graphs also write off the page.

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  let result: ExportResult;
  try {
    // What the writers say (a map that cannot be written) is in the page's language.
    speak(event.data.speech);
    result = { ok: true, files: writeExport(event.data) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(result);
};
