/**
 * What the rotation tests look at in the emulated tenant: the managed app's keys, which of them exo-cba
 * owns, and whether the tenant has converged after a run (docs/rotation.md).
 */
import { createHash, randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { keyCredentialDates, openPfx, type IssuedCertificate } from '../../src/certificate/certificate.js';
import type { GitHubSecretScope } from '../emulator/github.js';
import type { Application, Emulator, StoredKeyCredential } from '../emulator/index.js';
import { signInWithSecret } from './old-secret-client.js';

export const UNIQUE_NAME = 'exchange-online-automation';

export function managedApp(emulator: Emulator): Application {
  const app = [...emulator.state.applications.values()].find((a) => a.uniqueName === UNIQUE_NAME);
  if (!app) throw new Error(`no app with uniqueName ${UNIQUE_NAME} in the emulator`);
  return app;
}

/** SHA-1 thumbprints (upper-case hex) of the app's exo-cba keys, oldest first. */
export function exoCbaThumbprints(emulator: Emulator): string[] {
  return managedApp(emulator)
    .keyCredentials.filter((k) => (k.displayName ?? '').startsWith('exo-cba '))
    .sort((a, b) => Date.parse(a.startDateTime) - Date.parse(b.startDateTime))
    .map((k) => thumbprintOfKey(k));
}

export function thumbprintOfKey(key: StoredKeyCredential): string {
  return createHash('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
}

export function isRegistered(emulator: Emulator, thumbprint: string): boolean {
  return managedApp(emulator).keyCredentials.some((k) => thumbprintOfKey(k) === thumbprint);
}

/** Registers a certificate directly in the tenant, as an earlier exo-cba run (or someone else) would have. */
export function registerKey(
  emulator: Emulator,
  certificate: IssuedCertificate,
  displayName = `exo-cba ${certificate.thumbprintSha1}`,
): StoredKeyCredential {
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

export interface Secret {
  certificate: string;
  password: string;
}

export const thumbprintOf = (secret: Secret): string =>
  openPfx(secret.certificate, secret.password).thumbprintSha1;

export const REPO_SCOPE = (emulator: Emulator): GitHubSecretScope => ({
  repository: emulator.github.repository,
});

/** The certificate the repository's EXO_ secrets hold now. */
export function secretsHeld(emulator: Emulator, prefix = 'EXO_'): Secret & { thumbprint?: string } {
  const scope = REPO_SCOPE(emulator);
  return {
    certificate: emulator.github.decrypt(scope, `${prefix}CERTIFICATE`) ?? '',
    password: emulator.github.decrypt(scope, `${prefix}CERTIFICATE_PASSWORD`) ?? '',
    thumbprint: emulator.github.decrypt(scope, `${prefix}CERTIFICATE_THUMBPRINT`),
  };
}

/**
 * The tenant has converged: at most two exo-cba keys, the published certificate among them and
 * signing in, foreign keys as they were, and the secrets (when written) holding that same certificate.
 */
export async function expectConverged(
  emulator: Emulator,
  published: Secret,
  options: { foreign?: StoredKeyCredential[]; secrets?: boolean } = {},
): Promise<void> {
  const thumbprint = thumbprintOf(published);
  const keys = exoCbaThumbprints(emulator);
  expect(keys.length).toBeLessThanOrEqual(2);
  expect(keys).toContain(thumbprint);
  const app = managedApp(emulator);
  for (const foreign of options.foreign ?? []) expect(app.keyCredentials).toContainEqual(foreign);
  expect(await signInWithSecret(emulator, app.appId, published)).toEqual({
    ok: true,
    roles: ['Exchange.ManageAsApp'],
  });
  if (options.secrets) {
    const held = secretsHeld(emulator);
    expect(thumbprintOf(held)).toBe(thumbprint);
    expect(held.thumbprint).toBe(thumbprint);
  }
}
