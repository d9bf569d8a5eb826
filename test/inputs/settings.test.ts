/** Each entry reads its own inputs into its own settings, and refuses bad ones before any request. */
import { generateCertificate, type IssuedCertificate } from '../../src/certificate/certificate.js';
import { ActionError } from '../../src/action/errors.js';
import { parseList, resolveRole, slug } from '../../src/inputs/app.js';
import { readSettings, type Intent } from '../../src/inputs/settings.js';
import { lineageOf, lineageOfRun } from '../../src/keys/lineage.js';
import { actionFile, defaultInputs, ENTRIES } from '../support/action-files.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0c3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e7f';
const APP = '5b3c1f0a-5d6e-4b8a-9f1e-2a3b4c5d6e70';
const ENV = { GITHUB_REPOSITORY: 'contoso/ops' };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

let issued: IssuedCertificate;
let pfx: { certificate: string; 'certificate-password': string };
beforeAll(async () => {
  issued = await generateCertificate({
    subject: 'CN=Ops, O=Contoso',
    validityDays: 90,
    keySize: 3072,
    now: new Date(),
  });
  pfx = { certificate: issued.pfxBase64, 'certificate-password': issued.password };
});

/** The inputs every entry needs, as a workflow would give them. */
function required(intent: Intent): Record<string, string> {
  switch (intent) {
    case 'bootstrap':
      return { 'tenant-id': TENANT, 'client-id': CLIENT };
    case 'rotate':
      return { 'tenant-id': TENANT, 'app-id': APP, organization: 'contoso.onmicrosoft.com', ...pfx };
    case 'token':
      return { 'tenant-id': TENANT, 'app-id': APP, organization: 'contoso.onmicrosoft.com' };
    case 'use':
      return pfx;
    case 'remove':
    case 'revoke':
      return { 'tenant-id': TENANT, 'client-id': CLIENT, 'app-id': APP };
  }
}

const read = async <I extends Intent>(
  intent: I,
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = ENV,
) => (await readSettings(intent, reader({ ...required(intent), ...inputs }), env)).settings;

async function failure(intent: Intent, inputs: Record<string, string>): Promise<string> {
  try {
    await read(intent, inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as Error).message;
  }
  throw new Error('expected an input error');
}

describe('every entry', () => {
  test.each(ENTRIES)(
    "%s: the code's defaults are action.yml's (a step that sets nothing reads the same)",
    async (intent) => {
      const defaults = await read(intent, defaultInputs(intent));
      const unset = await read(intent);
      expect(defaults).toEqual(unset);
      expect(defaults.intent).toBe(intent);
    },
  );

  test.each(ENTRIES)(
    '%s: the required inputs are required in action.yml too, with a message naming each',
    async (intent) => {
      const inputs = actionFile(intent).inputs;
      for (const name of Object.keys(required(intent)).filter(
        (n) => n !== 'organization' && n !== 'certificate-password',
      ))
        expect([name, inputs[name]?.required]).toEqual([name, true]);
      const message = await failure(
        intent,
        Object.fromEntries(Object.keys(required(intent)).map((n) => [n, ''])),
      );
      for (const name of Object.keys(required(intent)).filter((n) => n !== 'certificate-password'))
        expect(message).toContain(`Input '${name}'`);
    },
  );

  test('the everyday entries are small and take no endpoint inputs', () => {
    for (const intent of ['token', 'use', 'remove', 'revoke'] as const)
      expect(Object.keys(actionFile(intent).inputs).length).toBeLessThanOrEqual(12);
    expect(Object.keys(actionFile('rotate').inputs).length).toBeLessThanOrEqual(16);
    for (const intent of ENTRIES.filter((e) => e !== 'bootstrap'))
      for (const endpoint of ['authority-host', 'graph-endpoint', 'exchange-endpoint'])
        expect(actionFile(intent).inputs).not.toHaveProperty(endpoint);
  });

  test('an input an entry does not have is not read, whatever its value', async () => {
    const stray = { 'client-id': 'not a guid', 'app-name': '!!!', 'key-size': '9', 'access-token': 'maybe' };
    await expect(read('rotate', stray)).resolves.toMatchObject({ intent: 'rotate' });
    await expect(read('token', stray)).resolves.toMatchObject({ intent: 'token' });
    await expect(read('use', stray)).resolves.toMatchObject({ intent: 'use' });
  });
});

