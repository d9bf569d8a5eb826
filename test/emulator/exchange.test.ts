/**
 * The emulator's Exchange admin API (`POST /adminapi/beta/{tenant}/InvokeCommand`), called with tokens the
 * emulator's Entra issues to a managed app signing in with its certificate, as Exchange would see them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { createTokenClient } from '../../src/auth/token-client.js';
import {
  generateCertificate,
  keyCredentialDates,
  type IssuedCertificate,
} from '../../src/certificate/certificate.js';
import { HttpClient } from '../../src/http/client.js';
import type { HttpResponse } from '../../src/http/request.js';
import { DIRECTORY_ROLES, EXCHANGE_APP_ROLES, startEmulator, type Emulator } from './index.js';
import { roleNotSupportedMessage } from './exchange.js';

const EXCHANGE = 'https://outlook.office365.com';
const ANCHOR = 'UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com';
const GET_ORGANIZATION_CONFIG = { CmdletInput: { CmdletName: 'Get-OrganizationConfig', Parameters: {} } };

let emulator: Emulator;
let http: HttpClient;
let cert: IssuedCertificate;

beforeAll(async () => {
  emulator = await startEmulator();
  http = new HttpClient({
    ca: readFileSync(emulator.caFile, 'utf8'),
    log: { debug: () => {}, info: () => {} },
  });
  cert = await generateCertificate({
    subject: 'CN=exo-cba exchange test',
    validityDays: 30,
    keySize: 2048,
    now: new Date(),
  });
});
afterAll(async () => {
  http?.close();
  await emulator?.close();
});
beforeEach(() => {
  emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 });
  emulator.clearInterceptors();
});

/** A managed app with the test certificate; consent and role as asked. Returns a token source for it. */
function managedApp(options: { consent?: boolean; role?: string | null } = {}) {
  const { state } = emulator;
  const app = state.addApplication({ displayName: `Exchange Online Automation ${randomUUID().slice(0, 8)}` });
  app.keyCredentials.push({
    keyId: randomUUID(),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: `exo-cba ${cert.thumbprintSha1}`,
    customKeyIdentifier: cert.thumbprintSha1,
    ...keyCredentialDates(cert),
    key: cert.certificateDerBase64,
    addedAt: Date.now(),
  });
  const sp = state.addServicePrincipal(app.appId, app.displayName, {});
  if (options.consent !== false)
    state.addAppRoleAssignment(
      sp,
      state.exchangeServicePrincipal,
      EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
    );
  const role = options.role === undefined ? DIRECTORY_ROLES['Exchange Administrator'] : options.role;
  if (role) state.addRoleAssignment(sp.id, role);
  const client = createTokenClient({
    authorityHost: emulator.urls.entra,
    tenantId: state.tenantId,
    clientId: app.appId,
    credential: {
      kind: 'certificate',
      privateKeyPem: cert.privateKeyPem,
      thumbprintSha256: cert.thumbprintSha256,
      certificatePem: cert.certificatePem,
    },
    http,
  });
  return {
    appId: app.appId,
    token: async (resource = EXCHANGE) => (await client.acquire(resource, true)).accessToken,
  };
}

function invoke(
  token: string | undefined,
  options: {
    tenant?: string;
    body?: unknown;
    raw?: string;
    anchor?: string | null;
    method?: 'POST' | 'GET';
    path?: string;
  } = {},
): Promise<
  HttpResponse<{
    error?: { code: string; message: string };
    value?: Record<string, unknown>[];
    [k: string]: unknown;
  }>
> {
  const tenant = options.tenant ?? emulator.state.tenantId;
  const anchor = options.anchor === undefined ? ANCHOR : options.anchor;
  return http.request({
    method: options.method ?? 'POST',
    url: `${emulator.urls.exchange}${options.path ?? `/adminapi/beta/${tenant}/InvokeCommand`}`,
    service: 'exchange',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(anchor ? { 'x-anchormailbox': anchor } : {}),
      ...(options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      'x-responseformat': 'json',
    },
    ...(options.raw !== undefined
      ? { body: options.raw }
      : options.method === 'GET'
        ? {}
        : { json: options.body ?? GET_ORGANIZATION_CONFIG }),
  });
}

