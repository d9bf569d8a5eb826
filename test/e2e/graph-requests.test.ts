/**
 * The Graph requests the action really sends (first provisioning and a rotation) use only properties that
 * exist on the Graph v1.0 types, per Microsoft's CSDL (vendored in test/fixtures/graph).
 */
import { startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.js';
import { graphTypeProperties, unknownProperties } from '../support/graph-schema.js';
import { runAction } from '../support/run-action.js';

let emulator: Emulator;
let graphWrites: RequestLogEntry[];

beforeAll(async () => {
  emulator = await startEmulator();
  const inputs = { ...emulator.actionInputs(), 'verify-timeout': '60' };
  const first = await runAction({ inputs, env: emulator.runnerEnv() });
  expect(first.exitCode).toBe(0);
  const rotation = await runAction({
    inputs: {
      ...inputs,
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
      'force-rotate': 'true',
    },
    env: emulator.runnerEnv(),
  });
  expect(rotation.exitCode).toBe(0);
  graphWrites = emulator.requests.filter((r) => r.service === 'graph' && r.method !== 'GET');
});
afterAll(() => emulator.close());

const bodies = (pattern: RegExp) =>
  graphWrites.filter((r) => pattern.test(r.path)).map((r) => r.requestBody as Record<string, unknown>);

test('application PATCH bodies (upsert, permissions, keyCredentials)', () => {
  const apps = bodies(/^\/v1\.0\/applications[^/]*(\/[^/]+)?$/).filter((b) => !('proof' in b));
  expect(apps.length).toBeGreaterThanOrEqual(2);
  for (const body of apps) {
    expect(unknownProperties(body, 'application')).toEqual([]);
    for (const key of (body.keyCredentials as Record<string, unknown>[] | undefined) ?? []) {
      expect(unknownProperties(key, 'keyCredential')).toEqual([]);
    }
    for (const access of (body.requiredResourceAccess as Record<string, unknown>[] | undefined) ?? []) {
      expect(unknownProperties(access, 'requiredResourceAccess')).toEqual([]);
      for (const item of access.resourceAccess as Record<string, unknown>[])
        expect(unknownProperties(item, 'resourceAccess')).toEqual([]);
    }
  }
  // the first key has no valid key to prove possession with: it goes in by PATCH, with its `key`
  const first = apps.find((b) => Array.isArray(b.keyCredentials))!.keyCredentials as Record<
    string,
    unknown
  >[];
  expect(first).toHaveLength(1);
  expect(first[0]).toMatchObject({ type: 'AsymmetricX509Cert', usage: 'Verify' });
  expect(typeof first[0].key).toBe('string');
});

test('a rotation with a registered input adds its key with addKey: documented parameters and a proof JWT', () => {
  const [addKey] = bodies(/^\/v1\.0\/applications\/[^/]+\/addKey$/);
  // application: addKey — parameters keyCredential, passwordCredential, proof (Graph v1.0 docs)
  expect(Object.keys(addKey).sort()).toEqual(['keyCredential', 'passwordCredential', 'proof']);
  expect(addKey.passwordCredential).toBeNull();
  const key = addKey.keyCredential as Record<string, unknown>;
  expect(unknownProperties(key, 'keyCredential')).toEqual([]);
  expect(key).toMatchObject({ type: 'AsymmetricX509Cert', usage: 'Verify' });
  expect(typeof key.key).toBe('string');
  // base64url segments without '=' padding (else Graph answers Authentication_MissingOrMalformed)
  expect(addKey.proof).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  const claims = JSON.parse(Buffer.from(String(addKey.proof).split('.')[1], 'base64url').toString('utf8'));
  expect(claims.aud).toBe('00000002-0000-0000-c000-000000000000');
  expect(claims.exp - claims.nbf).toBeLessThanOrEqual(600);
});

test('appRoleAssignedTo and roleAssignments POST bodies', () => {
  const [consent] = bodies(/appRoleAssignedTo$/);
  expect(Object.keys(consent).sort()).toEqual(['appRoleId', 'principalId', 'resourceId']);
  expect(unknownProperties(consent, 'appRoleAssignment')).toEqual([]);
  const [role] = bodies(/roleManagement\/directory\/roleAssignments$/);
  expect(unknownProperties(role, 'unifiedRoleAssignment')).toEqual([]);
  expect(role).toMatchObject({ directoryScopeId: '/' });
  expect(graphTypeProperties('unifiedRoleAssignment').has('roleDefinitionId')).toBe(true);
});
