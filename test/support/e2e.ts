/** Small helpers the end-to-end tests share: running against an emulator, reading what a run did. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTokenClient } from '../../src/auth/token-client.js';
import { openPfx } from '../../src/certificate/certificate.js';
import { HttpClient } from '../../src/http/client.js';
import type { Emulator, RequestLogEntry } from '../emulator/index.js';
import { runAction, runActionWithPost, type ActionRun, type RunActionOptions } from './run-action.js';

export const EXCHANGE_RESOURCE = 'https://outlook.office365.com';

/** Runs the bundled action against the emulator, as a runner would; `inputs` add to or override the defaults. */
export function runOn(
  emulator: Emulator,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  options: Pick<RunActionOptions, 'killWhen' | 'killOn' | 'entry'> = {},
): Promise<ActionRun> {
  return runAction({
    inputs: { ...emulator.actionInputs(), 'verify-timeout': '30', ...inputs },
    env: { ...emulator.runnerEnv(), ...env },
    ...options,
  });
}

/** The inputs a scheduled rotation passes: the EXO_* secrets a bootstrap wrote (or its outputs). */
export function rotateInputs(
  emulator: Emulator,
  published: { appId: string; appObjectId?: string; certificate: string; password: string },
): Record<string, string> {
  return {
    'tenant-id': emulator.state.tenantId,
    organization: emulator.state.initialDomain,
    'app-id': published.appId,
    ...(published.appObjectId ? { 'app-object-id': published.appObjectId } : {}),
    certificate: published.certificate,
    'certificate-password': published.password,
    'verify-timeout': '30',
  };
}

/** Runs an entry other than the bootstrap: only the inputs given (no client-id), the emulator's environment. */
export function runEntryOn(
  emulator: Emulator,
  entry: Exclude<RunActionOptions['entry'], undefined | 'index' | 'post'>,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: Pick<RunActionOptions, 'killWhen' | 'killOn'> = {},
): Promise<ActionRun> {
  return runAction({ inputs, env: { ...emulator.runnerEnv(), ...env }, entry, ...options });
}

export function runWithPostOn(
  emulator: Emulator,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<{ main: ActionRun; post: ActionRun }> {
  return runActionWithPost({
    inputs: { ...emulator.actionInputs(), 'verify-timeout': '30', ...inputs },
    env: { ...emulator.runnerEnv(), ...env },
  });
}

/** The `::error::` message of a failed run, decoded the way the runner shows it. */
export function failureOf(run: ActionRun): string {
  const line = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
  if (!line) return '';
  return line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Requests logged since `mark` (an earlier `emulator.requests.length`). */
export const since = (emulator: Emulator, mark: number): RequestLogEntry[] => emulator.requests.slice(mark);

/** Graph requests that change something. */
export const graphWrites = (requests: RequestLogEntry[]) =>
  requests.filter((r) => r.service === 'graph' && r.method !== 'GET');

export const githubPuts = (requests: RequestLogEntry[]) =>
  requests.filter((r) => r.service === 'github' && r.method === 'PUT');

/** Token requests to Entra for the Exchange resource (verification's sign-ins as the managed app). */
export const exchangeTokenRequests = (requests: RequestLogEntry[]) =>
  requests.filter(
    (r) =>
      r.service === 'entra' &&
      String((r.requestBody as Record<string, unknown> | undefined)?.scope ?? '').includes(
        `${EXCHANGE_RESOURCE}/.default`,
      ),
  );

/** SHA-1 thumbprints of the keys registered on the app with client ID `appId`. */
export function registeredThumbprints(emulator: Emulator, appId: string): string[] {
  const app = emulator.state.applicationByAppId(appId);
  if (!app) return [];
  return app.keyCredentials.map((k) =>
    createHash('sha1').update(Buffer.from(k.key, 'base64')).digest('hex').toUpperCase(),
  );
}

/**
 * Signs in as the managed app with a certificate, the way a consumer job would, and returns the roles of
 * the Exchange token Entra issues (throws when Entra refuses the certificate).
 */
export async function exchangeRolesWith(
  emulator: Emulator,
  appId: string,
  pfxBase64: string,
  password: string,
): Promise<string[]> {
  const cert = openPfx(pfxBase64, password);
  const quiet = { debug: () => {}, info: () => {} };
  const http = new HttpClient({ ca: readFileSync(emulator.caFile, 'utf8'), log: quiet });
  try {
    const client = createTokenClient({
      authorityHost: emulator.urls.entra,
      tenantId: emulator.state.tenantId,
      clientId: appId,
      credential: {
        kind: 'certificate',
        privateKeyPem: cert.privateKeyPem,
        thumbprintSha256: cert.thumbprintSha256,
        certificatePem: cert.certificatePem,
      },
      http,
    });
    const token = await client.acquire(EXCHANGE_RESOURCE, true);
    return Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
  } finally {
    http.close();
  }
}
