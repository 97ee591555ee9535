import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/**
 * Compile hints for cytoscape: the function expressions of its ES module that run before the map's
 * first paint are wrapped in parentheses, `(function () {…})`. V8 compiles a function written that
 * way (a "possibly invoked function expression") while it parses the file, which for a script
 * fetched from the network is on a background thread as the file streams in, instead of on the
 * page's thread the first time it is called. Chromium's file-wide hint
 * (`//# allFunctionsCalledOnLoad`, used for React's chunk) would compile all of cytoscape, most of
 * which the first paint never calls; these hints name only the functions it calls. The minifier
 * keeps such parentheses.
 *
 * The functions are listed, by line and column in the installed file, in
 * build/compile-hints.cytoscape.json, which `npm run compile-hints` writes from the coverage of cold
 * loads in Chromium. A list made from another file (another version of cytoscape, a patched one) is
 * not applied: the build warns, and a unit test fails until the list is made again.
 *
 * Not used for the single-file build: its scripts are inline, parsed on the page's thread, where
 * compiling a function early rather than on its first call gains nothing.
 */

export interface CompileHints {
  /** The npm package and its version the positions were read from. */
  package: string;
  version: string;
  /** The package's file the positions are in, relative to the package's folder. */
  file: string;
  /** SHA-256 of that file (hex): the hints apply to exactly this text. */
  sha256: string;
  /** "line:column" (line from 1, column from 0) of each function expression to compile eagerly. */
  functions: string[];
}

export const HINTS_FILE = fileURLToPath(new URL('./compile-hints.cytoscape.json', import.meta.url));

export function readHints(): CompileHints {
  return JSON.parse(readFileSync(HINTS_FILE, 'utf8')) as CompileHints;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The version of an installed package (`root`: the project's folder). */
export function installedVersion(name: string, root = process.cwd()): string {
  const manifest = `${root}/node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * "line:column" of an offset in a text (line from 1, column from 0, in UTF-16 code units, as source
 * maps and JavaScript strings count).
 */
export function positionKeys(code: string): (offset: number) => string {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo]!}`;
  };
}

interface AstNode {
  type: string;
  start: number;
  end: number;
}

export interface FunctionExpression {
  key: string;
  start: number;
  end: number;
  /** Written in parentheses already (an IIFE, say): V8 compiles it eagerly as it is. */
  parenthesised: boolean;
}

/**
 * The function expressions of a module's source that can be put in parentheses, in source order,
 * with their line:column keys: those written `function …` (a generator's `function* …` too), not
 * an async one (`async function …`, left alone), nor a method's, getter's or class member's, whose
 * node is a FunctionExpression too but starts at its parameters.
 */
export function functionExpressions(code: string): FunctionExpression[] {
  const keyOf = positionKeys(code);
  const found: FunctionExpression[] = [];
  const stack: { value: unknown; parent: string }[] = [
    // Rolldown's parseAst drops parentheses unless told to keep them (oxc's own default keeps them).
    { value: parseAst(code, { preserveParens: true }), parent: '' },
  ];
  while (stack.length > 0) {
    const { value, parent } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const node = value as AstNode & Record<string, unknown>;
    if (node.type === 'FunctionExpression' && code.startsWith('function', node.start))
      found.push({
        key: keyOf(node.start),
        start: node.start,
        end: node.end,
        parenthesised: parent === 'ParenthesizedExpression',
      });
    for (const [field, child] of Object.entries(node))
      if (field !== 'type' && child !== null && typeof child === 'object')
        stack.push({ value: child, parent: node.type });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The module's source with the hinted function expressions in parentheses, its source map, how many
 * hints were applied, and the hints that name no function expression of it.
 */
export function applyHints(code: string, functions: readonly string[]) {
  const wanted = new Set(functions);
  const s = new MagicString(code);
  let wrapped = 0;
  for (const fn of functionExpressions(code)) {
    if (!wanted.delete(fn.key)) continue;
    // A `(` before it may also be a call's (`f(function …)`), which is no hint to V8: the parser says.
    if (!fn.parenthesised) {
      s.appendLeft(fn.start, '(');
      s.prependRight(fn.end, ')');
    }
    wrapped++;
  }
  return {
    code: s.toString(),
    // At word boundaries, which every `function` starts at (for builds with --sourcemap).
    map: s.generateMap({ hires: 'boundary' }),
    wrapped,
    missing: [...wanted],
  };
}

export function compileHints(hints: CompileHints = readHints()): Plugin {
  const file = `/node_modules/${hints.package}/${hints.file}`;
  const packageFolder = `/node_modules/${hints.package}/`;
  let applied = false;
  return {
    name: 'silkgraph:compile-hints',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      applied = false;
    },
    transform: {
      // The bundler tests the id itself; the handler tests it again for callers without the filter.
      filter: { id: new RegExp(`${file.split('/').map(escapeRegExp).join('[\\\\/]')}(\\?.*)?$`) },
      handler(code, id) {
        if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith(file)) return null;
        applied = true;
        if (sha256(code) !== hints.sha256) {
          this.warn(
            `compile hints were made for ${hints.package} ${hints.version}'s ${hints.file}, and this ` +
              'is another text: not applied (run `npm run compile-hints`)',
          );
          return null;
        }
        const result = applyHints(code, hints.functions);
        if (result.missing.length > 0)
          this.warn(
            `${result.missing.length} compile hints name no function expression of ${hints.file} ` +
              `(first: ${result.missing[0]}); run \`npm run compile-hints\``,
          );
        return { code: result.code, map: result.map };
      },
    },
    buildEnd() {
      // The package in the bundle by another file (an upgrade that changed its exports): say so.
      const ids = [...this.getModuleIds()].map((id) => id.replaceAll('\\', '/'));
      if (!applied && ids.some((id) => id.includes(packageFolder)))
        this.warn(
          `compile hints: ${hints.package} is bundled from another file than ${hints.file}; ` +
            'none applied (see build/compileHints.ts)',
        );
    },
  };
}
