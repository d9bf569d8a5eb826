/** `app-id`: manage an existing app the provisioning app did not create. */
import { startEmulator, type Emulator } from '../emulator/index.js';
import { openPfx } from '../../src/certificate/certificate.js';
import { runAction } from '../support/run-action.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

function adopt(extra: Record<string, string> = {}) {
  const existing = emulator.state.addApplication({ displayName: 'Legacy Exchange scripts', createdAt: -1 });
  existing.keyCredentials.push({
    keyId: 'c0ffee00-0000-4000-8000-000000000001',
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: 'CN=legacy (uploaded by hand)',
    customKeyIdentifier: null,
    startDateTime: new Date(Date.now() - 86_400_000).toISOString(),
    endDateTime: new Date(Date.now() + 86_400_000 * 100).toISOString(),
    key: '',
    addedAt: -1,
  });
  return {
    existing,
    run: runAction({
      inputs: { ...emulator.actionInputs(), 'app-id': existing.appId, 'verify-timeout': '60', ...extra },
      env: emulator.runnerEnv(),
    }),
  };
}

test('with Application.ReadWrite.All the existing app is completed; its foreign key is kept', async () => {
  emulator.state.grantGraphPermission('Application.ReadWrite.All');
  const { existing, run } = adopt({ roles: '31392ffb-586c-42d1-9346-e59415a2cc4e' });
  const result = await run;
  expect(result.exitCode).toBe(0);
  expect(result.outputs['app-id']).toBe(existing.appId);
  expect(emulator.state.managedApplications()).toHaveLength(1);
  // the app keeps its own name, and so do its new certificate and the summary
  const cert = openPfx(result.outputs.certificate, result.outputs['certificate-password']);
  expect(cert.subject).toBe('CN=Legacy Exchange scripts');
  expect(result.summary).toContain('Legacy Exchange scripts — client ID');
  expect(result.summary).not.toContain('Exchange Online Automation');
  expect(existing.keyCredentials.map((k) => k.displayName)).toEqual([
    'CN=legacy (uploaded by hand)',
    // tagged with the run's lineage: the step outputs of this repository (no secrets)
    expect.stringMatching(new RegExp(`^exo-cba ${result.outputs['certificate-thumbprint']} [0-9a-f]{10}$`)),
  ]);
  expect(existing.displayName).toBe('Legacy Exchange scripts');
  const sp = emulator.state.servicePrincipalByAppId(existing.appId)!;
  expect(emulator.state.directoryRoles(sp.id)).toEqual(['31392ffb-586c-42d1-9346-e59415a2cc4e']);
});

test('with only Application.ReadWrite.OwnedBy the run fails, says why, and changes nothing', async () => {
  const { existing, run } = adopt();
  const result = await run;
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toMatch(
    /may change only apps it owns.*grant the provisioning app Application\.ReadWrite\.All/,
  );
  expect(existing.keyCredentials).toHaveLength(1);
  expect(emulator.state.servicePrincipalByAppId(existing.appId)).toBeUndefined();
  expect(emulator.state.roleAssignments).toHaveLength(0);
});

test('an app-id that does not exist is an error naming the input', async () => {
  const result = await runAction({
    inputs: { ...emulator.actionInputs(), 'app-id': '9e9e9e9e-0000-4000-8000-000000000000' },
    env: emulator.runnerEnv(),
  });
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toMatch(
    /No application with client ID 9e9e9e9e-0000-4000-8000-000000000000.*'app-id'/,
  );
  expect(emulator.requests.filter((r) => r.service === 'graph' && r.method !== 'GET')).toEqual([]);
});
