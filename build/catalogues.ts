import { readFile } from 'node:fs/promises';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The interface's message catalogues: `src/i18n/<language>/<area>.json`. */
export const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/](en|ru|kk|zh)[\\/][a-z]+\.json$/;

/**
 * Compiles one catalogue's ICU messages into Lingui's message form, so the page needs no ICU parser
 * (7 kB gzip): a message that does not parse fails the build, the dev server or the test run, named
 * by its file and id.
 */
export function compileCatalogue(text: string, file: string): Record<string, unknown> {
  let messages: unknown;
  try {
    messages = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages))
    throw new Error(`${file}: a catalogue is one object of messages by id`);
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    if (typeof message !== 'string') throw new Error(`${file}: "${id}" is not a string`);
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file}: "${id}" is not an ICU message (${(error as Error).message})`);
    }
  }
  return compiled;
}

/**
 * Serves and builds every catalogue compiled (`compileCatalogue`), as `JSON.parse` of its text.
 * `?first` takes only the messages the first view needs (src/i18n/first-view.json), `?rest` the
 * others: English comes in those two parts (src/i18n/en.ts, en.rest.ts).
 */
export function catalogues(): Plugin {
  const firstView = fileURLToPath(new URL('../src/i18n/first-view.json', import.meta.url));
  return {
    name: 'silkgraph:catalogues',
    enforce: 'pre',
    async load(id) {
      const [file = '', query = ''] = id.split('?');
      if (!CATALOGUE_FILE.test(file)) return null;
      let compiled = compileCatalogue(await readFile(file, 'utf8'), file);
      if (query === 'first' || query === 'rest') {
        this.addWatchFile(firstView);
        const first = new Set(JSON.parse(await readFile(firstView, 'utf8')) as string[]);
        compiled = Object.fromEntries(
          Object.entries(compiled).filter(([k]) => first.has(k) === (query === 'first')),
        );
      }
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`,
        moduleType: 'js',
      };
    },
  };
}
