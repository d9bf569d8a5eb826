/**
 * Self-rotation (the rotate entry): the managed app signs in with its own current certificate and
 * rolls its keys with addKey/removeKey — no GitHub OIDC, no provisioning app, no Graph permission. What
 * only the provisioning app can do (consent, role, the first key, recovery) is refused before any write.
 */
import { openPfx } from '../../src/certificate/certificate.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, graphWrites, githubPuts, runEntryOn, runOn, since } from '../support/e2e.js';
import type { ActionRun } from '../support/run-action.js';
import { exoCbaThumbprints, managedApp } from '../support/tenant-keys.js';
import { signInWithSecret } from '../support/old-secret-client.js';

const REPO = 'contoso/exchange-automation';
const scope = { repository: REPO };
let emulator: Emulator;
let token: string;

beforeEach(async () => {
  emulator = await startEmulator();
  token = fakeGitHubToken('app');
  emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
});
afterEach(() => emulator.close());

const secret = (name: string) => emulator.github.decrypt(scope, `EXO_${name}`) ?? '';

/** The inputs of a scheduled self-rotation, as examples/rotate.yml passes them from the secrets. */
function selfInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'app-id': secret('APP_ID'),
    'app-object-id': secret('APP_OBJECT_ID'),
    organization: secret('ORGANIZATION'),
    certificate: secret('CERTIFICATE'),
    'certificate-password': secret('CERTIFICATE_PASSWORD'),
    'github-token': token,
    ...extra,
  };
}

/** The provisioning app loses every Graph permission and its federated credential: only the app itself is left. */
function revokeProvisioningApp(): void {
  const provisioning = emulator.state.provisioningApp;
  provisioning.federatedIdentityCredentials.splice(0);
  for (const permission of [
    'Application.ReadWrite.OwnedBy',
    'AppRoleAssignment.ReadWrite.All',
    'RoleManagement.ReadWrite.Directory',
    'Application.Read.All',
    'Organization.Read.All',
  ])
    emulator.state.revokeGraphPermission(permission);
}

/** The scheduled rotation: the rotate entry with the secrets' values. */
const rotate = (inputs: Record<string, string>) =>
  runEntryOn(emulator, 'rotate', { 'tenant-id': emulator.state.tenantId, 'verify-timeout': '30', ...inputs });

const noOidc = (run: ActionRun, from: number) =>
  since(emulator, from).filter((r) => r.service === 'oidc').length === 0 && run.exitCode === 0;

