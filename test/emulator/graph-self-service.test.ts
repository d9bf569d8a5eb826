/**
 * What an app can do to itself and what a provisioning app can take away, over real HTTPS: addKey and
 * removeKey with a proof of possession, self-read (on and off), the application listing, soft delete,
 * app management policies, and the default signInAudience.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startEmulator, type Application, type Emulator } from './index.js';
import {
  certificateToken,
  federatedToken,
  proofOfPossession,
  send,
  testCertificate,
  type TestCertificate,
} from './testing.js';

const GRAPH = 'https://graph.microsoft.com';
let emulator: Emulator;
let admin: string;

beforeAll(async () => {
  emulator = await startEmulator();
  admin = (await federatedToken(emulator, emulator.state.provisioningApp.appId, GRAPH)).body.access_token;
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0, listLagMs: 0 });
  emulator.state.selfRead = false;
  emulator.state.setAppManagementPolicy(undefined);
});

const graph = (method: string, path: string, token: string, body?: unknown) =>
  send(emulator, method, `${emulator.urls.graph}/v1.0${path}`, { authorization: `Bearer ${token}` }, body);

/** A managed app created by the provisioning app, with one certificate and a service principal. */
async function managedApp(): Promise<{ app: Application; cert: TestCertificate; token: string }> {
  const cert = testCertificate();
  const created = await send(
    emulator,
    'PATCH',
    `${emulator.urls.graph}/v1.0/applications(uniqueName='self-${randomUUID().slice(0, 8)}')`,
    { authorization: `Bearer ${admin}`, prefer: 'create-if-missing' },
    {
      displayName: 'Self-rotating app',
      keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: cert.key }],
    },
  );
  expect(created.status).toBe(201);
  const app = emulator.state.applications.get(created.body.id)!;
  emulator.state.addServicePrincipal(app.appId, app.displayName, {});
  const token = await certificateToken(emulator, app.appId, cert, GRAPH);
  expect(token.status).toBe(200);
  return { app, cert, token: token.body.access_token };
}

const keyCredential = (cert: TestCertificate) => ({
  type: 'AsymmetricX509Cert',
  usage: 'Verify',
  key: cert.key,
});

describe('addKey and removeKey', () => {
  it('lets the app roll its own key with no Graph permission, by object id and by appId', async () => {
    const { app, cert, token } = await managedApp();
    const next = testCertificate();
    const added = await graph('POST', `/applications/${app.id}/addKey`, token, {
      keyCredential: keyCredential(next),
      passwordCredential: null,
      proof: proofOfPossession(app.id, cert),
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ type: 'AsymmetricX509Cert', usage: 'Verify', key: null });
    expect(app.keyCredentials).toHaveLength(2);

    const oldKeyId = app.keyCredentials[0].keyId;
    const removed = await graph('POST', `/applications(appId='${app.appId}')/removeKey`, token, {
      keyId: oldKeyId,
      proof: proofOfPossession(app.id, next),
    });
    expect(removed.status).toBe(204);
    expect(app.keyCredentials.map((k) => k.keyId)).toEqual([added.body.keyId]);
    const again = await graph('POST', `/applications/${app.id}/removeKey`, token, {
      keyId: oldKeyId,
      proof: proofOfPossession(app.id, next),
    });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('No credentials found to be removed.');
  });

  it('puts an added key through keyMs before the token endpoint takes it', async () => {
    const { app, cert, token } = await managedApp();
    emulator.setReplication({ keyMs: 60_000 });
    const next = testCertificate();
    const added = await graph('POST', `/applications/${app.id}/addKey`, token, {
      keyCredential: keyCredential(next),
      proof: proofOfPossession(app.id, cert),
    });
    expect(added.status).toBe(200);
    const early = await certificateToken(emulator, app.appId, next, GRAPH);
    expect(early.body.error_codes).toEqual([700027]);
    emulator.state.elapse(60_000);
    expect((await certificateToken(emulator, app.appId, next, GRAPH)).status).toBe(200);
  });

  it.each([
    ['the wrong audience', { aud: '00000003-0000-0000-c000-000000000000' }, {}],
    ['the appId as issuer', 'appId', {}],
    ['a lifetime over 10 minutes', { exp: Math.floor(Date.now() / 1000) + 3600 }, {}],
    [
      'an expired proof',
      { nbf: Math.floor(Date.now() / 1000) - 900, exp: Math.floor(Date.now() / 1000) - 300 },
      {},
    ],
    ['a key the app does not have', {}, { x5t: Buffer.alloc(20, 1).toString('base64url'), kid: 'AB' }],
  ])('answers 401 Authentication_MissingOrMalformed for %s', async (_, claims, header) => {
    const { app, cert, token } = await managedApp();
    const c = claims === 'appId' ? { iss: app.appId } : claims;
    const res = await graph('POST', `/applications/${app.id}/addKey`, token, {
      keyCredential: keyCredential(testCertificate()),
      proof: proofOfPossession(app.id, cert, c, header),
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'Authentication_MissingOrMalformed',
      message: 'Access Token missing or malformed.',
    });
  });

  it('refuses a padded proof, a proof signed by another key, no proof (403) and an app without a valid key', async () => {
    const { app, cert, token } = await managedApp();
    const body = (proof: unknown) => ({ keyCredential: keyCredential(testCertificate()), proof });
    const proof = proofOfPossession(app.id, cert);
    const [h, p, s] = proof.split('.');
    expect(
      (await graph('POST', `/applications/${app.id}/addKey`, token, body(`${h}=.${p}.${s}`))).status,
    ).toBe(401);
    const stranger = testCertificate();
    const forged = proofOfPossession(app.id, stranger, {}, { x5t: cert.sha1.toString('base64url') });
    expect((await graph('POST', `/applications/${app.id}/addKey`, token, body(forged))).status).toBe(401);
    const missing = await graph('POST', `/applications/${app.id}/addKey`, token, body(undefined));
    expect(missing.status).toBe(403);
    app.keyCredentials[0].endDateTime = new Date(Date.now() - 1000).toISOString();
    expect((await graph('POST', `/applications/${app.id}/addKey`, token, body(proof))).status).toBe(401);
  });

  it('refuses another app without permission, and lets the owner with OwnedBy act', async () => {
    const first = await managedApp();
    const second = await managedApp();
    const body = {
      keyCredential: keyCredential(testCertificate()),
      proof: proofOfPossession(first.app.id, first.cert),
    };
    const other = await graph('POST', `/applications/${first.app.id}/addKey`, second.token, body);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('Authorization_RequestDenied');
    expect((await graph('POST', `/applications/${first.app.id}/addKey`, admin, body)).status).toBe(200);
  });

  it('enforces the app management policy on addKey and on PATCH', async () => {
    const { app, cert, token } = await managedApp();
    emulator.state.setAppManagementPolicy({ maxCertificateLifetime: 'P10D' });
    const long = testCertificate(30);
    const res = await graph('POST', `/applications/${app.id}/addKey`, token, {
      keyCredential: keyCredential(long),
      proof: proofOfPossession(app.id, cert),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CredentialInvalidLifetimeAsPerAppPolicy',
      message:
        "Credential lifetime exceeds the max value allowed as per assigned policy '00000000-0000-0000-0000-000000000000'.",
    });
    const patch = await graph('PATCH', `/applications/${app.id}`, admin, {
      keyCredentials: [{ keyId: app.keyCredentials[0].keyId }, keyCredential(long)],
    });
    expect(patch.status).toBe(400);
    expect(app.keyCredentials).toHaveLength(1);
    const short = testCertificate(5);
    expect(
      (
        await graph('POST', `/applications/${app.id}/addKey`, token, {
          keyCredential: keyCredential(short),
          proof: proofOfPossession(app.id, cert),
        })
      ).status,
    ).toBe(200);
  });
});

