/**
 * A concurrent run's keyCredentials PATCH (Graph replaces the whole list) drops the key exo-cba just added
 * or published, at the two moments the overlapped checks cover (docs/performance.md P1, P3): right after
 * adding (the re-read runs alongside verification: the run must fail, publish nothing, and not wait out
 * verify-timeout) and after publishing (the removal's read must put the published key back).
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { runOn } from '../support/e2e.js';
import { exoCbaThumbprints, isRegistered, managedApp, thumbprintOfKey } from '../support/tenant-keys.js';

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

/** On the n-th GET of the app's keys, drops every exo-cba key but `keep()` first, as a concurrent PATCH would. */
function dropKeysOnRead(n: number, keep: () => string[]): void {
  let reads = 0;
  emulator.intercept((req) => {
    if (req.service !== 'graph' || req.method !== 'GET' || !KEY_READ.test(req.path)) return undefined;
    if (++reads !== n) return undefined;
    const app = managedApp(emulator);
    const kept = keep();
    app.keyCredentials = app.keyCredentials.filter(
      (k) => !(k.displayName ?? '').startsWith('exo-cba ') || kept.includes(thumbprintOfKey(k)),
    );
    return undefined;
  });
}

it('fails without publishing, and without waiting out verification, when the new key vanishes right after it was added', async () => {
  const first = await run();
  expect(first.exitCode).toBe(0);
  const [current] = exoCbaThumbprints(emulator);
  const writes = emulator.github.writes(REPO, 'EXO_CERTIFICATE');

  // reads of the app's keys: 1 = right before the PATCH, 2 = the re-read after it (alongside verification)
  dropKeysOnRead(2, () => [current]);
  const rotation = await run({
    certificate: first.outputs['certificate'],
    'certificate-password': first.outputs['certificate-password'],
    'force-rotate': 'true',
  });

  expect(rotation.exitCode).toBe(1);
  expect(rotation.stdout).toMatch(
    /::error::The new certificate [0-9A-F]{40} is not on the app after adding it\. Another run changed/,
  );
  expect(rotation.outputs['certificate']).toBeUndefined();
  expect(rotation.outputs['certificate-thumbprint']).toBeUndefined();
  expect(emulator.github.writes(REPO, 'EXO_CERTIFICATE')).toBe(writes);
  expect(isRegistered(emulator, current)).toBe(true);
  // verification, which runs alongside that check, stops at once instead of waiting out verify-timeout (30 s)
  expect(rotation.durationMs).toBeLessThan(20_000);
});

it('puts the published key back in the removal PATCH when a concurrent change dropped it', async () => {
  const first = await run();
  const second = await run({
    certificate: first.outputs['certificate'],
    'certificate-password': first.outputs['certificate-password'],
    'force-rotate': 'true',
  });
  expect(second.exitCode).toBe(0);
  const [oldest, previous] = exoCbaThumbprints(emulator);

  // reads: 1 = before the PATCH, 2 = the re-read after it, 3 = the removal's read (after publishing)
  dropKeysOnRead(3, () => [oldest, previous]);
  const third = await run({
    certificate: second.outputs['certificate'],
    'certificate-password': second.outputs['certificate-password'],
    'force-rotate': 'true',
  });

  expect(third.exitCode).toBe(0);
  const published = third.outputs['certificate-thumbprint'];
  expect(third.stdout).toMatch(
    new RegExp(`::warning::Certificate ${published} was removed from the app by a concurrent change`),
  );
  expect(third.stdout).toMatch(/removed certificate\(s\) [0-9A-F]{40} \(superseded\)/);
  expect(exoCbaThumbprints(emulator)).toEqual([previous, published]);
  expect(emulator.github.decrypt(REPO, 'EXO_CERTIFICATE_THUMBPRINT')).toBe(published);
});
