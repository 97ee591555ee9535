import { copyFile, readFile, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runnerImport, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const run = promisify(execFile);

/** Modules the offline page has in another form: its map comes from the page, not from the bundle. */
const PAGE_MODULES: Record<string, string> = {
  [here('../src/app/dataset.ts')]: here('../src/app/dataset.page.ts'),
  [here('../src/lib/builtInTour.ts')]: here('../src/lib/builtInTour.page.ts'),
};

/**
 * The offline page (`vite build --mode single`): the article's map goes into the page as a map
 * file in an inert JSON block (src/domain/offlinePage.ts), and the modules that would bundle the
 * article's data read that block instead. Saving a map as an offline page writes the same page with
 * another map in the block.
 */
export function offlinePage(): Plugin {
  return {
    name: 'silkgraph:offline-page',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || !/\/(dataset|builtInTour)(\.ts)?$/.test(source))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swapped = resolved && PAGE_MODULES[resolved.id];
      return swapped ? { id: swapped } : null;
    },
    // The app (dist/, built first by `npm run build`) saves maps into its own copy of this page.
    async closeBundle() {
      const app = here('../dist/index.html');
      if (
        await stat(app).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        await copyFile(here('../dist-single/index.html'), here('../dist/offline.html'));
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./builtInMap.ts')>(
          here('./builtInMap.ts'),
          { configFile: false, logLevel: 'error' },
        );
        const block = await module.builtInMapBlock();
        if (!html.includes('<div id="root"></div>'))
          throw new Error('index.html: no <div id="root"></div> to put the map block before');
        return html.replace('<div id="root"></div>', () => `${block}\n    <div id="root"></div>`);
      },
    },
  };
}

/**
 * The dev server's `offline.html`: the offline page built when asked (a few seconds), so that
 * "Save as one offline page" works from `npm run dev` as it does from the built app.
 */
export function offlinePageInDev(): Plugin {
  let building: Promise<string> | null = null;
  // In a process of its own: this one runs the dev server, whose development mode (React's
  // development build) a build made here would take.
  const buildPage = async () => {
    await run(
      process.execPath,
      [here('../node_modules/vite/bin/vite.js'), 'build', '--mode', 'single'],
      {
        cwd: here('..'),
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    return readFile(here('../dist-single/index.html'), 'utf8');
  };
  return {
    name: 'silkgraph:offline-page-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/offline.html', (_req, res, next) => {
        building ??= buildPage().finally(() => (building = null));
        building.then(
          (page) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(page);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