describe('reads without Graph permissions', () => {
  it('refuses the app its own objects unless selfRead is on, and never lists /applications', async () => {
    const { app, token } = await managedApp();
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    for (const path of [`/applications/${app.id}`, `/servicePrincipals/${sp.id}`, '/applications']) {
      const res = await graph('GET', path, token);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      });
    }
    emulator.state.selfRead = true;
    expect((await graph('GET', `/applications/${app.id}?$select=id,keyCredentials`, token)).status).toBe(200);
    expect((await graph('GET', `/servicePrincipals/${sp.id}`, token)).status).toBe(200);
    expect((await graph('GET', '/applications', token)).status).toBe(403);
    expect((await graph('GET', `/applications/${emulator.state.provisioningApp.id}`, token)).status).toBe(
      403,
    );
  });
});

describe('application listing, soft delete and defaults', () => {
  it('stores AzureADandPersonalMicrosoftAccount when the create body has no signInAudience', async () => {
    const { app } = await managedApp();
    expect(app.signInAudience).toBe('AzureADandPersonalMicrosoftAccount');
    const read = await graph('GET', `/applications/${app.id}?$select=signInAudience`, admin);
    expect(read.body.signInAudience).toBe('AzureADandPersonalMicrosoftAccount');
  });

  it('lists apps by filter, and a deleted app leaves the list, the uniqueName lookup and sign-in', async () => {
    const { app, cert } = await managedApp();
    const listed = await graph('GET', `/applications?$filter=appId eq '${app.appId}'`, admin);
    expect(listed.body.value.map((a: { id: string }) => a.id)).toEqual([app.id]);
    expect((await graph('DELETE', `/applications/${app.id}`, admin)).status).toBe(204);
    expect((await graph('GET', `/applications?$filter=appId eq '${app.appId}'`, admin)).body.value).toEqual(
      [],
    );
    expect((await graph('GET', `/applications(uniqueName='${app.uniqueName}')`, admin)).status).toBe(404);
    expect((await graph('DELETE', `/applications/${app.id}`, admin)).status).toBe(404);
    expect((await certificateToken(emulator, app.appId, cert, GRAPH)).body.error_codes).toEqual([700016]);
    expect(emulator.state.deletedApplications.get(app.id)).toBe(app);
  });

  it('reads the tenant default policy with Policy.Read.All and an app policy with Application.Read.All too', async () => {
    const { app } = await managedApp();
    expect((await graph('GET', '/policies/defaultAppManagementPolicy', admin)).status).toBe(403);
    emulator.state.grantGraphPermission('Policy.Read.All');
    try {
      const token = (await federatedToken(emulator, emulator.state.provisioningApp.appId, GRAPH)).body
        .access_token;
      const off = await graph('GET', '/policies/defaultAppManagementPolicy', token);
      expect(off.body).toMatchObject({ isEnabled: false, applicationRestrictions: { keyCredentials: [] } });
      emulator.state.setAppManagementPolicy({ maxCertificateLifetime: 'P180D' });
      const on = await graph('GET', '/policies/defaultAppManagementPolicy', token);
      expect(on.body.applicationRestrictions.keyCredentials).toEqual([
        expect.objectContaining({ restrictionType: 'asymmetricKeyLifetime', maxLifetime: 'P180D' }),
      ]);
      emulator.state.assignAppManagementPolicy(app.id, { maxCertificateLifetime: 'P30D' });
      const own = await graph('GET', `/applications/${app.id}/appManagementPolicies`, token);
      expect(own.body.value[0].restrictions.keyCredentials[0].maxLifetime).toBe('P30D');
    } finally {
      emulator.state.revokeGraphPermission('Policy.Read.All');
    }
  });
});
