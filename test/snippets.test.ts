/**
 * Every ```yaml snippet in README.md and docs/ is valid GitHub Actions YAML (actionlint 1.7, as a workflow when it
 * is one, else wrapped into the smallest workflow around it), every `with:` key of an exo-cba step is an input of
 * that entry's action.yml, and every `steps.<id>.outputs.*` of an exo-cba step is an output of that entry.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntryName } from './support/action-files.js';
import { asWorkflow, FILES, read, yamlSnippets } from './support/snippets.js';
import { actionNames, exoSteps } from './support/workflow-yaml.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const snippets = FILES.flatMap(yamlSnippets);

const dir = mkdtempSync(join(tmpdir(), 'exo-cba-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY_NAMES: EntryName[] = ['bootstrap', 'rotate', 'token', 'use', 'remove', 'revoke'];
const OUTPUT_READ = /steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g;

/** Outputs read in a snippet that its own exo-cba step (by id; `exo` alone means the bootstrap) does not declare. */
function unknownOutputs(yaml: string): { entry: EntryName; name: string }[] {
  const ids = new Map<string, EntryName>([['exo', 'bootstrap']]);
  for (const step of exoSteps(asWorkflow(yaml))) if (step.id) ids.set(step.id, step.entry);
  return [...yaml.matchAll(OUTPUT_READ)]
    .filter(([, id]) => ids.has(id))
    .map(([, id, name]) => ({ entry: ids.get(id)!, name }))
    .filter(({ entry, name }) => !actionNames('outputs', entry).has(name));
}

/** Outputs read in the prose around the snippets that no entry declares. */
function unknownProseOutputs(file: string): string[] {
  const prose = read(file).replace(/^```[\s\S]*?^```/gm, '');
  const all = new Set(ENTRY_NAMES.flatMap((entry) => [...actionNames('outputs', entry)]));
  return [...prose.matchAll(OUTPUT_READ)]
    .filter(([, id]) => id === 'exo')
    .map(([, , name]) => name)
    .filter((name) => !all.has(name));
}

describe('yaml snippets in README.md and docs/', () => {
  it('are found', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
  });

  it('pass actionlint', () => {
    snippets.forEach((s, i) => writeFileSync(join(dir, `snippet-${i + 1}.yml`), asWorkflow(s.yaml)));
    const bin = join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
    const pattern = `${dir.replace(/\\/g, '/')}/*.yml`;
    const result = spawnSync(process.execPath, [bin, pattern], { cwd: ROOT, encoding: 'utf8' });
    const findings = result.stdout.replace(
      /snippet-(\d+)\.yml/g,
      (_m, n: string) => snippets[Number(n) - 1].name,
    );
    expect(result.stdout).toContain(`Checking ${snippets.length} workflow file(s)...`);
    expect({ status: result.status, findings: findings.split('\n').slice(1).join('\n').trim() }).toEqual({
      status: 0,
      findings: '✓ All workflow files passed lint checks',
    });
  });

  it.each(snippets.map((s) => [s.name, s.yaml]))('%s uses only inputs of its entry', (_name, yaml) => {
    for (const step of exoSteps(asWorkflow(yaml))) {
      const inputs = actionNames('inputs', step.entry);
      expect({ entry: step.entry, unknown: step.with.filter((k) => !inputs.has(k)) }).toEqual({
        entry: step.entry,
        unknown: [],
      });
    }
  });

  it.each(snippets.map((s) => [s.name, s.yaml]))('%s reads only outputs of its entry', (_name, yaml) => {
    expect(unknownOutputs(yaml)).toEqual([]);
  });

  it.each(FILES)('%s names only outputs an entry has', (file) => {
    expect(unknownProseOutputs(file)).toEqual([]);
  });

  it('the wrapping itself catches an undefined step and an unknown input', () => {
    const step = '- uses: exo-cba/exo-cba@v1\n  with:\n    tenant-id: t\n    colour: red\n';
    expect(exoSteps(asWorkflow(step))[0].with).toEqual(['tenant-id', 'colour']);
    writeFileSync(join(dir, 'broken.yml'), asWorkflow('- run: echo ${{ steps.app-token.outputs.token }}\n'));
    const bin = join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
    const result = spawnSync(process.execPath, [bin, `${dir.replace(/\\/g, '/')}/broken.yml`], {
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('app-token');
  });
});
