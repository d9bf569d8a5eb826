/**
 * What the rotation tests look at in the emulated tenant: the managed app's keys, which of them exo-cba
 * owns, and whether the tenant has converged after a run (docs/rotation.md).
 */
import { createHash, randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { keyCredentialDates, openPfx, type IssuedCertificate } from '../../src/certificate/certificate.js';
import { lineageOf, managedKeyName, parseManagedKeyName, type Lineage } from '../../src/keys/lineage.js';
import type { GitHubSecretScope } from '../emulator/github.js';
import type { Application, Emulator, StoredKeyCredential } from '../emulator/index.js';
import { signInWithSecret } from './old-secret-client.js';

export const UNIQUE_NAME = 'exchange-online-automation';

export function managedApp(emulator: Emulator): Application {
  const app = [...emulator.state.applications.values()].find((a) => a.uniqueName === UNIQUE_NAME);
  if (!app) throw new Error(`no app with uniqueName ${UNIQUE_NAME} in the emulator`);
  return app;
}

export const REPOSITORY = 'contoso/exchange-automation';

/** The lineage of runs with `github-token` publishing to the repository's `<prefix>*` secrets. */
export const secretsLineage = (prefix = 'EXO_', environment?: string): Lineage =>
  lineageOf(
    environment
      ? { kind: 'secrets', scope: 'environment', repository: REPOSITORY, environment, prefix }
      : { kind: 'secrets', scope: 'repository', repository: REPOSITORY, prefix },
  );

/** The lineage of runs without `github-token` (they publish through step outputs only). */
export const outputsLineage = (): Lineage => lineageOf({ kind: 'outputs', repository: REPOSITORY });

/**
 * The grace period of a run with the e2e tests' verify-timeout (30 s): a key younger than this may belong
 * to a run in flight, so pruning leaves it; ≤ 2 keys of a lineage holds only once its keys are older.
 */
export const GRACE_MS = (30 + 15 * 60) * 1000;
/** How far `ageTenant` moves time to get past the grace period. */
export const PAST_GRACE_MS = GRACE_MS + 5 * 60_000;

/**
 * SHA-1 thumbprints (upper-case hex) of the app's exo-cba keys, oldest first; with `lineage`, only the
 * keys tagged with it (`null`: only untagged keys written before lineages existed).
 */
export function exoCbaThumbprints(emulator: Emulator, lineage?: Lineage | null): string[] {
  return managedApp(emulator)
    .keyCredentials.filter((k) => {
      const parsed = parseManagedKeyName(k.displayName);
      if (!parsed.managed) return false;
      if (lineage === undefined) return true;
      return lineage === null ? parsed.lineage === undefined : parsed.lineage === lineage.id;
    })
    .sort((a, b) => Date.parse(a.startDateTime) - Date.parse(b.startDateTime))
    .map((k) => thumbprintOfKey(k));
}

export function thumbprintOfKey(key: StoredKeyCredential): string {
  return createHash('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
}

export function isRegistered(emulator: Emulator, thumbprint: string): boolean {
  return managedApp(emulator).keyCredentials.some((k) => thumbprintOfKey(k) === thumbprint);
}

/**
 * Registers a certificate directly in the tenant, as an earlier exo-cba run (or someone else) would have:
 * `owner` is the lineage of the run that added it, a foreign displayName, or nothing for a key written
 * before lineages existed (`exo-cba <thumbprint>`).
 */
export function registerKey(
  emulator: Emulator,
  certificate: IssuedCertificate,
  owner?: Lineage | string,
): StoredKeyCredential {
  const displayName =
    owner === undefined
      ? `exo-cba ${certificate.thumbprintSha1}`
      : typeof owner === 'string'
        ? owner
        : managedKeyName(certificate.thumbprintSha1, owner);
  const key: StoredKeyCredential = {
    keyId: randomUUID(),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName,
    customKeyIdentifier: Buffer.from(certificate.thumbprintSha1, 'hex').toString('base64'),
    ...keyCredentialDates(certificate),
    key: certificate.certificateDerBase64,
    addedAt: -1, // replicated long ago
  };
  managedApp(emulator).keyCredentials.push(key);
  return key;
}

/** Makes an exo-cba key look `ms` older (as if the next run came that much later). */
export function ageKey(emulator: Emulator, thumbprint: string, ms: number): void {
  const key = managedApp(emulator).keyCredentials.find((k) => thumbprintOfKey(k) === thumbprint);
  if (!key) throw new Error(`key ${thumbprint} is not on the app`);
  key.startDateTime = new Date(Date.parse(key.startDateTime) - ms).toISOString();
}

/**
 * Lets `ms` pass for everything that carries a time, as if the next run came that much later: every key's
 * start, the secrets' last writes (their order relative to the keys is kept, which the never-published rule
 * reads), and replication.
 */
export function ageTenant(
  emulator: Emulator,
  ms = PAST_GRACE_MS,
  scopes: GitHubSecretScope[] = [REPO_SCOPE(emulator)],
): void {
  for (const app of emulator.state.applications.values())
    for (const key of app.keyCredentials)
      key.startDateTime = new Date(Date.parse(key.startDateTime) - ms).toISOString();
  for (const scope of scopes)
    for (const name of emulator.github.secretNames(scope)) {
      const secret = emulator.github.secret(scope, name)!;
      secret.updatedAt = new Date(Date.parse(secret.updatedAt) - ms).toISOString();
    }
  emulator.state.elapse(ms);
}

export interface Secret {
  certificate: string;
  password: string;
}

export const thumbprintOf = (secret: Secret): string =>
  openPfx(secret.certificate, secret.password).thumbprintSha1;

export const REPO_SCOPE = (emulator: Emulator): GitHubSecretScope => ({
  repository: emulator.github.repository,
});

/** The certificate the repository's (or `scope`'s) EXO_ secrets hold now. */
export function secretsHeld(
  emulator: Emulator,
  prefix = 'EXO_',
  scope: GitHubSecretScope = REPO_SCOPE(emulator),
): Secret {
  return {
    certificate: emulator.github.decrypt(scope, `${prefix}CERTIFICATE`) ?? '',
    password: emulator.github.decrypt(scope, `${prefix}CERTIFICATE_PASSWORD`) ?? '',
  };
}

/**
 * The tenant has converged: at most two keys of the lineage, the published certificate among them and
 * signing in, foreign keys as they were, and the secrets (when written) holding that same certificate.
 * Right after parallel or failed runs a lineage may hold more (young keys are kept for runs in flight):
 * call this once the lineage's keys are older than the grace period and a run has pruned (`ageTenant`).
 */
export async function expectConverged(
  emulator: Emulator,
  published: Secret,
  options: { lineage: Lineage; foreign?: StoredKeyCredential[]; secrets?: boolean; prefix?: string },
): Promise<void> {
  const thumbprint = thumbprintOf(published);
  const keys = exoCbaThumbprints(emulator, options.lineage);
  expect(keys.length).toBeLessThanOrEqual(2);
  expect(keys).toContain(thumbprint);
  const app = managedApp(emulator);
  for (const foreign of options.foreign ?? []) expect(app.keyCredentials).toContainEqual(foreign);
  expect(await signInWithSecret(emulator, app.appId, published)).toEqual({
    ok: true,
    roles: ['Exchange.ManageAsApp'],
  });
  if (options.secrets) {
    const held = secretsHeld(emulator, options.prefix);
    expect(thumbprintOf(held)).toBe(thumbprint);
    // only independent facts are stored: no thumbprint secret that could disagree
    expect(
      emulator.github.secret(REPO_SCOPE(emulator), `${options.prefix ?? 'EXO_'}CERTIFICATE_THUMBPRINT`),
    ).toBeUndefined();
  }
}

/**
 * The certificate inputs a workflow passes: `${{ secrets.EXO_CERTIFICATE }}` and its password, empty when
 * the secret does not exist (GitHub expands a missing secret to an empty string).
 */
export function secretInputs(
  emulator: Emulator,
  prefix = 'EXO_',
  scope: GitHubSecretScope = REPO_SCOPE(emulator),
): Record<string, string> {
  const held = secretsHeld(emulator, prefix, scope);
  return { certificate: held.certificate, 'certificate-password': held.password };
}

/** Whether the certificate secret and its password open (a pair a consumer can use). */
export function pairOpens(secret: Secret): boolean {
  try {
    openPfx(secret.certificate, secret.password);
    return true;
  } catch {
    return false;
  }
}
