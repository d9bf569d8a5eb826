/**
 * The emulator's Microsoft Graph v1.0 service over real HTTPS, with tokens from the emulator's own Entra
 * token endpoint (GitHub OIDC token as federated client assertion, the way the action signs in).
 * Permissions are changed the way an admin would: by granting or revoking the provisioning app's
 * Graph app roles, then signing in again.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import forge from 'node-forge';
import {
  startEmulator,
  DIRECTORY_ROLES,
  EXCHANGE_APP_ID,
  EXCHANGE_APP_ROLES,
  type Emulator,
} from './index.js';
import { docsSample, graphTypePropertyTypes, unknownProperties } from '../support/graph-schema.js';

let emulator: Emulator;
let ca: string;
let graph: string;

beforeAll(async () => {
  emulator = await startEmulator();
  ca = readFileSync(emulator.caFile, 'utf8');
  graph = `${emulator.urls.graph}/v1.0`;
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 });
  emulator.clearInterceptors();
});

// ---- HTTP and sign-in ----------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

function send(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const replyHeaders: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) replyHeaders[k] = String(v);
        resolve({
          status: res.statusCode ?? 0,
          headers: replyHeaders,
          body: text ? JSON.parse(text) : undefined,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An app-only Graph token for the provisioning app, from the emulator's Entra (federated credential). */
async function signIn(): Promise<string> {
  const oidc = await send(
    'GET',
    `${emulator.urls.oidc}/_apis/token?api-version=2.0&audience=api://AzureADTokenExchange`,
    { authorization: `Bearer ${emulator.oidc.requestToken}` },
  );
  const form = new URLSearchParams({
    client_id: emulator.state.provisioningApp.appId,
    scope: 'https://graph.microsoft.com/.default',
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: oidc.body.value,
  });
  const token = await send(
    'POST',
    `${emulator.urls.entra}/${emulator.state.tenantId}/oauth2/v2.0/token`,
    { 'content-type': 'application/x-www-form-urlencoded' },
    form.toString(),
  );
  expect(token.status).toBe(200);
  return token.body.access_token;
}

let token: string;
beforeAll(async () => {
  token = await signIn();
});

function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  bearer: string = token,
): Promise<Reply> {
  const h: Record<string, string> = { authorization: `Bearer ${bearer}`, ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  return send(method, `${graph}${path}`, h, body === undefined ? undefined : JSON.stringify(body));
}

/** Runs `fn` with the provisioning app's Graph permissions changed, then restores them. */
async function withPermissions(
  change: { grant?: string[]; revoke?: string[] },
  fn: (t: string) => Promise<void>,
) {
  const state = emulator.state;
  for (const p of change.revoke ?? []) state.revokeGraphPermission(p);
  for (const p of change.grant ?? []) state.grantGraphPermission(p);
  try {
    await fn(await signIn());
  } finally {
    for (const p of change.grant ?? []) state.revokeGraphPermission(p);
    for (const p of change.revoke ?? []) state.grantGraphPermission(p);
  }
}

// ---- certificates ------------------------------------------------------------------------------

const keyPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
});
const forgeKey = forge.pki.privateKeyFromPem(keyPem.toString());

