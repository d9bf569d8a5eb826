/**
 * Token mode (OIDC all the way): a bootstrap with `access-token: true` makes the managed app trust the
 * consumer jobs' GitHub OIDC subjects (its own federated credentials, upserted by name, others untouched,
 * the 20-per-app limit said before writing); a consumer job using the token entry with app-id then signs
 * in as the app with its own OIDC token and gets an Exchange token Exchange accepts — no Graph call, no
 * certificate, nothing written.
 */
import { randomUUID } from 'node:crypto';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { failureOf, runEntryOn, graphWrites, runOn, since } from '../support/e2e.js';
import { managedApp } from '../support/tenant-keys.js';

const JOB_SUBJECT = 'repo:contoso/exchange-automation:ref:refs/heads/main';
const OTHER_SUBJECT = 'repo:contoso/reports:environment:exchange';
const ISSUER = 'https://token.actions.githubusercontent.com';
let emulator: Emulator;
let organization: string;

beforeEach(async () => {
  emulator = await startEmulator();
  organization = emulator.state.initialDomain;
});
afterEach(() => emulator.close());

/** The bootstrap that trusts `subjects` (empty: the running job's); its certificate outputs feed the next one. */
async function bootstrap(extra: Record<string, string> = {}) {
  const run = await runOn(emulator, { 'access-token': 'true', ...extra });
  return run;
}

/** A consumer job: the token entry with the app's ID and the organization — no certificate. */
function consumer(extra: Record<string, string> = {}) {
  return runEntryOn(emulator, 'token', {
    'tenant-id': emulator.state.tenantId,
    'app-id': managedApp(emulator).appId,
    organization,
    'verify-timeout': '30',
    ...extra,
  });
}

const exoCbaCredentials = () =>
  managedApp(emulator).federatedIdentityCredentials.filter((f) => f.name.startsWith('exo-cba-'));

function addForeignCredential(name: string, subject: string) {
  const fic = {
    id: randomUUID(),
    name,
    issuer: ISSUER,
    subject,
    audiences: ['api://AzureADTokenExchange'],
    description: 'someone else’s',
    createdAt: -1,
  };
  managedApp(emulator).federatedIdentityCredentials.push(fic);
  return fic;
}

