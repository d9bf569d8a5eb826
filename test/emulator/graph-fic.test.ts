/**
 * Federated identity credentials on any app (Graph CRUD and the token endpoint that honours them), the
 * Security & Compliance resource, list lag, assignment deletes, and the sovereign EOP service principal.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  DIRECTORY_ROLES,
  EOP_APP_ID,
  EOP_APP_ROLES,
  EXCHANGE_APP_ROLES,
  GITHUB_OIDC_ISSUER,
  startEmulator,
  type Application,
  type Emulator,
} from './index.js';
import { decodeJwt } from './jwt.js';
import { federatedToken, send } from './testing.js';

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
  emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0, listLagMs: 0, ficMs: 0 });
  emulator.oidc.subject = `repo:${emulator.oidc.repository}:ref:refs/heads/main`;
});

const graph = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  send(
    emulator,
    method,
    `${emulator.urls.graph}/v1.0${path}`,
    { authorization: `Bearer ${admin}`, ...headers },
    body,
  );

async function managedApp(): Promise<Application> {
  const created = await graph(
    'PATCH',
    `/applications(uniqueName='fic-${randomUUID().slice(0, 8)}')`,
    { displayName: 'Federated app', signInAudience: 'AzureADMyOrg' },
    { prefer: 'create-if-missing' },
  );
  expect(created.status).toBe(201);
  const app = emulator.state.applications.get(created.body.id)!;
  const sp = emulator.state.addServicePrincipal(app.appId, app.displayName, {});
  emulator.state.addAppRoleAssignment(
    sp,
    emulator.state.exchangeServicePrincipal,
    EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
    -1,
  );
  return app;
}

const credential = (name: string, subject = `repo:${emulator.oidc.repository}:ref:refs/heads/main`) => ({
  name,
  issuer: GITHUB_OIDC_ISSUER,
  subject,
  audiences: ['api://AzureADTokenExchange'],
});

describe('federated identity credentials', () => {
  it('creates (201), reads, lists, updates by name (204), upserts and deletes (204, then 404)', async () => {
    const app = await managedApp();
    const base = `/applications/${app.id}/federatedIdentityCredentials`;
    const created = await graph('POST', base, credential('github-main'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'github-main',
      description: null,
      audiences: ['api://AzureADTokenExchange'],
    });
    expect((await graph('GET', `${base}/${created.body.id}`)).body.name).toBe('github-main');
    expect(
      (await graph('GET', `/applications(appId='${app.appId}')/federatedIdentityCredentials`)).body.value,
    ).toHaveLength(1);
    expect(
      (await graph('PATCH', `${base}/github-main`, { subject: 'repo:contoso/x:environment:prod' })).status,
    ).toBe(204);
    expect(app.federatedIdentityCredentials[0].subject).toBe('repo:contoso/x:environment:prod');

    const upsert = `/applications(uniqueName='${app.uniqueName}')/federatedIdentityCredentials(name='github-env')`;
    expect(
      (await graph('PATCH', upsert, credential('github-env', 'repo:contoso/y:ref:refs/heads/main'))).status,
    ).toBe(404);
    const made = await graph(
      'PATCH',
      upsert,
      credential('github-env', 'repo:contoso/y:ref:refs/heads/main'),
      {
        prefer: 'create-if-missing',
      },
    );
    expect(made.status).toBe(201);
    expect(
      (await graph('PATCH', upsert, { description: 'CI' }, { prefer: 'create-if-missing' })).status,
    ).toBe(204);

    expect((await graph('DELETE', `${base}/${made.body.id}`)).status).toBe(204);
    expect((await graph('DELETE', `${base}/${made.body.id}`)).status).toBe(404);
  });

  it('refuses a duplicate name (409), a duplicate issuer+subject (400), bad names and audiences, and a 21st', async () => {
    const app = await managedApp();
    const base = `/applications/${app.id}/federatedIdentityCredentials`;
    expect((await graph('POST', base, credential('main'))).status).toBe(201);
    const dupName = await graph('POST', base, credential('main', 'other'));
    expect(dupName.status).toBe(409);
    expect(dupName.body.error).toMatchObject({
      code: 'Request_MultipleObjectsWithSameKeyValue',
      message: 'FederatedIdentityCredential with name main already exists.',
    });
    const dupSubject = await graph('POST', base, credential('second'));
    expect(dupSubject.status).toBe(400);
    expect(dupSubject.body.error.code).toBe('InvalidFederatedIdentityCredentialValue');
    expect((await graph('POST', base, credential('-bad'))).status).toBe(400);
    expect((await graph('POST', base, credential('ab'))).status).toBe(400);
    expect(
      (await graph('POST', base, { ...credential('two-aud', 's2'), audiences: ['a', 'b'] })).status,
    ).toBe(400);
    for (let i = 1; i < 20; i++)
      expect((await graph('POST', base, credential(`fic-${i}`, `s-${i}`))).status).toBe(201);
    expect((await graph('POST', base, credential('fic-21', 's-21'))).status).toBe(400);
  });

  it('needs OwnedBy as owner or ReadWrite.All to write', async () => {
    const other = emulator.state.addApplication({ displayName: 'Not owned', createdAt: -1 });
    expect(
      (await graph('POST', `/applications/${other.id}/federatedIdentityCredentials`, credential('x-main')))
        .status,
    ).toBe(403);
  });

  it('signs the managed app in with its own credential, for Graph, Exchange and Security & Compliance', async () => {
    const app = await managedApp();
    expect((await federatedToken(emulator, app.appId, GRAPH)).body.error_codes).toEqual([700211]);
    await graph('POST', `/applications/${app.id}/federatedIdentityCredentials`, credential('github-main'));
    for (const resource of [
      GRAPH,
      'https://outlook.office365.com',
      'https://ps.compliance.protection.outlook.com',
    ]) {
      const token = await federatedToken(emulator, app.appId, resource);
      expect(token.status).toBe(200);
      expect(decodeJwt(token.body.access_token)!.claims.aud).toBe(resource);
    }
    const exchange = await federatedToken(emulator, app.appId, 'https://outlook.office365.com');
    expect(decodeJwt(exchange.body.access_token)!.claims.roles).toEqual(['Exchange.ManageAsApp']);
    // In the commercial cloud the compliance audience is served by Office 365 Exchange Online (CIPP, go-exoscc,
    // ScubaGear request it so): its token carries the app's Exchange.ManageAsApp, as the Exchange one does.
    const compliance = await federatedToken(
      emulator,
      app.appId,
      'https://ps.compliance.protection.outlook.com',
    );
    expect(decodeJwt(compliance.body.access_token)!.claims.roles).toEqual(['Exchange.ManageAsApp']);
    emulator.oidc.subject = 'repo:contoso/other:ref:refs/heads/main';
    expect((await federatedToken(emulator, app.appId, GRAPH)).body.error_codes).toEqual([700213]);
  });

  it('answers AADSTS70021 while a new credential has not replicated (ficMs)', async () => {
    const app = await managedApp();
    emulator.setReplication({ ficMs: 60_000 });
    await graph('POST', `/applications/${app.id}/federatedIdentityCredentials`, credential('github-main'));
    expect((await federatedToken(emulator, app.appId, GRAPH)).body.error_codes).toEqual([70021]);
    emulator.state.elapse(60_000);
    expect((await federatedToken(emulator, app.appId, GRAPH)).status).toBe(200);
  });
});

describe('list lag and deletes of assignments', () => {
  it('hides a new consent and role from lists for listLagMs while refusing duplicates, then deletes them', async () => {
    const app = await managedApp();
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    const exo = emulator.state.exchangeServicePrincipal;
    emulator.setReplication({ listLagMs: 60_000 });
    const grant = {
      principalId: sp.id,
      resourceId: exo.id,
      appRoleId: EXCHANGE_APP_ROLES.full_access_as_app,
    };
    const granted = await graph('POST', `/servicePrincipals/${exo.id}/appRoleAssignedTo`, grant);
    expect(granted.status).toBe(201);
    const listed = await graph('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`);
    expect(listed.body.value.map((a: { id: string }) => a.id)).not.toContain(granted.body.id);
    const dup = await graph('POST', `/servicePrincipals/${exo.id}/appRoleAssignedTo`, grant);
    expect(dup.body.error.message).toBe('Permission being assigned already exists on the object');

    const role = {
      principalId: sp.id,
      roleDefinitionId: DIRECTORY_ROLES['Global Reader'],
      directoryScopeId: '/',
    };
    const assigned = await graph('POST', '/roleManagement/directory/roleAssignments', role);
    expect(assigned.status).toBe(201);
    const roles = await graph(
      'GET',
      `/roleManagement/directory/roleAssignments?$filter=principalId eq '${sp.id}'`,
    );
    expect(roles.body.value).toEqual([]);
    const dupRole = await graph('POST', '/roleManagement/directory/roleAssignments', role);
    expect(dupRole.body.error.message).toBe(
      'A conflicting object with one or more of the specified property values is present in the directory.',
    );

    emulator.state.elapse(60_000);
    expect((await graph('GET', `/servicePrincipals/${sp.id}/appRoleAssignments`)).body.value).toHaveLength(2);
    expect(
      (await graph('DELETE', `/servicePrincipals/${exo.id}/appRoleAssignedTo/${granted.body.id}`)).status,
    ).toBe(204);
    expect(
      (await graph('DELETE', `/servicePrincipals/${sp.id}/appRoleAssignments/${granted.body.id}`)).status,
    ).toBe(404);
    expect(
      (await graph('DELETE', `/roleManagement/directory/roleAssignments/${assigned.body.id}`)).status,
    ).toBe(204);
    expect(
      (await graph('DELETE', `/roleManagement/directory/roleAssignments/${assigned.body.id}`)).status,
    ).toBe(404);
  });
});

describe('sovereign clouds', () => {
  it('has Exchange Online Protection with Exchange.ManageAsApp in usgov, and it can be consented', async () => {
    const gov = await startEmulator({ cloud: 'usgov' });
    try {
      const token = (await federatedToken(gov, gov.state.provisioningApp.appId, 'https://graph.microsoft.us'))
        .body.access_token;
      const eop = await send(gov, 'GET', `${gov.urls.graph}/v1.0/servicePrincipals(appId='${EOP_APP_ID}')`, {
        authorization: `Bearer ${token}`,
      });
      expect(eop.body.appRoles).toEqual([
        expect.objectContaining({ value: 'Exchange.ManageAsApp', id: EOP_APP_ROLES['Exchange.ManageAsApp'] }),
      ]);
      const granted = await send(
        gov,
        'POST',
        `${gov.urls.graph}/v1.0/servicePrincipals/${eop.body.id}/appRoleAssignedTo`,
        { authorization: `Bearer ${token}` },
        {
          principalId: gov.state.provisioningServicePrincipal.id,
          resourceId: eop.body.id,
          appRoleId: '455e5cd2-84e8-4751-8344-5672145dfa17',
        },
      );
      expect(granted.status).toBe(201);
      const compliance = await federatedToken(
        gov,
        gov.state.provisioningApp.appId,
        'https://ps.compliance.protection.office365.us',
      );
      expect(decodeJwt(compliance.body.access_token)!.claims.roles).toEqual(['Exchange.ManageAsApp']);
    } finally {
      await gov.close();
    }
  });
});
