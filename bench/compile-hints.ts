/**
 * `npm run compile-hints`: writes build/compile-hints.cytoscape.json, the function expressions of
 * cytoscape's ES module that run before the map's first paint (see build/compileHints.ts).
 *
 * Builds the app with source maps into a temporary directory, serves it on 127.0.0.1, loads it cold
 * in Debian's Chromium a few times with V8's function coverage on, until the map is painted as the
 * bench says it is (bench/page.ts), and maps each function of cytoscape's chunk that ran by then
 * back, through the source map, to its line and column in node_modules/cytoscape. Run it again
 * after upgrading cytoscape (the build warns and a unit test fails until then).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { CDPSession } from '@playwright/test';
import {
  functionExpressions,
  HINTS_FILE,
  installedVersion,
  positionKeys,
  sha256,
  type CompileHints,
} from '../build/compileHints';
import { openApp } from './page';
import { withBuiltApp } from './builtApp';

const PACKAGE = 'cytoscape';
const FILE = 'dist/cytoscape.esm.mjs';
const LOADS = 3;
/** Cytoscape's own chunk (vite.config.ts names it), not its extensions' (cytoscape-fcose-…). */
const CHUNK = /^cytoscape-[\w-]{8}\.js$/;

interface Coverage {
  result: {
    url: string;
    functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
  }[];
}

async function main() {
  const original = readFileSync(`node_modules/${PACKAGE}/${FILE}`, 'utf8');
  const known = new Set(functionExpressions(original).map((f) => f.key));
  const keys = new Set<string>();
  let ran = 0;
  let others = 0;
  // Built without the hints in use, so that the list does not depend on the one it replaces.
  await withBuiltApp(
    ['--sourcemap'],
    async (browser, url, dir) => {
      const chunk = readdirSync(join(dir, 'assets')).find((f) => CHUNK.test(f));
      if (!chunk) throw new Error(`no cytoscape chunk in ${dir}/assets`);
      const code = readFileSync(join(dir, 'assets', chunk), 'utf8');
      const map = new TraceMap(readFileSync(join(dir, 'assets', `${chunk}.map`), 'utf8'));
      const keyOf = positionKeys(code);
      const offsets = new Set<number>();
      for (let i = 0; i < LOADS; i++) {
        let cdp: CDPSession | undefined;
        const { page, context } = await openApp(browser, url, async (page, context) => {
          cdp = await context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
        });
        const { result } = (await cdp!.send('Profiler.takePreciseCoverage')) as Coverage;
        for (const script of result)
          if (CHUNK.test(script.url.split('/').pop() ?? ''))
            for (const fn of script.functions)
              // The module's own top level (offset 0) is not a function to hint.
              if (fn.ranges[0] && fn.ranges[0].count > 0 && fn.ranges[0].startOffset > 0)
                offsets.add(fn.ranges[0].startOffset);
        await page.close();
        await context.close();
      }
      ran = offsets.size;
      for (const offset of offsets) {
        const [line, column] = keyOf(offset).split(':').map(Number) as [number, number];
        const at = originalPositionFor(map, { line, column });
        const key = `${at.line}:${at.column}`;
        // Only a function expression can be put in parentheses: not a declaration, method or arrow.
        if (at.source?.endsWith(`node_modules/${PACKAGE}/${FILE}`) && known.has(key)) keys.add(key);
        else others++;
      }
    },
    { SILKGRAPH_COMPILE_HINTS: 'off' },
  );
  const byPosition = (a: string, b: string) => {
    const [la, ca] = a.split(':').map(Number) as [number, number];
    const [lb, cb] = b.split(':').map(Number) as [number, number];
    return la - lb || ca - cb;
  };
  const hints: CompileHints = {
    package: PACKAGE,
    version: installedVersion(PACKAGE),
    file: FILE,
    sha256: sha256(original),
    functions: [...keys].sort(byPosition),
  };
  writeFileSync(HINTS_FILE, `${JSON.stringify(hints, null, 2)}\n`);
  console.log(
    `${ran} functions of cytoscape's chunk ran until the first paint: ${keys.size} function ` +
      `expressions hinted, ${others} others (declarations, methods, arrows) left as they are.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
