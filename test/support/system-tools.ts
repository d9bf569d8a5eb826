/**
 * Independent cross-checks run system tools (the openssl CLI, Python with PyNaCl). `npm test` must pass with
 * Node and npm alone, so a test that needs a missing tool is skipped, and the reason is printed once per test
 * file on stderr and put in the skipped test's name. CI installs the tools, so the checks run there.
 */
import { it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

export interface SystemTool {
  available: boolean;
  /** why the tool is missing and how to install it */
  missing: string;
}

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

export const OPENSSL: SystemTool = {
  available: runs('openssl', ['version']),
  missing:
    'the openssl CLI is not on PATH (Debian/Ubuntu: apt-get install openssl; macOS: brew install openssl; ' +
    'Windows: Git for Windows ships one in usr\\bin)',
};

const reported = new Set<SystemTool>();

/** `it` when the tool is there, else `it.skip` with the reason in the name and on stderr. */
export function itWith(tool: SystemTool): (name: string, fn: () => unknown) => void {
  if (tool.available) return (name, fn) => it(name, fn as () => void);
  if (!reported.has(tool)) {
    reported.add(tool);
    process.stderr.write(`Skipping the tests that need it: ${tool.missing}\n`);
  }
  return (name, fn) => it.skip(`${name} — SKIPPED: ${tool.missing}`, fn as () => void);
}
