import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

/**
 * The app's `addNode` and `addRelation` (src/domain/authoring/) as a script that sets
 * `window.__benchEdits`: the edit benchmark passes them to the store's `applyEdit` in the page, as
 * the app's buttons do. The app exposes only its store; its lazily loaded authoring chunk is not
 * reachable from outside, and the same source built apart checks the edit the same way.
 */
export async function buildEditsScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./entry.ts', import.meta.url)),
        formats: ['iife'],
        name: '__benchEdits',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('building the edits script gave no chunk');
  return chunk.code;
}
