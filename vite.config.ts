import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compileHints } from './build/compileHints.ts';
import { contentSecurityPolicy } from './build/csp.ts';
import { jsonModules } from './build/jsonModules.ts';

// `vite build --mode single` (npm run build:single) writes one self-contained HTML file that runs
// from file:// with no network: scripts, styles, data and lazily loaded chunks all inlined.
export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'single'
      ? [
          jsonModules(),
          react(),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicy(),
        ]
      : [
          jsonModules(),
          // Off for the profiling scripts' builds (bench/builtApp.ts), which need function names.
          ...(process.env.SILKGRAPH_COMPILE_HINTS === 'off' ? [] : [compileHints()]),
          react(),
          contentSecurityPolicy(),
        ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The first view's scripts in three files (React, cytoscape, the app) rather than one: the browser
    // parses them at the same time, on its background threads, while the page waits for all three.
    // React's functions nearly all run before the first paint: V8's explicit compile hint has them
    // compiled as the file is parsed, in the background, not one by one on the page's thread during
    // the first render (~50 ms less main-thread work before the first paint on the bench's 2 cores).
    // Cytoscape's chunk gets hints per function instead (build/compileHints.ts): it is mostly code the
    // first paint never calls. Neither applies to the single file, whose scripts are inline.
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
    ],
    setupFiles: ['tests/setup.ts'],
  },
}));
