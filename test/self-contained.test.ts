/**
 * The repository stands alone: no test, source or script reads a file outside it (a clone from GitHub has
 * nothing next to it), and the data the tests need is vendored under test/fixtures/.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTSIDE = ['..', 'shared'].join('/'); // spelled apart so this file does not match itself

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|mjs|js|sh|ps1|md)$/.test(name) ? [path] : [];
  });
}

describe('the repository stands alone', () => {
  const scanned = ['src', 'test', 'scripts', 'bench'].filter((d) => existsSync(join(ROOT, d))).flatMap(files);

  it('scans the sources, the tests and the scripts', () => {
    expect(scanned.length).toBeGreaterThan(50);
    expect(scanned).toContain(join('test', 'support', 'graph-schema.ts'));
  });

  it(`no file refers to ${OUTSIDE}`, () => {
    const hits = scanned.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes(OUTSIDE));
    expect(hits).toEqual([]);
  });

  it('the vendored Graph fixtures are there', () => {
    for (const file of ['v1.0-metadata-subset.xml', 'v1.0-docs-samples-subset.json', '../README.md'])
      expect(existsSync(join(ROOT, 'test', 'fixtures', 'graph', file))).toBe(true);
  });
});
