/**
 * End to end: the bundled action (node dist/index.js) against the emulator. The input certificate
 * is reused while valid, rotated when absent / unregistered / expiring / forced, in the order
 * add → verify → publish → remove, and a job holding the previous secret keeps signing in.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.js';
import { signInWithSecret } from '../support/old-secret-client.js';
import { runOn } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import {
  ageTenant,
  exoCbaThumbprints,
  expectConverged,
  isRegistered,
  managedApp,
  outputsLineage,
  registerKey,
  secretsHeld,
  secretsLineage,
  thumbprintOf,
  type Secret,
} from '../support/tenant-keys.js';

const DAY = 86_400_000;
const GITHUB_TOKEN = fakeGitHubToken('app');

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(async () => {
  await emulator.close();
});

const published = (r: ActionRun): Secret => ({
  certificate: r.outputs['certificate'],
  password: r.outputs['certificate-password'],
});
const asInputs = (s: Secret) => ({ certificate: s.certificate, 'certificate-password': s.password });
const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;

/** Requests made from `from` on (an index into emulator.requests). */
const since = (from: number): RequestLogEntry[] => emulator.requests.slice(from);
const graphWrites = (from: number) => since(from).filter((r) => r.service === 'graph' && r.method !== 'GET');

async function expiringCertificate(daysLeft: number) {
  return generateCertificate({
    subject: 'CN=Exchange Online Automation',
    validityDays: 40,
    keySize: 2048,
    now: new Date(Date.now() - (40 - daysLeft) * DAY),
  });
}

describe('reuse', () => {
  it('keeps a registered, valid input: no Graph write, same outputs, rotated=false, changed=false', async () => {
    const first = await runOn(emulator, { 'github-token': GITHUB_TOKEN });
    expect(first.exitCode).toBe(0);
    const secret = secretsHeld(emulator);
    expect(thumbprintOf(secret)).toBe(first.outputs['certificate-thumbprint']);

    const from = emulator.requests.length;
    const again = await runOn(emulator, { ...asInputs(secret), 'github-token': GITHUB_TOKEN });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      rotated: 'false',
      changed: 'false',
      verified: 'unchanged',
      certificate: secret.certificate,
      'certificate-password': secret.password,
      'certificate-thumbprint': first.outputs['certificate-thumbprint'],
      'certificate-expires-on': first.outputs['certificate-expires-on'],
      'app-id': first.outputs['app-id'],
    });
    expect(graphWrites(from)).toEqual([]);
    expect(since(from).filter((r) => r.service === 'github' && r.method === 'PUT')).toEqual([]);
    expect(since(from).filter((r) => r.service === 'exchange')).toEqual([]);
    expect(log(again)).toContain('Nothing changed');
    expect(exoCbaThumbprints(emulator)).toEqual([first.outputs['certificate-thumbprint']]);
  });

  it('a wrong password is an input error before any request, never a silent rotation', async () => {
    const first = await runOn(emulator);
    const secret = published(first);
    const from = emulator.requests.length;
    const wrong = await runOn(emulator, {
      certificate: secret.certificate,
      'certificate-password': 'not-the-password',
    });
    expect(wrong.exitCode).toBe(1);
    expect(log(wrong)).toMatch(/Input 'certificate-password': does not open the PFX in 'certificate'/);
    expect(since(from)).toEqual([]);
    expect(log(wrong)).not.toContain(secret.password);
    expect(wrong.outputs['rotated']).toBeUndefined();
    expect(exoCbaThumbprints(emulator)).toEqual([first.outputs['certificate-thumbprint']]);
  });

  it('a malformed PFX is an input error before any request', async () => {
    const first = await runOn(emulator);
    const from = emulator.requests.length;
    const damaged = `${first.outputs['certificate'].slice(0, 200)}AAAA${first.outputs['certificate'].slice(204)}`;
    const bad = await runOn(emulator, {
      certificate: damaged,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(bad.exitCode).toBe(1);
    expect(log(bad)).toMatch(/Input 'certificate(-password)?':/);
    expect(since(from)).toEqual([]);
    expect(exoCbaThumbprints(emulator)).toEqual([first.outputs['certificate-thumbprint']]);
  });
});

