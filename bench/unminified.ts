import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serveStatic } from './serve';

/**
 * Builds an unminified copy of the app (readable function names in profiles) into a temporary
 * directory, serves it on 127.0.0.1, launches Debian's Chromium, runs `fn`, and cleans up.
 */
export async function withUnminifiedApp(
  fn: (browser: Browser, url: string) => Promise<void>,
): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'silkgraph-profile-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--minify', 'false', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  const server = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    await fn(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Prints "  123.4 ms  name" lines, as the profile scripts list their timings. */
export function printTimes(times: { name: string; ms: number }[]): void {
  for (const { name, ms } of times) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
