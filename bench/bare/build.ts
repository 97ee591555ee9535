import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { jsonModules } from '../../build/jsonModules.ts';

/**
 * Builds the bare page (index.html and main.ts here) into `outDir`, as the app is built: minified,
 * the same target, its JSON data turned into `JSON.parse` of a string by the app's own plugin.
 */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [jsonModules()],
    // One chunk: cytoscape and the data, no more (Vite warns of chunks over 500 kB).
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1000,
    },
  });
}
