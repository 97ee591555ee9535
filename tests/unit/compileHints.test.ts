// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyHints,
  compileHints,
  functionExpressions,
  installedVersion,
  readHints,
  sha256,
  type CompileHints,
} from '../../build/compileHints.ts';

const hints = readHints();
const installed = resolve('node_modules', hints.package, hints.file);

type Handler = (
  this: { warn: (message: string) => void },
  code: string,
  id: string,
) => { code: string } | null;
const pluginOf = (h: CompileHints) => {
  const transform = compileHints(h).transform as unknown as {
    filter: { id: RegExp };
    handler: Handler;
  };
  return { filter: transform.filter.id, handler: transform.handler };
};

describe('compile hints (build plugin)', () => {
  it('were made from the installed cytoscape: run `npm run compile-hints` after an upgrade', () => {
    expect(hints.version).toBe(installedVersion(hints.package));
    expect(hints.sha256).toBe(sha256(readFileSync(installed, 'utf8')));
  });

  it('each name a function expression of the installed file, and each is put in parentheses', () => {
    const code = readFileSync(installed, 'utf8');
    expect(hints.functions.length).toBeGreaterThan(300);
    const before = functionExpressions(code);
    const result = applyHints(code, hints.functions);
    expect(result.missing).toEqual([]);
    expect(result.wrapped).toBe(hints.functions.length);
    const hinted = new Set(hints.functions);
    const newlyWrapped = before.filter((f) => hinted.has(f.key) && !f.parenthesised).length;
    // Two characters per function newly wrapped, and the output's function expressions are the
    // same ones, that many more of them in parentheses.
    expect(result.code.length).toBe(code.length + 2 * newlyWrapped);
    const after = functionExpressions(result.code);
    expect(after.length).toBe(before.length);
    expect(after.filter((f) => f.parenthesised).length).toBe(
      before.filter((f) => f.parenthesised).length + newlyWrapped,
    );
  }, 30_000);

  it('puts exactly the hinted function expressions in parentheses, once', () => {
    const code = [
      '// «non-ASCII» before: columns count UTF-16 code units, as JavaScript strings do',
      'o.a = function (x) { return x; };',
      'o.b = function () { return function inner() {}; };',
      'const p = { m() { return 1; }, get g() { return 2; }, d: function () {} };',
      'const q = () => 3; class C { k() {} } const r = async function () {};',
      '[1].map(function (y) { return y; });',
      'const s = (function () { return 1; })(); const t = new function () {}();',
      'const u = function* gen() { yield 1; };',
    ].join('\n');
    const found = functionExpressions(code);
    // Methods, getters, class members, arrows and async functions are never listed.
    expect(found.map((f) => [f.key, f.parenthesised])).toEqual([
      ['2:6', false],
      ['3:6', false],
      ['3:27', false],
      ['4:57', false],
      ['6:8', false],
      ['7:11', true],
      ['7:55', false],
      ['8:10', false],
    ]);
    const {
      code: out,
      missing,
      wrapped,
    } = applyHints(code, ['3:6', '3:27', '6:8', '7:11', '7:55', '8:10', '9:0']);
    expect(missing).toEqual(['9:0']);
    expect(wrapped).toBe(6);
    expect(out.split('\n')).toEqual([
      '// «non-ASCII» before: columns count UTF-16 code units, as JavaScript strings do',
      'o.a = function (x) { return x; };',
      'o.b = (function () { return (function inner() {}); });',
      'const p = { m() { return 1; }, get g() { return 2; }, d: function () {} };',
      'const q = () => 3; class C { k() {} } const r = async function () {};',
      '[1].map((function (y) { return y; }));',
      'const s = (function () { return 1; })(); const t = new (function () {})();',
      'const u = (function* gen() { yield 1; });',
    ]);
  });

  it('transforms only the hinted file, whatever the path separator or query, with that exact text', () => {
    const code = 'export const f = function () {};\n';
    const own = { ...hints, sha256: sha256(code), functions: ['1:17'] };
    const { filter, handler } = pluginOf(own);
    const windows = 'C:\\app\\node_modules\\cytoscape\\dist\\cytoscape.esm.mjs';
    expect(filter.test(installed)).toBe(true);
    expect(filter.test(`${installed}?v=1`)).toBe(true);
    expect(filter.test(windows)).toBe(true);
    expect(filter.test(resolve('node_modules/cytoscape/dist/cytoscape.cjs.js'))).toBe(false);
    expect(filter.test(resolve('src/main.tsx'))).toBe(false);
    const warn = vi.fn();
    for (const id of [installed, `${installed}?v=1`, windows])
      expect(handler.call({ warn }, code, id)?.code).toBe('export const f = (function () {});\n');
    expect(warn).not.toHaveBeenCalled();

    const patched = 'export const f = function () { return 1; };\n';
    expect(handler.call({ warn }, patched, installed)).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/another text: not applied \(run `npm run compile-hints`\)/),
    );
  });

  it('warns when cytoscape is bundled from another file, so no hint applies', () => {
    const plugin = compileHints(hints) as unknown as {
      buildStart: () => void;
      buildEnd: (this: { getModuleIds: () => Iterable<string>; warn: (m: string) => void }) => void;
    };
    const warn = vi.fn();
    plugin.buildStart();
    plugin.buildEnd.call({ getModuleIds: () => [resolve('src/main.tsx')], warn });
    expect(warn).not.toHaveBeenCalled();
    const cjs = resolve('node_modules/cytoscape/dist/cytoscape.cjs.js');
    plugin.buildEnd.call({ getModuleIds: () => [resolve('src/main.tsx'), cjs], warn });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/bundled from another file/));
  });
});
