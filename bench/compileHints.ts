/**
 * `npm run compile-hints`: writes build/compile-hints.cytoscape.json, the function expressions of
 * cytoscape's ES module that run before the map's first paint (see build/compileHints.ts).
 *
 * Builds the app with source maps into a temporary directory, serves it on 127.0.0.1, loads it cold
 * in Debian's Chromium a few times with V8's function coverage on, and maps each function of
 * cytoscape's chunk that ran before the first paint back, through the source map, to its line and
 * column in node_modules/cytoscape. Run it again after upgrading cytoscape (the build warns and a
 * unit test fails until then).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from '@playwright/test';
import { functionExpressions, HINTS_FILE, type CompileHints } from '../build/compileHints';
import { CHROMIUM_ARGS } from '../playwright.config';
import { VIEWPORT } from './page';
import { serveStatic } from './serve';

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

/** Offsets of the functions of the cytoscape chunk that ran before the first paint, over cold loads. */
async function executedOffsets(url: string): Promise<Set<number>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const offsets = new Set<number>();
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
      await page.goto(url);
      // The map's first frame is drawn in the animation frame after its framing (see GraphCanvas).
      await page.waitForFunction(() => performance.getEntriesByName('silkgraph:framed').length > 0);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as Coverage;
      for (const script of result)
        if (CHUNK.test(script.url.split('/').pop() ?? ''))
          for (const fn of script.functions)
            if (fn.ranges[0] && fn.ranges[0].count > 0 && fn.ranges[0].startOffset > 0)
              offsets.add(fn.ranges[0].startOffset);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return offsets;
}

async function main() {
  const out = mkdtempSync(join(tmpdir(), 'silkgraph-hints-'));
  try {
    execFileSync(
      'npx',
      ['vite', 'build', '--sourcemap', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
      { stdio: 'inherit' },
    );
    const server = await serveStatic(out);
    let offsets: Set<number>;
    try {
      offsets = await executedOffsets(server.url);
    } finally {
      await server.close();
    }
    const chunk = readdirSync(join(out, 'assets')).find((f) => CHUNK.test(f));
    if (!chunk) throw new Error(`no cytoscape chunk in ${out}/assets`);
    const code = readFileSync(join(out, 'assets', chunk), 'utf8');
    const map = new TraceMap(readFileSync(join(out, 'assets', `${chunk}.map`), 'utf8'));
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1))
      lineStarts.push(i + 1);

    const original = readFileSync(`node_modules/${PACKAGE}/${FILE}`, 'utf8');
    const known = new Set(functionExpressions(original).map((f) => f.key));
    const keys = new Set<string>();
    let declarations = 0;
    let unmapped = 0;
    for (const offset of offsets) {
      // Only a function expression can be put in parentheses: not a declaration, method or arrow.
      const before = code.slice(Math.max(0, offset - 7), offset);
      if (!code.startsWith('function', offset) || !/([=:,([?&|!]|return )$/.test(before)) {
        declarations++;
        continue;
      }
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      const at = originalPositionFor(map, { line: line + 1, column: offset - lineStarts[line]! });
      const key = `${at.line}:${at.column}`;
      if (at.source?.endsWith(`node_modules/${PACKAGE}/${FILE}`) && known.has(key)) keys.add(key);
      else unmapped++;
    }
    const byPosition = (a: string, b: string) => {
      const [la, ca] = a.split(':').map(Number) as [number, number];
      const [lb, cb] = b.split(':').map(Number) as [number, number];
      return la - lb || ca - cb;
    };
    const version = (
      JSON.parse(readFileSync(`node_modules/${PACKAGE}/package.json`, 'utf8')) as {
        version: string;
      }
    ).version;
    const hints: CompileHints = {
      package: PACKAGE,
      version,
      file: FILE,
      functions: [...keys].sort(byPosition),
    };
    writeFileSync(HINTS_FILE, `${JSON.stringify(hints, null, 2)}\n`);
    console.log(
      `${offsets.size} functions of ${chunk} ran before the first paint: ${keys.size} function ` +
        `expressions hinted, ${declarations} declarations, methods or arrows left as they are, ` +
        `${unmapped} not mapped back to ${FILE}.`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
