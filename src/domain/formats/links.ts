const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns `url` normalised when it is an absolute http:, https: or mailto: link, else null, so a
 * link read from a file (`javascript:`, `data:`, `vbscript:`, relative paths, whitespace or case
 * tricks such as " JaVa\tScript:") can never run code when rendered as `href`.
 */
export function safeLink(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  let parsed: URL;
  try {
    // The URL parser applies the browser's own rules: it strips leading/trailing controls and
    // spaces and every tab or newline, so the protocol it reports is the one a click would use.
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}
