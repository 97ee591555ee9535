import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * The app's own JSON modules (the article, its graph, positions and tour) as
 * `export default JSON.parse("…")` of the minified text. V8 parses a string and then JSON faster
 * than the same data written as a JavaScript object literal, which is what Vite 8's bundler makes
 * of a JSON import whatever `json.stringify` says. The plugin is unit tested
 * (tests/unit/build/jsonModules.test.ts); an e2e test checks the served entry script.
 */
export function jsonModules(): Plugin {
  return {
    name: 'silkgraph:json-modules',
    enforce: 'pre',
    apply: 'build',
    async load(id) {
      if (!/\.json$/.test(id) || id.includes('/node_modules/')) return null;
      const text = await readFile(id, 'utf8');
      // Parsed here first: a malformed file fails the build with its name, not the page.
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new Error(`${id}: not valid JSON (${(error as Error).message})`);
      }
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`,
        moduleType: 'js',
      };
    },
  };
}
