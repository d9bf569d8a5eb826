/**
 * The few runner commands the entry needs before the pipeline is loaded: reading an input, masking a
 * value, log lines and annotations. Written as GitHub documents them ("Workflow commands for GitHub
 * Actions") and byte for byte as @actions/core writes them, without loading @actions/core (~45 ms: it
 * pulls undici in for OIDC, which exo-cba does itself), so `node dist/index.js` fails fast on bad inputs.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** `%`, CR and LF would end or corrupt a command: the runner decodes these escapes. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** An input as the runner passes it: INPUT_<NAME> (spaces as `_`, hyphens kept), trimmed; '' when unset. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Registers a value with the runner's log masking (`::add-mask::`). */
export function setSecret(value: string): void {
  command('add-mask', value);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  command('debug', message);
}

export function warning(message: string): void {
  command('warning', message);
}

/** An error annotation; the step fails with exit code 1 once the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

/** State saved by the main step (`core.saveState`), as the runner passes it to the post step: STATE_<name>. */
export function getState(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), when the runner provides one. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`);
}
