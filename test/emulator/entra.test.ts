/**
 * The emulator's Entra ID token endpoint, driven by the real msal-node ConfidentialClientApplication
 * configured the way exo-cba configures it for a non-Microsoft authority host.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  ConfidentialClientApplication,
  type Configuration,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import {
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  X509Certificate,
  type JsonWebKey,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import forge from 'node-forge';
import {
  startEmulator,
  DIRECTORY_ROLES,
  EXCHANGE_APP_ROLES,
  SETUP_PERMISSIONS,
  type Application,
  type Emulator,
  type ServicePrincipal,
} from './index.js';
import { decodeJwt, signJwt, verifyJwtSignature } from './jwt.js';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const EXCHANGE_SCOPE = 'https://outlook.office365.com/.default';

let emulator: Emulator;
let ca: string;

beforeAll(async () => {
  emulator = await startEmulator();
  ca = readFileSync(emulator.caFile, 'utf8');
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => {
  emulator.setReplication({ objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 });
  emulator.clearInterceptors();
});

// ---- helpers: what the action will do (network client, authority config) in test-sized form ----

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

function request(url: string, method: string, options?: NetworkRequestOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers: options?.headers, ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(options?.body);
  });
}

/** msal's INetworkModule over Node's https, trusting the emulator's CA (msal's own fetch would not). */
const networkClient: INetworkModule = {
  async sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const res = await request(url, 'GET', options);
    return { status: res.status, headers: res.headers, body: JSON.parse(res.text) as T };
  },
  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const res = await request(url, 'POST', options);
    return { status: res.status, headers: res.headers, body: JSON.parse(res.text) as T };
  },
};

/** A known authority with its metadata inline, so msal needs no discovery (the `authority-host` input). */
function authorityConfig(tenant: string, withMetadata = true): Configuration['auth'] {
  const host = new URL(emulator.urls.entra).host;
  const base = `${emulator.urls.entra}/${tenant}`;
  return {
    clientId: '',
    authority: base,
    knownAuthorities: [host],
    ...(withMetadata
      ? {
          authorityMetadata: JSON.stringify({
            token_endpoint: `${base}/oauth2/v2.0/token`,
            issuer: `${base}/v2.0`,
            authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
            jwks_uri: `${base}/discovery/v2.0/keys`,
            end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          }),
          cloudDiscoveryMetadata: JSON.stringify({
            tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
            'api-version': '1.1',
            metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
          }),
        }
      : {}),
  };
}

async function githubToken(): Promise<string> {
  const url = `${emulator.urls.oidc}/_apis/token?api-version=2.0&audience=${encodeURIComponent('api://AzureADTokenExchange')}`;
  const res = await request(url, 'GET', {
    headers: { authorization: `Bearer ${emulator.oidc.requestToken}` },
  });
  return (JSON.parse(res.text) as { value: string }).value;
}

function federatedClient(
  clientId = emulator.state.provisioningApp.appId,
  tenant = emulator.state.tenantId,
  withMetadata = true,
) {
  return new ConfidentialClientApplication({
    auth: { ...authorityConfig(tenant, withMetadata), clientId, clientAssertion: () => githubToken() },
    system: { networkClient },
  });
}

function certificateClient(
  clientId: string,
  cert: { thumbprintSha256?: string; thumbprint?: string; privateKey: string },
  tenant = emulator.state.tenantId,
) {
  return new ConfidentialClientApplication({
    auth: { ...authorityConfig(tenant), clientId, clientCertificate: cert },
    system: { networkClient },
  });
}

async function token(client: ConfidentialClientApplication, scope: string): Promise<Record<string, unknown>> {
  const result = await client.acquireTokenByClientCredential({ scopes: [scope], skipCache: true });
  if (!result) throw new Error('msal returned no result');
  return decodeJwt(result.accessToken)!.claims;
}

/** The msal error a token request fails with (the test fails if it succeeds). */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ errorCode: string; errorMessage: string; errorNo?: unknown; status?: unknown }> {
  try {
    await promise;
  } catch (e) {
    return e as { errorCode: string; errorMessage: string; errorNo?: unknown; status?: unknown };
  }
  throw new Error('the token request succeeded');
}

interface TestCertificate {
  der: string;
  privateKey: string;
  thumbprintSha1: string;
  thumbprintSha256: string;
}

