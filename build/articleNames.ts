import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const ARTICLE_NAMES = 'virtual:silkgraph/article-names';
const RESOLVED = `\0${ARTICLE_NAMES}`;
const TRANSLATED = ['ru', 'kk', 'zh'] as const;

interface NamesOf {
  nodes: Record<string, { label: string; aliases: string[]; otherNames?: string[] }>;
}

/**
 * The names of the article's nodes in English and every translation, by node id: label, aliases and
 * other names, each once.
 * Search finds "Казахстан", "Қазақстан" and "哈萨克斯坦" whatever the interface's language, without
 * loading the three translations (their summaries are most of their 230 kB).
 */
export function articleNamesOf(files: readonly NamesOf[]): Record<string, string[]> {
  const names: Record<string, Set<string>> = {};
  for (const file of files)
    for (const [id, node] of Object.entries(file.nodes))
      for (const name of [node.label, ...node.aliases, ...(node.otherNames ?? [])])
        (names[id] ??= new Set()).add(name);
  return Object.fromEntries(Object.entries(names).map(([id, set]) => [id, [...set]]));
}

/** `import(ARTICLE_NAMES)`: `articleNamesOf` the project's translations (data/translations). */
export function articleNames(): Plugin {
  const dir = new URL('../data/translations/', import.meta.url);
  return {
    name: 'silkgraph:article-names',
    resolveId: (id) => (id === ARTICLE_NAMES ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const files = await Promise.all(
        ['../graph.json', ...TRANSLATED.map((lang) => `${lang}.json`)].map(async (name) => {
          const file = fileURLToPath(new URL(name, dir));
          this.addWatchFile(file);
          const data = JSON.parse(await readFile(file, 'utf8')) as
            NamesOf | { nodes: (NamesOf['nodes'][string] & { id: string })[] };
          // The English graph lists its nodes; a translation keys them by id.
          return Array.isArray(data.nodes)
            ? { nodes: Object.fromEntries(data.nodes.map((n) => [n.id, n])) }
            : (data as NamesOf);
        }),
      );
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(articleNamesOf(files)))});\n`,
        moduleType: 'js',
      };
    },
  };
}
