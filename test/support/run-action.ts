/**
 * Runs the bundled action the way a GitHub runner does: `node dist/index.js` with INPUT_* variables
 * (hyphens kept), GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, RUNNER_TEMP; then the post
 * step with the saved state as STATE_* variables. Used by the end-to-end tests, the demo and the bench.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..').replace(/[/\\]build$/, '');

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** the runner's temp dir of this run (RUNNER_TEMP) */
  runnerTemp: string;
  /** wall time of the process */
  durationMs: number;
}

export type Entry = 'index' | 'rotate' | 'token' | 'use' | 'remove' | 'revoke' | 'post';

export interface RunActionOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** the Node binary (default: EXO_CBA_NODE, else this process's) */
  node?: string;
  /** kill the process when this returns true for a line of its stdout */
  killWhen?: (line: string) => boolean;
  /** kill the process when this settles (e.g. when the emulator sees a given request) */
  killOn?: Promise<unknown>;
  /** which entry's file in dist/ runs: index (the root, bootstrap), rotate, token, use, remove, revoke or post */
  entry?: Entry;
  /** reuse a runner temp dir (the post step needs the one of its main step) */
  runnerTemp?: string;
  state?: Record<string, string>;
  timeoutMs?: number;
}

/** Parses GitHub's `name<<delimiter` file commands (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      result[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      result[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return result;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** A clean environment: nothing from the test process leaks into the action but PATH and HOME. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'SYSTEMROOT', 'TMPDIR'];
  return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k] as string]));
}

/** RUNNER_TEMP dirs made by runAction; they may hold a PFX until the post step or cleanup removes them. */
const runnerTemps = new Set<string>();

/** Removes every RUNNER_TEMP made so far (jest calls it after each test file; the demo and bench at their end). */
export function cleanupRunnerTemps(): void {
  for (const dir of runnerTemps) rmSync(dir, { recursive: true, force: true });
  runnerTemps.clear();
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'exo-cba-runner-'));
  runnerTemps.add(runnerTemp);
  const files = mkdtempSync(join(tmpdir(), 'exo-cba-files-'));
  const outputFile = join(files, 'output');
  const stateFile = join(files, 'state');
  const summaryFile = join(files, 'summary');
  for (const f of [outputFile, stateFile, summaryFile]) writeFileSync(f, '');
  const entry = join(ROOT, 'dist', `${options.entry ?? 'index'}.js`);
  const env: Record<string, string> = {
    ...baseEnv(),
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...inputEnv(options.inputs),
    ...options.env,
  };
  const started = Date.now();
  const child = spawn(options.node ?? process.env.EXO_CBA_NODE ?? process.execPath, [entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stdout += text;
    if (options.killWhen) {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      if (lines.some((l) => options.killWhen!(l))) child.kill('SIGKILL');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const kill = () => child.kill('SIGKILL');
  options.killOn?.then(kill, kill);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig])),
  );
  clearTimeout(timer);
  const result: ActionRun = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(outputFile, 'utf8')),
    state: parseFileCommands(readFileSync(stateFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp,
    durationMs: Date.now() - started,
  };
  rmSync(files, { recursive: true, force: true });
  return result;
}

/** The main step and then the post step, sharing RUNNER_TEMP and the saved state. */
export async function runActionWithPost(
  options: RunActionOptions,
): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction(options);
  const post = await runAction({
    ...options,
    entry: 'post',
    runnerTemp: main.runnerTemp,
    state: main.state,
    killWhen: undefined,
    killOn: undefined,
  });
  return { main, post };
}
