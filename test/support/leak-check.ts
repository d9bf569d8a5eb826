/**
 * Finds secret values in what a run leaves behind (stdout, stderr, the job summary, files under
 * RUNNER_TEMP). The secrets are gathered from the run's outputs and inputs and from the emulator's
 * request log, which saw every token, assertion and sealed value that went over the wire.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPfx } from '../../src/certificate/certificate.js';
import type { Emulator } from '../emulator/index.js';

export interface SecretValue {
  /** what it is, for failure messages (never the value itself) */
  label: string;
  value: string;
  /** also a leak when any `window`-character substring of it shows up (long values such as the PFX) */
  window?: number;
  /** its binary form, searched for in leftover files (the PFX as DER) */
  bytes?: Buffer;
}

export interface Leak {
  label: string;
  /** where it was found: `line <n>` or a file path */
  where: string;
}

/** What a run exposes to collect secrets from: its outputs and the inputs it was given. */
export interface RunSecrets {
  outputs?: Record<string, string>;
  inputs?: Record<string, string>;
}

/** The shortest PFX fragment that counts as a leak (any 40+ characters of the base64). */
export const PFX_WINDOW = 40;

const bearerValue = (header: unknown): string | undefined => {
  const m = /^(?:bearer|token)\s+(\S+)$/i.exec(String(header ?? ''));
  return m?.[1];
};

function pfxSecrets(label: string, pfxBase64: string, password: string | undefined): SecretValue[] {
  const found: SecretValue[] = [
    { label, value: pfxBase64, window: PFX_WINDOW, bytes: Buffer.from(pfxBase64, 'base64') },
  ];
  if (!password) return found;
  found.push({ label: `${label} password`, value: password });
  try {
    const opened = openPfx(pfxBase64, password);
    // each body line of the PEM key: the runner masks line by line, so a line is the unit that leaks
    opened.privateKeyPem
      .split(/\r?\n/)
      .filter((line) => line && !line.startsWith('-----'))
      .forEach((line, i) => found.push({ label: `${label} private key line ${i + 1}`, value: line }));
  } catch {
    // a wrong password (a failing-run input): the password itself is still a secret
  }
  return found;
}

/**
 * Every secret value a set of runs handled: certificates, passwords and private keys from outputs and
 * inputs; the GitHub token; and from the emulator's request log the OIDC request token and OIDC tokens,
 * client assertions, access tokens (Entra's answers and every Authorization header) and sealed values.
 */
export function collectSecrets(emulator: Emulator, runs: RunSecrets | RunSecrets[]): SecretValue[] {
  const secrets: SecretValue[] = [];
  const add = (label: string, value: unknown) => {
    if (typeof value === 'string' && value.length >= 8) secrets.push({ label, value });
  };

  (Array.isArray(runs) ? runs : [runs]).forEach((run, i) => {
    const { outputs = {}, inputs = {} } = run;
    if (outputs.certificate)
      secrets.push(
        ...pfxSecrets(`run ${i + 1} PFX output`, outputs.certificate, outputs['certificate-password']),
      );
    else add(`run ${i + 1} certificate-password output`, outputs['certificate-password']);
    if (inputs.certificate)
      secrets.push(
        ...pfxSecrets(`run ${i + 1} PFX input`, inputs.certificate, inputs['certificate-password']),
      );
    else add(`run ${i + 1} certificate-password input`, inputs['certificate-password']);
    add(`run ${i + 1} github-token`, inputs['github-token']);
  });

  add('ACTIONS_ID_TOKEN_REQUEST_TOKEN', emulator.oidc.requestToken);
  for (const r of emulator.requests) {
    const where = `${r.service} ${r.method} ${r.path}`;
    const auth = bearerValue(r.requestHeaders.authorization);
    if (auth && auth !== emulator.oidc.requestToken) add(`Authorization header of ${where}`, auth);
    const request = (r.requestBody ?? {}) as Record<string, unknown>;
    const response = (r.responseBody ?? {}) as Record<string, unknown>;
    if (typeof request !== 'object' || typeof response !== 'object') continue;
    if (r.service === 'oidc') add('GitHub OIDC token', response.value);
    if (r.service === 'entra') {
      add(`client_assertion of ${where}`, request.client_assertion);
      add(`access_token from ${where}`, response.access_token);
    }
    if (r.service === 'github') add(`sealed value of ${where}`, request.encrypted_value);
  }
  // one entry per distinct value and kind
  const seen = new Set<string>();
  return secrets.filter((s) => {
    const key = `${s.window ?? 0}:${s.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The secrets that appear in `text`. Lines that register a mask with the runner (`::add-mask::`) are
 * skipped: they are how the runner learns what to hide. A value with a `window` also leaks when any
 * `window` consecutive characters of it appear.
 */
export function findLeaks(text: string, secrets: SecretValue[]): Leak[] {
  const leaks: Leak[] = [];
  const lines = text.split(/\r?\n/).map((line, i) => ({ line, n: i + 1 }));
  const scanned = lines.filter(({ line }) => !line.startsWith('::add-mask::'));
  for (const secret of secrets) {
    const windows = secret.window ? substrings(secret.value, secret.window) : undefined;
    const hit = scanned.find(
      ({ line }) =>
        line.includes(secret.value) || (windows !== undefined && containsAny(line, windows, secret.window!)),
    );
    if (hit) leaks.push({ label: secret.label, where: `line ${hit.n}` });
  }
  return leaks;
}

/** Leaks in every file under `dir`, as text and, for secrets with a binary form, as bytes. */
export function findLeaksInFiles(dir: string, secrets: SecretValue[]): Leak[] {
  return listFiles(dir).flatMap((path) => {
    const content = readFileSync(path);
    const asText = findLeaks(content.toString('utf8'), secrets).map((l) => ({
      ...l,
      where: `${path} ${l.where}`,
    }));
    const asBytes = secrets
      .filter((s) => s.bytes && content.includes(s.bytes))
      .map((s) => ({ label: `${s.label} (binary)`, where: path }));
    return [...asText, ...asBytes];
  });
}

/** Every regular file under `dir`, recursively (none when it does not exist). */
export function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isDirectory() ? listFiles(path) : stat.isFile() ? [path] : [];
  });
}

/** Human-readable report of leaks for an assertion message: labels and places, never values. */
export function describeLeaks(source: string, leaks: Leak[]): string[] {
  return leaks.map((l) => `${source}: ${l.label} at ${l.where}`);
}

function substrings(value: string, size: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + size <= value.length; i++) set.add(value.slice(i, i + size));
  return set;
}

function containsAny(line: string, windows: Set<string>, size: number): boolean {
  for (let i = 0; i + size <= line.length; i++) if (windows.has(line.slice(i, i + size))) return true;
  return false;
}
