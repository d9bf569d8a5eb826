/**
 * A token job whose GitHub OIDC subject no federated credential of the managed app trusts, with the default
 * verify-timeout (600 s): it fails within about two minutes — the longest a credential added moments ago takes
 * to be known — with the subject and the fix, instead of waiting the whole verify-timeout.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runEntryOn, runOn } from '../support/e2e.js';
import { managedApp } from '../support/tenant-keys.js';

const STRANGER = 'repo:contoso/reports:environment:exchange';
let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

it('fails in at most about two minutes with the default verify-timeout, naming the subject and the fix', async () => {
  expect(failureOf(await runOn(emulator, { 'access-token': 'true' }))).toBe('');
  emulator.oidc.subject = STRANGER;
  const started = Date.now();
  const run = await runEntryOn(emulator, 'token', {
    'tenant-id': emulator.state.tenantId,
    'app-id': managedApp(emulator).appId,
    organization: emulator.state.initialDomain,
  });
  const seconds = (Date.now() - started) / 1000;
  expect(run.exitCode).toBe(1);
  expect(seconds).toBeGreaterThan(110);
  expect(seconds).toBeLessThan(150);
  const failure = failureOf(run);
  expect(failure).toContain(`subject '${STRANGER}'`);
  expect(failure).toContain(`access-token-subjects: ${STRANGER}`);
  expect(failure).toMatch(/Still refused after 1[12]\d s/);
}, 200_000);
