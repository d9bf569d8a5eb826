/** The entries' action.yml files, read with a YAML parser: their inputs (with defaults) and outputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './run-action.js';

export const ENTRIES = ['bootstrap', 'rotate', 'token', 'use', 'remove', 'revoke'] as const;
export type EntryName = (typeof ENTRIES)[number];

/** The folder of an entry's action.yml: the root for the bootstrap. */
export const entryFolder = (entry: EntryName): string => (entry === 'bootstrap' ? '' : entry);

export interface ActionFile {
  name: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

export function actionFile(entry: EntryName): ActionFile {
  return parse(readFileSync(join(ROOT, entryFolder(entry), 'action.yml'), 'utf8')) as ActionFile;
}

/** The inputs the runner passes when a step sets none: every default of the entry's action.yml. */
export function defaultInputs(entry: EntryName): Record<string, string> {
  return Object.fromEntries(
    Object.entries(actionFile(entry).inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, String(input.default)]),
  );
}
