/**
 * End to end: the bundled action against the emulator playing what the real services do and our
 * earlier picture of them did not — Exchange's regional redirect and role-dependent cmdlets, Graph's
 * multi-tenant default for a new app, organization secrets with an access policy of their own, and GCC High's
 * Exchange Online Protection grant.
 */
import { DIRECTORY_ROLES, startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken } from '../emulator/github.js';
import { failureOf, runOn } from '../support/e2e.js';
import { ageTenant } from '../support/tenant-keys.js';

const EOP_APP_ID = '00000007-0000-0ff1-ce00-000000000000';
const exchangeCalls = (emulator: Emulator) =>
  emulator.requests
    .filter((r) => r.service === 'exchange')
    .map((r) => [
      r.method,
      String(r.requestHeaders.host).replace(/:\d+$/, ''),
      r.path.split('/').at(-1),
      r.status,
    ]);

describe('Exchange', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  test('a tenant served from a regional host: the redirect is followed by hand, keeping POST, body and token', async () => {
    emulator = await startEmulator({ exchangeRegionalRedirect: true });
    const run = await runOn(emulator);
    expect(failureOf(run)).toBe('');
    expect(run.outputs.verified).toBe('exchange');
    expect(exchangeCalls(emulator).sort()).toEqual([
      ['GET', '127.0.0.1', 'EXOModuleFile', 302],
      ['GET', 'localhost', 'EXOModuleFile', 200],
      ['POST', '127.0.0.1', 'InvokeCommand', 302],
      ['POST', 'localhost', 'InvokeCommand', 200],
    ]);
    const invoke = emulator.requests.find(
      (r) => r.service === 'exchange' && r.method === 'POST' && r.status === 200,
    )!;
    expect(String(invoke.requestHeaders.authorization)).toMatch(/^Bearer /);
    expect(invoke.requestBody).toEqual({
      CmdletInput: { CmdletName: 'Get-OrganizationConfig', Parameters: {} },
    });
    expect(run.stdout).toContain('by Exchange (EXOModuleFile and Get-OrganizationConfig)');
  });

  test('a redirect off the Exchange domain never gets the token: verified by token, with the reason', async () => {
    emulator = await startEmulator();
    emulator.fault({
      service: 'exchange',
      path: 'EXOModuleFile',
      times: 100,
      status: 302,
      headers: { location: 'https://attacker.example.net/adminapi/v1.0/t/EXOModuleFile' },
    });
    const run = await runOn(emulator);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verified).toBe('token');
    expect(run.stdout).toContain('outside the domain');
  });

  test('Exchange Recipient Administrator, which may not run Get-OrganizationConfig, is verified by Exchange at once', async () => {
    emulator = await startEmulator();
    const run = await runOn(emulator, { roles: 'Exchange Recipient Administrator' });
    expect(failureOf(run)).toBe('');
    expect(run.outputs.verified).toBe('exchange');
    expect(exchangeCalls(emulator)).toEqual([['GET', '127.0.0.1', 'EXOModuleFile', 200]]);
    expect(run.stdout).toContain('by Exchange (EXOModuleFile) in');
    expect(
      emulator.state.directoryRoles(emulator.state.servicePrincipalByAppId(run.outputs['app-id'])!.id),
    ).toEqual([DIRECTORY_ROLES['Exchange Recipient Administrator']]);
  });
});

describe('the app registration', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  test('exo-cba creates its app single-tenant (Graph would default to multi-tenant + personal accounts)', async () => {
    emulator = await startEmulator();
    const run = await runOn(emulator);
    expect(run.exitCode).toBe(0);
    expect(emulator.state.applicationByAppId(run.outputs['app-id'])!.signInAudience).toBe('AzureADMyOrg');
    expect(run.stdout).not.toContain('multi-tenant');
  });

  test('an adopted multi-tenant app is left as it is, with a warning', async () => {
    emulator = await startEmulator();
    emulator.state.grantGraphPermission('Application.ReadWrite.All');
    const existing = emulator.state.addApplication({
      displayName: 'Legacy Exchange scripts',
      signInAudience: 'AzureADMultipleOrgs',
    });
    const run = await runOn(emulator, { 'app-id': existing.appId });
    expect(failureOf(run)).toBe('');
    expect(existing.signInAudience).toBe('AzureADMultipleOrgs');
    expect(run.stdout).toMatch(
      /::warning::The app [-0-9a-f]+ \('app-id'\) is multi-tenant \(signInAudience AzureADMultipleOrgs\)/,
    );
  });
});

