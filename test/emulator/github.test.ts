/**
 * The emulator's GitHub secrets API, spoken to over real HTTPS: token checks per kind and permission,
 * 404 for what a token cannot see, public keys per scope, 201/204/422, and sealed values it can open.
 */
import { readFileSync } from 'node:fs';
import sodium from 'libsodium-wrappers';
import { HttpClient } from '../../src/http/client.js';
import type { HttpResponse } from '../../src/http/request.js';
import { startEmulator, type Emulator } from './index.js';
import { fakeGitHubToken, type GitHubSecretScope } from './github.js';

let emulator: Emulator;
let http: HttpClient;
const REPO = 'contoso/exchange-automation';
const tokens = {
  app: fakeGitHubToken('app'),
  appReadOnly: fakeGitHubToken('app'),
  fineGrained: fakeGitHubToken('fine-grained'),
  fineGrainedNoEnv: fakeGitHubToken('fine-grained'),
  classic: fakeGitHubToken('classic'),
  classicNoScope: fakeGitHubToken('classic'),
  workflow: fakeGitHubToken('github-token'),
  otherRepoOnly: fakeGitHubToken('app'),
};

beforeAll(async () => {
  await sodium.ready;
  emulator = await startEmulator();
  http = new HttpClient({
    ca: readFileSync(emulator.caFile, 'utf8'),
    sleep: async () => {},
    log: { debug: () => {}, info: () => {} },
  });
  const all = { secrets: 'write', environments: 'write', organization_secrets: 'write' } as const;
  emulator.github.addToken(tokens.app, { kind: 'app', permissions: all });
  emulator.github.addToken(tokens.appReadOnly, { kind: 'app', permissions: { secrets: 'read' } });
  emulator.github.addToken(tokens.fineGrained, { kind: 'fine-grained', permissions: all });
  emulator.github.addToken(tokens.fineGrainedNoEnv, {
    kind: 'fine-grained',
    permissions: { secrets: 'write' },
  });
  emulator.github.addToken(tokens.classic, { kind: 'classic', scopes: ['repo', 'admin:org'] });
  emulator.github.addToken(tokens.classicNoScope, { kind: 'classic', scopes: ['read:user'] });
  emulator.github.addToken(tokens.workflow, { kind: 'github-token' });
  emulator.github.addToken(tokens.otherRepoOnly, {
    kind: 'app',
    permissions: all,
    repositories: ['contoso/other'],
  });
  emulator.github.addRepository('contoso/other');
});

afterAll(async () => {
  http.close();
  await emulator.close();
});

type Body = { message?: string; documentation_url?: string; status?: string; key_id?: string; key?: string };

function call(
  method: 'GET' | 'PUT',
  path: string,
  token: string | undefined,
  json?: unknown,
): Promise<HttpResponse<Body>> {
  return http.request<Body>({
    method,
    url: `${emulator.urls.github}${path}`,
    service: 'github',
    headers: token ? { authorization: `token ${token}` } : {},
    ...(json !== undefined ? { json } : {}),
    sensitive: true,
  });
}

function seal(value: string, keyBase64: string): string {
  const key = sodium.from_base64(keyBase64, sodium.base64_variants.ORIGINAL);
  return sodium.to_base64(
    sodium.crypto_box_seal(sodium.from_string(value), key),
    sodium.base64_variants.ORIGINAL,
  );
}

const scopes: { label: string; scope: GitHubSecretScope; base: string; put?: Record<string, unknown> }[] = [
  { label: 'repository', scope: { repository: REPO }, base: `/repos/${REPO}/actions/secrets` },
  {
    label: 'environment',
    scope: { repository: REPO, environment: 'production' },
    base: `/repos/${REPO}/environments/production/secrets`,
  },
  {
    label: 'organization',
    scope: { organization: 'contoso' },
    base: '/orgs/contoso/actions/secrets',
    put: { visibility: 'private' },
  },
];

