/**
 * End to end: the bundled action, run as a runner runs it, against the emulator over HTTPS.
 */
import { statSync, existsSync } from 'node:fs';
import { openPfx } from '../../src/certificate/certificate.js';
import { EXCHANGE_APP_ROLES, DIRECTORY_ROLES, startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runEntryOn, runOn, runWithPostOn } from '../support/e2e.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { outputsLineage } from '../support/tenant-keys.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const writes = (emulator: Emulator, since = 0) =>
  emulator.requests.slice(since).filter((r) => r.service === 'graph' && r.method !== 'GET');

describe('a fresh tenant, then a second run', () => {
  let emulator: Emulator;
  let first: { main: ActionRun; post: ActionRun };
  let second: ActionRun;
  let requestsBeforeSecond: number;

  beforeAll(async () => {
    emulator = await startEmulator();
    first = await runWithPostOn(emulator);
    requestsBeforeSecond = emulator.requests.length;
    second = await runOn(emulator, {
      certificate: first.main.outputs.certificate,
      'certificate-password': first.main.outputs['certificate-password'],
    });
  });
  afterAll(() => emulator.close());

  test('the first run creates everything Connect-ExchangeOnline needs and hands it over', () => {
    const { outputs } = first.main;
    expect(first.main.exitCode).toBe(0);
    expect(outputs['app-id']).toMatch(GUID);
    expect(outputs['app-object-id']).toMatch(GUID);
    expect(outputs['service-principal-id']).toMatch(GUID);
    expect(outputs['tenant-id']).toBe(emulator.state.tenantId);
    expect(outputs.organization).toBe('contoso.onmicrosoft.com');
    expect(outputs['exchange-environment-name']).toBe('O365Default');
    expect(outputs['certificate-thumbprint']).toMatch(/^[0-9A-F]{40}$/);
    expect(outputs['certificate-thumbprint-sha256']).toMatch(/^[0-9A-F]{64}$/);
    expect(new Date(outputs['certificate-expires-on']).toISOString()).toBe(outputs['certificate-expires-on']);
    expect(outputs).toMatchObject({ rotated: 'true', verified: 'exchange', changed: 'true' });

    const cert = openPfx(outputs.certificate, outputs['certificate-password']);
    expect(cert.thumbprintSha1).toBe(outputs['certificate-thumbprint']);
    expect(cert.notAfter.toISOString()).toBe(outputs['certificate-expires-on']);
  });

  test('the tenant holds the app, its service principal, the consent, the role and the key', () => {
    const app = emulator.state.applicationByAppId(first.main.outputs['app-id'])!;
    expect(app.uniqueName).toBe('exchange-online-automation');
    expect(app.displayName).toBe('Exchange Online Automation');
    expect(app.requiredResourceAccess).toEqual([
      {
        resourceAppId: '00000002-0000-0ff1-ce00-000000000000',
        resourceAccess: [{ id: EXCHANGE_APP_ROLES['Exchange.ManageAsApp'], type: 'Role' }],
      },
    ]);
    expect(app.keyCredentials.map((k) => k.displayName)).toEqual([
      // without github-token the run publishes through its step outputs: that is the key's lineage
      `exo-cba ${first.main.outputs['certificate-thumbprint']} ${outputsLineage().id}`,
    ]);
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    expect(sp.id).toBe(first.main.outputs['service-principal-id']);
    expect(emulator.state.grantedRoles(sp, emulator.state.exchangeServicePrincipal)).toEqual([
      'Exchange.ManageAsApp',
    ]);
    expect(emulator.state.directoryRoles(sp.id)).toEqual([DIRECTORY_ROLES['Exchange Administrator']]);
    expect(emulator.state.managedApplications()).toHaveLength(1);
  });

  test('the PFX file is private while the job runs and gone after the post step', () => {
    const path = first.main.outputs['certificate-path'];
    expect(path.startsWith(first.main.runnerTemp)).toBe(true);
    expect(first.post.exitCode).toBe(0);
    expect(existsSync(path)).toBe(false);
  });

  test('the job summary says what exists and when the certificate expires, without secrets', () => {
    const { summary, outputs } = first.main;
    expect(summary).toContain(outputs['app-id']);
    expect(summary).toContain(outputs['certificate-thumbprint']);
    expect(summary).toContain(outputs['certificate-expires-on']);
    expect(summary).toMatch(/Exchange Online accepted the certificate/);
    expect(summary).not.toContain(outputs['certificate-password']);
    expect(summary).not.toContain(outputs.certificate.slice(0, 40));
  });

  test('the second run changes nothing and says so', () => {
    expect(second.exitCode).toBe(0);
    expect(writes(emulator, requestsBeforeSecond)).toEqual([]);
    expect(emulator.requests.slice(requestsBeforeSecond).filter((r) => r.service === 'exchange')).toEqual([]);
    expect(second.outputs).toMatchObject({
      'app-id': first.main.outputs['app-id'],
      'certificate-thumbprint': first.main.outputs['certificate-thumbprint'],
      rotated: 'false',
      changed: 'false',
      verified: 'unchanged',
    });
    expect(second.stdout).toMatch(/Nothing changed/);
    expect(second.summary).toMatch(/Nothing changed/);
  });
});

