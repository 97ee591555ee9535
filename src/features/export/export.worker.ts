/// <reference lib="webworker" />
import { writeExport, type ExportJob, type ExportResult } from './writeExport';

// The writers run here: they bring the schema library along, which probes for eval when it loads,
// and the page's content security policy would report that probe. Big graphs also write off the page.

self.onmessage = (event: MessageEvent<ExportJob>) => {
  let result: ExportResult;
  try {
    result = { ok: true, files: writeExport(event.data) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(result);
};