describe('bootstrap', () => {
  test('defaults', async () => {
    const s = await read('bootstrap');
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
      failBeforeDays: 7,
      keySize: 2048,
      forceRotate: false,
      verify: 'exchange',
      verifyTimeoutSeconds: 600,
      secrets: undefined,
      dryRun: false,
      accessToken: false,
      accessTokenSubjects: [],
    });
    expect(s.cloud.exchangeEnvironmentName).toBe('O365Default');
  });

  test("a given certificate-subject is kept as given, not replaced by an adopted app's name", async () => {
    const s = await read('bootstrap', { 'certificate-subject': 'CN=Ops, O=Contoso' });
    expect(s).toMatchObject({ certificateSubject: 'CN=Ops, O=Contoso', certificateSubjectDefaulted: false });
  });

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
  ])('cloud %s', async (cloud, login, graph, exchange, environment) => {
    const s = await read('bootstrap', { cloud: cloud.toUpperCase() });
    expect([s.authorityHost, s.graphEndpoint, s.exchangeEndpoint, s.cloud.exchangeEnvironmentName]).toEqual([
      login,
      graph,
      exchange,
      environment,
    ]);
  });

  test('endpoint overrides: the inputs win over the EXO_CBA_* variables; a trailing /v1.0 is dropped', async () => {
    const env = {
      ...ENV,
      EXO_CBA_GRAPH_ENDPOINT: 'https://graph.env.test/',
      EXO_CBA_AUTHORITY_HOST: 'https://login.env.test',
    };
    const s = await read('bootstrap', { 'graph-endpoint': 'https://graph.example.test/v1.0' }, env);
    expect(s.graphEndpoint).toBe('https://graph.example.test');
    expect(s.authorityHost).toBe('https://login.env.test');
    expect((await read('rotate', {}, env)).graphEndpoint).toBe('https://graph.env.test');
  });

  test('a bad EXO_CBA_* variable is named as a variable', async () => {
    await expect(read('token', {}, { ...ENV, EXO_CBA_EXCHANGE_ENDPOINT: 'http://plain' })).rejects.toThrow(
      "Environment variable 'EXO_CBA_EXCHANGE_ENDPOINT': 'http://plain' is not an https URL",
    );
  });

  test('organization: the input, else a .onmicrosoft.com tenant-id, else read from Graph later', async () => {
    expect((await read('bootstrap', { 'tenant-id': 'Contoso.onmicrosoft.com' })).organization).toBe(
      'contoso.onmicrosoft.com',
    );
    expect((await read('bootstrap', { organization: 'fabrikam.onmicrosoft.com' })).organization).toBe(
      'fabrikam.onmicrosoft.com',
    );
    expect((await read('bootstrap')).organization).toBeUndefined();
  });

  test('roles by name (any case) or template ID, deduplicated; lists split on commas and newlines', async () => {
    expect(parseList('a, b\nc,,\n d ')).toEqual(['a', 'b', 'c', 'd']);
    const s = await read('bootstrap', {
      roles: 'global reader\nf2ef992c-3afb-46b9-b7cf-a126ee74c451, Exchange Recipient Administrator',
    });
    expect(s.roles.map((r) => r.name)).toEqual(['Global Reader', 'Exchange Recipient Administrator']);
    expect(resolveRole('Exchange Administrator')?.templateId).toBe('29232cdf-9323-42fd-ade2-1d097af3e4de');
    expect(resolveRole('User Administrator')).toBeUndefined();
    expect(slug('Exchange Online Automation')).toBe('exchange-online-automation');
    expect(slug('  Ünïcode & Co. ')).toBe('unicode-co');
  });

  test('secrets: repository scope defaults to the current repository and EXO_; organization to its owner', async () => {
    expect((await read('bootstrap', { 'github-token': 'ghs_abc' })).secrets).toEqual({
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
    const org = await read('bootstrap', { 'github-token': 'ghs_abc', 'secret-scope': 'organization' });
    expect(org.secrets?.target).toMatchObject({ scope: 'organization', organization: 'contoso' });
  });

  test('exchange-role-groups: with roles empty, no directory role at all; without them, roles empty keeps the default', async () => {
    const groups = await read('bootstrap', {
      roles: '',
      'exchange-role-groups': 'Recipient Management\nView-Only Organization Management',
    });
    expect(groups.roles).toEqual([]);
    expect(groups.exchangeRoleGroups).toEqual(['Recipient Management', 'View-Only Organization Management']);
    expect((await read('bootstrap', { roles: '' })).roles.map((r) => r.name)).toEqual([
      'Exchange Administrator',
    ]);
  });

  test('a tier-0 role is accepted with a warning naming narrower choices', async () => {
    const { notes } = await readSettings(
      'bootstrap',
      reader({ ...required('bootstrap'), roles: 'Global Administrator' }),
      ENV,
    );
    expect(notes.join('\n')).toMatch(
      /Global Administrator makes the managed app tier 0.*Exchange Recipient Administrator/,
    );
  });

  test('swapped certificate and password are named as swapped', async () => {
    const text = await failure('bootstrap', {
      certificate: 'x'.repeat(43),
      'certificate-password': issued.pfxBase64,
    });
    expect(text).toMatch(/Input 'certificate': looks swapped with 'certificate-password'/);
    expect(text).not.toContain(issued.pfxBase64.slice(0, 40));
  });

  test('secret inputs without a github-token are a note, not an error', async () => {
    const { notes } = await readSettings(
      'bootstrap',
      reader({ ...required('bootstrap'), 'secret-scope': 'environment' }),
      ENV,
    );
    expect(notes).toEqual([
      'secret-scope is set but github-token is empty: no GitHub secrets will be written.',
    ]);
  });

  test('the certificate input is opened with its password; a wrong one is refused without echoing a secret', async () => {
    expect((await read('bootstrap', pfx)).certificate?.thumbprintSha1).toBe(issued.thumbprintSha1);
    const text = await failure('bootstrap', {
      certificate: issued.pfxBase64,
      'certificate-password': 'wrong-password-123',
    });
    expect(text).toMatch(/certificate-password/);
    expect(text).not.toContain('wrong-password-123');
    expect(text).not.toContain(issued.pfxBase64.slice(0, 32));
  });

  test.each([
    [{ 'tenant-id': '' }, "Input 'tenant-id': is required"],
    [{ 'client-id': 'x' }, "Input 'client-id': 'x' is not a GUID"],
    [{ 'client-id': '' }, "Input 'client-id': is required"],
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
      "Input 'rotate-before-days': 30 must be less than the lifetime of new certificates (30 days)",
    ],
    [{ 'force-rotate': 'yesplease' }, "Input 'force-rotate': 'yesplease' is not a boolean"],
    [
      { 'verify-timeout': '3601' },
      "Input 'verify-timeout': '3601' is not a whole number of seconds from 30 to 3600",
    ],
    [
      { 'verify-timeout': '0' },
      "Input 'verify-timeout': '0' is not a whole number of seconds from 30 to 3600",
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
    [
      { 'github-token': 'ghs_test_token', 'secret-prefix': 'A'.repeat(41) },
      "Input 'secret-prefix': is 41 characters long; at most 40",
    ],
    [
      { 'github-token': 'ghs_abc', 'secret-visibility': 'public' },
      "Input 'secret-visibility': 'public' is not one of selected, private, all.",
    ],
    [{ 'fail-before-days': '40' }, "Input 'fail-before-days': 40 must not exceed rotate-before-days (30)"],
    [{ 'app-name': 'Ops\n::warning::x' }, "Input 'app-name': holds a control character"],
    [{ audience: 'api://x\u0085y' }, "Input 'audience': holds a control character"],
    [{ permissions: 'Exchange.ManageAsApp\u0007' }, "Input 'permissions': holds a control character"],
    [{ permissions: ' , ,\n,' }, "Input 'permissions': holds no value"],
    [{ roles: ',,,' }, "Input 'roles': holds no value"],
    [{ permissions: '<b>Exchange</b>' }, "Input 'permissions': '<b>Exchange</b>' is not an Exchange Online"],
    [
      { 'access-token-subjects': 'repo:contoso/ops:ref:refs/heads/main\nrepo:contoso/ops :x' },
      "Input 'access-token-subjects': 'repo:contoso/ops :x'",
    ],
  ])('refuses %j, naming the input, the value and the fix', async (inputs, message) => {
    const text = await failure('bootstrap', inputs);
    expect(text).toContain(message);
    expect(text).toMatch(/nothing was changed/);
  });
});

