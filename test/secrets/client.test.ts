/**
 * Publishing GitHub secrets against the emulator over real HTTPS: every scope, only what changed,
 * stale keys, rate limits, errors that name the fix, fail-safe partial writes, no value in any log,
 * and an independent libsodium (PyNaCl) opening what the action sealed.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/action/errors.js';
import { HttpClient } from '../../src/http/client.js';
import { createSecretsClient } from '../../src/secrets/client.js';
import { secretsToWrite, type SecretValues } from '../../src/secrets/names.js';
import { SecretsError } from '../../src/secrets/secrets-error.js';
import type { SecretTarget } from '../../src/secrets/target.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { fakeGitHubToken, type GitHubSecretScope, type GitHubTokenInfo } from '../emulator/github.js';

const REPO = 'contoso/exchange-automation';
const PYTHON = '/usr/bin/python3';
const naclAvailable = spawnSync(PYTHON, ['-c', 'import nacl.public'], { stdio: 'ignore' }).status === 0;

let emulator: Emulator;
let ca: string;
/** every line logged by the code under test (secrets client and HTTP stack), per test */
let lines: string[] = [];
let sleeps: number[] = [];
let http: HttpClient;

function values(): SecretValues {
  return {
    APP_ID: '6c3e4a1b-8f0d-4b7e-9a55-2d1f0c9e7b31',
    APP_OBJECT_ID: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    TENANT_ID: '0b9f6e2d-3c4a-4e8b-b1d7-5a6c7e8f9012',
    ORGANIZATION: 'contoso.onmicrosoft.com',
    CERTIFICATE: randomBytes(1800).toString('base64'),
    CERTIFICATE_PASSWORD: randomBytes(24).toString('base64url'),
  };
}

function token(info: GitHubTokenInfo): string {
  const t = fakeGitHubToken(info.kind);
  emulator.github.addToken(t, info);
  return t;
}

const FULL = { secrets: 'write', environments: 'write', organization_secrets: 'write' } as const;

function client(tok: string, target: SecretTarget, env: NodeJS.ProcessEnv = {}) {
  return createSecretsClient({
    token: tok,
    target,
    http,
    apiUrl: emulator.urls.github,
    env,
    log: { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug: (m) => lines.push(m) },
  });
}

function githubRequests(method?: string, pathPart?: string) {
  return emulator.requests.filter(
    (r) =>
      r.service === 'github' && (!method || r.method === method) && (!pathPart || r.path.includes(pathPart)),
  );
}

/** Asserts no secret value, sealed value or token appears in anything logged or in `extra` (error messages). */
function expectNoLeak(secretsOrTokens: string[], extra: string[] = []) {
  const sealed = githubRequests('PUT').map(
    (r) => (r.requestBody as { encrypted_value?: string } | undefined)?.encrypted_value ?? '',
  );
  const haystack = [...lines, ...extra].join('\n');
  for (const s of [...secretsOrTokens, ...sealed].filter((v) => v.length >= 8)) {
    expect(haystack.includes(s)).toBe(false);
  }
}

beforeAll(async () => {
  emulator = await startEmulator();
  ca = readFileSync(emulator.caFile, 'utf8');
});

beforeEach(() => {
  lines = [];
  sleeps = [];
  http = new HttpClient({
    ca,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    log: { debug: (m) => lines.push(m), info: (m) => lines.push(m) },
  });
  emulator.clearInterceptors();
});

afterEach(() => http.close());

afterAll(async () => {
  await emulator.close();
});

/* ---------------------------------------------------------------------------------------------- */

