/**
 * The offline page: the single-file build, one HTML file that carries its map in an inert
 * `<script type="application/json">` block. The page reads its map from the block; saving a map as
 * an offline page writes the same page again with another map in the block. A data block is never
 * run, so the page's hash-based content security policy (which covers only its code) stays valid.
 *
 * The block holds a Silkgraph map file (the text "Save as a map file" writes), so a saved page opens
 * in Silkgraph as a map like the map file would. Its `data-view` attribute is the view the page opens
 * on when its address names none (the map's filters and selection, or a step of the tour).
 */

import { formatNumber, t } from '../i18n/core';

/** The block's id; the page's own text is found by it, so it is the same in the build and the app. */
export const PAGE_BLOCK_ID = 'silkgraph-map';
const OPEN_TAG_START = `<script type="application/json" id="${PAGE_BLOCK_ID}"`;
const CLOSE_TAG = '</script>';

/** The longest view an offline page keeps; an address longer than this is not a Silkgraph view. */
export const MAX_PAGE_VIEW = 4000;

export class OfflinePageError extends Error {
  override name = 'OfflinePageError';
}

/**
 * The map file as the block's text, compact, with `<` written as its JSON escape, so no `</script>` (nor `<!--`)
 * can end the block early, whatever the map's labels say. JSON.parse reads it back unchanged.
 */
export function blockText(mapFileText: string): string {
  // Written without the file's indentation: a third smaller for the article's map.
  return JSON.stringify(JSON.parse(mapFileText)).replace(/</g, '\\u003c');
}

/** An attribute value written between double quotes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The whole block, as written into a page. */
export function pageBlock(mapFileText: string, view = ''): string {
  const viewAttribute = view ? ` data-view="${attribute(view.slice(0, MAX_PAGE_VIEW))}"` : '';
  return `${OPEN_TAG_START}${viewAttribute}>${blockText(mapFileText)}${CLOSE_TAG}`;
}

interface BlockSpan {
  /** Where the block's open tag starts. */
  start: number;
  /** Where its text starts (after the open tag's `>`). */
  textStart: number;
  /** Where its text ends (at `</script>`). */
  textEnd: number;
  /** Where the block ends (after `</script>`). */
  end: number;
}

/**
 * Finds the block in a page's text: the last open tag of its kind (the page's code, which comes
 * before it, has the same words in its strings; the map in the block has no `<`), then the first
 * `>` and `</script>` after it. Three searches, so any text costs one pass.
 */
function findBlock(html: string): BlockSpan | null {
  const start = html.lastIndexOf(OPEN_TAG_START);
  if (start === -1) return null;
  const openEnd = html.indexOf('>', start + OPEN_TAG_START.length);
  if (openEnd === -1) return null;
  const textEnd = html.indexOf(CLOSE_TAG, openEnd + 1);
  if (textEnd === -1) return null;
  return { start, textStart: openEnd + 1, textEnd, end: textEnd + CLOSE_TAG.length };
}

/** Whether a text is a page with a Silkgraph map block (a saved offline page). */
export function isOfflinePage(html: string): boolean {
  return findBlock(html) !== null;
}

/** The map file text in a page's block, or null when the page has none. */
export function mapFileOfPage(html: string): string | null {
  const span = findBlock(html);
  return span ? html.slice(span.textStart, span.textEnd) : null;
}

/**
 * The page again with another map (and view) in its block. Throws when the page has no block: it is
 * not a Silkgraph offline page (a page saved from before the block existed, or another page).
 */
export function withMap(html: string, mapFileText: string, view = ''): string {
  const span = findBlock(html);
  if (!span)
    throw new OfflinePageError(
      t('export.offline.noBlock', {
        block: `<script type="application/json" id="${PAGE_BLOCK_ID}">`,
      }),
    );
  return html.slice(0, span.start) + pageBlock(mapFileText, view) + html.slice(span.end);
}

/** The view a page opens on, as read from its block's attribute: an address's fragment, or none. */
export function pageView(value: string | null | undefined): string {
  if (!value || value.length > MAX_PAGE_VIEW) return '';
  const view = value.replace(/^#/, '');
  // A view is the app's own fragment: names, ids and separators, never markup or a script URL.
  return /^[\w.~!$&'()*+,;=:@/?%-]*$/.test(view) ? view : '';
}

/** The text of a page's `<title>`, escaped as element text. */
const elementText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page with another `<title>` (the one in its head, before its first script): what a browser's
 * tab, history and a file manager show before the page's code runs.
 */
export function withTitle(html: string, title: string): string {
  const start = html.indexOf('<title>');
  const end = html.indexOf('</title>', start);
  const script = html.indexOf('<script');
  if (start === -1 || end === -1 || (script !== -1 && end > script)) return html;
  return `${html.slice(0, start + '<title>'.length)}${elementText(title)}${html.slice(end)}`;
}

/** The title of the app's page for a map: its tab's, its saved page's. */
export const pageTitle = (mapTitle: string) => (mapTitle ? `Silkgraph — ${mapTitle}` : 'Silkgraph');

/** A size for people: "840 kB", "1.42 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1000) return t('export.size.bytes', { count: bytes });
  if (bytes < 1_000_000)
    return t('export.size.kB', { size: formatNumber(Math.round(bytes / 1000)) });
  const mb = formatNumber(bytes / 1_000_000, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return t('export.size.MB', { size: mb });
}