/**
 * A self-signed certificate. forge builds it, Node signs it: forge's pure-JS RSA takes about a second
 * per signature inside Jest's VM.
 */
function makeCertificate(cn = 'exo-cba test'): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01' + randomBytes(8).toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ shortName: 'CN', value: cn }]);
  cert.setIssuer([{ shortName: 'CN', value: cn }]);
  cert.signatureOid = cert.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption;
  const tbs = (
    forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }
  ).getTBSCertificate(cert);
  cert.signature = sign(
    'sha256',
    Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary'),
    privateKey,
  ).toString('binary');
  const x509 = new X509Certificate(forge.pki.certificateToPem(cert));
  if (!x509.verify(publicKey)) throw new Error('test certificate does not verify');
  return {
    der: x509.raw.toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    thumbprintSha1: x509.fingerprint.replace(/:/g, ''),
    thumbprintSha256: x509.fingerprint256.replace(/:/g, ''),
  };
}

/** A managed app with a service principal and (optionally) a registered certificate, all replicated. */
function managedApp(
  cert?: TestCertificate,
  keyOverrides: { startDateTime?: string; endDateTime?: string; addedAt?: number } = {},
) {
  const app: Application = emulator.state.addApplication({
    displayName: `managed ${randomUUID().slice(0, 8)}`,
    createdAt: -1,
  });
  const sp: ServicePrincipal = emulator.state.addServicePrincipal(app.appId, app.displayName, {}, -1);
  if (cert) registerKey(app, cert, keyOverrides);
  return { app, sp };
}

function registerKey(
  app: Application,
  cert: TestCertificate,
  overrides: { startDateTime?: string; endDateTime?: string; addedAt?: number } = {},
) {
  app.keyCredentials.push({
    keyId: randomUUID(),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: 'CN=exo-cba test',
    customKeyIdentifier: cert.thumbprintSha1,
    startDateTime: new Date(Date.now() - 60_000).toISOString(),
    endDateTime: new Date(Date.now() + 86_400_000).toISOString(),
    key: cert.der,
    addedAt: -1,
    ...overrides,
  });
}

const entraRequests = () => emulator.requests.filter((r) => r.service === 'entra');

// ---- tests ----

