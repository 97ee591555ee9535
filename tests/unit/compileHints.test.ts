// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import {
  applyHints,
  compileHints,
  functionExpressions,
  readHints,
  type CompileHints,
} from '../../build/compileHints.ts';

const hints = readHints();
const installed = resolve('node_modules', hints.package, hints.file);

type Transform = (
  this: { warn: (message: string) => void },
  code: string,
  id: string,
) => { code: string } | null;
const transformOf = (h: CompileHints) => compileHints(h).transform as unknown as Transform;

describe('compile hints (build plugin)', () => {
  it('were made for the installed cytoscape: run `npm run compile-hints` after an upgrade', () => {
    const { version } = JSON.parse(
      readFileSync(resolve('node_modules', hints.package, 'package.json'), 'utf8'),
    ) as { version: string };
    expect(hints.version).toBe(version);
  });

  it('each name a function expression of the installed file, and all are wrapped', () => {
    const code = readFileSync(installed, 'utf8');
    expect(hints.functions.length).toBeGreaterThan(300);
    const result = applyHints(code, hints.functions);
    expect(result.missing).toEqual([]);
    expect(result.wrapped).toBe(hints.functions.length);
    // Two characters per function, and nothing else changed.
    expect(result.code.length).toBe(code.length + 2 * hints.functions.length);
    expect(() => parseAst(result.code)).not.toThrow();
  }, 20_000);

  it('puts exactly the hinted function expressions in parentheses; methods and arrows are never listed', () => {
    const code = [
      'const o = {};',
      'o.a = function (x) { return x; };',
      'o.b = function () { return function inner() {}; };',
      'const p = { m() { return 1; }, get g() { return 2; }, d: function () {} };',
      'const q = () => 3;',
      'class C { k() {} }',
      '[1].map(function (y) { return y; });',
    ].join('\n');
    const found = functionExpressions(code);
    expect(found.map((f) => f.key)).toEqual(['2:6', '3:6', '3:27', '4:57', '7:8']);
    const { code: out, missing } = applyHints(code, ['2:6', '3:27', '7:8', '9:0']);
    expect(missing).toEqual(['9:0']);
    expect(out.split('\n')).toEqual([
      'const o = {};',
      'o.a = (function (x) { return x; });',
      'o.b = function () { return (function inner() {}); };',
      'const p = { m() { return 1; }, get g() { return 2; }, d: function () {} };',
      'const q = () => 3;',
      'class C { k() {} }',
      '[1].map((function (y) { return y; }));',
    ]);
  });

  it('transforms only the hinted file of the hinted version, and warns when the version differs', () => {
    const code = 'export const f = function () {};\n';
    const warn = vi.fn();
    const transform = transformOf(hints);
    expect(transform.call({ warn }, code, resolve('src/main.tsx'))).toBeNull();
    const wrong = transformOf({ ...hints, version: '0.0.1' });
    expect(wrong.call({ warn }, code, installed)).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/made for cytoscape 0\.0\.1.*npm run compile-hints/),
    );
    warn.mockClear();
    const own = transformOf({ ...hints, functions: ['1:17'] });
    expect(own.call({ warn }, code, installed)?.code).toBe('export const f = (function () {});\n');
    expect(warn).not.toHaveBeenCalled();
  });
});