describe('rotation', () => {
  it('without a certificate input: issues one and warns how to pass the secret next time', async () => {
    const first = await runOn(emulator);
    expect(first.exitCode).toBe(0);
    const second = await runOn(emulator);
    expect(second.outputs['rotated']).toBe('true');
    expect(second.stdout).toMatch(
      /::warning::No certificate input was given.*certificate: \$\{\{ secrets\.EXO_CERTIFICATE \}\}.*certificate-password: \$\{\{ secrets\.EXO_CERTIFICATE_PASSWORD \}\}/,
    );
    // the first run's certificate is the one the second replaced: it stays for queued jobs
    expect(exoCbaThumbprints(emulator)).toEqual([
      first.outputs['certificate-thumbprint'],
      second.outputs['certificate-thumbprint'],
    ]);
    expect((await signInWithSecret(emulator, first.outputs['app-id'], published(first))).ok).toBe(true);
    // days later (past the grace period): the key the second run replaced is superseded
    ageTenant(emulator);
    const third = await runOn(emulator);
    expect(exoCbaThumbprints(emulator)).toEqual([
      second.outputs['certificate-thumbprint'],
      third.outputs['certificate-thumbprint'],
    ]);
    await expectConverged(emulator, published(third), { lineage: outputsLineage() });
  });

  it('an input that is not registered on the app is replaced, and the registered key stays', async () => {
    const first = await runOn(emulator);
    const stranger = await generateCertificate({
      subject: 'CN=Somewhere else',
      validityDays: 90,
      keySize: 2048,
      now: new Date(),
    });
    const second = await runOn(
      emulator,
      asInputs({ certificate: stranger.pfxBase64, password: stranger.password }),
    );
    expect(second.exitCode).toBe(0);
    expect(second.outputs['rotated']).toBe('true');
    expect(second.stdout).toContain('because the input certificate is not registered on the app');
    expect(second.outputs['certificate-thumbprint']).not.toBe(stranger.thumbprintSha1);
    expect(isRegistered(emulator, stranger.thumbprintSha1)).toBe(false);
    expect(exoCbaThumbprints(emulator)).toEqual([
      first.outputs['certificate-thumbprint'],
      second.outputs['certificate-thumbprint'],
    ]);
    await expectConverged(emulator, published(second), { lineage: outputsLineage() });
  });

  it('an expiring input is rotated in order add → verify → publish → remove; old keys go, foreign keys stay', async () => {
    const first = await runOn(emulator);
    expect(first.exitCode).toBe(0);
    // a tenant as a year of weekly runs leaves it: an expiring current key, an older one, an expired one,
    // and a certificate someone else uploaded (expired too), which exo-cba must never touch
    const app = managedApp(emulator);
    app.keyCredentials.length = 0;
    const expired = await generateCertificate({
      subject: 'CN=Exchange Online Automation',
      validityDays: 30,
      keySize: 2048,
      now: new Date(Date.now() - 400 * DAY),
    });
    const older = await expiringCertificate(10);
    const current = await expiringCertificate(20);
    const foreignCert = await generateCertificate({
      subject: 'CN=Manual upload',
      validityDays: 30,
      keySize: 2048,
      now: new Date(Date.now() - 400 * DAY),
    });
    // the expired key predates lineages (anyone removes it); the others belong to the EXO_ secrets
    const lineage = secretsLineage();
    registerKey(emulator, expired);
    // `older` must have started before `current` to be superseded by it
    const olderKey = registerKey(emulator, older, lineage);
    olderKey.startDateTime = new Date(Date.parse(olderKey.startDateTime) - DAY).toISOString();
    registerKey(emulator, current, lineage);
    const foreign = registerKey(emulator, foreignCert, 'CN=Manual upload');
    const currentSecret = { certificate: current.pfxBase64, password: current.password };

    // rotate-before-days 10 leaves 20 days: kept; the expired exo-cba key is cleaned up, the one it replaced stays
    const kept = await runOn(emulator, { ...asInputs(currentSecret), 'rotate-before-days': '10' });
    expect(kept.exitCode).toBe(0);
    expect(kept.outputs).toMatchObject({
      rotated: 'false',
      changed: 'true',
      'certificate-thumbprint': current.thumbprintSha1,
    });
    expect(kept.stdout).toContain(`removed certificate(s) ${expired.thumbprintSha1} (expired)`);
    expect(exoCbaThumbprints(emulator)).toEqual([older.thumbprintSha1, current.thumbprintSha1]);
    expect(app.keyCredentials).toContainEqual(foreign);

    const from = emulator.requests.length;
    const rotated = await runOn(emulator, { ...asInputs(currentSecret), 'github-token': GITHUB_TOKEN });
    expect(rotated.exitCode).toBe(0);
    expect(rotated.outputs).toMatchObject({ rotated: 'true', changed: 'true', verified: 'exchange' });
    expect(rotated.stdout).toContain(
      `because the input certificate expires soon; ${current.thumbprintSha1} stays registered`,
    );
    const fresh = rotated.outputs['certificate-thumbprint'];
    expect(fresh).not.toBe(current.thumbprintSha1);

    // after: the new key and the one it replaced; the older exo-cba key is gone
    expect(exoCbaThumbprints(emulator)).toEqual([current.thumbprintSha1, fresh]);
    expect(app.keyCredentials).toContainEqual(foreign);
    expect((await signInWithSecret(emulator, app.appId, currentSecret)).ok).toBe(true);
    await expectConverged(emulator, published(rotated), { lineage, foreign: [foreign], secrets: true });

    // the order, from the requests the emulator answered: the input signs addKey and removeKey (no PATCH)
    const reqs = since(from);
    expect(reqs.filter((r) => r.service === 'graph' && r.method === 'PATCH')).toEqual([]);
    const keyActions = reqs.filter((r) => r.service === 'graph' && /\/(addKey|removeKey)$/.test(r.path));
    expect(keyActions.map((r) => r.path.split('/').pop())).toEqual(['addKey', 'removeKey']);
    const [add, removal] = keyActions;
    expect((add.requestBody as { keyCredential: { displayName: string } }).keyCredential.displayName).toBe(
      `exo-cba ${fresh} ${lineage.id}`,
    );
    expect((removal.requestBody as { keyId: string }).keyId).toBe(olderKey.keyId);
    const verify = reqs.filter((r) => r.service === 'exchange');
    const puts = reqs.filter((r) => r.service === 'github' && r.method === 'PUT');
    expect(verify.length).toBeGreaterThan(0);
    expect(puts.map((p) => p.path.split('/').pop()).sort()).toEqual([
      'EXO_APP_ID',
      'EXO_APP_OBJECT_ID',
      'EXO_CERTIFICATE',
      'EXO_CERTIFICATE_PASSWORD',
      'EXO_ORGANIZATION',
      'EXO_TENANT_ID',
    ]);
    expect(add.endedAt).toBeLessThanOrEqual(Math.min(...verify.map((r) => r.startedAt)));
    expect(Math.max(...verify.map((r) => r.endedAt))).toBeLessThanOrEqual(
      Math.min(...puts.map((r) => r.startedAt)),
    );
    expect(Math.max(...puts.map((r) => r.endedAt))).toBeLessThanOrEqual(removal.startedAt);
  });

  it('force-rotate rotates a valid input; each rotation leaves the new key and the one it replaced', async () => {
    const first = await runOn(emulator);
    const foreignCert = await generateCertificate({
      subject: 'CN=Manual upload',
      validityDays: 90,
      keySize: 2048,
      now: new Date(),
    });
    const foreign = registerKey(emulator, foreignCert, 'Uploaded by hand');

    const second = await runOn(emulator, { ...asInputs(published(first)), 'force-rotate': 'true' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['rotated']).toBe('true');
    expect(second.stdout).toContain('because force-rotate is true');
    expect(exoCbaThumbprints(emulator)).toEqual([
      first.outputs['certificate-thumbprint'],
      second.outputs['certificate-thumbprint'],
    ]);

    // a day later: the second key is older than the grace period, so the first one it replaced is superseded
    ageTenant(emulator);
    const third = await runOn(emulator, { ...asInputs(published(second)), 'force-rotate': 'true' });
    expect(third.exitCode).toBe(0);
    expect(exoCbaThumbprints(emulator)).toEqual([
      second.outputs['certificate-thumbprint'],
      third.outputs['certificate-thumbprint'],
    ]);
    expect(third.stdout).toContain(`${first.outputs['certificate-thumbprint']} (superseded)`);
    // the secret from two rotations ago no longer signs in; the previous one still does
    const appId = first.outputs['app-id'];
    expect(await signInWithSecret(emulator, appId, published(first))).toMatchObject({
      ok: false,
      error: expect.stringContaining('AADSTS700027'),
    });
    expect((await signInWithSecret(emulator, appId, published(second))).ok).toBe(true);
    await expectConverged(emulator, published(third), { lineage: outputsLineage(), foreign: [foreign] });
  });
});