describe('self-rotation after the provisioning app lost every permission', () => {
  it('the app adds its new key itself, keeps the old one, updates the secrets; the next run writes nothing', async () => {
    const bootstrap = await runOn(emulator, { 'github-token': token });
    expect(bootstrap.exitCode).toBe(0);
    expect(secret('APP_OBJECT_ID')).toBe(bootstrap.outputs['app-object-id']);
    const old = { certificate: secret('CERTIFICATE'), password: secret('CERTIFICATE_PASSWORD') };
    const oldThumbprint = openPfx(old.certificate, old.password).thumbprintSha1;
    revokeProvisioningApp();

    const from = emulator.requests.length;
    const rotation = await rotate(selfInputs({ 'force-rotate': 'true' }));
    expect(failureOf(rotation)).toBe('');
    expect(rotation.outputs).toMatchObject({ rotated: 'true', changed: 'true', verified: 'exchange' });
    expect(rotation.stdout).toContain('exo-cba rotate: the managed app (app-id) rotates its own certificate');
    expect(noOidc(rotation, from)).toBe(true);
    const app = managedApp(emulator);
    // the only Graph write is the app's own addKey
    const writes = graphWrites(since(emulator, from));
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`POST /v1.0/applications/${app.id}/addKey`]);
    const fresh = rotation.outputs['certificate-thumbprint'];
    expect(exoCbaThumbprints(emulator)).toEqual([oldThumbprint, fresh]);
    // the old secret still signs in (jobs already queued), the new one too, and the secrets hold the new one
    expect((await signInWithSecret(emulator, app.appId, old)).ok).toBe(true);
    expect(openPfx(secret('CERTIFICATE'), secret('CERTIFICATE_PASSWORD')).thumbprintSha1).toBe(fresh);
    expect(secret('CERTIFICATE_THUMBPRINT')).toBe('');
    // the password was kept: the pair can never be split by a failed write
    expect(secret('CERTIFICATE_PASSWORD')).toBe(old.password);

    const steadyFrom = emulator.requests.length;
    const steady = await rotate(selfInputs());
    expect(steady.exitCode).toBe(0);
    expect(steady.outputs).toMatchObject({ rotated: 'false', changed: 'false', verified: 'unchanged' });
    expect(graphWrites(since(emulator, steadyFrom))).toEqual([]);
    expect(githubPuts(since(emulator, steadyFrom))).toEqual([]);
  });

  it('when the app may read itself, a later rotation also removes its superseded key with removeKey', async () => {
    emulator.state.selfRead = true;
    await runOn(emulator, { 'github-token': token });
    revokeProvisioningApp();
    const first = await rotate(selfInputs({ 'force-rotate': 'true' }));
    expect(first.exitCode).toBe(0);
    // the key the first self-rotation replaced is superseded once its successor is older than the grace period
    const app = managedApp(emulator);
    for (const key of app.keyCredentials)
      key.startDateTime = new Date(Date.parse(key.startDateTime) - 2 * 3600_000).toISOString();
    const from = emulator.requests.length;
    const second = await rotate(selfInputs({ 'force-rotate': 'true' }));
    expect(failureOf(second)).toBe('');
    const writes = graphWrites(since(emulator, from)).map((w) => `${w.method} ${w.path}`);
    expect(writes).toEqual([
      `POST /v1.0/applications/${app.id}/addKey`,
      `POST /v1.0/applications/${app.id}/removeKey`,
    ]);
    expect(exoCbaThumbprints(emulator)).toEqual([
      first.outputs['certificate-thumbprint'],
      second.outputs['certificate-thumbprint'],
    ]);
  });
});

describe('what only the provisioning app can do is refused before any write', () => {
  it('a missing consent names the fix (the bootstrap workflow)', async () => {
    await runOn(emulator, { 'github-token': token });
    const app = managedApp(emulator);
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    emulator.state.appRoleAssignments.splice(
      0,
      emulator.state.appRoleAssignments.length,
      ...emulator.state.appRoleAssignments.filter((a) => a.principalId !== sp.id),
    );
    const from = emulator.requests.length;
    const run = await rotate(selfInputs({ 'force-rotate': 'true' }));
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(
      /lacks the admin consent for Exchange.ManageAsApp.*Run the bootstrap workflow/,
    );
    expect(graphWrites(since(emulator, from))).toEqual([]);
    expect(githubPuts(since(emulator, from))).toEqual([]);
  });

  it('a certificate that is no longer registered: recovery needs the bootstrap', async () => {
    await runOn(emulator, { 'github-token': token });
    managedApp(emulator).keyCredentials.splice(0);
    const from = emulator.requests.length;
    const run = await rotate(selfInputs());
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(/is not a valid key of app .*Run the bootstrap workflow/);
    expect(graphWrites(since(emulator, from))).toEqual([]);
  });

  it('without app-object-id and without self-read, the run asks for the secret the bootstrap wrote', async () => {
    await runOn(emulator, { 'github-token': token });
    const run = await rotate(selfInputs({ 'app-object-id': '', 'force-rotate': 'true' }));
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toContain('app-object-id: ${{ secrets.EXO_APP_OBJECT_ID }}');
  });

  it('without organization (tenant-id a GUID) the inputs are refused before any request', async () => {
    const from = emulator.requests.length;
    const run = await rotate({
      ...selfInputs(),
      'app-id': '00000000-0000-0000-0000-000000000001',
      organization: '',
    });
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toContain("Input 'organization': is required when tenant-id is a GUID");
    expect(since(emulator, from)).toEqual([]);
  });
});
