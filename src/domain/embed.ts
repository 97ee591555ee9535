/**
 * The embed view: the map (or its tour) in an iframe on a course page, without the app's header,
 * with only the panels the page's author chose, and a link to open the full app on the same view.
 * Its options ride in the URL hash beside the view: `#embed` (the map), `#embed=tour`, and
 * `panels=evidence,tools` (the side panels a reader may open; the evidence alone by default).
 */
export type EmbedMode = 'map' | 'tour';
export type EmbedPanel = 'tools' | 'evidence';

export interface EmbedOptions {
  mode: EmbedMode;
  panels: readonly EmbedPanel[];
}

/** The hash keys that are the embed's, not the view's. */
export const EMBED_KEYS = ['embed', 'panels'] as const;

const PANELS: readonly EmbedPanel[] = ['tools', 'evidence'];
export const DEFAULT_EMBED: EmbedOptions = { mode: 'map', panels: ['evidence'] };

/** The embed options a hash asks for, or null when it is not an embed. Never throws. */
export function readEmbed(hash: string): EmbedOptions | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = p.get('embed');
  if (mode === null) return null;
  const raw = p.get('panels');
  const panels =
    raw === null ? DEFAULT_EMBED.panels : PANELS.filter((name) => raw.split(',').includes(name));
  return { mode: mode === 'tour' ? 'tour' : 'map', panels };
}

/** The embed's part of a hash, e.g. `embed=tour&panels=evidence,tools`. */
export function writeEmbed(options: EmbedOptions): string {
  const panels = PANELS.filter((name) => options.panels.includes(name));
  const same =
    panels.length === DEFAULT_EMBED.panels.length &&
    panels.every((name) => DEFAULT_EMBED.panels.includes(name));
  // Written by hand: the values are fixed words, and a comma reads better than %2C in a snippet.
  const embed = `embed=${options.mode}`;
  return same ? embed : `${embed}&panels=${panels.length ? panels.join(',') : 'none'}`;
}

/** A hash without the embed's keys: the same view in the full app. */
export function withoutEmbed(hash: string): string {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of EMBED_KEYS) p.delete(key);
  return p.toString();
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML a course page pastes: an iframe of the embed, its size and an accessible title. */
export function embedSnippet(src: string, width: number, height: number, title: string): string {
  return `<iframe src="${attribute(src)}" width="${width}" height="${height}" title="${attribute(title)}" loading="lazy" allow="fullscreen" style="border: 1px solid #d9d6cf; border-radius: 8px; max-width: 100%;"></iframe>`;
}

/** Sizes an embed may have: from 320×400 (a phone's column) up. */
export const EMBED_MIN = { width: 320, height: 400 } as const;
export const EMBED_MAX = { width: 3840, height: 2160 } as const;
export const clampEmbedSize = (n: number, min: number, max: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : min;

/**
 * The address of a saved offline page on a course site, as pasted: an http(s) address without its
 * fragment (the embed writes its own), or null when the text is not one.
 */
export function pageAddress(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return url.href;
}
