import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonModules } from '../../../build/jsonModules.ts';

type Load = (id: string) => Promise<{ code: string; moduleType: string } | null>;
const load = jsonModules().load as unknown as Load;

/** Runs a module's `export default <expression>;` and returns the value. */
function defaultExport(code: string): unknown {
  const expression = code.replace(/^export default /, 'return ').trim();
  return new Function(expression)();
}

describe('jsonModules (build plugin)', () => {
  it('makes the graph a JSON.parse of its minified text, with the same data', async () => {
    const id = resolve('data/graph.json');
    const result = await load(id);
    expect(result?.moduleType).toBe('js');
    expect(result?.code).toMatch(/^export default JSON\.parse\("\{\\"nodes\\":\[/);
    expect(defaultExport(result!.code)).toEqual(JSON.parse(readFileSync(id, 'utf8')));
  });

  it('keeps text that needs escaping intact (quotes, backslashes, line breaks, non-ASCII)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkgraph-json-'));
    const id = join(dir, 'tricky.json');
    const data = {
      quote: 'He said "yes" \\ no',
      lines: 'a\nb\u2028c',
      han: '人类命运共同体',
      t: '${x}`',
    };
    writeFileSync(id, JSON.stringify(data, null, 2));
    expect(defaultExport((await load(id))!.code)).toEqual(data);
  });

  it('leaves other files and dependencies’ JSON to Vite', async () => {
    expect(await load(resolve('src/main.tsx'))).toBeNull();
    expect(await load(resolve('node_modules/cytoscape/package.json'))).toBeNull();
  });

  it('fails the build on a malformed file, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkgraph-json-'));
    const id = join(dir, 'broken.json');
    writeFileSync(id, '{ "nodes": [ }');
    await expect(load(id)).rejects.toThrow(/broken\.json: not valid JSON/);
  });
});