function certificate(days = 365): { key: string; thumbprint: string; notAfter: Date } {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  cert.serialNumber = `01${randomUUID().replace(/-/g, '')}`;
  cert.validity.notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 300_000);
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + days * 86_400_000);
  const name = [{ shortName: 'CN', value: 'exo-cba test' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(forgeKey, forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return {
    key: der.toString('base64'),
    thumbprint: createHash('sha1').update(der).digest('base64'),
    notAfter: cert.validity.notAfter,
  };
}

const newKey = (cert: { key: string }, extra: Record<string, unknown> = {}) => ({
  type: 'AsymmetricX509Cert',
  usage: 'Verify',
  key: cert.key,
  displayName: 'exo-cba test',
  ...extra,
});

let counter = 0;
/** Creates an app through the upsert call (so the provisioning app owns it) and returns its body. */
async function createApp(): Promise<Reply['body']> {
  const uniqueName = `exo-cba-test-${++counter}-${randomUUID().slice(0, 8)}`;
  const res = await call(
    'PATCH',
    `/applications(uniqueName='${uniqueName}')`,
    { displayName: 'Test app' },
    {
      prefer: 'create-if-missing',
    },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const notFoundMessage = (key: string) =>
  `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`;

// ---- tests ---------------------------------------------------------------------------------------

describe('authentication and plumbing', () => {
  it('answers 401 without a token', async () => {
    const none = await send('GET', `${graph}/organization`);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('stamps request-id and client-request-id on answers and in error bodies', async () => {
    const res = await call('GET', '/applications/nope', undefined, { 'client-request-id': 'abc-123' });
    expect(res.status).toBe(404);
    expect(res.headers['client-request-id']).toBe('abc-123');
    expect(res.body.error.innerError['request-id']).toBe(res.headers['request-id']);
    expect(res.body.error.innerError['client-request-id']).toBe('abc-123');
  });

  it('answers unknown segments with 400, wrong verbs with 405 and bad JSON with 400', async () => {
    const segment = await call('GET', '/users');
    expect(segment.status).toBe(400);
    expect(segment.body.error.message).toBe("Resource not found for the segment 'users'.");
    const verb = await call('DELETE', '/organization');
    expect(verb.status).toBe(405);
    const app = await createApp();
    const json = await send(
      'PATCH',
      `${graph}/applications/${app.id}`,
      { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      '{"displayName":',
    );
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe('BadRequest');
  });
});

describe('applications', () => {
  it('reads an app by object ID, appId and uniqueName with the default property set', async () => {
    const app = await createApp();
    for (const path of [
      `/applications/${app.id}`,
      `/applications(appId='${app.appId}')`,
      `/applications(uniqueName='${app.uniqueName}')`,
    ]) {
      const res = await call('GET', path);
      expect(res.status).toBe(200);
      expect(res.body['@odata.context']).toBe(
        'https://graph.microsoft.com/v1.0/$metadata#applications/$entity',
      );
      expect(res.body).toMatchObject({
        id: app.id,
        appId: app.appId,
        uniqueName: app.uniqueName,
        displayName: 'Test app',
      });
      expect(res.body.passwordCredentials).toEqual([]);
      expect(res.body.identifierUris).toEqual([]);
    }
  });

  it('returns only $select-ed properties and refuses unknown ones', async () => {
    const app = await createApp();
    const res = await call('GET', `/applications/${app.id}?$select=id,displayName`);
    expect(res.body).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#applications(id,displayName)/$entity',
      id: app.id,
      displayName: 'Test app',
    });
    const bad = await call('GET', `/applications/${app.id}?$select=id,nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      "Could not find a property named 'nonsense' on type 'microsoft.graph.application'.",
    );
  });

  it('answers 404 Request_ResourceNotFound for a missing app', async () => {
    const res = await call('GET', `/applications(uniqueName='does-not-exist')`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: notFoundMessage('does-not-exist'),
    });
  });

  it('hides a new app from reads until it has replicated', async () => {
    emulator.setReplication({ objectMs: 60_000 });
    const app = await createApp();
    const early = await call('GET', `/applications(appId='${app.appId}')`);
    expect(early.status).toBe(404);
    expect(early.body.error.code).toBe('Request_ResourceNotFound');
    const update = await call('PATCH', `/applications/${app.id}`, { displayName: 'x' });
    expect(update.status).toBe(404);
    emulator.state.elapse(60_000);
    expect((await call('GET', `/applications(appId='${app.appId}')`)).status).toBe(200);
  });

  describe('upsert by uniqueName', () => {
    it('creates with 201, owned by the caller, then updates with 204', async () => {
      const uniqueName = `upsert-${randomUUID()}`;
      const path = `/applications(uniqueName='${uniqueName}')`;
      const created = await call('PATCH', path, { displayName: 'First' }, { prefer: 'create-if-missing' });
      expect(created.status).toBe(201);
      expect(created.body['@odata.context']).toBe(
        'https://graph.microsoft.com/v1.0/$metadata#applications/$entity',
      );
      expect(created.body).toMatchObject({ uniqueName, displayName: 'First', keyCredentials: [] });
      const stored = emulator.state.applications.get(created.body.id);
      expect(stored?.owners).toEqual([emulator.state.provisioningServicePrincipal.id]);

      const updated = await call('PATCH', path, { displayName: 'Second' }, { prefer: 'create-if-missing' });
      expect(updated.status).toBe(204);
      expect(updated.body).toBeUndefined();
      expect((await call('GET', path)).body.displayName).toBe('Second');
      expect(
        [...emulator.state.applications.values()].filter((a) => a.uniqueName === uniqueName),
      ).toHaveLength(1);
    });

    it('finds an app it just created even before reads do (no duplicate)', async () => {
      emulator.setReplication({ objectMs: 60_000 });
      const path = `/applications(uniqueName='race-${randomUUID()}')`;
      expect((await call('PATCH', path, { displayName: 'a' }, { prefer: 'create-if-missing' })).status).toBe(
        201,
      );
      expect((await call('PATCH', path, { displayName: 'a' }, { prefer: 'create-if-missing' })).status).toBe(
        204,
      );
    });

    it('answers 404 without Prefer: create-if-missing, and 400 without displayName', async () => {
      const path = `/applications(uniqueName='missing-${randomUUID()}')`;
      expect((await call('PATCH', path, { displayName: 'x' })).status).toBe(404);
      const noName = await call(
        'PATCH',
        path,
        { signInAudience: 'AzureADMyOrg' },
        { prefer: 'create-if-missing' },
      );
      expect(noName.status).toBe(400);
      expect(noName.body.error.code).toBe('Request_BadRequest');
    });

    it('refuses to change uniqueName and password credentials', async () => {
      const app = await createApp();
      const rename = await call('PATCH', `/applications/${app.id}`, { uniqueName: 'other' });
      expect(rename.status).toBe(400);
      const password = await call('PATCH', `/applications/${app.id}`, { passwordCredentials: [] });
      expect(password.body.error.message).toBe(
        'New password credentials must be generated using service actions.',
      );
    });
  });

  describe('keyCredentials', () => {
    it('returns key only when keyCredentials is $select-ed', async () => {
      const app = await createApp();
      const cert = certificate();
      expect(
        (await call('PATCH', `/applications/${app.id}`, { keyCredentials: [newKey(cert)] })).status,
      ).toBe(204);

      const plain = await call('GET', `/applications/${app.id}`);
      expect(plain.body.keyCredentials).toHaveLength(1);
      expect(plain.body.keyCredentials[0].key).toBeNull();
      expect(plain.body.keyCredentials[0].customKeyIdentifier).toBe(cert.thumbprint);

      const selected = await call('GET', `/applications/${app.id}?$select=keyCredentials`);
      expect(selected.body.keyCredentials[0].key).toBe(cert.key);
      const byUniqueName = await call(
        'GET',
        `/applications(uniqueName='${app.uniqueName}')?$select=id,keyCredentials`,
      );
      expect(byUniqueName.body.keyCredentials[0].key).toBe(cert.key);
    });

    it('replaces the collection: keeps keys named by keyId, adds new ones, drops the omitted', async () => {
      const app = await createApp();
      const [a, b, c] = [certificate(), certificate(), certificate()];
      const before = Date.now();
      await call('PATCH', `/applications/${app.id}`, { keyCredentials: [newKey(a), newKey(b)] });
      const first = (await call('GET', `/applications/${app.id}`)).body.keyCredentials;
      const keyA = first.find((k: { customKeyIdentifier: string }) => k.customKeyIdentifier === a.thumbprint);
      const stored = emulator.state.applications.get(app.id)!.keyCredentials;
      expect(stored.every((k) => k.addedAt >= before)).toBe(true);
      const addedAtA = stored.find((k) => k.keyId === keyA.keyId)!.addedAt;

      // keep a (by keyId only), add c with a chosen keyId, drop b
      const keyIdC = randomUUID();
      const res = await call('PATCH', `/applications/${app.id}`, {
        keyCredentials: [{ keyId: keyA.keyId }, newKey(c, { keyId: keyIdC })],
      });
      expect(res.status).toBe(204);
      const after = (await call('GET', `/applications/${app.id}?$select=keyCredentials`)).body.keyCredentials;
      expect(after.map((k: { keyId: string }) => k.keyId).sort()).toEqual([keyA.keyId, keyIdC].sort());
      expect(after.find((k: { keyId: string }) => k.keyId === keyA.keyId).key).toBe(a.key);
      expect(
        emulator.state.applications.get(app.id)!.keyCredentials.find((k) => k.keyId === keyA.keyId)!.addedAt,
      ).toBe(addedAtA);
    });

    it('takes start and end dates within the certificate and refuses an end past it', async () => {
      const app = await createApp();
      const cert = certificate(30);
      const end = new Date(cert.notAfter.getTime() - 86_400_000).toISOString();
      expect(
        (
          await call('PATCH', `/applications/${app.id}`, {
            keyCredentials: [newKey(cert, { endDateTime: end })],
          })
        ).status,
      ).toBe(204);
      expect((await call('GET', `/applications/${app.id}`)).body.keyCredentials[0].endDateTime).toBe(end);

      // one millisecond past the certificate's notAfter is already too late
      const other = certificate(30);
      const late = new Date(other.notAfter.getTime() + 1).toISOString();
      const res = await call('PATCH', `/applications/${app.id}`, {
        keyCredentials: [newKey(other, { endDateTime: late })],
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'KeyCredentialsInvalidEndDate',
        message: 'Key credential end date is invalid.',
      });
    });

    it('refuses a new key without a certificate, an unknown keyId, duplicates and bad values, changing nothing', async () => {
      const app = await createApp();
      const cert = certificate();
      await call('PATCH', `/applications/${app.id}`, { keyCredentials: [newKey(cert)] });
      const kept = emulator.state.applications.get(app.id)!.keyCredentials.map((k) => k.keyId);
      const cases: [unknown[], string][] = [
        [
          [{ type: 'AsymmetricX509Cert', usage: 'Verify', displayName: 'no key' }],
          'KeyCredentialsInvalidValue',
        ],
        [[{ keyId: randomUUID() }], 'KeyCredentialsInvalidValue'],
        [[newKey(cert, { key: 'bm90IGEgY2VydGlmaWNhdGU=' })], 'KeyCredentialsInvalidValue'],
        [[{ keyId: kept[0] }, { keyId: kept[0] }], 'Request_BadRequest'],
        [[newKey(cert, { usage: 'Sign' })], 'KeyCredentialsInvalidUsage'],
      ];
      for (const [keyCredentials, code] of cases) {
        const res = await call('PATCH', `/applications/${app.id}`, {
          keyCredentials,
          displayName: 'changed',
        });
        expect([res.status, res.body.error.code]).toEqual([400, code]);
      }
      const app2 = emulator.state.applications.get(app.id)!;
      expect(app2.keyCredentials.map((k) => k.keyId)).toEqual(kept);
      expect(app2.displayName).toBe('Test app');
    });

    it('writes requiredResourceAccess', async () => {
      const app = await createApp();
      const requiredResourceAccess = [
        {
          resourceAppId: EXCHANGE_APP_ID,
          resourceAccess: [{ id: EXCHANGE_APP_ROLES['Exchange.ManageAsApp'], type: 'Role' }],
        },
      ];
      expect((await call('PATCH', `/applications/${app.id}`, { requiredResourceAccess })).status).toBe(204);
      const res = await call('GET', `/applications/${app.id}?$select=requiredResourceAccess`);
      expect(res.body.requiredResourceAccess).toEqual(requiredResourceAccess);
      const bad = await call('PATCH', `/applications/${app.id}`, {
        requiredResourceAccess: [{ resourceAppId: 'x' }],
      });
      expect(bad.status).toBe(400);
    });
  });

  describe('permissions', () => {
    it('with Application.ReadWrite.OwnedBy reads any app but writes only owned ones', async () => {
      const foreign = emulator.state.addApplication({ displayName: 'Someone else', createdAt: -1 });
      const read = await call('GET', `/applications(appId='${foreign.appId}')`);
      expect(read.status).toBe(200);
      const write = await call('PATCH', `/applications/${foreign.id}`, { displayName: 'mine now' });
      expect(write.status).toBe(403);
      expect(write.body.error).toMatchObject({
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      });
      await withPermissions({ grant: ['Application.ReadWrite.All'] }, async (t) => {
        expect(
          (await call('PATCH', `/applications/${foreign.id}`, { displayName: 'adopted' }, {}, t)).status,
        ).toBe(204);
      });
    });

    it('refuses reads and creates without an application permission, and allows reads with Application.Read.All', async () => {
      const app = await createApp();
      const readWrite = ['Application.ReadWrite.OwnedBy', 'Application.Read.All'];
      await withPermissions({ revoke: readWrite }, async (t) => {
        expect((await call('GET', `/applications/${app.id}`, undefined, {}, t)).status).toBe(403);
        const create = await call(
          'PATCH',
          `/applications(uniqueName='nope-${randomUUID()}')`,
          { displayName: 'x' },
          { prefer: 'create-if-missing' },
          t,
        );
        expect(create.status).toBe(403);
      });
      await withPermissions(
        { revoke: ['Application.ReadWrite.OwnedBy'] }, // Application.Read.All stays
        async (t) => {
          expect((await call('GET', `/applications/${app.id}`, undefined, {}, t)).status).toBe(200);
          expect((await call('PATCH', `/applications/${app.id}`, { displayName: 'y' }, {}, t)).status).toBe(
            403,
          );
        },
      );
    });
  });
});

describe('service principals', () => {
  it('reads the Exchange service principal and its app roles', async () => {
    const res = await call('GET', `/servicePrincipals(appId='${EXCHANGE_APP_ID}')`);
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity',
    );
    expect(res.body.appRoles).toContainEqual(
      expect.objectContaining({
        value: 'Exchange.ManageAsApp',
        id: EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
        allowedMemberTypes: ['Application'],
      }),
    );
    const selected = await call('GET', `/servicePrincipals(appId='${EXCHANGE_APP_ID}')?$select=id,appRoles`);
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', 'appRoles', 'id']);
  });

  it('creates with POST (201), refuses a second POST (409) and upserts with PATCH (204)', async () => {
    const app = await createApp();
    const created = await call('POST', '/servicePrincipals', { appId: app.appId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      appId: app.appId,
      displayName: 'Test app',
      servicePrincipalType: 'Application',
    });
    const again = await call('POST', '/servicePrincipals', { appId: app.appId });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('Request_MultipleObjectsWithSameKeyValue');
    const upsert = await call(
      'PATCH',
      `/servicePrincipals(appId='${app.appId}')`,
      {},
      { prefer: 'create-if-missing' },
    );
    expect(upsert.status).toBe(204);
    const read = await call('GET', `/servicePrincipals(appId='${app.appId}')`);
    expect(read.body.id).toBe(created.body.id);
  });

  it('creates with PATCH + Prefer: create-if-missing (201)', async () => {
    const app = await createApp();
    const res = await call(
      'PATCH',
      `/servicePrincipals(appId='${app.appId}')`,
      {},
      { prefer: 'create-if-missing' },
    );
    expect(res.status).toBe(201);
    expect(res.body.appId).toBe(app.appId);
  });

  it('answers NoBackingApplicationObject while the app has not replicated', async () => {
    emulator.setReplication({ objectMs: 60_000 });
    const app = await createApp();
    const res = await call('POST', '/servicePrincipals', { appId: app.appId });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: `The appId '${app.appId}' of the service principal does not reference a valid application object.`,
      details: [expect.objectContaining({ code: 'NoBackingApplicationObject', target: 'appId' })],
    });
    emulator.state.elapse(60_000);
    expect((await call('POST', '/servicePrincipals', { appId: app.appId })).status).toBe(201);
  });

  it('lets Application.ReadWrite.OwnedBy create service principals only for owned apps', async () => {
    const foreign = emulator.state.addApplication({ displayName: 'Not mine', createdAt: -1 });
    expect((await call('POST', '/servicePrincipals', { appId: foreign.appId })).status).toBe(403);
  });
});

describe('app role assignments', () => {
  async function appWithSp() {
    const app = await createApp();
    const sp = await call('POST', '/servicePrincipals', { appId: app.appId });
    return { app, sp: sp.body };
  }
  const exchange = () => emulator.state.exchangeServicePrincipal;
  const manageAsApp = EXCHANGE_APP_ROLES['Exchange.ManageAsApp'];

  it('lists the provisioning app its Graph permissions, by id and by appId', async () => {
    const sp = emulator.state.provisioningServicePrincipal;
    for (const path of [
      `/servicePrincipals/${sp.id}/appRoleAssignments`,
      `/servicePrincipals(appId='${sp.appId}')/appRoleAssignments`,
    ]) {
      const res = await call('GET', path);
      expect(res.status).toBe(200);
      expect(res.body.value.length).toBeGreaterThanOrEqual(4);
      expect(res.body.value[0]).toMatchObject({
        principalId: sp.id,
        principalType: 'ServicePrincipal',
        resourceDisplayName: 'Microsoft Graph',
      });
    }
  });

  it('grants with 201, refuses a duplicate and an unknown app role with 400', async () => {
    const { sp } = await appWithSp();
    const body = { principalId: sp.id, resourceId: exchange().id, appRoleId: manageAsApp };
    const res = await call('POST', `/servicePrincipals/${exchange().id}/appRoleAssignedTo`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ...body,
      principalType: 'ServicePrincipal',
      resourceDisplayName: 'Office 365 Exchange Online',
    });
    expect(res.body['@odata.context']).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${exchange().id}')/appRoleAssignedTo/$entity`,
    );
    const dup = await call('POST', `/servicePrincipals/${exchange().id}/appRoleAssignedTo`, body);
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: 'Permission being assigned already exists on the object',
    });
    const unknown = await call('POST', `/servicePrincipals/${exchange().id}/appRoleAssignedTo`, {
      ...body,
      appRoleId: randomUUID(),
    });
    expect(unknown.status).toBe(400);
    const listed = await call('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`);
    expect(listed.body.value.map((a: { appRoleId: string }) => a.appRoleId)).toEqual([manageAsApp]);
  });

  it('answers 404 for a principal that has not replicated, and hides a new grant from lists until it has', async () => {
    const { sp } = await appWithSp();
    emulator.setReplication({ objectMs: 60_000 });
    const fresh = await appWithSp().catch(() => undefined); // app not replicated: no SP yet
    expect(fresh?.sp.error.code).toBe('Request_BadRequest');
    emulator.setReplication({ objectMs: 0 });
    const young = emulator.state.addServicePrincipal(randomUUID(), 'young', {});
    emulator.setReplication({ objectMs: 60_000 });
    const res = await call('POST', `/servicePrincipals/${exchange().id}/appRoleAssignedTo`, {
      principalId: young.id,
      resourceId: exchange().id,
      appRoleId: manageAsApp,
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: notFoundMessage(young.id),
    });

    emulator.setReplication({ objectMs: 0 });
    await call('POST', `/servicePrincipals/${exchange().id}/appRoleAssignedTo`, {
      principalId: sp.id,
      resourceId: exchange().id,
      appRoleId: manageAsApp,
    });
    emulator.setReplication({ objectMs: 60_000 });
    expect((await call('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`)).status).toBe(404); // the SP itself is young
    emulator.state.elapse(60_000);
    expect((await call('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`)).body.value).toHaveLength(1);
  });

  it('needs AppRoleAssignment.ReadWrite.All to grant', async () => {
    const { sp } = await appWithSp();
    await withPermissions({ revoke: ['AppRoleAssignment.ReadWrite.All'] }, async (t) => {
      const res = await call(
        'POST',
        `/servicePrincipals/${exchange().id}/appRoleAssignedTo`,
        { principalId: sp.id, resourceId: exchange().id, appRoleId: manageAsApp },
        {},
        t,
      );
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('Authorization_RequestDenied');
    });
  });
});

describe('directory role assignments', () => {
  const exchangeAdmin = DIRECTORY_ROLES['Exchange Administrator'];

  async function principal() {
    const app = await createApp();
    return (await call('POST', '/servicePrincipals', { appId: app.appId })).body;
  }

  it('assigns with 201, lists by principalId and refuses a duplicate', async () => {
    const sp = await principal();
    const body = {
      '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
      principalId: sp.id,
      roleDefinitionId: exchangeAdmin,
      directoryScopeId: '/',
    };
    const res = await call('POST', '/roleManagement/directory/roleAssignments', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignments/$entity',
      principalId: sp.id,
      roleDefinitionId: exchangeAdmin,
      directoryScopeId: '/',
    });
    const list = await call(
      'GET',
      `/roleManagement/directory/roleAssignments?$filter=principalId eq '${sp.id}'`,
    );
    expect(list.body.value).toEqual([
      expect.objectContaining({ id: res.body.id, roleDefinitionId: exchangeAdmin }),
    ]);
    const dup = await call('POST', '/roleManagement/directory/roleAssignments', body);
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toBe(
      'A conflicting object with one or more of the specified property values is present in the directory.',
    );
  });

  it('refuses unsupported filters, unknown roles and principals that have not replicated', async () => {
    const filter = await call(
      'GET',
      `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${exchangeAdmin}'`,
    );
    expect(filter.status).toBe(400);
    const sp = await principal();
    const unknownRole = await call('POST', '/roleManagement/directory/roleAssignments', {
      principalId: sp.id,
      roleDefinitionId: randomUUID(),
      directoryScopeId: '/',
    });
    expect(unknownRole.status).toBe(404);
    emulator.setReplication({ objectMs: 60_000 });
    const young = emulator.state.addServicePrincipal(randomUUID(), 'young', {});
    const res = await call('POST', '/roleManagement/directory/roleAssignments', {
      principalId: young.id,
      roleDefinitionId: exchangeAdmin,
      directoryScopeId: '/',
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('needs RoleManagement permissions', async () => {
    await withPermissions({ revoke: ['RoleManagement.ReadWrite.Directory'] }, async (t) => {
      expect(
        (
          await call(
            'GET',
            `/roleManagement/directory/roleAssignments?$filter=principalId eq '${randomUUID()}'`,
            undefined,
            {},
            t,
          )
        ).status,
      ).toBe(403);
      const post = await call(
        'POST',
        '/roleManagement/directory/roleAssignments',
        { principalId: randomUUID(), roleDefinitionId: exchangeAdmin, directoryScopeId: '/' },
        {},
        t,
      );
      expect(post.status).toBe(403);
    });
    await withPermissions(
      { revoke: ['RoleManagement.ReadWrite.Directory'], grant: ['RoleManagement.Read.Directory'] },
      async (t) => {
        expect(
          (
            await call(
              'GET',
              `/roleManagement/directory/roleAssignments?$filter=principalId eq '${randomUUID()}'`,
              undefined,
              {},
              t,
            )
          ).status,
        ).toBe(200);
      },
    );
  });
});

describe('organization', () => {
  it('returns verifiedDomains with $select, and needs Organization.Read.All', async () => {
    const res = await call('GET', '/organization?$select=verifiedDomains');
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#organization(verifiedDomains)',
    );
    expect(res.body.value).toHaveLength(1);
    expect(res.body.value[0].verifiedDomains).toContainEqual(
      expect.objectContaining({ name: emulator.state.initialDomain, isInitial: true }),
    );
    await withPermissions({ revoke: ['Organization.Read.All'] }, async (t) => {
      expect((await call('GET', '/organization?$select=verifiedDomains', undefined, {}, t)).status).toBe(403);
    });
  });
});

describe('$batch', () => {
  it('answers each request like a direct one, honouring dependsOn', async () => {
    const uniqueName = `batch-${randomUUID()}`;
    const res = await call('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'PATCH',
          url: `/applications(uniqueName='${uniqueName}')`,
          headers: { 'Content-Type': 'application/json', Prefer: 'create-if-missing' },
          body: { displayName: 'Batched' },
        },
        {
          id: '2',
          method: 'GET',
          url: `/applications(uniqueName='${uniqueName}')?$select=id,displayName`,
          dependsOn: ['1'],
        },
        { id: '3', method: 'GET', url: `/servicePrincipals(appId='${EXCHANGE_APP_ID}')?$select=id` },
        { id: '4', method: 'GET', url: `/applications(uniqueName='missing-${uniqueName}')` },
        { id: '5', method: 'GET', url: '/organization', dependsOn: ['4'] },
      ],
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId['1'].status).toBe(201);
    expect(byId['1'].headers['Content-Type']).toMatch(/^application\/json/);
    expect(byId['2']).toMatchObject({ status: 200, body: { displayName: 'Batched' } });
    expect(byId['3'].body.id).toBe(emulator.state.exchangeServicePrincipal.id);
    expect(byId['4'].status).toBe(404);
    expect(byId['5'].status).toBe(424);
  });

  it('authorizes each request on its own and reports 429 per request with Retry-After', async () => {
    emulator.throttle({ service: 'graph', path: '/servicePrincipals', retryAfterSeconds: 7 });
    const foreign = emulator.state.addApplication({ displayName: 'Not mine', createdAt: -1 });
    const res = await call('POST', '/$batch', {
      requests: [
        { id: 'a', method: 'GET', url: `/servicePrincipals(appId='${EXCHANGE_APP_ID}')` },
        {
          id: 'b',
          method: 'PATCH',
          url: `/applications/${foreign.id}`,
          headers: { 'content-type': 'application/json' },
          body: { displayName: 'x' },
        },
        { id: 'c', method: 'GET', url: '/organization?$select=verifiedDomains' },
      ],
    });
    expect(res.status).toBe(200);
    const [a, b, c] = res.body.responses;
    expect(a).toMatchObject({ id: 'a', status: 429, headers: { 'Retry-After': '7' } });
    expect(b).toMatchObject({
      id: 'b',
      status: 403,
      body: { error: { code: 'Authorization_RequestDenied' } },
    });
    expect(c.status).toBe(200);
  });

  it('refuses more than 20 requests, a body without Content-Type, and a missing token', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: '/organization',
    }));
    expect((await call('POST', '/$batch', { requests: many })).status).toBe(400);
    const noType = await call('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'PATCH',
          url: `/applications(uniqueName='x-${randomUUID()}')`,
          body: { displayName: 'x' },
        },
      ],
    });
    expect(noType.body.responses[0].status).toBe(400);
    const anonymous = await send(
      'POST',
      `${graph}/$batch`,
      { 'content-type': 'application/json' },
      JSON.stringify({ requests: many.slice(0, 1) }),
    );
    expect(anonymous.status).toBe(401);
  });
});

describe("shapes match Graph's CSDL and the docs samples", () => {
  /** Every property in the emulator's answer exists on the Graph type, nested complex types included. */
  function expectGraphShape(object: Record<string, unknown>, typeName: string) {
    expect({ typeName, unknown: unknownProperties(object, typeName) }).toEqual({ typeName, unknown: [] });
    const types = graphTypePropertyTypes(typeName);
    for (const [name, value] of Object.entries(object)) {
      const type = types.get(name) ?? '';
      const inner = /^(?:Collection\()?microsoft\.graph\.(\w+)\)?$/.exec(type)?.[1];
      if (!inner || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'object' && item !== null)
          expectGraphShape(item as Record<string, unknown>, inner);
      }
    }
  }

  /** The emulator carries every property a docs sample shows that v1.0's CSDL defines. */
  function expectSampleProperties(actual: Record<string, unknown>, sample: unknown, typeName: string) {
    const known = graphTypePropertyTypes(typeName);
    const wanted = Object.keys(sample as object).filter((k) => !k.includes('@') && known.has(k));
    expect(wanted.filter((k) => !(k in actual))).toEqual([]);
  }

  it('applications, key credentials, service principals, assignments and organization', async () => {
    const app = await createApp();
    await call('PATCH', `/applications/${app.id}`, { keyCredentials: [newKey(certificate())] });
    const sp = (await call('POST', '/servicePrincipals', { appId: app.appId })).body;
    const exchange = emulator.state.exchangeServicePrincipal;
    const grant = (
      await call('POST', `/servicePrincipals/${exchange.id}/appRoleAssignedTo`, {
        principalId: sp.id,
        resourceId: exchange.id,
        appRoleId: EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
      })
    ).body;
    const role = (
      await call('POST', '/roleManagement/directory/roleAssignments', {
        principalId: sp.id,
        roleDefinitionId: DIRECTORY_ROLES['Exchange Administrator'],
        directoryScopeId: '/',
      })
    ).body;
    const fullApp = (await call('GET', `/applications/${app.id}?$select=id,appId,keyCredentials`)).body;
    const defaultApp = (await call('GET', `/applications/${app.id}`)).body;
    const exchangeSp = (await call('GET', `/servicePrincipals(appId='${EXCHANGE_APP_ID}')`)).body;
    const assignments = (await call('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`)).body.value;
    const roles = (
      await call('GET', `/roleManagement/directory/roleAssignments?$filter=principalId eq '${sp.id}'`)
    ).body.value;
    const org = (await call('GET', '/organization')).body.value[0];

    expectGraphShape(defaultApp, 'application');
    expectGraphShape(fullApp, 'application');
    expectGraphShape(app, 'application');
    expectGraphShape(sp, 'servicePrincipal');
    expectGraphShape(exchangeSp, 'servicePrincipal');
    expectGraphShape(grant, 'appRoleAssignment');
    for (const a of assignments) expectGraphShape(a, 'appRoleAssignment');
    expectGraphShape(role, 'unifiedRoleAssignment');
    for (const r of roles) expectGraphShape(r, 'unifiedRoleAssignment');
    expectGraphShape(org, 'organization');

    const v1 = 'https://graph.microsoft.com/v1.0';
    expectSampleProperties(defaultApp, docsSample('GET', `${v1}/applications/*`).body, 'application');
    expectSampleProperties(app, docsSample('PATCH', `${v1}/applications(uniqueName=*)`).body, 'application');
    expectSampleProperties(sp, docsSample('POST', `${v1}/servicePrincipals`).body, 'servicePrincipal');
    expectSampleProperties(
      sp,
      docsSample('PATCH', `${v1}/servicePrincipals(appId=*)`).body,
      'servicePrincipal',
    );
    expectSampleProperties(
      grant,
      docsSample('POST', `${v1}/servicePrincipals/*/appRoleAssignedTo`).body,
      'appRoleAssignment',
    );
    const listSample = docsSample('GET', `${v1}/servicePrincipals/*/appRoleAssignments`).body as {
      value: unknown[];
    };
    expectSampleProperties(assignments[0], listSample.value[0], 'appRoleAssignment');
    expectSampleProperties(
      role,
      docsSample('POST', `${v1}/roleManagement/directory/roleAssignments`).body,
      'unifiedRoleAssignment',
    );
    const roleList = docsSample(
      'GET',
      `${v1}/roleManagement/directory/roleAssignments?$filter=principalId eq *`,
    ).body as { value: unknown[] };
    expectSampleProperties(roles[0], roleList.value[0], 'unifiedRoleAssignment');
    const orgSample = docsSample('GET', `${v1}/organization`).body as { value: unknown[] };
    expectSampleProperties(org, orgSample.value[0], 'organization');
  });

  it('the reader itself finds known properties and rejects made-up ones', () => {
    expect(unknownProperties({ keyId: 'x', key: null, thumbprint: 'y' }, 'keyCredential')).toEqual([
      'thumbprint',
    ]);
    expect(unknownProperties({ id: 'x', deletedDateTime: null }, 'application')).toEqual([]); // from directoryObject/entity
  });
});
