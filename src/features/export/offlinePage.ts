import { pageTitle, withMap, withTitle } from '../../domain/offlinePage';
import { DEFAULT_VIEW, encodeView } from '../../domain/urlState';
import { pristinePage } from '../../lib/pristinePage';
import { isoDate, titleSlug } from '../../lib/download';
import { viewOf, type AppState } from '../../store/store';
import { t } from '../../i18n/core';
import { writeMapFile } from './saveGraphFile';

/** Where the app's copy of the offline page is served, beside its index.html (npm run build). */
export const PAGE_TEMPLATE = 'offline.html';

/** What an offline page opens on: the map as it is now, or the tour from a step (counted from 1). */
export type PageOpening = { kind: 'map' } | { kind: 'tour'; step: number };

export interface OfflinePage {
  blob: Blob;
  name: string;
  /** The tour's step count, when the map has a tour. */
  tourSteps: number | null;
}

/**
 * The page the map is written into: the offline page itself as it was loaded (a page saved from a
 * saved page), or the app's copy of it, fetched from beside the app.
 */
async function template(signal?: AbortSignal): Promise<string> {
  if (pristinePage) return `<!doctype html>\n${pristinePage.outerHTML}`;
  let response: Response;
  try {
    response = await fetch(new URL(PAGE_TEMPLATE, document.baseURI), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(
      t('export.offline.unreachable', {
        file: PAGE_TEMPLATE,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
  }
  if (!response.ok)
    throw new Error(
      response.status === 404
        ? t('export.offline.missing', { file: PAGE_TEMPLATE, command: 'npm run build' })
        : t('export.offline.failed', { file: PAGE_TEMPLATE, status: String(response.status) }),
    );
  return response.text();
}

/** The view the page opens on, as its address would say it (no map of this browser's: the page has its own). */
export function openingView(s: AppState, opening: PageOpening): string {
  const ids = s.spheres.map((d) => d.id);
  if (opening.kind === 'tour') return encodeView({ ...DEFAULT_VIEW, step: opening.step }, ids);
  return encodeView({ ...viewOf(s), step: null }, ids);
}

/** The page and the map file, written once; each opening is then put together from them. */
export interface PreparedPage {
  page: string;
  mapFile: string;
  title: string;
  /** The tour's step count, when the map has a tour. */
  tourSteps: number | null;
}

/**
 * Fetches the page and writes the map on screen (whatever the filters: the whole map, its text,
 * categories and tour) as a map file; aborting stops both.
 */
export async function prepareOfflinePage(s: AppState, signal?: AbortSignal): Promise<PreparedPage> {
  const [page, { file, tour }] = await Promise.all([template(signal), writeMapFile(s, signal)]);
  signal?.throwIfAborted();
  return {
    page,
    mapFile: file.text,
    title: s.article.title,
    tourSteps: tour ? tour.steps.length : null,
  };
}

/** The offline page of a prepared map, opening on the chosen view (the map when it has no tour). */
export function assembleOfflinePage(
  prepared: PreparedPage,
  s: AppState,
  opening: PageOpening,
): OfflinePage {
  const view = openingView(
    s,
    opening.kind === 'tour' && !prepared.tourSteps ? { kind: 'map' } : opening,
  );
  const html = withTitle(withMap(prepared.page, prepared.mapFile, view), pageTitle(prepared.title));
  const slug = titleSlug(prepared.title);
  return {
    blob: new Blob([html], { type: 'text/html;charset=utf-8' }),
    name: `${slug || 'map'}-offline-${isoDate(new Date())}.html`,
    tourSteps: prepared.tourSteps,
  };
}
