/**
 * `remove: true` end to end: what exo-cba created for the managed app is taken away (roles, consent,
 * federated credentials, keys, its own app, its secrets); an adopted app and anything exo-cba did not
 * create are left alone; a second removal changes nothing; a dry run writes nothing.
 */
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { graphWrites, runEntryOn, runOn, since } from '../support/e2e.js';

const REPO = 'contoso/exchange-automation';
const EXCHANGE_ADMINISTRATOR = '29232cdf-9323-42fd-ade2-1d097af3e4de';

let emulator: Emulator;
let token: string;
beforeEach(async () => {
  emulator = await startEmulator({ repository: REPO });
  token = fakeGitHubToken('app');
  emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(() => emulator.close());

/** What exo-cba could have left in the tenant and the repository, for the managed app `appId`. */
function leftovers(appId: string) {
  const app = emulator.state.applicationByAppId(appId);
  const sp = emulator.state.servicePrincipalByAppId(appId);
  const principal = sp?.id ?? '';
  return {
    app: Boolean(app),
    exoKeys: app?.keyCredentials.filter((k) => k.displayName?.startsWith('exo-cba')).length ?? 0,
    exoCredentials: app?.federatedIdentityCredentials.filter((f) => f.name.startsWith('exo-cba')).length ?? 0,
    consents: emulator.state.appRoleAssignments.filter((a) => a.principalId === principal).length,
    roles: emulator.state.roleAssignments.filter((a) => a.principalId === principal).length,
    secrets: emulator.github.secretNames({ repository: REPO }).filter((n) => n.startsWith('EXO_')),
  };
}

/** The remove entry, signed in as the provisioning app. */
const remove = (inputs: Record<string, string>) =>
  runEntryOn(emulator, 'remove', {
    'tenant-id': emulator.state.tenantId,
    'client-id': emulator.state.provisioningApp.appId,
    ...inputs,
  });

test('removal after provisioning leaves the tenant and the repository clean; a second removal changes nothing', async () => {
  const first = await runOn(emulator, { 'github-token': token });
  expect(first.exitCode).toBe(0);
  const appId = first.outputs['app-id'];
  const sp = emulator.state.servicePrincipalByAppId(appId)!;
  expect(emulator.state.directoryRoles(sp.id)).toEqual([EXCHANGE_ADMINISTRATOR]);

  const removal = await remove({ 'app-id': appId, 'github-token': token });
  expect(removal.exitCode).toBe(0);
  expect(removal.outputs.changed).toBe('true');
  // the consent and the role were held by the service principal, now soft-deleted with the app
  expect(emulator.state.appRoleAssignments.filter((a) => a.principalId === sp.id)).toHaveLength(0);
  expect(emulator.state.roleAssignments.filter((a) => a.principalId === sp.id)).toHaveLength(0);
  expect(leftovers(appId)).toEqual({
    app: false,
    exoKeys: 0,
    exoCredentials: 0,
    consents: 0,
    roles: 0,
    secrets: [],
  });
  expect(emulator.state.deletedApplications.size).toBe(1);
  expect(removal.stdout).toMatch(/deleted app .*restorable for 30 days/);
  expect(removal.summary).toContain('Removed');

  const mark = emulator.requests.length;
  const again = await remove({ 'app-id': appId, 'github-token': token });
  expect(again.exitCode).toBe(0);
  expect(again.outputs.changed).toBe('false');
  expect(again.stdout).toContain('Nothing to remove');
  const writes = since(emulator, mark).filter((r) => r.method !== 'GET' && r.service !== 'entra');
  expect(writes.filter((r) => r.service !== 'oidc')).toEqual([]);
});

test('dry-run removal shows the plan and writes nothing', async () => {
  const first = await runOn(emulator, { 'github-token': token });
  const before = leftovers(first.outputs['app-id']);
  const mark = emulator.requests.length;
  const dry = await remove({ 'app-id': first.outputs['app-id'], 'github-token': token, 'dry-run': 'true' });
  expect(dry.exitCode).toBe(0);
  expect(dry.stdout).toMatch(/Removal plan:[\s\S]*remove directory role Exchange Administrator/);
  expect(dry.stdout).toMatch(/revoke admin consent for Office 365 Exchange Online Exchange\.ManageAsApp/);
  expect(dry.stdout).toMatch(/delete app 'Exchange Online Automation'/);
  expect(dry.stdout).toMatch(/delete GitHub secrets EXO_APP_ID, .*EXO_CERTIFICATE_PASSWORD/);
  expect(dry.summary).toContain('dry run');
  expect(graphWrites(since(emulator, mark))).toEqual([]);
  expect(since(emulator, mark).filter((r) => r.service === 'github' && r.method !== 'GET')).toEqual([]);
  expect(leftovers(first.outputs['app-id'])).toEqual(before);
});

test('an adopted app is kept with its foreign key and credential; what exo-cba added is gone', async () => {
  emulator.state.grantGraphPermission('Application.ReadWrite.All');
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
  const fic = (name: string, subject: string) => ({
    id: crypto.randomUUID(),
    name,
    issuer: 'https://token.actions.githubusercontent.com',
    subject,
    audiences: ['api://AzureADTokenExchange'],
    description: null,
    createdAt: -1,
  });
  existing.federatedIdentityCredentials.push(
    fic('exo-cba-consumer', 'repo:contoso/exchange-automation:environment:exchange'),
    fic('deploy-by-hand', 'repo:contoso/other:ref:refs/heads/main'),
  );
  const adopt = await runOn(emulator, { 'app-id': existing.appId, 'github-token': token });
  expect(adopt.exitCode).toBe(0);
  expect(leftovers(existing.appId)).toMatchObject({ exoKeys: 1, consents: 1, roles: 1 });

  const removal = await remove({ 'app-id': existing.appId, 'github-token': token });
  expect(removal.exitCode).toBe(0);
  expect(leftovers(existing.appId)).toEqual({
    app: true,
    exoKeys: 0,
    exoCredentials: 0,
    consents: 0,
    roles: 0,
    secrets: [],
  });
  expect(existing.keyCredentials.map((k) => k.displayName)).toEqual(['CN=legacy (uploaded by hand)']);
  expect(existing.federatedIdentityCredentials.map((f) => f.name)).toEqual(['deploy-by-hand']);
  expect(emulator.state.deletedApplications.size).toBe(0);
  expect(removal.stdout).toMatch(/Left alone[\s\S]*exo-cba did not create it, so it is never deleted/);
  expect(removal.stdout).toMatch(/key .*CN=legacy \(uploaded by hand\).*not written by exo-cba/);
  expect(removal.stdout).toMatch(/federated credential deploy-by-hand: not added by exo-cba/);
});

test('the remove entry without client-id is refused with the reason, before any request', async () => {
  const mark = emulator.requests.length;
  const run = await runEntryOn(emulator, 'remove', {
    'tenant-id': emulator.state.tenantId,
    'app-id': '00000000-0000-4000-8000-000000000001',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /Input 'client-id': is required: the provisioning app's Application \(client\) ID/,
  );
  expect(since(emulator, mark)).toEqual([]);
});