describe.each(scopes)('$label scope', ({ scope, base, put }) => {
  test('serves a curve25519 public key, stores a sealed value (201 then 204) and opens it', async () => {
    const keyRes = await call('GET', `${base}/public-key`, tokens.app);
    expect(keyRes.status).toBe(200);
    expect(keyRes.headers['x-github-request-id']).toBeTruthy();
    expect(keyRes.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
    const { key_id, key } = keyRes.data;
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(key_id).toBe(emulator.github.publicKey(scope).key_id);

    const created = await call('PUT', `${base}/EMU_TEST`, tokens.app, {
      encrypted_value: seal('first value', key!),
      key_id,
      ...put,
    });
    expect(created.status).toBe(201);
    expect(emulator.github.decrypt(scope, 'EMU_TEST')).toBe('first value');
    const updated = await call('PUT', `${base}/emu_test`, tokens.app, {
      encrypted_value: seal('second value', key!),
      key_id,
      ...put,
    });
    expect(updated.status).toBe(204);
    expect(updated.data).toBe('');
    expect(emulator.github.decrypt(scope, 'EMU_TEST')).toBe('second value');
    expect(emulator.github.writes(scope, 'EMU_TEST')).toBe(2);

    const list = await call('GET', `${base}?per_page=100`, tokens.app);
    expect(list.status).toBe(200);
    const data = list.data as unknown as {
      total_count: number;
      secrets: { name: string; updated_at: string }[];
    };
    expect(data.secrets.map((s) => s.name)).toContain('EMU_TEST');
    expect(data.secrets.find((s) => s.name === 'EMU_TEST')!.updated_at).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
  });

  test('answers 422 for a key_id that was rotated away, and accepts the new key', async () => {
    const old = emulator.github.publicKey(scope);
    emulator.github.rotatePublicKey(scope);
    const refused = await call('PUT', `${base}/EMU_ROTATED`, tokens.app, {
      encrypted_value: seal('v', old.key),
      key_id: old.key_id,
      ...put,
    });
    expect(refused.status).toBe(422);
    expect(refused.data.message).toMatch(/improperly encrypted secret/);
    const fresh = emulator.github.publicKey(scope);
    expect(fresh.key_id).not.toBe(old.key_id);
    const ok = await call('PUT', `${base}/EMU_ROTATED`, tokens.app, {
      encrypted_value: seal('v', fresh.key),
      key_id: fresh.key_id,
      ...put,
    });
    expect(ok.status).toBe(201);
  });

  test('refuses a missing key_id and an unsealed value with 422', async () => {
    const { key_id } = emulator.github.publicKey(scope);
    const noKey = await call('PUT', `${base}/EMU_BAD`, tokens.app, { encrypted_value: 'AAAA', ...put });
    expect(noKey.status).toBe(422);
    expect(noKey.data.message).toMatch(/"key_id" wasn't supplied/);
    const garbage = await call('PUT', `${base}/EMU_BAD`, tokens.app, {
      encrypted_value: Buffer.from('plain').toString('base64'),
      key_id,
      ...put,
    });
    expect(garbage.status).toBe(422);
    expect(emulator.github.secret(scope, 'EMU_BAD')).toBeUndefined();
  });

  test('the workflow GITHUB_TOKEN is refused with 403 by integration', async () => {
    const res = await call('GET', `${base}/public-key`, tokens.workflow);
    expect(res.status).toBe(403);
    expect(res.data.message).toBe('Resource not accessible by integration');
  });

  test('an unknown token is 401 Bad credentials', async () => {
    const res = await call('GET', `${base}/public-key`, 'ghp_doesnotexist');
    expect(res.status).toBe(401);
    expect(res.data).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    expect((await call('GET', `${base}/public-key`, undefined)).status).toBe(401);
  });
});

test('a token without the permission gets 403 with the permission GitHub expects', async () => {
  const appWrite = await call('PUT', `/repos/${REPO}/actions/secrets/EMU_X`, tokens.appReadOnly, {
    encrypted_value: 'x',
    key_id: '1',
  });
  expect(appWrite.status).toBe(403);
  expect(appWrite.data.message).toBe('Resource not accessible by integration');
  expect(appWrite.headers['x-accepted-github-permissions']).toBe('secrets=write');
  // read is enough for the public key
  expect((await call('GET', `/repos/${REPO}/actions/secrets/public-key`, tokens.appReadOnly)).status).toBe(
    200,
  );

  const pat = await call(
    'GET',
    `/repos/${REPO}/environments/production/secrets/public-key`,
    tokens.fineGrainedNoEnv,
  );
  expect(pat.status).toBe(403);
  expect(pat.data.message).toBe('Resource not accessible by personal access token');
  expect(pat.headers['x-accepted-github-permissions']).toBe('environments=read');

  const org = await call('GET', '/orgs/contoso/actions/secrets/public-key', tokens.appReadOnly);
  expect(org.status).toBe(403);
  expect(org.headers['x-accepted-github-permissions']).toBe('organization_secrets=read');
});

test('classic tokens need repo / admin:org, and what they cannot see is 404', async () => {
  expect((await call('GET', `/repos/${REPO}/actions/secrets/public-key`, tokens.classic)).status).toBe(200);
  expect((await call('GET', '/orgs/contoso/actions/secrets/public-key', tokens.classic)).status).toBe(200);
  const hidden = await call('GET', `/repos/${REPO}/actions/secrets/public-key`, tokens.classicNoScope);
  expect(hidden.status).toBe(404);
  expect(hidden.headers['x-accepted-oauth-scopes']).toBe('repo');
  expect(hidden.headers['x-oauth-scopes']).toBe('read:user');
});

test('unknown repositories, environments and organizations are 404 Not Found, as are repositories the token cannot see', async () => {
  for (const path of [
    '/repos/contoso/nope/actions/secrets/public-key',
    `/repos/${REPO}/environments/staging/secrets/public-key`,
    '/orgs/fabrikam/actions/secrets/public-key',
  ]) {
    const res = await call('GET', path, tokens.app);
    expect({ path, status: res.status, message: res.data.message }).toEqual({
      path,
      status: 404,
      message: 'Not Found',
    });
  }
  expect((await call('GET', `/repos/${REPO}/actions/secrets/public-key`, tokens.otherRepoOnly)).status).toBe(
    404,
  );
  expect(
    (await call('GET', '/repos/contoso/other/actions/secrets/public-key', tokens.otherRepoOnly)).status,
  ).toBe(200);
  const repo = await call('GET', `/repos/${REPO}`, tokens.workflow);
  expect(repo.status).toBe(200);
  expect((repo.data as { full_name?: string }).full_name).toBe(REPO);
});

test('environment names are URL-decoded, slashes included', async () => {
  emulator.github.addEnvironment(REPO, 'prod/eu');
  const scope = { repository: REPO, environment: 'prod/eu' };
  const { key_id, key } = (
    await call('GET', `/repos/${REPO}/environments/prod%2Feu/secrets/public-key`, tokens.fineGrained)
  ).data;
  expect(key_id).toBe(emulator.github.publicKey(scope).key_id);
  const res = await call(
    'PUT',
    `/repos/${REPO}/environments/prod%2Feu/secrets/EMU_SLASH`,
    tokens.fineGrained,
    {
      encrypted_value: seal('eu', key!),
      key_id,
    },
  );
  expect(res.status).toBe(201);
  expect(emulator.github.decrypt(scope, 'EMU_SLASH')).toBe('eu');
});

test('organization secrets need a visibility', async () => {
  const { key_id, key } = emulator.github.publicKey({ organization: 'contoso' });
  const res = await call('PUT', '/orgs/contoso/actions/secrets/EMU_VIS', tokens.app, {
    encrypted_value: seal('v', key),
    key_id,
  });
  expect(res.status).toBe(422);
  const ok = await call('PUT', '/orgs/contoso/actions/secrets/EMU_VIS', tokens.app, {
    encrypted_value: seal('v', key),
    key_id,
    visibility: 'private',
  });
  expect(ok.status).toBe(201);
  expect(emulator.github.secret({ organization: 'contoso' }, 'EMU_VIS')!.visibility).toBe('private');
});

test('the secrets list pages with a Link header', async () => {
  emulator.github.addRepository('contoso/many');
  const scope = { repository: 'contoso/many' };
  for (let i = 0; i < 5; i++) emulator.github.setSecret(scope, `S_${i}`, `v${i}`);
  const first = await call('GET', '/repos/contoso/many/actions/secrets?per_page=2', tokens.app);
  const data = first.data as unknown as { total_count: number; secrets: { name: string }[] };
  expect(data.total_count).toBe(5);
  expect(data.secrets.map((s) => s.name)).toEqual(['S_0', 'S_1']);
  expect(first.headers.link).toMatch(/[?&]page=2>; rel="next"/);
  expect(first.headers.link).toMatch(/[?&]page=3>; rel="last"/);
  expect(emulator.github.writes(scope, 'S_0')).toBe(0);
  expect(emulator.github.decrypt(scope, 'S_4')).toBe('v4');
});
