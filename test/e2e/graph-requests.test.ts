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
  const apps = bodies(/^\/v1\.0\/applications/);
  expect(apps.length).toBeGreaterThanOrEqual(3);
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
  expect(apps.some((b) => Array.isArray(b.keyCredentials) && b.keyCredentials.length === 2)).toBe(true);
});

test('a kept key is sent as Graph returned it, without `key`; a new one with `key`', () => {
  const rotation = bodies(/^\/v1\.0\/applications\/[^/]+$/)
    .map((b) => b.keyCredentials as Record<string, unknown>[] | undefined)
    .find((k) => k?.length === 2)!;
  const [kept, added] = rotation;
  expect(kept.keyId).toBeDefined();
  expect(kept).not.toHaveProperty('key');
  expect(added).toMatchObject({ type: 'AsymmetricX509Cert', usage: 'Verify' });
  expect(typeof added.key).toBe('string');
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