describe('bootstrap with access-token: true, then a consumer job', () => {
  it('trusts the running job, and the consumer gets an Exchange token without Graph, certificate or write', async () => {
    const first = await bootstrap();
    expect(failureOf(first)).toBe('');
    expect(exoCbaCredentials()).toEqual([
      expect.objectContaining({
        issuer: ISSUER,
        subject: JOB_SUBJECT,
        audiences: ['api://AzureADTokenExchange'],
      }),
    ]);
    expect(first.stdout).toMatch(/added federated credential exo-cba-[0-9a-f]{16} for subject /);

    const from = emulator.requests.length;
    const run = await consumer();
    expect(failureOf(run)).toBe('');
    expect(run.stdout).toContain('exo-cba token: the managed app (app-id) hands this job an access token');
    const requests = since(emulator, from);
    expect(requests.filter((r) => r.service === 'graph' || r.service === 'github')).toEqual([]);
    // the OIDC token, Entra's token for Exchange, and Exchange's answer to the module's connect call
    // (EXOModuleFile), which every role may make
    expect(requests.map((r) => `${r.service} ${r.status}`)).toEqual([
      'oidc 200',
      'entra 200',
      'exchange 200',
    ]);
    const token = run.outputs['access-token'];
    expect(token.split('.')).toHaveLength(3);
    // masked before anything else could print it, and never printed otherwise
    const lines = run.stdout.split('\n').filter((l) => l.includes(token));
    expect(lines).toEqual([`::add-mask::${token}`]);
    expect(Date.parse(run.outputs['access-token-expires-on'])).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(run.outputs).toMatchObject({
      'app-id': managedApp(emulator).appId,
      organization,
      'tenant-id': emulator.state.tenantId,
      verified: 'exchange',
      changed: 'false',
    });
    expect(run.outputs).not.toHaveProperty('certificate');
    expect(run.outputs).not.toHaveProperty('certificate-path');
    expect(run.outputs).not.toHaveProperty('compliance-access-token');
  });

  it('a second bootstrap writes nothing; a foreign credential is never touched; more subjects are added', async () => {
    const first = await bootstrap();
    expect(failureOf(first)).toBe('');
    const foreign = addForeignCredential('their-deploy', 'repo:contoso/other:ref:refs/heads/main');
    const before = structuredClone(foreign);
    const again = {
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    };

    let from = emulator.requests.length;
    const second = await bootstrap(again);
    expect(failureOf(second)).toBe('');
    expect(graphWrites(since(emulator, from))).toEqual([]);

    from = emulator.requests.length;
    const third = await bootstrap({ ...again, 'access-token-subjects': `${JOB_SUBJECT}\n${OTHER_SUBJECT}` });
    expect(failureOf(third)).toBe('');
    const writes = graphWrites(since(emulator, from));
    expect(writes.map((w) => `${w.method} ${w.path.replace(/'[^']*'/, "'…'")}`)).toEqual([
      `PATCH /v1.0/applications/${managedApp(emulator).id}/federatedIdentityCredentials(name='…')`,
    ]);
    expect(writes[0].requestHeaders.prefer).toBe('create-if-missing');
    expect(
      exoCbaCredentials()
        .map((f) => f.subject)
        .sort(),
    ).toEqual([OTHER_SUBJECT, JOB_SUBJECT].sort());
    expect(managedApp(emulator).federatedIdentityCredentials.find((f) => f.id === foreign.id)).toEqual(
      before,
    );
  });

  it('a subject another credential trusts already is left to it', async () => {
    const first = await bootstrap({ 'access-token': 'false' });
    expect(failureOf(first)).toBe('');
    addForeignCredential('their-main', JOB_SUBJECT);
    const from = emulator.requests.length;
    const run = await bootstrap({
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
    });
    expect(failureOf(run)).toBe('');
    expect(graphWrites(since(emulator, from))).toEqual([]);
    expect(exoCbaCredentials()).toEqual([]);
    expect(failureOf(await consumer())).toBe('');
  });

  it('says the 20-per-app limit before writing anything', async () => {
    const first = await bootstrap();
    expect(failureOf(first)).toBe('');
    for (let i = 1; i <= 19; i++)
      addForeignCredential(`other-${i}`, `repo:contoso/r${i}:ref:refs/heads/main`);
    const from = emulator.requests.length;
    const run = await bootstrap({
      certificate: first.outputs.certificate,
      'certificate-password': first.outputs['certificate-password'],
      'access-token-subjects': `${JOB_SUBJECT},${OTHER_SUBJECT}`,
    });
    expect(run.exitCode).not.toBe(0);
    expect(failureOf(run)).toContain(
      'The managed app has 20 federated credential(s) and access-token-subjects needs 1 more, but Entra ID allows at most 20',
    );
    expect(graphWrites(since(emulator, from))).toEqual([]);
  });
});

