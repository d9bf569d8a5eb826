import { assertGraphPermissions } from '../../src/plan/permissions.js';
import type { Plan, Step } from '../../src/plan/plan.js';

const CLIENT = '0c3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e7f';
const plan = (...steps: Step[]): Plan => ({
  stages: [steps],
  certificate: { action: 'rotate', reason: 'new-app' },
  tenantChanges: true,
  notes: [],
});
const grant: Step = {
  kind: 'grant-permission',
  permission: 'Exchange.ManageAsApp',
  appRoleId: 'dc50a0fb-09a3-484d-be87-e023b12c6440',
};
const role: Step = {
  kind: 'assign-role',
  role: { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' },
};
const create: Step = { kind: 'create-service-principal' };

test('a plan with nothing to write needs nothing', () => {
  expect(assertGraphPermissions(plan(), [], CLIENT)).toBeUndefined();
});

test('every missing permission is listed with what it is for, and the token’s roles are shown', () => {
  expect(() => assertGraphPermissions(plan(create, grant, role), ['Organization.Read.All'], CLIENT)).toThrow(
    /lacks Microsoft Graph application permission\(s\)[\s\S]*Application\.ReadWrite\.OwnedBy or Application\.ReadWrite\.All[\s\S]*AppRoleAssignment\.ReadWrite\.All \(for granting admin consent\)[\s\S]*RoleManagement\.ReadWrite\.Directory[\s\S]*carries: Organization\.Read\.All/,
  );
});

test('either app permission is enough', () => {
  expect(() => assertGraphPermissions(plan(create), ['Application.ReadWrite.All'], CLIENT)).not.toThrow();
});

test('granting consent without an application read permission warns, naming Application.Read.All', () => {
  expect(assertGraphPermissions(plan(grant), ['AppRoleAssignment.ReadWrite.All'], CLIENT)).toMatch(
    /Application\.Read\.All/,
  );
  expect(
    assertGraphPermissions(plan(grant), ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'], CLIENT),
  ).toBeUndefined();
});
