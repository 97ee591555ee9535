import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded by index.html before anything else happens (entry script, its static imports, its CSS). */
  firstView: boolean;
}

// zlib's default level, as Vite reports sizes.
const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;

// A static import in a minified ES module: `import{a as b}from"./x.js"` or `import"./x.js"`.
// A dynamic `import("./x.js")` has a parenthesis after `import` and does not match.
const STATIC_IMPORT = /\bimport(?:[\w$*{}\s,]+?from)?\s*["']([^"']+\.js)["']/g;
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
const HTML_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g;
const HTML_STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/** Every built chunk with raw and gzip sizes, and which ones the first view loads eagerly. */
export function builtChunks(dist: string): Chunk[] {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const eager = new Set<string>();
  const queue = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) =>
    posix.normalize(m[1]!.replace(/^\.?\//, '')),
  );
  // Follow static imports: they load before the entry runs, whatever index.html lists.
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT))
      queue.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
  }
  for (const m of html.matchAll(HTML_STYLESHEET))
    eager.add(posix.normalize(m[1]!.replace(/^\.?\//, '')));
  return readdirSync(assets)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return {
        file: `assets/${name}`,
        raw: bytes.length,
        gzip: gzipSize(bytes),
        firstView: eager.has(`assets/${name}`),
      };
    });
}