describe('InvokeCommand as an app with Exchange.ManageAsApp and Exchange Administrator', () => {
  it('runs Get-OrganizationConfig and answers an OData collection', async () => {
    const app = managedApp();
    const res = await invoke(await app.token());

    expect(res.status).toBe(200);
    expect(res.data['@odata.context']).toBe(
      `${emulator.urls.exchange}/adminapi/beta/${emulator.state.tenantId}/$metadata#Collection(Exchange.GenericHashTable)`,
    );
    expect(res.data.value).toHaveLength(1);
    expect(res.data.value?.[0]).toMatchObject({
      Name: 'contoso.onmicrosoft.com',
      Identity: 'contoso.onmicrosoft.com',
      DisplayName: 'Contoso',
      IsDehydrated: false,
    });
  });

  it('accepts the tenant by its .onmicrosoft.com domain in the path, and no anchor mailbox', async () => {
    const app = managedApp();
    const res = await invoke(await app.token(), { tenant: 'contoso.onmicrosoft.com', anchor: null });
    expect(res.status).toBe(200);
  });

  it('answers Get-AcceptedDomain with the verified domains', async () => {
    const app = managedApp();
    const res = await invoke(await app.token(), {
      body: { CmdletInput: { CmdletName: 'Get-AcceptedDomain', Parameters: {} } },
    });
    expect(res.status).toBe(200);
    expect(res.data.value?.map((d) => d.DomainName).sort()).toEqual([
      'contoso.com',
      'contoso.onmicrosoft.com',
    ]);
  });

  it('refuses an unknown cmdlet and a body without CmdletInput with 400', async () => {
    const app = managedApp();
    const token = await app.token();
    const unknown = await invoke(token, {
      body: { CmdletInput: { CmdletName: 'Get-Nothing', Parameters: {} } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.data.error?.message).toContain("The term 'Get-Nothing' is not recognized");
    expect((await invoke(token, { body: { Cmdlet: 'Get-OrganizationConfig' } })).status).toBe(400);
    expect((await invoke(token, { raw: '{not json' })).status).toBe(400);
  });

  it('refuses an anchor mailbox of another organization (ErrorIncorrectRoutingHint)', async () => {
    const app = managedApp();
    const res = await invoke(await app.token(), {
      anchor: 'UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@fabrikam.onmicrosoft.com',
    });
    expect(res.status).toBe(400);
    expect(res.data.error?.code).toBe('ErrorIncorrectRoutingHint');
  });

  it('answers 404 for another tenant in the path and for other paths, 405 for GET', async () => {
    const app = managedApp();
    const token = await app.token();
    expect((await invoke(token, { tenant: randomUUID() })).status).toBe(404);
    expect((await invoke(token, { path: '/adminapi/beta/x/Mailbox' })).status).toBe(404);
    expect((await invoke(token, { method: 'GET' })).status).toBe(405);
  });
});

describe('authentication and authorization', () => {
  it('answers 401 invalid_token without a token, with a forged one, or with a Graph token', async () => {
    const app = managedApp();
    for (const token of [
      undefined,
      'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln',
      await app.token('https://graph.microsoft.com'),
    ]) {
      const res = await invoke(token);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(res.headers['www-authenticate']).toContain('client_id="00000002-0000-0ff1-ce00-000000000000"');
    }
  });

  it('answers 401 when the token does not carry Exchange.ManageAsApp', async () => {
    const app = managedApp({ consent: false });
    const res = await invoke(await app.token());
    expect(res.status).toBe(401);
    expect(res.data.error?.message).toContain('Exchange.ManageAsApp');
  });

  it.each([
    ['no directory role', null],
    ['a role Exchange does not support for apps (User Administrator)', DIRECTORY_ROLES['User Administrator']],
  ])("answers 401 with Exchange's role message for %s", async (_label, role) => {
    const app = managedApp({ role });
    const res = await invoke(await app.token());
    expect(res.status).toBe(401);
    expect(res.data.error).toMatchObject({
      code: 'Unauthorized',
      message: roleNotSupportedMessage(app.appId),
    });
    expect(res.data.error?.message).toBe(
      `The role assigned to application ${app.appId} isn't supported in this scenario. Please check online documentation for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication.`,
    );
  });

  it.each([
    'Global Reader',
    'Security Administrator',
    'Global Administrator',
    'Exchange Recipient Administrator',
  ])('accepts the supported role %s (Get-AcceptedDomain)', async (name) => {
    const app = managedApp({ role: DIRECTORY_ROLES[name] });
    const res = await invoke(await app.token(), {
      body: { CmdletInput: { CmdletName: 'Get-AcceptedDomain', Parameters: {} } },
    });
    expect(res.status).toBe(200);
  });
});

describe('role-dependent cmdlets and the module file', () => {
  it.each([
    ['Exchange Administrator', 200],
    ['Helpdesk Administrator', 200],
    ['Global Reader', 200],
    ['Exchange Recipient Administrator', 401],
    ['Security Reader', 401],
  ])('Get-OrganizationConfig with %s answers %i', async (name, status) => {
    const app = managedApp({ role: DIRECTORY_ROLES[name] });
    const res = await invoke(await app.token());
    expect(res.status).toBe(status);
    if (status !== 200) {
      expect(res.data.error).toMatchObject({
        code: 'Unauthorized',
        message: 'User is not allowed to call Get-OrganizationConfig',
      });
    }
  });

  it('answers EXOModuleFile for every supported role, listing only the cmdlets the role may run', async () => {
    for (const [name, cmdlets] of [
      [
        'Exchange Administrator',
        'Get-OrganizationConfig,Get-AcceptedDomain,Get-Mailbox,New-ServicePrincipal,Get-ServicePrincipal,' +
          'Remove-ServicePrincipal,Add-RoleGroupMember,Remove-RoleGroupMember,Get-RoleGroupMember',
      ],
      ['Exchange Recipient Administrator', 'Get-AcceptedDomain,Get-Mailbox'],
    ]) {
      const app = managedApp({ role: DIRECTORY_ROLES[name] });
      const res = await invoke(await app.token(), {
        method: 'GET',
        path: `/AdminApi/v1.0/${emulator.state.tenantId}/EXOModuleFile`,
      });
      expect(res.status).toBe(200);
      expect(res.data.value?.[0]).toMatchObject({
        fileName: 'ExchangeOnline.psm1',
        exportedCmdlets: cmdlets,
      });
    }
  });

  it('refuses EXOModuleFile without a supported role, with POST, and without a token', async () => {
    const app = managedApp({ role: null });
    const path = `/adminapi/v1.0/${emulator.state.tenantId}/EXOModuleFile`;
    const refused = await invoke(await app.token(), { method: 'GET', path });
    expect(refused.status).toBe(401);
    expect(refused.data.error?.message).toBe(roleNotSupportedMessage(app.appId));
    expect((await invoke(await app.token(), { path })).status).toBe(405);
    expect((await invoke(undefined, { method: 'GET', path })).status).toBe(401);
  });
});

/** One request without following redirects (the action's HTTP client follows them). */
function raw(
  method: string,
  url: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        ca: readFileSync(emulator.caFile, 'utf8'),
        agent: false,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

describe('regional redirect', () => {
  afterEach(() => {
    emulator.state.exchangeRegionalRedirect = false;
  });

  it('redirects the front door to the regional host on port 446, which serves the same tenant', async () => {
    emulator.state.exchangeRegionalRedirect = true;
    const app = managedApp();
    const token = await app.token();
    const tenant = emulator.state.tenantId;
    const front = await raw(
      'POST',
      `${emulator.urls.exchange}/adminapi/beta/${tenant}/InvokeCommand`,
      token,
      GET_ORGANIZATION_CONFIG,
    );
    expect(front.status).toBe(302);
    const location = new URL(front.headers.location as string);
    expect(location.hostname).toBe('localhost');
    expect(location.port).toBe('446');
    expect(location.pathname).toBe(`/adminapi/beta/${emulator.state.tenantId}/InvokeCommand`);
    const module = await raw('GET', `${emulator.urls.exchange}/adminapi/v1.0/${tenant}/EXOModuleFile`, token);
    expect(module.status).toBe(302);
    expect(new URL(module.headers.location as string).pathname).toBe(
      `/adminapi/v1.0/${tenant}/EXOModuleFile`,
    );

    // What a careful client does: keep POST, body and Authorization, map 446 to the front door's port.
    const regional = new URL(emulator.exchangeRegionalUrl);
    expect(regional.port).toBe(new URL(emulator.urls.exchange).port);
    const followed = await raw(
      'POST',
      `${emulator.exchangeRegionalUrl}${location.pathname}`,
      token,
      GET_ORGANIZATION_CONFIG,
    );
    expect(followed.status).toBe(200);
  });

  it('at the regional host, refuses what a redirect-following client would send: GET, or no Authorization', async () => {
    emulator.state.exchangeRegionalRedirect = true;
    const app = managedApp();
    const url = `${emulator.exchangeRegionalUrl}/adminapi/beta/${emulator.state.tenantId}/InvokeCommand`;
    expect((await raw('GET', url, await app.token())).status).toBe(405);
    expect((await raw('POST', url, undefined, GET_ORGANIZATION_CONFIG)).status).toBe(401);
  });
});

describe('replication of a new role assignment', () => {
  it('refuses the app until roleMs has passed, then accepts it', async () => {
    emulator.setReplication({ roleMs: 60_000 });
    const app = managedApp();

    const early = await invoke(await app.token());
    expect(early.status).toBe(401);
    expect(early.data.error?.message).toBe(roleNotSupportedMessage(app.appId));

    emulator.state.elapse(30_000);
    expect((await invoke(await app.token())).status).toBe(401);

    emulator.state.elapse(30_000);
    expect((await invoke(await app.token())).status).toBe(200);
  });

  it('needs a fresh token once the role has replicated, when the old token carries wids without it', async () => {
    // a role the app already held replicates (wids present), a new Exchange role does not yet
    const app = managedApp({ role: DIRECTORY_ROLES['User Administrator'] });
    const sp = emulator.state.servicePrincipalByAppId(app.appId)!;
    emulator.state.roleAssignments.find((a) => a.principalId === sp.id)!.createdAt = -1;
    emulator.setReplication({ roleMs: 10_000 });
    emulator.state.addRoleAssignment(sp.id, DIRECTORY_ROLES['Exchange Administrator']);
    const stale = await app.token();

    emulator.state.elapse(10_000);
    expect((await invoke(stale)).status).toBe(401);
    expect((await invoke(await app.token())).status).toBe(200);
  });
});

describe('separate replication of key and consent (Entra side) as Exchange sees it', () => {
  it('gets no token before keyMs, and a token without the permission before consentMs', async () => {
    emulator.setReplication({ keyMs: 5_000, consentMs: 20_000 });
    const app = managedApp();

    await expect(app.token()).rejects.toThrow(/AADSTS700027/);
    emulator.state.elapse(5_000);
    const res = await invoke(await app.token());
    expect(res.status).toBe(401);
    expect(res.data.error?.message).toContain('Exchange.ManageAsApp');
    emulator.state.elapse(15_000);
    expect((await invoke(await app.token())).status).toBe(200);
  });
});
