import { downloadBlob } from '../../lib/download';
import { plural } from '../../components/plural';
import type { AppState } from '../../store/store';

/** A map's title as a file name: lower case, letters and digits joined by `-` (at most 60). */
export function titleSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

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
  s.notify(
    'info',
    `Saved ${name}: ${plural(collection.total, 'annotation', 'annotations')}, one per passage of evidence, as W3C Web Annotations.`,
  );
}

/** Saves the annotations, telling the user in a notice when they could not be written. */
export function saveAnnotations(s: AppState): void {
  saveAnnotationsFile(s).catch((error: unknown) =>
    s.notify(
      'error',
      error instanceof Error ? `The export failed: ${error.message}` : 'The export failed.',
    ),
  );
}