describe('consumer jobs that cannot sign in yet', () => {
  it('an untrusted subject fails within the trust wait (two minutes, here verify-timeout: 30 s) with that subject and the bootstrap inputs that trust it', async () => {
    expect(failureOf(await bootstrap())).toBe('');
    emulator.oidc.subject = OTHER_SUBJECT;
    const started = Date.now();
    const run = await consumer();
    expect(run.exitCode).not.toBe(0);
    // a new subject's credential may answer 700213 while it propagates: waited for, but not for long
    expect(Date.now() - started).toBeLessThan(45_000);
    const failure = failureOf(run);
    expect(failure).toMatch(
      /Still refused after 3\d s: a credential added moments ago is known within about two minutes/,
    );
    expect(failure).toContain(`subject '${OTHER_SUBJECT}'`);
    expect(failure).toContain(`access-token: true and access-token-subjects: ${OTHER_SUBJECT}`);
    expect(failure).toContain('AADSTS700213');
    expect(run.outputs).not.toHaveProperty('access-token');
  });

  it('a new credential that answers AADSTS700213 while it propagates (the other answer Entra may give) is waited for', async () => {
    emulator.state.ficPropagationCode = 700213;
    emulator.setReplication({ ficMs: 4000 });
    expect(failureOf(await bootstrap({ verify: 'none' }))).toBe('');
    const run = await consumer();
    expect(failureOf(run)).toBe('');
    expect(run.stdout).toMatch(/waiting for Entra ID to know a federated credential .* \(AADSTS700213;/);
    expect(run.outputs['access-token']).toBeTruthy();
  });

  it('waits for a credential, consent and role that have not propagated, within verify-timeout', async () => {
    emulator.setReplication({ ficMs: 3000, consentMs: 5000, roleMs: 7000 });
    expect(failureOf(await bootstrap({ verify: 'none' }))).toBe('');
    const run = await consumer();
    expect(failureOf(run)).toBe('');
    expect(run.stdout).toMatch(/waiting for Entra ID to know a federated credential .* \(AADSTS70021;/);
    expect(run.stdout).toContain('waiting for the admin consent of Exchange.ManageAsApp');
    expect(run.outputs.verified).toBe('exchange');
    expect(run.outputs['access-token']).toBeTruthy();
  });

  it('a consent that never arrives fails after verify-timeout with the fix, and outputs no token', async () => {
    expect(failureOf(await bootstrap())).toBe('');
    emulator.setReplication({ consentMs: 3_600_000 });
    const run = await consumer({ 'verify-timeout': '30' });
    expect(run.exitCode).not.toBe(0);
    expect(failureOf(run)).toContain('its Exchange token lacks Exchange.ManageAsApp');
    expect(failureOf(run)).toContain(
      'Run the bootstrap workflow (exo-cba/exo-cba with client-id, the provisioning app) once',
    );
    expect(run.outputs).not.toHaveProperty('access-token');
  });

  it('compliance-access-token: true with the default role (Exchange Administrator) outputs nothing, naming the S&C roles', async () => {
    expect(failureOf(await bootstrap())).toBe('');
    const run = await consumer({ 'compliance-access-token': 'true', verify: 'token' });
    expect(run.exitCode).toBe(1);
    expect(failureOf(run)).toMatch(
      /holds no directory role Security & Compliance PowerShell supports for app-only access \(Compliance Administrator, Global Administrator, Global Reader, Security Administrator, Security Reader\); Exchange Administrator is not one of them\. Run the bootstrap with roles: 'Compliance Administrator'/,
    );
    expect(run.outputs).not.toHaveProperty('access-token');
    expect(run.outputs).not.toHaveProperty('compliance-access-token');
  });

  it('with Compliance Administrator it outputs the app’s token for the S&C audience and the Exchange token, asked for separately', async () => {
    expect(failureOf(await bootstrap({ roles: 'Exchange Administrator, Compliance Administrator' }))).toBe(
      '',
    );
    const from = emulator.requests.length;
    const run = await consumer({ 'compliance-access-token': 'true', verify: 'token' });
    expect(failureOf(run)).toBe('');
    const entra = since(emulator, from).filter((r) => r.service === 'entra');
    // one after the other: a refused compliance scope never costs the Exchange token
    expect(entra.map((r) => String((r.requestBody as { scope?: string }).scope))).toEqual([
      'https://outlook.office365.com/.default',
      'https://ps.compliance.protection.outlook.com/.default',
    ]);
    const compliance = run.outputs['compliance-access-token'];
    expect(compliance).toBeTruthy();
    expect(compliance).not.toBe(run.outputs['access-token']);
    const claims = JSON.parse(Buffer.from(compliance.split('.')[1], 'base64url').toString('utf8')) as {
      aud: string;
      appid: string;
      roles?: string[];
    };
    expect(claims).toMatchObject({
      aud: 'https://ps.compliance.protection.outlook.com',
      appid: managedApp(emulator).appId,
      roles: ['Exchange.ManageAsApp'],
    });
    expect(run.outputs['compliance-access-token-expires-on']).toBeTruthy();
    // the commercial cloud needs no ConnectionUri
    expect(run.outputs['compliance-connection-uri']).toBe('');
    expect(run.summary).toContain('Connect-IPPSSession -AccessToken $env:EXO_COMPLIANCE_TOKEN -Organization');
  });
});

describe('a flexible federated credential an admin added to the managed app', () => {
  const RELEASES = "claims['sub'] matches 'repo:contoso/exchange-automation:ref:refs/heads/release-*'";

  it.each([
    ['Graph v1.0 lists its claims expression', true],
    ['Graph v1.0 lists it with a null subject only', false],
  ])(
    '%s: the bootstrap and the removal succeed and leave it; a job on a branch it matches gets a token',
    async (_, listsExpression) => {
      emulator.state.v1ListsClaimsExpression = listsExpression;
      const first = await bootstrap();
      expect(failureOf(first)).toBe('');
      const flexible = {
        id: randomUUID(),
        name: 'release-branches',
        issuer: ISSUER,
        subject: null,
        claimsMatchingExpression: { value: RELEASES, languageVersion: 1 },
        audiences: ['api://AzureADTokenExchange'],
        description: 'an admin’s flexible credential',
        createdAt: -1,
      };
      managedApp(emulator).federatedIdentityCredentials.push(flexible);
      const before = structuredClone(flexible);

      // the bootstrap reads it, counts it, and leaves it as it is
      const again = await bootstrap({
        certificate: first.outputs.certificate,
        'certificate-password': first.outputs['certificate-password'],
        'access-token-subjects': `${JOB_SUBJECT}\n${OTHER_SUBJECT}`,
      });
      expect(failureOf(again)).toBe('');
      expect(managedApp(emulator).federatedIdentityCredentials).toContainEqual(before);

      // a job on a release branch signs in through it
      emulator.oidc.subject = 'repo:contoso/exchange-automation:ref:refs/heads/release-7';
      const job = await consumer();
      expect(failureOf(job)).toBe('');
      expect(job.outputs['access-token']).toBeTruthy();

      // the removal of an app exo-cba did not create strips what exo-cba added and leaves the admin's credential
      managedApp(emulator).tags = [];
      emulator.oidc.subject = JOB_SUBJECT;
      const removal = await runEntryOn(emulator, 'remove', {
        'tenant-id': emulator.state.tenantId,
        'client-id': emulator.state.provisioningApp.appId,
        'app-id': managedApp(emulator).appId,
      });
      expect(failureOf(removal)).toBe('');
      expect(managedApp(emulator).federatedIdentityCredentials).toEqual([before]);
    },
  );
});

it('Entra refusing writes to one app closer than 30 ms (409 Directory_ConcurrencyViolation): a first bootstrap with three subjects and a forced rotation succeed', async () => {
  emulator.state.appWriteSpacingMs = 30;
  const subjects = [JOB_SUBJECT, OTHER_SUBJECT, 'repo:contoso/exchange-automation:environment:prod'];
  const first = await bootstrap({ 'access-token-subjects': subjects.join('\n') });
  expect(failureOf(first)).toBe('');
  expect(
    exoCbaCredentials()
      .map((f) => f.subject)
      .sort(),
  ).toEqual([...subjects].sort());
  const rotated = await bootstrap({
    certificate: first.outputs.certificate,
    'certificate-password': first.outputs['certificate-password'],
    'access-token-subjects': subjects.join('\n'),
    'force-rotate': 'true',
  });
  expect(failureOf(rotated)).toBe('');
  expect(rotated.outputs.rotated).toBe('true');
  // the emulator did refuse some writes: they were asked again, not failed
  expect(emulator.requests.some((r) => r.service === 'graph' && r.status === 409)).toBe(true);
});
