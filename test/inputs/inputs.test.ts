import { generateCertificate } from '../../src/certificate/certificate.js';
import { ActionError } from '../../src/action/errors.js';
import { parseList, resolveRole, slug } from '../../src/inputs/app.js';
import { readSettings } from '../../src/inputs/inputs.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0c3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e7f';
const base = { 'tenant-id': TENANT, 'client-id': CLIENT };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const read = (
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { GITHUB_REPOSITORY: 'contoso/ops' },
) => readSettings(reader({ ...base, ...inputs }), env);
const failure = async (inputs: Record<string, string>): Promise<string> => {
  try {
    await read(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as Error).message;
  }
  throw new Error('expected an input error');
};

describe('defaults', () => {
  test('match action.yml', async () => {
    const s = await read({});
    expect(s).toMatchObject({
      tenantId: TENANT,
      clientId: CLIENT,
      audience: 'api://AzureADTokenExchange',
      authorityHost: 'https://login.microsoftonline.com',
      graphEndpoint: 'https://graph.microsoft.com',
      exchangeEndpoint: 'https://outlook.office365.com',
      organization: undefined,
      appName: 'Exchange Online Automation',
      appUniqueName: 'exchange-online-automation',
      permissions: ['Exchange.ManageAsApp'],
      roles: [{ name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' }],
      certificateSubject: 'CN=Exchange Online Automation',
      certificateSubjectDefaulted: true,
      certificateValidityDays: 365,
      rotateBeforeDays: 30,
      keySize: 2048,
      forceRotate: false,
      verify: 'exchange',
      verifyTimeoutSeconds: 600,
      secrets: undefined,
      installCertificate: false,
      dryRun: false,
    });
    expect(s.cloud.exchangeEnvironmentName).toBe('O365Default');
  });

  test("a given certificate-subject is kept as given, not replaced by an adopted app's name", async () => {
    const s = await read({ 'certificate-subject': 'CN=Ops, O=Contoso' });
    expect(s).toMatchObject({ certificateSubject: 'CN=Ops, O=Contoso', certificateSubjectDefaulted: false });
  });
});

describe('clouds', () => {
  test.each([
    [
      'usgov',
      'https://login.microsoftonline.us',
      'https://graph.microsoft.us',
      'https://outlook.office365.us',
      'O365USGovGCCHigh',
    ],
    [
      'usgovdod',
      'https://login.microsoftonline.us',
      'https://dod-graph.microsoft.us',
      'https://outlook-dod.office365.us',
      'O365USGovDoD',
    ],
    [
      'china',
      'https://login.chinacloudapi.cn',
      'https://microsoftgraph.chinacloudapi.cn',
      'https://partner.outlook.cn',
      'O365China',
    ],
  ])('%s', async (cloud, login, graph, exchange, environment) => {
    const s = await read({ cloud: cloud.toUpperCase() });
    expect([s.authorityHost, s.graphEndpoint, s.exchangeEndpoint, s.cloud.exchangeEnvironmentName]).toEqual([
      login,
      graph,
      exchange,
      environment,
    ]);
  });

  test('endpoint overrides win; a trailing /v1.0 on graph-endpoint is dropped', async () => {
    const s = await read({
      'authority-host': 'https://login.example.test/',
      'graph-endpoint': 'https://graph.example.test/v1.0',
    });
    expect(s.authorityHost).toBe('https://login.example.test');
    expect(s.graphEndpoint).toBe('https://graph.example.test');
  });
});

describe('organization', () => {
  test('comes from a .onmicrosoft.com tenant-id', async () => {
    expect((await read({ 'tenant-id': 'Contoso.onmicrosoft.com' })).organization).toBe(
      'contoso.onmicrosoft.com',
    );
  });
  test('the input wins', async () => {
    expect((await read({ organization: 'fabrikam.onmicrosoft.com' })).organization).toBe(
      'fabrikam.onmicrosoft.com',
    );
  });
  test('is left to Graph for a GUID tenant', async () => {
    expect((await read({})).organization).toBeUndefined();
  });
});

describe('lists', () => {
  test('accept commas and newlines', () => {
    expect(parseList('a, b\nc,,\n d ')).toEqual(['a', 'b', 'c', 'd']);
  });
  test('roles by name (any case) or template ID, deduplicated', async () => {
    const s = await read({
      roles: 'global reader\nf2ef992c-3afb-46b9-b7cf-a126ee74c451, Exchange Recipient Administrator',
    });
    expect(s.roles.map((r) => r.name)).toEqual(['Global Reader', 'Exchange Recipient Administrator']);
  });
  test('resolveRole knows exactly the roles Exchange supports', () => {
    expect(resolveRole('Exchange Administrator')?.templateId).toBe('29232cdf-9323-42fd-ade2-1d097af3e4de');
    expect(resolveRole('User Administrator')).toBeUndefined();
  });
});

test('slug', () => {
  expect(slug('Exchange Online Automation')).toBe('exchange-online-automation');
  expect(slug('  Ünïcode & Co. ')).toBe('unicode-co');
});

describe('validation names the input, the value and the fix', () => {
  test.each([
    [{ 'tenant-id': '' }, "Input 'tenant-id': is required"],
    [{ 'client-id': 'x' }, "Input 'client-id': 'x' is not a GUID"],
    [{ 'app-id': 'nope' }, "Input 'app-id': 'nope' is not a GUID"],
    [{ organization: 'not a domain' }, "Input 'organization': 'not a domain' is not a domain"],
    [{ 'app-name': 'x'.repeat(121) }, "Input 'app-name': is 121 characters long"],
    [{ 'app-name': '!!!' }, "Input 'app-name': '!!!' gives no usable unique name; set app-unique-name"],
    [
      { 'certificate-subject': 'not a dn' },
      "Input 'certificate-subject': 'not a dn' is not a distinguished name",
    ],
    [
      { 'certificate-validity-days': '0' },
      "Input 'certificate-validity-days': '0' is not a whole number of days from 1 to 730",
    ],
    [
      { 'certificate-validity-days': '30', 'rotate-before-days': '30' },
      "Input 'rotate-before-days': 30 must be less than certificate-validity-days (30)",
    ],
    [{ 'force-rotate': 'yesplease' }, "Input 'force-rotate': 'yesplease' is not a boolean"],
    [
      { 'verify-timeout': '3601' },
      "Input 'verify-timeout': '3601' is not a whole number of seconds from 30 to 3600",
    ],
    [
      { 'github-token': 'ghs_test_token', 'secret-scope': 'team' },
      "Input 'secret-scope': 'team' is not one of repository, environment, organization",
    ],
    [
      { 'github-token': 'ghs_test_token', 'secret-repository': 'just-a-name' },
      "Input 'secret-repository': 'just-a-name' is not owner/name",
    ],
    [
      { 'github-token': 'ghs_test_token', 'secret-prefix': 'GITHUB_' },
      "Input 'secret-prefix': 'GITHUB_' is not a valid start of a secret name",
    ],
    [
      { 'github-token': 'ghs_test_token', 'secret-prefix': 'exo-' },
      "Input 'secret-prefix': 'exo-' is not a valid start",
    ],
    [{ 'app-name': 'Ops\n::warning::x' }, "Input 'app-name': holds a control character"],
    [{ audience: 'api://x\u0085y' }, "Input 'audience': holds a control character"],
    [{ permissions: 'Exchange.ManageAsApp\u0007' }, "Input 'permissions': holds a control character"],
    [{ permissions: ' , ,\n,' }, "Input 'permissions': holds no value"],
    [{ roles: ',,,' }, "Input 'roles': holds no value"],
    [{ permissions: '<b>Exchange</b>' }, "Input 'permissions': '<b>Exchange</b>' is not an Exchange Online"],
    [
      { 'github-token': 'ghs_test_token', 'secret-prefix': 'A'.repeat(41) },
      "Input 'secret-prefix': is 41 characters long; at most 40",
    ],
    [
      { 'verify-timeout': '0' },
      "Input 'verify-timeout': '0' is not a whole number of seconds from 30 to 3600",
    ],
  ])('%j', async (inputs, message) => {
    const text = await failure(inputs);
    expect(text).toContain(message);
    expect(text).toMatch(/nothing was changed/);
  });
});

describe('secrets', () => {
  test('repository scope defaults to the current repository and EXO_', async () => {
    expect((await read({ 'github-token': 'ghs_abc' })).secrets).toEqual({
      token: 'ghs_abc',
      target: {
        scope: 'repository',
        repository: 'contoso/ops',
        environment: undefined,
        organization: 'contoso',
        prefix: 'EXO_',
        visibility: 'selected',
      },
    });
  });
  test('organization scope defaults to the repository owner', async () => {
    expect(
      (await read({ 'github-token': 'ghs_abc', 'secret-scope': 'organization' })).secrets?.target,
    ).toMatchObject({
      scope: 'organization',
      organization: 'contoso',
    });
  });
});

describe('the certificate input', () => {
  test('is opened with its password', async () => {
    const cert = await generateCertificate({
      subject: 'CN=t',
      validityDays: 30,
      keySize: 2048,
      now: new Date(),
    });
    const s = await read({ certificate: cert.pfxBase64, 'certificate-password': cert.password });
    expect(s.certificate?.thumbprintSha1).toBe(cert.thumbprintSha1);
  });

  test('a wrong password is an input error that does not echo any secret', async () => {
    const cert = await generateCertificate({
      subject: 'CN=t',
      validityDays: 30,
      keySize: 2048,
      now: new Date(),
    });
    const text = await failure({ certificate: cert.pfxBase64, 'certificate-password': 'wrong-password-123' });
    expect(text).toMatch(/certificate-password/);
    expect(text).not.toContain('wrong-password-123');
    expect(text).not.toContain(cert.pfxBase64.slice(0, 32));
  });
});
