/**
 * A concurrent run's keyCredentials PATCH (Graph replaces the whole list) drops the key exo-cba just added
 * or published. A run whose new key Entra refuses during verification looks at the app at once and puts the key
 * back; if it keeps vanishing it fails without publishing and without waiting out verify-timeout.
 * After publishing, the published key is checked and put back (with addKey when the input can sign it).
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { runOn } from '../support/e2e.js';
import { openPfx } from '../../src/certificate/certificate.js';
import {
  ageTenant,
  exoCbaThumbprints,
  isRegistered,
  managedApp,
  thumbprintOfKey,
} from '../support/tenant-keys.js';

const GITHUB_TOKEN = fakeGitHubToken('app');
const REPO = { repository: 'contoso/exchange-automation' };
const KEY_READ = /^\/v1\.0\/applications\/[0-9a-f-]+$/;

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
  emulator.github.addToken(GITHUB_TOKEN, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(async () => {
  await emulator.close();
});

const run = (inputs: Record<string, string> = {}) =>
  runOn(emulator, { 'github-token': GITHUB_TOKEN, ...inputs });

/** On GETs of the app's keys that `when` picks, drops every exo-cba key but `keep()` first, as a concurrent PATCH would. */
function dropKeysOnRead(when: (read: number) => boolean, keep: () => string[]): void {
  let reads = 0;
  emulator.intercept((req) => {
    if (req.service !== 'graph' || req.method !== 'GET' || !KEY_READ.test(req.path)) return undefined;
    if (!when(++reads)) return undefined;
    const app = managedApp(emulator);
    const kept = keep();
    app.keyCredentials = app.keyCredentials.filter(
      (k) => !(k.displayName ?? '').startsWith('exo-cba ') || kept.includes(thumbprintOfKey(k)),
    );
    return undefined;
  });
}

it('fails without publishing, and without waiting out verification, when the new key keeps vanishing', async () => {
  const first = await run();
  expect(first.exitCode).toBe(0);
  const [current] = exoCbaThumbprints(emulator);
  const writes = emulator.github.writes(REPO, 'EXO_CERTIFICATE');

  dropKeysOnRead(
    (n) => n >= 2,
    () => [current],
  );
  // no certificate input (the key is added by PATCH), the published password kept
  const rotation = await run({ 'certificate-password': first.outputs['certificate-password'] });

  expect(rotation.exitCode).toBe(1);
  // found by the re-read after the PATCH, or by verification's refused sign-in, whichever comes first
  expect(rotation.stdout).toMatch(
    /::error::Certificate [0-9A-F]{40} keeps disappearing from the app: another run keeps rewriting its keys\. Nothing was published/,
  );
  expect(rotation.outputs['certificate']).toBeUndefined();
  expect(rotation.outputs['certificate-thumbprint']).toBeUndefined();
  expect(emulator.github.writes(REPO, 'EXO_CERTIFICATE')).toBe(writes);
  expect(isRegistered(emulator, current)).toBe(true);
  // verification, which runs alongside that check, stops at once instead of waiting out verify-timeout (30 s)
  expect(rotation.durationMs).toBeLessThan(20_000);
});

it('puts the published key back (with addKey) when a concurrent change dropped it after publishing', async () => {
  const first = await run();
  const second = await run({
    certificate: first.outputs['certificate'],
    'certificate-password': first.outputs['certificate-password'],
    'force-rotate': 'true',
  });
  expect(second.exitCode).toBe(0);
  const [oldest, previous] = exoCbaThumbprints(emulator);
  // the next rotation comes past the grace period: the oldest key is superseded then
  ageTenant(emulator);

  // the first read of the app's keys after the certificate secret was written drops the new key
  const writes = emulator.github.writes(REPO, 'EXO_CERTIFICATE');
  let dropped = false;
  dropKeysOnRead(
    () => !dropped && emulator.github.writes(REPO, 'EXO_CERTIFICATE') > writes && (dropped = true),
    () => [oldest, previous],
  );
  const third = await run({
    certificate: second.outputs['certificate'],
    'certificate-password': second.outputs['certificate-password'],
    'force-rotate': 'true',
  });

  expect(third.exitCode).toBe(0);
  expect(dropped).toBe(true);
  const published = third.outputs['certificate-thumbprint'];
  expect(third.stdout).toMatch(
    new RegExp(`::warning::Certificate ${published} was removed from the app by a concurrent change`),
  );
  expect(third.stdout).toMatch(/removed certificate\(s\) [0-9A-F]{40} \(superseded\)/);
  expect(exoCbaThumbprints(emulator)).toEqual([previous, published]);
  expect(
    openPfx(
      ...(['EXO_CERTIFICATE', 'EXO_CERTIFICATE_PASSWORD'].map(
        (n) => emulator.github.decrypt(REPO, n) ?? '',
      ) as [string, string]),
    ).thumbprintSha1,
  ).toBe(published);
});
