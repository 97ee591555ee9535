import { downloadBlob, titleSlug } from '../../lib/download';
import { t } from '../../i18n/core';
import type { AppState } from '../../store/store';
import { exportFailed } from './saveGraphFile';

/**
 * Saves the evidence of the whole map, whatever the filters, as W3C Web Annotations (JSON-LD):
 * `<title>-annotations.jsonld`, which Recogito and Hypothesis read and "Import annotations…" reads
 * back. The writer loads with the first save.
 */
export async function saveAnnotationsFile(s: AppState): Promise<void> {
  const { exportAnnotations } = await import('../../domain/authoring/webAnnotations');
  const collection = exportAnnotations(s.article, s.graph);
  const name = `${titleSlug(s.article.title) || 'map'}-annotations.jsonld`;
  const json = `${JSON.stringify(collection, null, 2)}\n`;
  downloadBlob(new Blob([json], { type: 'application/ld+json' }), name);
  s.notify('info', t('export.saved.annotations', { name, count: collection.total }));
}

/** Saves the annotations, telling the user in a notice when they could not be written. */
export function saveAnnotations(s: AppState): void {
  saveAnnotationsFile(s).catch((error: unknown) => s.notify('error', exportFailed(error)));
}
