import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * A strict content security policy for the built app, as a <meta> tag.
 * The normal build loads only its own files; the single-file build has every script and style
 * inlined, so it allows exactly those, by hash. No 'unsafe-eval', no 'unsafe-inline'.
 */
const BASE = [
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Exports draw the map's PNG through an <img> from a blob: URL; the favicon is a data: URL.
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
];

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return (
    [...html.matchAll(re)]
      // A data block (the offline page's map) is never run: the policy does not cover it, so
      // another map written into it leaves the policy as it is.
      .filter((m) => !/^<script\b[^>]*\btype="application\/json"/.test(m[0]))
      .map((m) => m[1] ?? '')
      .filter((body) => body.length > 0)
      .map(sha256)
  );
}

/** The policy for a page: `self` for files, plus the hashes of whatever is inlined. */
export function policyFor(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    ...BASE,
  ].join('; ');
}

function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  return html.replace(/<head>/, `<head>\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'silkgraph-csp',
    apply: 'build',
    enforce: 'post',
    // Runs after vite-plugin-singlefile has inlined everything, so the hashes cover the final text.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'asset' && file.fileName.endsWith('.html'))
            file.source = withPolicy(
              typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source),
            );
      },
    },
  };
}
