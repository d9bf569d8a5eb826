/**
 * The ```yaml snippets of README.md and docs/: found, and each made a whole workflow (the smallest one around a
 * fragment), for actionlint, the input checks, and for running their exo-cba steps against the emulator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-action.js';

export const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
export const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export interface Snippet {
  name: string;
  yaml: string;
}

export function yamlSnippets(file: string): Snippet[] {
  const blocks = [...read(file).matchAll(/^```ya?ml\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  return blocks.map((yaml, i) => ({ name: `${file} #${i + 1}`, yaml }));
}

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

/** A snippet as a whole workflow. A step that reads steps.exo but is shown alone gets the exo-cba step before it. */
export function asWorkflow(yaml: string): string {
  const code = yaml.replace(/^(\s*#.*\n)+/, '');
  const head = 'on: workflow_dispatch\npermissions:\n  id-token: write\n  contents: read\n';
  const exoStep =
    /steps\.exo\./.test(yaml) && !/^\s*(- )?id: exo\s*$/m.test(yaml)
      ? '- id: exo\n  uses: exo-cba/exo-cba@v1\n  with:\n    tenant-id: ${{ vars.ENTRA_TENANT_ID }}\n' +
        '    client-id: ${{ vars.EXO_CBA_CLIENT_ID }}\n'
      : '';
  const job = (steps: string) =>
    `jobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indent(exoStep + steps, 6)}`;
  if (/^jobs:/m.test(code)) return /^on:/m.test(code) ? yaml : `on: workflow_dispatch\n${yaml}`;
  if (/^- /.test(code)) return head + job(yaml);
  if (/^runs-on:/.test(code)) return `${head}jobs:\n  snippet:\n${indent(yaml, 4)}`;
  // a fragment that shows some inputs of the bootstrap: with the two it always needs
  if (/^with:/.test(code)) {
    const shown = code.replace(/^with:\n/, '');
    const needed = [
      'tenant-id: ${{ vars.ENTRA_TENANT_ID }}',
      'client-id: ${{ vars.EXO_CBA_CLIENT_ID }}',
    ].filter((line) => !new RegExp(`^\\s*${line.split(':')[0]}:`, 'm').test(shown));
    return (
      head + job(`- uses: exo-cba/exo-cba@v1\n  with:\n${indent(needed.join('\n'), 4)}\n${indent(shown, 2)}`)
    );
  }
  return `on: workflow_dispatch\n${yaml}${job("- run: 'true'\n")}`; // workflow-level keys: concurrency, permissions
}
