import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the built app ships: every runtime dependency, and theirs. Permissive licences only, except
 * those listed here on purpose (the README's "Licences" section says what they mean for anyone who
 * hands the built app on).
 */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);
const KNOWN_EXCEPTIONS: Record<string, string> = {
  // The SVG export (loaded only when an SVG is exported; in the single file too).
  'cytoscape-svg': 'GNU GPLv3',
  // Word files (mammoth, loaded only when a .docx is opened): permissive, in SPDX words the list
  // above does not hold. jszip is offered under MIT or GPL-3.0; Silkgraph takes it under MIT.
  jszip: '(MIT OR GPL-3.0-or-later)',
  pako: '(MIT AND Zlib)',
  duck: 'BSD',
  // The PSF-style licence of Python's argparse; mammoth uses it only in its command line.
  argparse: 'Python-2.0',
};

interface Manifest {
  name: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const manifest = (name: string): Manifest =>
  JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8'));

function shipped(): Manifest[] {
  const seen = new Map<string, Manifest>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const m = manifest(name);
    seen.set(name, m);
    for (const dep of Object.keys(m.dependencies ?? {})) visit(dep);
  };
  const app: Manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
  for (const dep of Object.keys(app.dependencies ?? {})) visit(dep);
  return [...seen.values()];
}

describe('licences of what the app ships', () => {
  it('are permissive, but for the known exceptions', () => {
    const packages = shipped();
    expect(packages.length).toBeGreaterThan(10);
    const others = packages
      .filter((p) => !PERMISSIVE.has(p.license ?? ''))
      .map((p) => [p.name, p.license ?? '(none)']);
    expect(Object.fromEntries(others)).toEqual(KNOWN_EXCEPTIONS);
  });
});