describe('input checks before any request', () => {
  test.each<[Partial<SecretTarget>, string]>([
    [{ scope: 'environment', environment: undefined }, 'secret-environment'],
    [{ scope: 'organization', organization: undefined }, 'secret-organization'],
    [{ repository: 'contoso' }, 'secret-repository'],
    [{ prefix: '1X_' }, 'secret-prefix'],
    [{ prefix: 'GITHUB_' }, 'secret-prefix'],
    [{ prefix: 'EXO-' }, 'secret-prefix'],
  ])('%j is refused naming %s', (patch, input) => {
    const before = emulator.requests.length;
    const target = { scope: 'repository', repository: REPO, prefix: 'EXO_', ...patch } as SecretTarget;
    let error: unknown;
    try {
      client('ghs_x', target);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect(emulator.requests.length).toBe(before);
  });
});

/* ---------------------------------------------------------------------------------------------- */

const scopes: { label: string; target: SecretTarget; scope: GitHubSecretScope }[] = [
  {
    label: 'repository',
    target: { scope: 'repository', repository: REPO, prefix: 'EXO_' },
    scope: { repository: REPO },
  },
  {
    label: 'environment',
    target: { scope: 'environment', repository: REPO, environment: 'production', prefix: 'EXO_' },
    scope: { repository: REPO, environment: 'production' },
  },
  {
    label: 'organization',
    target: { scope: 'organization', repository: REPO, organization: 'contoso', prefix: 'ORG_EXO_' },
    scope: { organization: 'contoso' },
  },
];

describe.each(scopes)('$label scope', ({ target, scope }) => {
  test('first run writes all six, the emulator opens each to the value given; a steady-state run writes nothing', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const v = values();
    const c = client(tok, target);

    const existing = (await c.existing()).names;
    expect(existing.size).toBe(0);
    const plan = secretsToWrite({
      existing,
      prefix: target.prefix,
      certificateChanged: true,
      identityChanged: true,
    });
    expect(plan.writes.map((w) => w.reason)).toEqual(Array(6).fill('missing'));

    const written = (await c.write(v)).map((w) => w.name);
    // in waves: the password (with the identity) before the certificate; GitHub created each (201)
    expect(written).toEqual(
      ['APP_ID', 'APP_OBJECT_ID', 'TENANT_ID', 'ORGANIZATION', 'CERTIFICATE_PASSWORD', 'CERTIFICATE'].map(
        (k) => `${target.prefix}${k}`,
      ),
    );
    expect([...written].sort()).toEqual(plan.writes.map((w) => w.name).sort());
    for (const [key, value] of Object.entries(v)) {
      expect(emulator.github.decrypt(scope, `${target.prefix}${key}`)).toBe(value);
    }
    if ('organization' in scope) {
      // a new organization secret is shared with this repository only
      expect(emulator.github.secret(scope, `${target.prefix}APP_ID`)!.visibility).toBe('selected');
      expect(emulator.github.selectedRepositories('contoso', `${target.prefix}APP_ID`)).toEqual([REPO]);
    }

    // Next run: everything exists, nothing changed.
    const putsBefore = githubRequests('PUT').length;
    const second = client(tok, target);
    const now = (await second.existing()).names;
    expect([...now].sort()).toEqual(plan.writes.map((w) => w.name).sort());
    const steady = secretsToWrite({
      existing: now,
      prefix: target.prefix,
      certificateChanged: false,
      identityChanged: false,
    });
    expect(steady.writes).toEqual([]);
    expect(await second.write({})).toEqual([]);
    expect(githubRequests('PUT').length).toBe(putsBefore);

    expectNoLeak([...Object.values(v), tok]);
  });

  test('a rotation rewrites only the certificate secrets', async () => {
    const tok = token({ kind: 'fine-grained', permissions: FULL });
    const c = client(tok, target);
    const existing = (await c.existing()).names;
    expect(existing.size).toBe(6); // from the previous test
    const before = Object.fromEntries(
      ['APP_ID', 'CERTIFICATE'].map((k) => [k, emulator.github.writes(scope, `${target.prefix}${k}`)]),
    );
    const plan = secretsToWrite({
      existing,
      prefix: target.prefix,
      certificateChanged: true,
      identityChanged: false,
    });
    const v = values();
    const toWrite = Object.fromEntries(
      plan.writes.map((w) => [
        w.name.slice(target.prefix.length),
        v[w.name.slice(target.prefix.length) as keyof SecretValues],
      ]),
    );
    // GitHub answers 204 to a secret it replaced
    expect(await c.write(toWrite)).toEqual([
      { key: 'CERTIFICATE_PASSWORD', name: `${target.prefix}CERTIFICATE_PASSWORD`, outcome: 'updated' },
      { key: 'CERTIFICATE', name: `${target.prefix}CERTIFICATE`, outcome: 'updated' },
    ]);
    expect(emulator.github.writes(scope, `${target.prefix}CERTIFICATE`)).toBe(before.CERTIFICATE + 1);
    expect(emulator.github.writes(scope, `${target.prefix}APP_ID`)).toBe(before.APP_ID);
    expect(emulator.github.decrypt(scope, `${target.prefix}CERTIFICATE_PASSWORD`)).toBe(
      v.CERTIFICATE_PASSWORD,
    );
    expectNoLeak([...Object.values(v), tok]);
  });

  test('a key rotated since it was read is read again once and the write succeeds', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, target);
    await c.existing(); // reads the key
    emulator.github.rotatePublicKey(scope);
    const keyReadsBefore = githubRequests('GET', 'public-key').length;
    const v = values();
    await c.write({ ORGANIZATION: v.ORGANIZATION });
    expect(githubRequests('GET', 'public-key').length).toBe(keyReadsBefore + 1);
    expect(emulator.github.decrypt(scope, `${target.prefix}ORGANIZATION`)).toBe(v.ORGANIZATION);
  });

  test('a second 422 is an error, not a loop', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, target);
    emulator.fault({
      service: 'github',
      method: 'PUT',
      times: 100,
      status: 422,
      body: {
        message: 'Bad request - validation failed due to an improperly encrypted secret',
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    });
    const putsBefore = githubRequests('PUT').length;
    const v = values();
    const error = await c.write({ CERTIFICATE: v.CERTIFICATE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsError);
    expect((error as SecretsError).status).toBe(422);
    expect((error as SecretsError).message).toMatch(/CERTIFICATE/);
    expect(githubRequests('PUT').length).toBe(putsBefore + 2);
    expectNoLeak([v.CERTIFICATE, tok], [(error as Error).message]);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('errors name the fix', () => {
  const repoTarget = scopes[0].target;
  const envTarget = scopes[1].target;
  const orgTarget = scopes[2].target;

  async function failure(
    tok: string,
    target: SecretTarget,
    env: NodeJS.ProcessEnv = {},
  ): Promise<SecretsError> {
    const error = await client(tok, target, env)
      .existing()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsError);
    expectNoLeak([tok], [(error as Error).message]);
    return error as SecretsError;
  }

  test('401: invalid or expired token', async () => {
    const e = await failure('ghs_notissuedbythisemulator000000000000', repoTarget);
    expect(e.status).toBe(401);
    expect(e.message).toMatch(/invalid or expired/);
    expect(e.message).toMatch(/actions\/create-github-app-token/);
  });

  test.each([
    ['repository', repoTarget, /Secrets: Read and write/, /secrets: write/, /permission-secrets: write/],
    [
      'environment',
      envTarget,
      /Environments: Read and write/,
      /environments: write/,
      /permission-environments: write/,
    ],
    [
      'organization',
      orgTarget,
      /Organization permissions → Secrets: Read and write/,
      /organization_secrets: write/,
      /permission-organization-secrets: write/,
    ],
  ])(
    '403 for a GitHub App token, %s scope, names the permission',
    async (_label, target, human, appPermission, input) => {
      const e = await failure(token({ kind: 'app', permissions: {} }), target);
      expect(e.status).toBe(403);
      expect(e.message).toMatch(human);
      expect(e.message).toMatch(appPermission);
      expect(e.message).toMatch(input);
      expect(e.message).toMatch(/Resource not accessible by integration/);
    },
  );

  test('403 for a fine-grained token that can read but not write repository secrets: the write names the permission', async () => {
    const tok = token({ kind: 'fine-grained', permissions: { secrets: 'read' } });
    const c = client(tok, repoTarget);
    await c.existing(); // read is enough to observe
    const w = (await c.write({ APP_ID: 'x' }).catch((err: unknown) => err)) as SecretsError;
    expect(w).toBeInstanceOf(SecretsError);
    expect(w.status).toBe(403);
    expect(w.message).toMatch(
      /Writing secret EXO_APP_ID in repository contoso\/exchange-automation failed: 403/,
    );
    expect(w.message).toMatch(
      /fine-grained personal access token lacks “Repository permissions → Secrets: Read and write”/,
    );
    expect(w.message).toMatch(/Resource not accessible by personal access token/);
    expect(w.message).toMatch(/needs: secrets=write/);
  });

  test.each([
    ['environment', envTarget, /Repository permissions → Environments: Read and write/],
    ['organization', orgTarget, /Organization permissions → Secrets: Read and write/],
  ])(
    '403 for a fine-grained token with repository Secrets only, %s scope, names the permission',
    async (_label, target, human) => {
      const e = await failure(token({ kind: 'fine-grained', permissions: { secrets: 'write' } }), target);
      expect(e.status).toBe(403);
      expect(e.message).toMatch(human);
    },
  );

  test('403 with the workflow GITHUB_TOKEN says it cannot write secrets and what to use instead', async () => {
    const e = await failure(token({ kind: 'github-token' }), repoTarget);
    expect(e.message).toMatch(/looks like the workflow’s GITHUB_TOKEN/);
    expect(e.message).toMatch(/can never write Actions secrets/);
    expect(e.message).toMatch(/GitHub App installation token/);
    expect(e.message).toMatch(/fine-grained personal access token/);
  });

  test('403 with a ghs_ token equal to GITHUB_TOKEN in the environment is treated as the workflow token', async () => {
    const tok = token({ kind: 'app', permissions: {} });
    const e = await failure(tok, repoTarget, { GITHUB_TOKEN: tok });
    expect(e.message).toMatch(/looks like the workflow’s GITHUB_TOKEN/);
    const other = await failure(tok, repoTarget, {});
    expect(other.message).toMatch(/^Listing secrets in repository contoso\/exchange-automation failed: 403/);
    expect(other.message).toMatch(/The GitHub App token lacks a permission/);
    expect(other.message).toMatch(/If this is the workflow’s GITHUB_TOKEN/);
  });

  test('404 names what was not found and how to make it visible', async () => {
    const app = token({ kind: 'app', permissions: FULL });
    const repo = await failure(app, { ...repoTarget, repository: 'contoso/missing' });
    expect(repo.status).toBe(404);
    expect(repo.message).toMatch(/repository contoso\/missing does not exist or the token cannot see it/);
    expect(repo.message).toMatch(/install the GitHub App on that repository/);
    const env = await failure(app, { ...envTarget, environment: 'staging' });
    expect(env.message).toMatch(
      /environment 'staging' does not exist \(create it under Settings → Environments\)/,
    );
    const org = await failure(app, { ...orgTarget, organization: 'fabrikam' });
    expect(org.message).toMatch(/organization fabrikam does not exist or the token cannot act on it/);
    const classic = await failure(token({ kind: 'classic', scopes: [] }), repoTarget);
    expect(classic.status).toBe(404);
    expect(classic.message).toMatch(/classic token needs the repo scope/);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('retries and fail-safety', () => {
  const target = scopes[0].target;
  const scope = scopes[0].scope;

  test("GitHub's secondary rate limit (403 + retry-after) and 429 are waited out", async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, target);
    emulator.fault({
      service: 'github',
      method: 'GET',
      path: '/actions/secrets',
      status: 403,
      headers: { 'retry-after': '7', 'x-ratelimit-remaining': '4000' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    await c.existing();
    expect(sleeps).toContain(7000);

    emulator.throttle({ service: 'github', method: 'PUT', retryAfterSeconds: 3 });
    const v = values();
    await c.write({ CERTIFICATE_PASSWORD: v.CERTIFICATE_PASSWORD });
    expect(sleeps).toContain(3000);
    expect(emulator.github.decrypt(scope, 'EXO_CERTIFICATE_PASSWORD')).toBe(v.CERTIFICATE_PASSWORD);
  });

  test('a primary rate limit (403, x-ratelimit-remaining 0) is retried, then reported with its reset time', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const reset = Math.floor(Date.now() / 1000) + 1800;
    emulator.fault({
      service: 'github',
      times: 100,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const e = (await client(tok, target)
      .existing()
      .catch((err: unknown) => err)) as SecretsError;
    expect(e).toBeInstanceOf(SecretsError);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(e.message).toMatch(/rate limit/);
    expect(e.message).toContain(new Date(reset * 1000).toISOString());
  });

  test('a failed write midway throws, names what was and was not written, and a rerun converges', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    const v = values();
    emulator.fault({
      service: 'github',
      method: 'PUT',
      path: 'EXO_CERTIFICATE_PASSWORD',
      status: 500,
      body: { message: 'Server Error' },
      times: 5, // a PUT is retried on 500: this one persists through every attempt
    });
    const c = client(tok, target);
    await c.existing();
    const e = (await c
      .write({
        CERTIFICATE: v.CERTIFICATE,
        CERTIFICATE_PASSWORD: v.CERTIFICATE_PASSWORD,
      })
      .catch((err: unknown) => err)) as SecretsError;
    expect(e).toBeInstanceOf(SecretsError);
    expect(e.status).toBe(500);
    expect(e.secret).toBe('EXO_CERTIFICATE_PASSWORD');
    expect(e.message).toMatch(/Writing secret EXO_CERTIFICATE_PASSWORD .* failed: 500/);
    expect(e.message).toMatch(/old certificate stays registered/);
    expect(emulator.github.decrypt(scope, 'EXO_CERTIFICATE_PASSWORD')).not.toBe(v.CERTIFICATE_PASSWORD);
    expect(lines.some((l) => /Secrets: wrote/.test(l))).toBe(false);
    expectNoLeak([...Object.values(v), tok], [e.message]);

    // The rerun (same plan) converges.
    const again = client(tok, target);
    await again.existing();
    await again.write({
      CERTIFICATE: v.CERTIFICATE,
      CERTIFICATE_PASSWORD: v.CERTIFICATE_PASSWORD,
    });
    expect(emulator.github.decrypt(scope, 'EXO_CERTIFICATE_PASSWORD')).toBe(v.CERTIFICATE_PASSWORD);
    expect(emulator.github.decrypt(scope, 'EXO_CERTIFICATE')).toBe(v.CERTIFICATE);
  });

  test('connection resets are retried; when they persist the error says so', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    emulator.fault({ service: 'github', method: 'PUT', status: 'reset', times: 1 });
    const c = client(tok, target);
    const v = values();
    await c.write({ APP_ID: v.APP_ID });
    expect(emulator.github.decrypt(scope, 'EXO_APP_ID')).toBe(v.APP_ID);

    emulator.fault({ service: 'github', method: 'PUT', status: 'reset', times: 100 });
    const e = (await c.write({ APP_ID: v.APP_ID }).catch((err: unknown) => err)) as SecretsError;
    expect(e).toBeInstanceOf(SecretsError);
    expect(e.message).toMatch(/Writing secret EXO_APP_ID in repository contoso\/exchange-automation failed/);
    expect(e.message).toMatch(/attempt/);
  });

  test('existing() finds the secrets among more than one page of others', async () => {
    emulator.github.addRepository('contoso/crowded');
    const crowded = { repository: 'contoso/crowded' };
    for (let i = 0; i < 130; i++)
      emulator.github.setSecret(crowded, `OTHER_${String(i).padStart(3, '0')}`, 'x');
    emulator.github.setSecret(crowded, 'EXO_TENANT_ID', 'x');
    emulator.github.setSecret(crowded, 'ZZ_EXO_APP_ID', 'x');
    const tok = token({ kind: 'app', permissions: FULL });
    const found = await client(tok, {
      scope: 'repository',
      repository: 'contoso/crowded',
      prefix: 'EXO_',
    }).existing();
    expect([...found.names]).toEqual(['EXO_TENANT_ID']);
    expect(
      githubRequests('GET', '/repos/contoso/crowded/actions/secrets').filter(
        (r) => !r.path.endsWith('public-key'),
      ).length,
    ).toBe(2);
  });

  test('environment names with a slash reach the right environment', async () => {
    emulator.github.addEnvironment(REPO, 'prod/eu');
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, { scope: 'environment', repository: REPO, environment: 'prod/eu', prefix: 'EXO_' });
    await c.existing();
    await c.write({ ORGANIZATION: 'contoso.onmicrosoft.com' });
    expect(emulator.github.decrypt({ repository: REPO, environment: 'prod/eu' }, 'EXO_ORGANIZATION')).toBe(
      'contoso.onmicrosoft.com',
    );
  });
});

/* ---------------------------------------------------------------------------------------------- */

const PYNACL_OPEN = `
import base64, json, sys
from nacl.public import PrivateKey, SealedBox
data = json.load(sys.stdin)
box = SealedBox(PrivateKey(base64.b64decode(data["secret_key"])))
out = {name: box.decrypt(base64.b64decode(sealed)).decode("utf-8") for name, sealed in data["sealed"].items()}
json.dump(out, sys.stdout)
`;

(naclAvailable ? test : test.skip)(
  naclAvailable
    ? 'PyNaCl (an independent libsodium binding) opens every sealed value to the value given'
    : `PyNaCl opens the sealed values — SKIPPED: ${PYTHON} cannot import nacl; install it with apt-get install -y python3-nacl`,
  async () => {
    emulator.github.addRepository('contoso/nacl');
    const scope = { repository: 'contoso/nacl' };
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, { scope: 'repository', repository: 'contoso/nacl', prefix: 'EXO_' });
    await c.existing();
    const v = values();
    const written = (await c.write(v)).map((w) => w.name);
    const sealed = Object.fromEntries(
      written.map((name) => [name, emulator.github.secret(scope, name)!.encryptedValue]),
    );
    // Key and ciphertexts travel on stdin, never in argv.
    const result = spawnSync(PYTHON, ['-c', PYNACL_OPEN], {
      input: JSON.stringify({ secret_key: emulator.github.secretKey(scope), sealed }),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const opened = JSON.parse(result.stdout) as Record<string, string>;
    expect(opened).toEqual(Object.fromEntries(Object.entries(v).map(([k, value]) => [`EXO_${k}`, value])));
  },
);

describe('only the answers GitHub documents count', () => {
  const target = { scope: 'repository' as const, repository: REPO, prefix: 'ODD_' };
  const scope = { repository: REPO };

  it.each([
    ['200 with {}', { status: 200, body: {} }],
    [
      '200 with an HTML page',
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Sign in to the Wi-Fi</html>' },
    ],
    [
      '200 with cut JSON',
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{"secret_na' },
    ],
    ['a redirect', { status: 302, headers: { location: 'https://portal.example/login' } }],
  ])('a secret PUT answered %s is a failed write, and the secret keeps its value', async (_, answer) => {
    const tok = token({ kind: 'app', permissions: FULL });
    const c = client(tok, target);
    await c.existing();
    await c.write({ ORGANIZATION: 'old.onmicrosoft.com' });
    emulator.intercept((req) =>
      req.service === 'github' && req.method === 'PUT' && req.path.endsWith('/ODD_ORGANIZATION')
        ? answer
        : undefined,
    );
    const e = (await c
      .write({ ORGANIZATION: 'new.onmicrosoft.com' })
      .catch((err: unknown) => err)) as SecretsError;
    expect(e).toBeInstanceOf(SecretsError);
    expect(e.message).toMatch(
      /^Writing secret ODD_ORGANIZATION in repository contoso\/exchange-automation failed: GitHub answered (200|302), which is not an answer it documents for this PUT \(201 or 204\)/,
    );
    emulator.clearInterceptors();
    expect(emulator.github.decrypt(scope, 'ODD_ORGANIZATION')).toBe('old.onmicrosoft.com');
  });

  it('a secrets list answered with a redirect is not read as "no secrets"', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    emulator.intercept((req) =>
      req.service === 'github' && req.method === 'GET' && req.path.endsWith('/actions/secrets')
        ? { status: 301, headers: { location: 'https://elsewhere.example/' } }
        : undefined,
    );
    const e = await client(tok, target)
      .existing()
      .catch((err: unknown) => err);
    expect(String(e)).toMatch(/Listing secrets .* failed: GitHub answered 301/);
  });
});

describe('organization secrets keep their access policy', () => {
  const org = { organization: 'contoso' };
  const target = (visibility?: 'selected' | 'private' | 'all'): SecretTarget => ({
    scope: 'organization',
    repository: REPO,
    organization: 'contoso',
    prefix: 'POLICY_',
    ...(visibility ? { visibility } : {}),
  });

  test('an existing secret keeps its visibility and its selected repositories; a new one follows secret-visibility', async () => {
    const tok = token({ kind: 'app', permissions: FULL });
    emulator.github.addRepository('contoso/other');
    const other = emulator.github.repositoryId('contoso/other')!;
    emulator.github.setSecret(org, 'POLICY_CERTIFICATE', 'old');
    Object.assign(emulator.github.secret(org, 'POLICY_CERTIFICATE')!, {
      visibility: 'selected',
      selectedRepositoryIds: [other, emulator.github.repositoryId(REPO)!],
    });
    emulator.github.setSecret(org, 'POLICY_APP_ID', 'old');
    Object.assign(emulator.github.secret(org, 'POLICY_APP_ID')!, { visibility: 'all' });

    await client(tok, target('private')).write({ CERTIFICATE: 'new', APP_ID: 'new', TENANT_ID: 'new' });

    expect(emulator.github.decrypt(org, 'POLICY_CERTIFICATE')).toBe('new');
    expect(emulator.github.secret(org, 'POLICY_CERTIFICATE')!.visibility).toBe('selected');
    expect(emulator.github.selectedRepositories('contoso', 'POLICY_CERTIFICATE').sort()).toEqual(
      ['contoso/other', REPO].sort(),
    );
    expect(emulator.github.secret(org, 'POLICY_APP_ID')!.visibility).toBe('all');
    expect(emulator.github.secret(org, 'POLICY_TENANT_ID')!.visibility).toBe('private');
  });
});
