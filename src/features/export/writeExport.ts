import { fromDataset } from '../../domain/formats/dataset';
import { exportGraphFiles, type ExportFile } from '../../domain/formats/write';
import type { FormatId, MapParts } from '../../domain/formats/model';
import type { Article, Graph, Positions } from '../../domain/schema';
import type { Speech } from '../../i18n/core';

export interface ExportJob {
  format: FormatId;
  graph: Graph;
  article: Article;
  positions: Positions;
  baseName: string;
  /** The map's categories and tour, for a whole-map Silkgraph JSON file. */
  parts?: MapParts;
  /** The interface's language and words, for what the writers say (a worker has none of its own). */
  speech: Speech;
}

export type ExportResult = { ok: true; files: ExportFile[] } | { ok: false; message: string };

/** The files for an export job: run by export.worker.ts, or on the page where workers cannot start. */
export function writeExport(job: ExportJob): ExportFile[] {
  return exportGraphFiles(
    job.format,
    fromDataset(job.graph, job.article, job.positions, job.parts),
    job.baseName,
  );
}
