/**
 * Reading workflow YAML the way the examples and docs write it (two-space indentation, one key per line),
 * without a YAML dependency: action.yml's input and output names, and the steps that use exo-cba.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Names under a top-level `inputs:` / `outputs:` map of action.yml (two-space indented keys). */
export function actionNames(section: 'inputs' | 'outputs'): Set<string> {
  const lines = readFileSync(join(ROOT, 'action.yml'), 'utf8').split('\n');
  const start = lines.indexOf(`${section}:`);
  const names = new Set<string>();
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^ {2}([A-Za-z0-9_-]+):/.exec(line);
    if (match) names.add(match[1]);
  }
  return names;
}

export interface ExoStep {
  line: number;
  id?: string;
  with: string[];
}

/** The steps of a workflow that use exo-cba (`uses: exo-cba/exo-cba@…`), with their id and `with:` keys. */
export function exoSteps(yaml: string): ExoStep[] {
  const lines = yaml.split('\n');
  const steps: ExoStep[] = [];
  lines.forEach((line, i) => {
    const uses = /^(\s*)(- )?uses:\s*exo-cba\/exo-cba@\S+/.exec(line);
    if (!uses) return;
    // the step's keys are indented like `uses:`; walk up to the `- ` that starts the step, and down to its end
    const indent = uses[1].length + (uses[2] ? 2 : 0);
    let first = i;
    while (!lines[first].slice(0, indent).endsWith('- ') && first > 0) first--;
    let last = i;
    while (last + 1 < lines.length && (lines[last + 1].trim() === '' || leading(lines[last + 1]) >= indent)) {
      if (lines[last + 1].trimStart().startsWith('- ') && leading(lines[last + 1]) < indent) break;
      last++;
    }
    const body = lines.slice(first, last + 1);
    const id = body.map((l) => /^\s*(?:- )?id:\s*(\S+)/.exec(l)?.[1]).find(Boolean);
    const withAt = body.findIndex((l) => /^\s*with:\s*$/.test(l));
    const keys: string[] = [];
    if (withAt >= 0) {
      const keyIndent = leading(body[withAt + 1] ?? '');
      for (const l of body.slice(withAt + 1)) {
        if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
        if (leading(l) < keyIndent) break;
        const key = leading(l) === keyIndent ? /^\s*([A-Za-z0-9_-]+):/.exec(l)?.[1] : undefined;
        if (key) keys.push(key);
      }
    }
    steps.push({ line: i + 1, id, with: keys });
  });
  return steps;
}

const leading = (line: string) => line.length - line.trimStart().length;