describe('rotate', () => {
  test('the next certificate is like the current one: subject, key size and lifetime', async () => {
    const s = await read('rotate');
    expect(s).toMatchObject({
      appId: APP,
      organization: 'contoso.onmicrosoft.com',
      certificateSubject: 'CN=Ops, O=Contoso',
      certificateValidityDays: 90,
      keySize: 3072,
      rotateBeforeDays: 30,
      failBeforeDays: 7,
      permissions: ['Exchange.ManageAsApp'],
    });
    expect(s.certificate.thumbprintSha1).toBe(issued.thumbprintSha1);
  });

  test('rotate-before-days must be below the current certificate’s lifetime', async () => {
    expect(await failure('rotate', { 'rotate-before-days': '90' })).toContain(
      "Input 'rotate-before-days': 90 must be less than the lifetime of new certificates (90 days)",
    );
  });

  test('the certificate, its password and the organization are required; app-object-id is a GUID', async () => {
    const message = await failure('rotate', {
      certificate: '',
      organization: '',
      'app-object-id': 'nope',
    });
    expect(message).toContain("Input 'certificate': is required");
    expect(message).toContain("Input 'organization': is required when tenant-id is a GUID");
    expect(message).toContain("Input 'app-object-id': 'nope' is not a GUID");
    expect(await failure('rotate', { 'certificate-password': '' })).toContain(
      "Input 'certificate-password': is required",
    );
  });

  test('secrets go to the repository it runs in (or its owner organization)', async () => {
    const s = await read('rotate', {
      'github-token': 'ghs_abc',
      'secret-scope': 'environment',
      'secret-environment': 'prod',
    });
    expect(s.secrets?.target).toMatchObject({
      scope: 'environment',
      repository: 'contoso/ops',
      environment: 'prod',
    });
  });
});

