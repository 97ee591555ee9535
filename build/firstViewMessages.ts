import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Which interface messages the first view needs: the ids its modules name. The first view is what
 * `src/main.tsx` imports statically, module by module (dynamic `import()`s load on use, type-only
 * imports are not code). English ships these in the first view's script and the rest in a chunk
 * loaded after it (src/i18n/en.ts, en.rest.ts); `npm run i18n:first-view` writes the list, a unit
 * test checks it is current.
 */

const AREAS =
  'common|app|filters|search|list|path|graph|evidence|reader|tour|import|maps|export|authoring';
// 'area.some.id' or `area.some.${…}` (an id made from a value: every id it may make).
const ID = new RegExp(`['"\`]((?:${AREAS})\\.[A-Za-z0-9_.-]*)(\\$\\{)?`, 'g');
// What a static import or re-export names: `… from './x'`, or `import './x'` for its effects.
const FROM = /\bfrom\s?['"]([^'"\n]+)['"]/g;
const BARE = /^import\s?['"]([^'"\n]+)['"]/gm;

/** `import type …`, or `import { type A, type B }`: names types only, no code. */
function typeOnly(statement: string): boolean {
  if (/^(?:import|export) type\b/.test(statement)) return true;
  const open = statement.indexOf('{');
  const close = statement.indexOf('}');
  if (open < 0 || close < open || statement.slice(0, open).trim() !== statement.slice(0, 6))
    return false;
  const names = statement
    .slice(open + 1, close)
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The modules a file imports statically, not `import type` / `export type` and not `import(…)`. */
function importsOf(text: string): string[] {
  const specs = [...text.matchAll(BARE)].map((m) => m[1]!);
  for (const m of text.matchAll(FROM)) {
    // The statement the `from` ends: from the line that starts it.
    const start = Math.max(
      text.lastIndexOf('\nimport', m.index),
      text.lastIndexOf('\nexport', m.index),
    );
    const statement = text.slice(start + 1, m.index);
    if (!typeOnly(statement)) specs.push(m[1]!);
  }
  return specs;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec.split('?')[0]!);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  return null;
}

/** The source files of the first view, from its entry: each reached by static imports. */
export function firstViewFiles(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const next = resolve(file, spec);
      if (next) stack.push(next);
    }
  }
  return [...seen].sort();
}

/** The English ids (of `all`) the files name, in order; a made id names all its family. */
export function messagesNamed(files: readonly string[], all: readonly string[]): string[] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(ID)) {
      if (m[2]) prefixes.push(m[1]!);
      else exact.add(m[1]!);
    }
  return all.filter((id) => exact.has(id) || prefixes.some((p) => id.startsWith(p))).sort();
}

/** The first view's message ids, from the project at `root`. */
export function firstViewMessages(root: string): string[] {
  const english = join(root, 'src/i18n/en');
  const all = readdirSync(english)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(english, f), 'utf8')) as object));
  const files = firstViewFiles(join(root, 'src/main.tsx')).filter(
    (f) => !relative(root, f).startsWith(join('src', 'i18n')),
  );
  return messagesNamed(files, all);
}

export const FIRST_VIEW_FILE = 'src/i18n/first-view.json';