describe('federated sign-in (GitHub OIDC token as client assertion)', () => {
  it('issues a Graph token carrying the consented app roles, signed with the keys the tenant publishes', async () => {
    const before = entraRequests().length;
    const result = await federatedClient().acquireTokenByClientCredential({
      scopes: [GRAPH_SCOPE],
      skipCache: true,
    });
    expect(result?.tokenType).toBe('Bearer');
    expect(result!.expiresOn!.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);

    const jwt = decodeJwt(result!.accessToken)!;
    const { state } = emulator;
    expect(jwt.claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${state.tenantId}/`,
      tid: state.tenantId,
      appid: state.provisioningApp.appId,
      oid: state.provisioningServicePrincipal.id,
      idtyp: 'app',
    });
    expect((jwt.claims.roles as string[]).sort()).toEqual([...SETUP_PERMISSIONS].sort());
    expect(jwt.claims.wids).toBeUndefined();

    // with its metadata configured, msal asks for nothing but the token
    const calls = entraRequests().slice(before);
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /${state.tenantId}/oauth2/v2.0/token`]);
    expect(calls[0].requestBody).toMatchObject({
      grant_type: 'client_credentials',
      client_id: state.provisioningApp.appId,
      scope: GRAPH_SCOPE,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    });

    // the signature verifies with the key the tenant's jwks_uri publishes
    const jwks = JSON.parse(
      (await request(`${emulator.urls.entra}/${state.tenantId}/discovery/v2.0/keys`, 'GET')).text,
    ) as {
      keys: (JsonWebKey & { kid: string })[];
    };
    const jwk = jwks.keys.find((k) => k.kid === jwt.header.kid)!;
    expect(verifyJwtSignature(jwt, createPublicKey({ key: jwk, format: 'jwk' }))).toBe(true);
  });

  it('accepts the tenant by its initial domain', async () => {
    const claims = await token(federatedClient(undefined, emulator.state.initialDomain), EXCHANGE_SCOPE);
    expect(claims).toMatchObject({ aud: 'https://outlook.office365.com', tid: emulator.state.tenantId });
  });

  it('serves discovery when msal is not given authority metadata', async () => {
    const before = entraRequests().length;
    const claims = await token(federatedClient(undefined, emulator.state.tenantId, false), GRAPH_SCOPE);
    expect(claims.aud).toBe('https://graph.microsoft.com');
    expect(
      entraRequests()
        .slice(before)
        .map((r) => `${r.method} ${r.path} ${r.status}`),
    ).toEqual([
      `GET /${emulator.state.tenantId}/v2.0/.well-known/openid-configuration 200`,
      `POST /${emulator.state.tenantId}/oauth2/v2.0/token 200`,
    ]);

    const discovery = JSON.parse(
      (
        await request(
          `${emulator.urls.entra}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${emulator.urls.entra}/${emulator.state.initialDomain}/oauth2/v2.0/authorize`)}`,
          'GET',
        )
      ).text,
    ) as { tenant_discovery_endpoint: string; metadata: { aliases: string[] }[] };
    expect(discovery.tenant_discovery_endpoint).toBe(
      `${emulator.urls.entra}/${emulator.state.initialDomain}/v2.0/.well-known/openid-configuration`,
    );
    const config = JSON.parse((await request(discovery.tenant_discovery_endpoint, 'GET')).text) as Record<
      string,
      string
    >;
    expect(config.token_endpoint).toBe(`${emulator.urls.entra}/${emulator.state.tenantId}/oauth2/v2.0/token`);
    expect(config.issuer).toBe(`${emulator.urls.entra}/${emulator.state.tenantId}/v2.0`);
  });

  it('refuses a token whose subject matches no federated credential, naming the subject', async () => {
    const original = emulator.oidc.subject;
    emulator.oidc.subject = 'repo:contoso/exchange-automation:ref:refs/heads/feature';
    try {
      const e = await refusal(
        federatedClient().acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
      );
      expect(e.errorCode).toBe('invalid_client');
      expect(e.errorNo).toBe(700213);
      expect(e.status).toBe(401);
      expect(e.errorMessage).toContain(
        "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/exchange-automation:ref:refs/heads/feature'",
      );
    } finally {
      emulator.oidc.subject = original;
    }
  });

  it('refuses an expired GitHub token with AADSTS700024', async () => {
    const original = emulator.oidc.lifetimeSeconds;
    emulator.oidc.lifetimeSeconds = -60;
    try {
      const e = await refusal(
        federatedClient().acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
      );
      expect(e.errorCode).toBe('invalid_client');
      expect(e.errorMessage).toContain('AADSTS700024: Client assertion is not within its valid time range.');
    } finally {
      emulator.oidc.lifetimeSeconds = original;
    }
  });

  it('refuses a token the GitHub issuer did not sign', async () => {
    const forged = async () => {
      const real = decodeJwt(await githubToken())!;
      const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      return signJwt(real.claims, otherKey, { kid: real.header.kid });
    };
    const client = new ConfidentialClientApplication({
      auth: {
        ...authorityConfig(emulator.state.tenantId),
        clientId: emulator.state.provisioningApp.appId,
        clientAssertion: forged,
      },
      system: { networkClient },
    });
    const e = await refusal(
      client.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain('Assertion failed signature validation');
  });

  it('answers AADSTS700016 for a client ID the tenant does not know, and for an app not yet replicated', async () => {
    const unknown = randomUUID();
    const e = await refusal(
      federatedClient(unknown).acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
    );
    expect(e.errorCode).toBe('unauthorized_client');
    expect(e.status).toBe(400);
    expect(e.errorMessage).toContain(
      `AADSTS700016: Application with identifier '${unknown}' was not found in the directory`,
    );

    emulator.setReplication({ objectMs: 60_000 });
    const fresh = emulator.state.addApplication({ displayName: 'just created' });
    const e2 = await refusal(
      federatedClient(fresh.appId).acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
    );
    expect(e2.errorMessage).toContain(`AADSTS700016: Application with identifier '${fresh.appId}'`);
  });

  it('answers AADSTS90002 for a tenant that does not exist, with the body shape msal parses', async () => {
    const e = await refusal(
      federatedClient(undefined, 'fabrikam.onmicrosoft.com').acquireTokenByClientCredential({
        scopes: [GRAPH_SCOPE],
        skipCache: true,
      }),
    );
    expect(e.errorCode).toBe('invalid_request');
    expect(e.errorMessage).toContain("AADSTS90002: Tenant 'fabrikam.onmicrosoft.com' not found.");

    const res = await request(`${emulator.urls.entra}/${randomUUID()}/oauth2/v2.0/token`, 'POST', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(res.text) as Record<string, unknown>;
    expect(body).toMatchObject({
      error: 'invalid_request',
      error_codes: [90002],
      error_uri: 'https://login.microsoftonline.com/error?code=90002',
    });
    expect(body.error_description).toMatch(
      /^AADSTS90002: .* Trace ID: [0-9a-f-]{36} Correlation ID: [0-9a-f-]{36} Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/,
    );
    expect(body.trace_id).toEqual(expect.any(String));
    expect(body.correlation_id).toEqual(expect.any(String));
  });

  it('answers AADSTS500011 for a resource the tenant does not have', async () => {
    const e = await refusal(
      federatedClient().acquireTokenByClientCredential({
        scopes: ['https://vault.azure.net/.default'],
        skipCache: true,
      }),
    );
    expect(e.errorCode).toBe('invalid_resource');
    expect(e.errorMessage).toContain(
      'AADSTS500011: The resource principal named https://vault.azure.net was not found in the tenant',
    );
  });

  it('accepts a resource named by its app ID and issues the token for its URI', async () => {
    const claims = await token(federatedClient(), '00000003-0000-0000-c000-000000000000/.default');
    expect(claims.aud).toBe('https://graph.microsoft.com');
  });

  it('refuses a client secret', async () => {
    const client = new ConfidentialClientApplication({
      auth: {
        ...authorityConfig(emulator.state.tenantId),
        clientId: emulator.state.provisioningApp.appId,
        clientSecret: 'not-a-secret',
      },
      system: { networkClient },
    });
    const e = await refusal(
      client.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: true }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain('AADSTS7000215: Invalid client secret provided.');
  });
});

describe('certificate sign-in (client assertion signed with a registered certificate)', () => {
  it('issues an Exchange token with the consented role and the directory role in wids', async () => {
    const cert = makeCertificate();
    const { app, sp } = managedApp(cert);
    const { state } = emulator;
    state.addAppRoleAssignment(
      sp,
      state.exchangeServicePrincipal,
      EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
      -1,
    );
    state.addRoleAssignment(sp.id, DIRECTORY_ROLES['Exchange Administrator'], -1);

    const before = entraRequests().length;
    const claims = await token(certificateClient(app.appId, cert), EXCHANGE_SCOPE);
    expect(claims).toMatchObject({
      aud: 'https://outlook.office365.com',
      appid: app.appId,
      oid: sp.id,
      tid: state.tenantId,
      roles: ['Exchange.ManageAsApp'],
      wids: [DIRECTORY_ROLES['Exchange Administrator']],
    });

    // what msal-node 7 sends for `thumbprintSha256`: PS256, x5t#S256, aud = the token endpoint
    const [call] = entraRequests().slice(before);
    const assertion = decodeJwt((call.requestBody as Record<string, string>).client_assertion)!;
    expect(assertion.header).toMatchObject({
      alg: 'PS256',
      'x5t#S256': Buffer.from(cert.thumbprintSha256, 'hex').toString('base64url'),
    });
    expect(assertion.claims).toMatchObject({
      iss: app.appId,
      sub: app.appId,
      aud: `${emulator.urls.entra}/${state.tenantId}/oauth2/v2.0/token`,
    });
  });

  it('accepts a SHA-1 thumbprint (RS256, x5t) and the tenant domain in the assertion audience', async () => {
    const cert = makeCertificate();
    const { app } = managedApp(cert);
    const domain = emulator.state.initialDomain;
    const before = entraRequests().length;
    const client = certificateClient(
      app.appId,
      { thumbprint: cert.thumbprintSha1, privateKey: cert.privateKey },
      domain,
    );
    const claims = await token(client, GRAPH_SCOPE);
    expect(claims).toMatchObject({
      appid: app.appId,
      tid: emulator.state.tenantId,
      aud: 'https://graph.microsoft.com',
    });

    const [call] = entraRequests().slice(before);
    const assertion = decodeJwt((call.requestBody as Record<string, string>).client_assertion)!;
    expect(assertion.header).toMatchObject({
      alg: 'RS256',
      x5t: Buffer.from(cert.thumbprintSha1, 'hex').toString('base64url'),
    });
    expect(assertion.claims.aud).toBe(`${emulator.urls.entra}/${domain}/oauth2/v2.0/token`);
  });

  it('refuses a newly added key until it has replicated, then accepts it', async () => {
    const keyMs = 1500;
    emulator.setReplication({ keyMs });
    const cert = makeCertificate();
    const { app } = managedApp();
    const addedAt = Date.now();
    registerKey(app, cert, { addedAt });
    const client = certificateClient(app.appId, cert);

    const e = await refusal(
      client.acquireTokenByClientCredential({ scopes: [EXCHANGE_SCOPE], skipCache: true }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain('AADSTS700027');
    expect(e.errorMessage).toContain('The key was not found.');

    await new Promise((r) => setTimeout(r, addedAt + keyMs + 50 - Date.now()));
    const claims = await token(client, EXCHANGE_SCOPE);
    expect(claims.appid).toBe(app.appId);
  });

  it('refuses a certificate the app does not have, naming its thumbprint', async () => {
    const { app } = managedApp(makeCertificate());
    const stranger = makeCertificate('stranger');
    const e = await refusal(
      certificateClient(app.appId, stranger).acquireTokenByClientCredential({
        scopes: [EXCHANGE_SCOPE],
        skipCache: true,
      }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain(
      `AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${stranger.thumbprintSha256}'`,
    );
  });

  it('refuses an assertion that names a registered certificate but is signed with another key', async () => {
    const cert = makeCertificate();
    const { app } = managedApp(cert);
    const impostor = {
      thumbprintSha256: cert.thumbprintSha256,
      privateKey: makeCertificate('impostor').privateKey,
    };
    const e = await refusal(
      certificateClient(app.appId, impostor).acquireTokenByClientCredential({
        scopes: [EXCHANGE_SCOPE],
        skipCache: true,
      }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain(
      'AADSTS700027: Client assertion contains an invalid signature. [Reason - Key was found, but use of the key to verify the signature failed.',
    );
  });

  it('refuses a key whose validity has ended', async () => {
    const cert = makeCertificate();
    const { app } = managedApp(cert, {
      endDateTime: new Date(Date.now() - 60_000).toISOString(),
      startDateTime: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const e = await refusal(
      certificateClient(app.appId, cert).acquireTokenByClientCredential({
        scopes: [EXCHANGE_SCOPE],
        skipCache: true,
      }),
    );
    expect(e.errorMessage).toContain(
      'AADSTS700027: Client assertion contains an invalid signature. [Reason - The key used is expired.',
    );
  });

  it('answers AADSTS7000229 when the app has no service principal yet', async () => {
    const cert = makeCertificate();
    const app = emulator.state.addApplication({ displayName: 'no sp', createdAt: -1 });
    registerKey(app, cert);
    const e = await refusal(
      certificateClient(app.appId, cert).acquireTokenByClientCredential({
        scopes: [EXCHANGE_SCOPE],
        skipCache: true,
      }),
    );
    expect(e.errorCode).toBe('invalid_client');
    expect(e.errorMessage).toContain(
      `AADSTS7000229: The client application ${app.appId} is missing service principal in the tenant ${emulator.state.tenantId}.`,
    );
  });

  it('leaves out roles and directory roles that have not replicated yet', async () => {
    emulator.setReplication({ consentMs: 60_000, roleMs: 60_000 });
    const cert = makeCertificate();
    const { app, sp } = managedApp(cert);
    const { state } = emulator;
    state.addAppRoleAssignment(
      sp,
      state.exchangeServicePrincipal,
      EXCHANGE_APP_ROLES['Exchange.ManageAsApp'],
    );
    state.addRoleAssignment(sp.id, DIRECTORY_ROLES['Exchange Administrator']);

    const claims = await token(certificateClient(app.appId, cert), EXCHANGE_SCOPE);
    expect(claims.appid).toBe(app.appId);
    expect(claims.roles).toBeUndefined();
    expect(claims.wids).toBeUndefined();

    emulator.setReplication({ consentMs: 0, roleMs: 0 });
    const later = await token(certificateClient(app.appId, cert), EXCHANGE_SCOPE);
    expect(later.roles).toEqual(['Exchange.ManageAsApp']);
    expect(later.wids).toEqual([DIRECTORY_ROLES['Exchange Administrator']]);
  });
});