describe('token, use, remove, revoke', () => {
  test('token: the organization is required with a GUID tenant; the audience defaults', async () => {
    expect(await failure('token', { organization: '' })).toContain("Input 'organization': is required");
    expect(await read('token', { 'compliance-access-token': 'true' })).toMatchObject({
      audience: 'api://AzureADTokenExchange',
      complianceAccessToken: true,
      permissions: ['Exchange.ManageAsApp'],
    });
  });

  test('use: the certificate pair; fail-before-days not beyond rotate-before-days', async () => {
    expect(await read('use', { 'install-certificate': 'true' })).toMatchObject({
      installCertificate: true,
      rotateBeforeDays: 30,
      failBeforeDays: 7,
    });
    expect(await failure('use', { 'fail-before-days': '31' })).toContain(
      "Input 'fail-before-days': 31 must not exceed rotate-before-days (30)",
    );
    expect(await failure('use', { certificate: '' })).toContain("Input 'certificate': is required");
  });

  test('remove and revoke: the provisioning app and the managed app', async () => {
    expect(await read('remove', { roles: 'Global Reader' })).toMatchObject({
      clientId: CLIENT,
      appId: APP,
      roles: [{ name: 'Global Reader' }],
      permissions: ['Exchange.ManageAsApp'],
    });
    expect(await read('revoke')).toMatchObject({ clientId: CLIENT, appId: APP, dryRun: false });
  });
});

describe('lineage', () => {
  test('follows the secret destination; without secrets, the repository’s step outputs', async () => {
    const secrets = (environment: string) =>
      lineageOfRun(
        { target: { scope: 'environment', repository: 'contoso/ops', environment, prefix: 'EXO_' } },
        ENV,
      );
    expect(secrets('prod').label).toBe('EXO_* secrets of environment prod of contoso/ops');
    expect(secrets('staging').id).not.toBe(secrets('prod').id);
    const outputs = lineageOfRun(undefined, ENV);
    expect(outputs).toEqual(lineageOf({ kind: 'outputs', repository: 'contoso/ops' }));
    expect(outputs.id).toMatch(/^[0-9a-f]{10}$/);
  });

  test('is case-insensitive, like GitHub names', () => {
    const a = lineageOf({ kind: 'secrets', scope: 'repository', repository: 'Contoso/Ops', prefix: 'EXO_' });
    const b = lineageOf({ kind: 'secrets', scope: 'repository', repository: 'contoso/ops', prefix: 'exo_' });
    expect(a.id).toBe(b.id);
  });
});
