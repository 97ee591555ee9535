import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { articleNames } from './build/articleNames.ts';
import { catalogues } from './build/catalogues.ts';
import { contentSecurityPolicy } from './build/csp.ts';
import { jsonModules } from './build/jsonModules.ts';
import { offlinePage, offlinePageInDev } from './build/pageMode.ts';

/**
 * Workers have no DOM: there, micromark's entity decoder is its plain build (a table), not the
 * browser one that decodes through `document.createElement` (the "New map" reader's worker).
 */
const noDomInWorkers = (): Plugin => ({
  name: 'silkgraph:no-dom-in-workers',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'decode-named-character-reference'
      ? fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        )
      : null,
});

// `vite build --mode single` (npm run build:single) writes one self-contained HTML file that runs
// from file:// with no network: scripts, styles, data and lazily loaded chunks all inlined.
export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'single'
      ? [
          offlinePage(),
          catalogues(),
          articleNames(),
          jsonModules(),
          react(),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicy(),
        ]
      : [
          catalogues(),
          articleNames(),
          jsonModules(),
          react(),
          contentSecurityPolicy(),
          offlinePageInDev(),
        ],
  base: './',
  // The dev server builds the offline page into dist-single/ when asked: no reload for that.
  server: { watch: { ignored: ['**/dist/**', '**/dist-single/**'] } },
  worker: { plugins: () => [noDomInWorkers(), catalogues()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The first view's scripts in three files (React, cytoscape, the app) rather than one: the browser
    // parses them at the same time, on its background threads, while the page waits for all three.
    // React's functions nearly all run before the first paint: V8's explicit compile hint has them
    // compiled as the file is parsed, in the background, not one by one on the page's thread during
    // the first render. Not for the single file, whose scripts are inline.
    ...(mode === 'single'
      ? {}
      : {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
                  { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
                ],
              },
              // After minification, which drops comments.
              postBanner: (chunk: { name: string }) =>
                chunk.name === 'react' ? '//# allFunctionsCalledOnLoad' : '',
            },
          },
        }),
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: [
      'tests/unit/**/*.test.ts',
      'tests/component/**/*.test.tsx',
      'tests/store/**/*.test.ts',
      'tests/fixtures/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
    // One jsdom per worker, not per file: setting up an environment and importing React, cytoscape
    // and the data again for each file would be most of the run. Tests clean up after themselves
    // (tests/setup.ts), so files do not see each other's state.
    isolate: false,
  },
}));
