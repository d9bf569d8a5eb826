// Writes the reference tables of docs/inputs-outputs.md from the entries' action.yml files, between the markers
// below; `npm run build` runs it, and a test checks the page is fresh. The prose around the tables is hand-written.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const ENTRIES = [
  ['bootstrap', '', 'exo-cba/exo-cba@v1'],
  ['rotate', 'rotate', 'exo-cba/exo-cba/rotate@v1'],
  ['token', 'token', 'exo-cba/exo-cba/token@v1'],
  ['use', 'use', 'exo-cba/exo-cba/use@v1'],
  ['remove', 'remove', 'exo-cba/exo-cba/remove@v1'],
  ['revoke', 'revoke', 'exo-cba/exo-cba/revoke@v1'],
];
export const BEGIN =
  '<!-- the tables below are generated from the action.yml files by `npm run build`: edit those -->';
export const END = '<!-- end of the generated tables -->';
const PAGE = 'docs/inputs-outputs.md';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The generated part: per entry, its inputs (required or default) and its outputs. */
export function tables(root = '.') {
  const parts = [];
  for (const [name, folder, uses] of ENTRIES) {
    const action = parse(readFileSync(`${root}/${folder ? `${folder}/` : ''}action.yml`, 'utf8'));
    parts.push(`### ${name}: \`${uses}\``, '', cell(action.description), '');
    parts.push('| input | default | meaning |', '| --- | --- | --- |');
    for (const [input, spec] of Object.entries(action.inputs ?? {})) {
      const fallback = spec.required ? 'required' : spec.default !== undefined ? `\`${spec.default}\`` : '–';
      parts.push(`| \`${input}\` | ${fallback} | ${cell(spec.description)} |`);
    }
    parts.push('', '| output | meaning |', '| --- | --- |');
    for (const [output, spec] of Object.entries(action.outputs ?? {}))
      parts.push(`| \`${output}\` | ${cell(spec.description)} |`);
    parts.push('');
  }
  return parts.join('\n');
}

/** The page with its generated part replaced, formatted as the repository's prettier formats it. */
export async function render(page, root = '.') {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PAGE}: the generated-tables markers are missing`);
  const text = `${page.slice(0, start + BEGIN.length)}\n\n${tables(root)}\n${page.slice(end)}`;
  const options = await prettier.resolveConfig(`${root}/${PAGE}`);
  return prettier.format(text, { ...options, parser: 'markdown' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(PAGE, await render(readFileSync(PAGE, 'utf8')));
}