test('organization secrets keep the access policy an admin gave them', async () => {
  const emulator = await startEmulator();
  try {
    const token = fakeGitHubToken('app');
    emulator.github.addToken(token, { kind: 'app', permissions: { organization_secrets: 'write' } });
    const inputs = {
      'github-token': token,
      'secret-scope': 'organization',
      'secret-organization': 'contoso',
    };
    const first = await runOn(emulator, inputs);
    expect(first.exitCode).toBe(0);
    const org = { organization: 'contoso' };
    // an admin shares the certificate with a second repository, and makes the tenant id visible to all
    emulator.github.addRepository('contoso/reports');
    const secret = emulator.github.secret(org, 'EXO_CERTIFICATE')!;
    secret.selectedRepositoryIds = [
      ...(secret.selectedRepositoryIds ?? []),
      emulator.github.repositoryId('contoso/reports')!,
    ];
    emulator.github.secret(org, 'EXO_TENANT_ID')!.visibility = 'all';

    const rotated = await runOn(emulator, {
      ...inputs,
      'force-rotate': 'true',
      'app-id': first.outputs['app-id'],
      certificate: first.outputs['certificate'],
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(failureOf(rotated)).toBe('');
    expect(emulator.github.writes(org, 'EXO_CERTIFICATE')).toBe(2);
    expect(emulator.github.secret(org, 'EXO_CERTIFICATE')!.visibility).toBe('selected');
    expect(emulator.github.selectedRepositories('contoso', 'EXO_CERTIFICATE').sort()).toEqual([
      'contoso/exchange-automation',
      'contoso/reports',
    ]);
    expect(emulator.github.secret(org, 'EXO_TENANT_ID')!.visibility).toBe('all');
  } finally {
    await emulator.close();
  }
});

test('GCC High: Exchange.ManageAsApp of Exchange Online Protection is requested and consented next to Exchange Online’s', async () => {
  const emulator = await startEmulator({ cloud: 'usgov' });
  try {
    const run = await runOn(emulator);
    expect(failureOf(run)).toBe('');
    const app = emulator.state.applicationByAppId(run.outputs['app-id'])!;
    const eop = emulator.state.eopServicePrincipal;
    const eopRole = eop.appRoles.find((r) => r.value === 'Exchange.ManageAsApp')!.id;
    expect(app.requiredResourceAccess).toContainEqual({
      resourceAppId: EOP_APP_ID,
      resourceAccess: [{ id: eopRole, type: 'Role' }],
    });
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    const grants = emulator.state.appRoleAssignments.filter((a) => a.principalId === sp.id);
    expect(grants.map((a) => [a.resourceId, a.appRoleId])).toContainEqual([eop.id, eopRole]);
    expect(grants).toHaveLength(2);
    expect(run.stdout).toContain('Microsoft Exchange Online Protection');

    const again = await runOn(emulator, {
      certificate: run.outputs.certificate,
      'certificate-password': run.outputs['certificate-password'],
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe('false');
  } finally {
    await emulator.close();
  }
});

describe('app management policies', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  test('with Policy.Read.All, a certificate-validity-days above the tenant limit is refused before any write', async () => {
    emulator = await startEmulator();
    emulator.state.grantGraphPermission('Policy.Read.All');
    emulator.state.setAppManagementPolicy({ maxCertificateLifetime: 'P90D' });
    const run = await runOn(emulator, { 'certificate-validity-days': '180' });
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(
      /certificate-validity-days.*180.*app management policy 'Default app management tenant policy'.*P90D \(90 days\)/,
    );
    expect(emulator.requests.filter((r) => r.service === 'graph' && r.method !== 'GET')).toEqual([]);

    const within = await runOn(emulator, { 'certificate-validity-days': '90' });
    expect(failureOf(within)).toBe('');
  });

  test('without Policy.Read.All, Graph’s CredentialInvalidLifetimeAsPerAppPolicy names the fix', async () => {
    emulator = await startEmulator();
    emulator.state.setAppManagementPolicy({ maxCertificateLifetime: 'P90D' });
    const run = await runOn(emulator, { 'certificate-validity-days': '180' });
    expect(run.exitCode).toBe(1);
    const failure = failureOf(run);
    expect(failure).toContain('CredentialInvalidLifetimeAsPerAppPolicy');
    expect(failure).toContain("Lower certificate-validity-days to the policy's maximum");
    expect(failure).toContain('Policy.Read.All');
  });
});

test('a subject mismatch (AADSTS700213) shows both subject forms and where to read the real one', async () => {
  const emulator = await startEmulator();
  try {
    emulator.oidc.subject = 'repo:contoso@5544123/exchange-automation@821093847:ref:refs/heads/main';
    const run = await runOn(emulator);
    expect(run.exitCode).toBe(1);
    const failure = failureOf(run);
    expect(failure).toContain(
      "subject 'repo:contoso@5544123/exchange-automation@821093847:ref:refs/heads/main'",
    );
    expect(failure).toContain("'repo:OWNER/REPO:…'");
    expect(failure).toContain("'repo:OWNER@OWNER_ID/REPO@REPO_ID:…'");
    expect(failure).toContain("'GitHub OIDC token: … sub=…' log line");
  } finally {
    await emulator.close();
  }
});

test('a regional host that needs the front door’s affinity cookie: the cookie is kept across the redirect', async () => {
  const emulator = await startEmulator({ exchangeRegionalRedirect: true });
  try {
    emulator.state.exchangeRequiresAffinityCookie = true;
    const run = await runOn(emulator);
    expect(failureOf(run)).toBe('');
    expect(run.outputs.verified).toBe('exchange');
    const regional = emulator.requests.filter(
      (r) => r.service === 'exchange' && String(r.requestHeaders.host).startsWith('localhost'),
    );
    expect(regional.length).toBeGreaterThan(0);
    for (const r of regional) expect(String(r.requestHeaders.cookie)).toContain('exchangecookie=emulator');
  } finally {
    await emulator.close();
  }
});

describe('Graph answers nothing public settles, played both ways', () => {
  const token = fakeGitHubToken('app');
  let emulator: Emulator;
  afterEach(() => emulator.close());

  async function provisioned(): Promise<{ certificate: string; 'certificate-password': string }> {
    emulator = await startEmulator();
    emulator.github.addToken(token, { kind: 'app', permissions: { secrets: 'write' } });
    const first = await runOn(emulator, { 'github-token': token });
    expect(failureOf(first)).toBe('');
    return {
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    };
  }

  test('a proof naming the app is refused when the provisioning app calls addKey: the key goes by PATCH, and the log says so', async () => {
    const input = await provisioned();
    emulator.state.proofIssuer = 'caller';
    const mark = emulator.requests.length;
    const rotated = await runOn(emulator, { ...input, 'github-token': token, 'force-rotate': 'true' });
    expect(failureOf(rotated)).toBe('');
    expect(rotated.stdout).toContain(
      "Graph refused the provisioning app's proof of possession for addKey (401 Authentication_MissingOrMalformed): writing the app's keys with a keyCredentials PATCH instead.",
    );
    const writes = emulator.requests
      .slice(mark)
      .filter((r) => r.service === 'graph' && r.method !== 'GET')
      .map((r) => `${r.method} ${r.path.split('/').at(-1)} ${r.status}`);
    expect(writes).toEqual(
      expect.arrayContaining(['POST addKey 401', expect.stringMatching(/^PATCH [0-9a-f-]+ 204$/)]),
    );
    expect(rotated.outputs.verified).toBe('exchange');
  });

  test('addKey that drops the displayName: the key stays exo-cba’s by its certificate, and is pruned as its own later', async () => {
    const input = await provisioned();
    emulator.state.addKeyKeepsDisplayName = false;
    const rotated = await runOn(emulator, { ...input, 'github-token': token, 'force-rotate': 'true' });
    expect(failureOf(rotated)).toBe('');
    const added = emulator.state.managedApplications()[0].keyCredentials.find((k) => k.displayName === null);
    expect(added).toBeDefined();
    // two rotations later, past the grace period, the key without a name is superseded and removed as exo-cba's
    const second = {
      certificate: rotated.outputs.certificate,
      'certificate-password': rotated.outputs['certificate-password'],
    };
    ageTenant(emulator);
    const again = await runOn(emulator, { ...second, 'github-token': token, 'force-rotate': 'true' });
    expect(failureOf(again)).toBe('');
    ageTenant(emulator);
    const third = await runOn(emulator, {
      certificate: again.outputs.certificate,
      'certificate-password': again.outputs['certificate-password'],
      'github-token': token,
      'force-rotate': 'true',
    });
    expect(failureOf(third)).toBe('');
    expect(third.stdout).toMatch(new RegExp(`${rotated.outputs['certificate-thumbprint']} \\(superseded\\)`));
  });
});
