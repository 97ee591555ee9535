import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serveStatic } from './serve';

/**
 * Builds a copy of the app with extra `vite build` flags into a temporary directory, serves it on
 * 127.0.0.1, launches Debian's Chromium, runs `fn`, and cleans up.
 */
export async function withBuiltApp(
  viteFlags: string[],
  fn: (browser: Browser, url: string, dir: string) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'silkgraph-build-'));
  execFileSync(
    'npx',
    ['vite', 'build', ...viteFlags, '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  const server = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    await fn(browser, server.url, out);
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** An unminified copy of the app, for readable function names in profiles: see withBuiltApp. */
export const withUnminifiedApp = (fn: (browser: Browser, url: string) => Promise<void>) =>
  withBuiltApp(['--minify', 'false'], fn);

/** Prints "  123.4 ms  name" lines, as the profile scripts list their timings. */
export function printTimes(times: { name: string; ms: number }[]): void {
  for (const { name, ms } of times) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