describe('PFX file mode', () => {
  test('is 0600 while it exists', async () => {
    const emulator = await startEmulator();
    try {
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(0);
      expect(statSync(result.outputs['certificate-path']).mode & 0o777).toBe(0o600);
    } finally {
      await emulator.close();
    }
  });
});

test('a new app-name with the same app-unique-name renames the app instead of creating another', async () => {
  const emulator = await startEmulator();
  try {
    const first = await runOn(emulator, {
      'app-name': 'Exchange scripts',
      'app-unique-name': 'exchange-scripts',
    });
    expect(first.exitCode).toBe(0);
    const renamed = await runOn(emulator, {
      'app-name': 'Exchange automation (prod)',
      'app-unique-name': 'exchange-scripts',
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(renamed.exitCode).toBe(0);
    expect(renamed.outputs).toMatchObject({
      'app-id': first.outputs['app-id'],
      changed: 'true',
      rotated: 'false',
    });
    expect(renamed.stdout).toContain(
      "renamed the app from 'Exchange scripts' to 'Exchange automation (prod)'",
    );
    expect(emulator.state.managedApplications().map((a) => a.displayName)).toEqual([
      'Exchange automation (prod)',
    ]);
  } finally {
    await emulator.close();
  }
});

test('narrowing roles: the narrower role is added, and the one exo-cba assigned is taken away after publishing', async () => {
  const emulator = await startEmulator();
  try {
    const first = await runOn(emulator);
    expect(first.exitCode).toBe(0);
    const sp = emulator.state.servicePrincipalByAppId(first.outputs['app-id'])!;
    // a role an admin assigned by hand is someone else's: reported, never removed
    emulator.state.addRoleAssignment(sp.id, DIRECTORY_ROLES['Global Reader']);
    const narrowed = await runOn(emulator, {
      roles: 'Exchange Recipient Administrator',
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(narrowed.exitCode).toBe(0);
    expect(narrowed.stdout).toMatch(/removed directory role Exchange Administrator \(no longer in 'roles'\)/);
    expect(narrowed.stdout).toMatch(
      /::warning::The app also holds the directory role Global Reader, which is not in 'roles' and which exo-cba did not assign/,
    );
    expect(emulator.state.directoryRoles(sp.id).sort()).toEqual(
      [DIRECTORY_ROLES['Global Reader'], DIRECTORY_ROLES['Exchange Recipient Administrator']].sort(),
    );
  } finally {
    await emulator.close();
  }
});

test('the use entry with install-certificate on a Linux runner warns how to connect instead, and succeeds', async () => {
  const emulator = await startEmulator();
  try {
    const published = await runOn(emulator);
    const result = await runEntryOn(emulator, 'use', {
      certificate: published.outputs.certificate,
      'certificate-password': published.outputs['certificate-password'],
      'install-certificate': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['certificate-thumbprint']).toBe(published.outputs['certificate-thumbprint']);
    expect(result.outputs).not.toHaveProperty('certificate');
    expect(result.outputs).not.toHaveProperty('certificate-password');
    expect(result.stdout).toMatch(/::warning::.*-CertificateThumbprint.*Windows.*-CertificateFilePath/);
    expect(result.state['installed-thumbprint']).toBeUndefined();
  } finally {
    await emulator.close();
  }
});

describe('the provisioning app lacks a Graph permission', () => {
  test.each([
    ['RoleManagement.ReadWrite.Directory', /RoleManagement\.ReadWrite\.Directory/],
    ['AppRoleAssignment.ReadWrite.All', /AppRoleAssignment\.ReadWrite\.All/],
  ])('without %s the run fails before any write and names the permission', async (permission, pattern) => {
    const emulator = await startEmulator();
    try {
      emulator.state.revokeGraphPermission(permission);
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(pattern);
      expect(result.stdout).toMatch(/Grant admin consent/i);
      expect(result.stdout).toMatch(/nothing was changed/);
      expect(result.summary).toMatch(/app-only access: failed/);
      expect(result.summary).toMatch(pattern);
      expect(writes(emulator)).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  test('without Organization.Read.All it says to set organization, and works once it is set', async () => {
    const emulator = await startEmulator();
    try {
      emulator.state.revokeGraphPermission('Organization.Read.All');
      const failed = await runOn(emulator);
      expect(failed.exitCode).toBe(1);
      expect(failed.stdout).toMatch(/Organization\.Read\.All/);
      expect(failed.stdout).toMatch(/'organization' input/);
      expect(writes(emulator)).toEqual([]);
      const ok = await runOn(emulator, { organization: 'contoso.onmicrosoft.com' });
      expect(ok.exitCode).toBe(0);
      expect(ok.outputs.organization).toBe('contoso.onmicrosoft.com');
    } finally {
      await emulator.close();
    }
  });
});

describe('tenant-id given as the .onmicrosoft.com domain', () => {
  test('is the organization; /organization is not read; the tenant-id output is the GUID', async () => {
    const emulator = await startEmulator();
    try {
      const result = await runOn(emulator, { 'tenant-id': 'contoso.onmicrosoft.com' });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.organization).toBe('contoso.onmicrosoft.com');
      expect(result.outputs['tenant-id']).toBe(emulator.state.tenantId);
      expect(emulator.requests.some((r) => r.path.endsWith('/organization'))).toBe(false);
    } finally {
      await emulator.close();
    }
  });
});

describe('Entra replication right after a create', () => {
  test('is waited out without creating anything twice', async () => {
    const emulator = await startEmulator({ replication: { objectMs: 1500 } });
    try {
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(0);
      expect(emulator.state.managedApplications()).toHaveLength(1);
      const app = emulator.state.managedApplications()[0];
      expect(
        [...emulator.state.servicePrincipals.values()].filter((s) => s.appId === app.appId),
      ).toHaveLength(1);
      // the emulator refused at least one call for replication, and the action retried it
      expect(
        emulator.requests.some((r) => r.service === 'graph' && (r.status === 404 || r.status === 400)),
      ).toBe(true);
      expect(
        emulator.requests.filter((r) => r.method === 'PATCH' && r.path.includes('uniqueName=')),
      ).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });
});

describe('throttling', () => {
  test('a 429 with Retry-After is waited out and reported', async () => {
    const emulator = await startEmulator();
    try {
      emulator.throttle({ service: 'graph', method: 'PATCH', times: 1, retryAfterSeconds: 1 });
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/429.*retrying in 1\.0 s \(Retry-After; \d+ s of 30 s\)/);
      const throttled = emulator.requests.findIndex((r) => r.status === 429);
      const retry = emulator.requests
        .slice(throttled + 1)
        .find((r) => r.method === 'PATCH' && r.path === emulator.requests[throttled].path);
      expect(retry?.status).toBeLessThan(300);
      expect(retry!.startedAt - emulator.requests[throttled].endedAt).toBeGreaterThanOrEqual(900);
    } finally {
      await emulator.close();
    }
  });

  test('a 403 is never retried', async () => {
    const emulator = await startEmulator();
    try {
      emulator.fault({
        service: 'graph',
        method: 'PATCH',
        path: 'uniqueName=',
        status: 403,
        body: {
          error: {
            code: 'Authorization_RequestDenied',
            message: 'Insufficient privileges to complete the operation.',
          },
        },
      });
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(1);
      expect(emulator.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(result.stdout).toMatch(/Authorization_RequestDenied/);
      expect(result.stdout).toMatch(/Application\.ReadWrite\.OwnedBy/);
    } finally {
      await emulator.close();
    }
  });
});

describe('dry-run', () => {
  test('prints the plan and writes nothing', async () => {
    const emulator = await startEmulator();
    try {
      const result = await runOn(emulator, { 'dry-run': 'true' });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/create app 'Exchange Online Automation'/);
      expect(result.stdout).toMatch(
        /grant admin consent for Office 365 Exchange Online Exchange\.ManageAsApp/,
      );
      expect(result.stdout).toMatch(/assign directory role Exchange Administrator/);
      expect(result.stdout).toMatch(/nothing was changed/);
      expect(result.outputs.changed).toBe('false');
      expect(result.summary).toMatch(/dry run/);
      expect(writes(emulator)).toEqual([]);
      expect(emulator.state.managedApplications()).toHaveLength(0);
    } finally {
      await emulator.close();
    }
  });
});

test('a dry run is a check: a Graph permission the real run would lack fails it (exit 1), naming it, after the whole plan; nothing is written', async () => {
  const emulator = await startEmulator();
  try {
    emulator.state.revokeGraphPermission('RoleManagement.ReadWrite.Directory');
    const result = await runOn(emulator, { 'dry-run': 'true' });
    expect(result.exitCode).toBe(1);
    expect(failureOf(result)).toMatch(
      /dry-run: true — the real run would fail: [\s\S]*lacks Microsoft Graph application permission[\s\S]*RoleManagement\.ReadWrite\.Directory/,
    );
    expect(result.stdout).toMatch(/Plan:[\s\S]*assign directory role Exchange Administrator/);
    expect(writes(emulator)).toEqual([]);
  } finally {
    await emulator.close();
  }
});

describe('sign-in problems', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  test('no OIDC token: tells to add permissions id-token: write', async () => {
    const env = emulator.runnerEnv();
    const result = await runAction({
      inputs: emulator.actionInputs(),
      env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/id-token: write/);
    expect(emulator.requests.filter((r) => r.service !== 'oidc')).toEqual([]);
  });

  test('no matching federated credential: prints the subject to configure', async () => {
    const subject = emulator.oidc.subject;
    emulator.oidc.subject = 'repo:contoso/exchange-automation:environment:production';
    try {
      const result = await runOn(emulator);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/no federated credential/i);
      expect(result.stdout).toContain("subject 'repo:contoso/exchange-automation:environment:production'");
      expect(result.stdout).toMatch(/AADSTS7002\d*/);
    } finally {
      emulator.oidc.subject = subject;
    }
  });

  test('unknown client-id: says to check client-id and tenant-id', async () => {
    const result = await runOn(emulator, { 'client-id': '11111111-2222-3333-4444-555555555555' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/does not know client-id '11111111-2222-3333-4444-555555555555'/);
    expect(result.stdout).toMatch(/AADSTS700016/);
  });

  test('the OIDC claims are logged, never the token', async () => {
    const result = await runOn(emulator, { 'dry-run': 'true' });
    expect(result.stdout).toMatch(
      /GitHub OIDC token: iss=https:\/\/token\.actions\.githubusercontent\.com sub=repo:contoso\/exchange-automation:ref:refs\/heads\/main aud=api:\/\/AzureADTokenExchange/,
    );
  });
});

describe('untrusted events', () => {
  test('pull_request_target is refused before anything is requested', async () => {
    const emulator = await startEmulator();
    try {
      const result = await runOn(emulator, {}, { GITHUB_EVENT_NAME: 'pull_request_target' });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/refuses to run on pull_request_target/);
      expect(emulator.requests).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

describe('bad inputs fail before any request, naming the input', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  test.each([
    [
      'tenant-id',
      { 'tenant-id': 'not a tenant' },
      /Input 'tenant-id': 'not a tenant' is neither a GUID nor a domain/,
    ],
    ['client-id', { 'client-id': 'abc' }, /Input 'client-id': 'abc' is not a GUID/],
    ['cloud', { cloud: 'mars' }, /Input 'cloud': 'mars' is not one of public, usgov, usgovdod, china/],
    [
      'authority-host',
      { 'authority-host': 'http://login.example' },
      /Input 'authority-host': 'http:\/\/login.example' is not an https URL/,
    ],
    ['key-size', { 'key-size': '1024' }, /Input 'key-size': '1024' is not 2048, 3072 or 4096/],
    [
      'certificate-validity-days',
      { 'certificate-validity-days': '900' },
      /Input 'certificate-validity-days': '900' is not a whole number of days from 1 to 730/,
    ],
    [
      'rotate-before-days',
      { 'rotate-before-days': '400' },
      /Input 'rotate-before-days': 400 must be less than the lifetime of new certificates \(365 days\)/,
    ],
    ['verify', { verify: 'maybe' }, /Input 'verify': 'maybe' is not one of exchange, token, none/],
    [
      'verify-timeout',
      { 'verify-timeout': '-5' },
      /Input 'verify-timeout': '-5' is not a whole number of seconds/,
    ],
    [
      'roles',
      { roles: 'User Administrator' },
      /Input 'roles': 'User Administrator' is not a directory role Exchange Online supports/,
    ],
    ['dry-run', { 'dry-run': 'perhaps' }, /Input 'dry-run': 'perhaps' is not a boolean/],
    ['certificate', { certificate: 'bm90IGEgcGZ4', 'certificate-password': 'x' }, /Input 'certificate'/],
    [
      'certificate-password',
      { certificate: 'bm90IGEgcGZ4' },
      /Input 'certificate-password': is required when certificate is set/,
    ],
    [
      'secret-environment',
      { 'github-token': 'ghs_x', 'secret-scope': 'environment' },
      /Input 'secret-environment': is required/,
    ],
    [
      'app-unique-name',
      { 'app-unique-name': 'has spaces' },
      /Input 'app-unique-name': 'has spaces' may hold only/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const before = emulator.requests.length;
    const result = await runOn(emulator, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toMatch(/nothing was changed/);
    expect(emulator.requests.length).toBe(before);
  });

  test('several bad inputs are reported together', async () => {
    const result = await runOn(emulator, { 'key-size': '1', verify: 'x', cloud: 'y' });
    expect(result.stdout).toMatch(/key-size/);
    expect(result.stdout).toMatch(/'verify'/);
    expect(result.stdout).toMatch(/'cloud'/);
  });

  test('an unknown Exchange permission is an input error, raised before any write', async () => {
    const result = await runOn(emulator, { permissions: 'Exchange.ManageAsApp, Exchange.DoEverything' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /Input 'permissions': 'Exchange.DoEverything' is not an application permission of Office 365 Exchange Online/,
    );
    expect(writes(emulator)).toEqual([]);
  });
});
