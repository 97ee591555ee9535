import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/**
 * Compile hints for cytoscape: the function expressions of its ES module that run before the map's
 * first paint are wrapped in parentheses, `(function () {…})`. V8 compiles a function written that
 * way (a "possibly invoked function expression") while it parses the file, on a background thread as
 * the file streams in, instead of on the page's thread the first time it is called. Chromium's
 * file-wide hint (`//# allFunctionsCalledOnLoad`, used for React's chunk) would compile all of
 * cytoscape, most of which the first paint never calls; these hints name only the functions it
 * calls. The minifier keeps such parentheses.
 *
 * The functions are listed, by line and column in the installed file, in
 * build/compile-hints.cytoscape.json, which `npm run compile-hints` writes from the coverage of a
 * cold load in Chromium. A list made for another version of cytoscape is not applied (the build
 * warns, and a unit test fails until the list is made again).
 */

export interface CompileHints {
  /** The npm package and its version the positions were read from. */
  package: string;
  version: string;
  /** The package's file the positions are in, relative to the package's folder. */
  file: string;
  /** "line:column" (line from 1, column from 0) of each function expression to compile eagerly. */
  functions: string[];
}

export const HINTS_FILE = fileURLToPath(new URL('./compile-hints.cytoscape.json', import.meta.url));

export function readHints(): CompileHints {
  return JSON.parse(readFileSync(HINTS_FILE, 'utf8')) as CompileHints;
}

interface AstNode {
  type: string;
  start: number;
  end: number;
}

/** The function expressions of a module's source, in source order, with their line:column keys. */
export function functionExpressions(code: string): { key: string; start: number; end: number }[] {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const keyOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo]!}`;
  };
  const found: { key: string; start: number; end: number }[] = [];
  const stack: unknown[] = [parseAst(code)];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const node = value as AstNode & Record<string, unknown>;
    // Not a method's (`{ m() {…} }`, a getter, a class's): its node is a FunctionExpression too,
    // which starts at its parameters and cannot be put in parentheses.
    if (
      node.type === 'FunctionExpression' &&
      /^(async\s+)?function\b/.test(code.slice(node.start, node.start + 20))
    )
      found.push({ key: keyOf(node.start), start: node.start, end: node.end });
    for (const [field, child] of Object.entries(node))
      if (field !== 'type' && child !== null && typeof child === 'object') stack.push(child);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The module's source with the hinted function expressions in parentheses (and its source map), or
 * why the hints do not apply.
 */
export function applyHints(
  code: string,
  functions: readonly string[],
): {
  code: string;
  map: ReturnType<MagicString['generateMap']>;
  wrapped: number;
  missing: string[];
} {
  const wanted = new Set(functions);
  const s = new MagicString(code);
  let wrapped = 0;
  for (const fn of functionExpressions(code)) {
    if (!wanted.delete(fn.key)) continue;
    // Always: a `(` before it may be a call's (`f(function …)`), which is no hint to V8.
    s.appendLeft(fn.start, '(');
    s.prependRight(fn.end, ')');
    wrapped++;
  }
  return { code: s.toString(), map: s.generateMap({ hires: true }), wrapped, missing: [...wanted] };
}

export function compileHints(hints: CompileHints = readHints()): Plugin {
  const file = `/node_modules/${hints.package}/${hints.file}`;
  return {
    name: 'silkgraph:compile-hints',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(file)) return null;
      const version = (
        JSON.parse(readFileSync(id.slice(0, -hints.file.length) + 'package.json', 'utf8')) as {
          version: string;
        }
      ).version;
      if (version !== hints.version) {
        this.warn(
          `compile hints were made for ${hints.package} ${hints.version}, ${version} is installed: ` +
            'not applied (run `npm run compile-hints`)',
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
  };
}
