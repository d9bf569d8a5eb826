/**
 * Entra ID's v2.0 token endpoint (`POST /{tenant}/oauth2/v2.0/token`) for the client-credentials grant
 * as msal-node's ConfidentialClientApplication sends it — federated (GitHub OIDC) and certificate
 * client assertions — plus the discovery documents msal fetches when it is not handed authority
 * metadata. Refusals carry Entra's AADSTS codes, texts, `error` values and HTTP statuses.
 */
import { createHash, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { decodeJwt, signJwt, verifyJwtSignature, type DecodedJwt, type JwtClaims } from './jwt.js';
import {
  EOP_APP_ID,
  EXCHANGE_APP_ID,
  GITHUB_OIDC_ISSUER,
  GRAPH_APP_ID,
  type Application,
  type ServicePrincipal,
  type StoredKeyCredential,
} from './state.js';
import type { EmulatorContext, EmulatorRequest, EmulatorResponse, Handler } from './types.js';

export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Access tokens live an hour; Entra answers `expires_in: 3599`. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3599;

/** The resources this tenant can issue tokens for: the resource URI (token `aud`) and its app ID. */
export const RESOURCES: readonly { uri: string; appId: string }[] = [
  { uri: 'https://graph.microsoft.com', appId: GRAPH_APP_ID },
  { uri: 'https://outlook.office365.com', appId: EXCHANGE_APP_ID },
  // a servicePrincipalName of Office 365 Exchange Online in the commercial cloud (see complianceOwner below)
  { uri: 'https://ps.compliance.protection.outlook.com', appId: EXCHANGE_APP_ID },
];

const TOKEN_PATH = '/oauth2/v2.0/token';
const WIF_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CERT_DOCS = 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials';

/** A refusal the way Entra words it; rendered by `errorResponse`. */
class AadstsError extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly error: string,
    readonly code: number,
    readonly text: string,
  ) {
    super(`AADSTS${code}: ${text}`);
  }
}

const invalidClient = (code: number, text: string) => new AadstsError(401, 'invalid_client', code, text);
const invalidRequest = (code: number, text: string) => new AadstsError(400, 'invalid_request', code, text);

/** `2025-07-07 10:30:48Z`, as in Entra's error bodies. */
const aadTimestamp = (d = new Date()) => `${d.toISOString().slice(0, 19).replace('T', ' ')}Z`;
/** `2025-08-29T05:47:32.1501147Z` (seven fractional digits), as in AADSTS700024. */
const ticksTime = (seconds: number) =>
  new Date(seconds * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
/** `08/18/2024 19:33:23`, as in AADSTS700027's "Found key" part. */
function keyDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

interface Call {
  traceId: string;
  correlationId: string;
}

function headers(call: Call): Record<string, string> {
  return {
    'cache-control': 'no-store, no-cache',
    pragma: 'no-cache',
    'x-ms-request-id': call.traceId,
    'client-request-id': call.correlationId,
    'content-type': 'application/json; charset=utf-8',
  };
}

function errorResponse(call: Call, e: AadstsError): EmulatorResponse {
  const timestamp = aadTimestamp();
  return {
    status: e.status,
    headers: headers(call),
    body: {
      error: e.error,
      error_description: `AADSTS${e.code}: ${e.text} Trace ID: ${call.traceId} Correlation ID: ${call.correlationId} Timestamp: ${timestamp}`,
      error_codes: [e.code],
      timestamp,
      trace_id: call.traceId,
      correlation_id: call.correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${e.code}`,
    },
  };
}

export function createEntraService(ctx: EmulatorContext): Handler {
  const { state } = ctx;

  /** The tenant GUID for a path segment that names this tenant (GUID or initial domain), else undefined. */
  const resolveTenant = (segment: string): string | undefined =>
    [state.tenantId, state.initialDomain].some((t) => t.toLowerCase() === segment.toLowerCase())
      ? state.tenantId
      : undefined;

  const tenantNotFound = (segment: string) =>
    invalidRequest(
      90002,
      `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );

  function openIdConfiguration(tenantId: string): Record<string, unknown> {
    const base = `${ctx.urls.entra}/${tenantId}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'NA',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    };
  }

  function instanceDiscovery(req: EmulatorRequest): EmulatorResponse {
    const host = new URL(ctx.urls.entra).host;
    // msal passes the authority's authorize endpoint; its first path segment is the tenant
    let tenant = 'common';
    try {
      tenant = new URL(req.query.get('authorization_endpoint') ?? '').pathname.split('/')[1] || 'common';
    } catch {
      /* no or bad authorization_endpoint: answer for common, as Entra does */
    }
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${ctx.urls.entra}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      },
    };
  }

  function jwks(): EmulatorResponse {
    const jwk = ctx.entraKey.publicKey.export({ format: 'jwk' });
    return {
      status: 200,
      body: {
        keys: [{ kty: 'RSA', use: 'sig', kid: ctx.entraKey.kid, x5t: ctx.entraKey.kid, n: jwk.n, e: jwk.e }],
      },
    };
  }

  // ---- client authentication ----

  /** A GitHub OIDC token presented as client assertion: matched against the app's federated credentials. */
  function checkFederatedAssertion(app: Application, jwt: DecodedJwt): void {
    const iss = String(jwt.claims.iss ?? '');
    const sub = String(jwt.claims.sub ?? '');
    const auds = ([] as unknown[]).concat(jwt.claims.aud ?? []).map(String);
    // Entra compares issuer, subject and audience case-sensitively (since 2025)
    const byIssuer = app.federatedIdentityCredentials.filter((f) => f.issuer === iss);
    if (byIssuer.length === 0) {
      throw invalidClient(
        700211,
        `No matching federated identity record found for presented assertion issuer '${iss}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
      );
    }
    // the only issuer whose signing keys the emulator knows is GitHub's
    const kid = String(jwt.header.kid ?? '');
    if (iss !== GITHUB_OIDC_ISSUER || kid !== ctx.oidcKey.kid) {
      throw invalidClient(
        7000272,
        `The certificate with identifier ${kid || '(none)'} used to sign the federated credential could not be found in the metadata of identity provider ${iss}. Please validate that your Identity Provider's metadata exposes the key used to sign the incoming token.`,
      );
    }
    if (!verifies(jwt, () => ctx.oidcKey.publicKey)) {
      throw invalidClient(
        50013,
        `Assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '${kid}']`,
      );
    }
    checkLifetime(jwt);
    // A new or changed credential is not known everywhere yet: Entra answers AADSTS70021 for "several
    // minutes" (entra-docs workload-identity-federation-considerations, "Time for federated credential
    // changes to propagate").
    const replicated = byIssuer.filter((f) =>
      state.replicated(f.createdAt ?? -1, state.replication.ficMs ?? 0),
    );
    const matches = (f: (typeof byIssuer)[number]) =>
      f.subject === null
        ? expressionMatches(f.claimsMatchingExpression?.value ?? '', jwt.claims)
        : f.subject === sub;
    const matching = byIssuer.filter((f) => matches(f) && f.audiences.some((a) => auds.includes(a)));
    if (
      matching.length > 0 &&
      !matching.some((f) => replicated.includes(f)) &&
      state.ficPropagationCode === 70021
    ) {
      throw invalidClient(70021, 'No matching federated identity record found for presented assertion.');
    }
    const bySubject = replicated.filter(matches);
    if (bySubject.length === 0) {
      throw invalidClient(
        700213,
        `No matching federated identity record found for presented assertion subject '${sub}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
      );
    }
    if (!bySubject.some((f) => f.audiences.some((a) => auds.includes(a)))) {
      throw invalidClient(
        700212,
        `No matching federated identity record found for presented assertion audience '${auds.join(', ')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`,
      );
    }
  }

  /** A client assertion signed with a certificate registered in the app's keyCredentials. */
  function checkCertificateAssertion(app: Application, jwt: DecodedJwt): void {
    const alg = String(jwt.header.alg ?? '');
    if (alg !== 'RS256' && alg !== 'PS256') {
      throw invalidRequest(
        5002738,
        `Invalid JWT token. '${alg}' is not a supported signature algorithm. Supported signing algorithms are: 'RS256, PS256'`,
      );
    }
    if (jwt.claims.iss !== app.appId || jwt.claims.sub !== app.appId) {
      throw invalidClient(
        700021,
        `Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at ${CERT_DOCS} .`,
      );
    }
    if (!audienceIsThisTenant(String(jwt.claims.aud ?? ''))) {
      throw invalidClient(
        700023,
        `Client assertion audience claim does not match Realm issuer. Review the documentation at ${CERT_DOCS} .`,
      );
    }
    const sha256 =
      typeof jwt.header['x5t#S256'] === 'string'
        ? Buffer.from(jwt.header['x5t#S256'], 'base64url')
        : undefined;
    const sha1 = typeof jwt.header.x5t === 'string' ? Buffer.from(jwt.header.x5t, 'base64url') : undefined;
    const thumbprint = (sha256 ?? sha1 ?? Buffer.alloc(0)).toString('hex').toUpperCase();
    const keysNote = `Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${app.appId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${app.appId}'`;
    const key = app.keyCredentials.find(
      (k) =>
        k.type === 'AsymmetricX509Cert' &&
        k.usage === 'Verify' &&
        state.replicated(k.addedAt, state.replication.keyMs) &&
        thumbprintMatches(k, sha1, sha256),
    );
    if (!key) {
      throw invalidClient(
        700027,
        `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', ${keysNote}]`,
      );
    }
    const found = `Found key 'Start=${keyDate(key.startDateTime)}, End=${keyDate(key.endDateTime)}'`;
    const now = Date.now();
    if (now > Date.parse(key.endDateTime)) {
      throw invalidClient(
        700027,
        `Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '${thumbprint}', ${found}, ${keysNote}]`,
      );
    }
    if (now < Date.parse(key.startDateTime)) {
      throw invalidClient(
        700027,
        `Client assertion contains an invalid signature. [Reason - The key is not yet valid., Thumbprint of key used by client: '${thumbprint}', ${found}, ${keysNote}]`,
      );
    }
    if (!verifies(jwt, () => new X509Certificate(Buffer.from(key.key, 'base64')).publicKey)) {
      throw invalidClient(
        700027,
        `Client assertion contains an invalid signature. [Reason - Key was found, but use of the key to verify the signature failed., Thumbprint of key used by client: '${thumbprint}', ${found}, ${keysNote}]`,
      );
    }
    checkLifetime(jwt);
  }

  /** The assertion's `aud` must be this tenant's token endpoint (msal uses the one from authority metadata). */
  function audienceIsThisTenant(aud: string): boolean {
    let url: URL;
    try {
      url = new URL(aud);
    } catch {
      return false;
    }
    if (url.origin !== new URL(ctx.urls.entra).origin) return false;
    const [, tenant, ...rest] = url.pathname.replace(/\/$/, '').split('/');
    const path = `/${rest.join('/')}`;
    return resolveTenant(tenant ?? '') !== undefined && [TOKEN_PATH, '/oauth2/token', '/v2.0'].includes(path);
  }

  function checkLifetime(jwt: DecodedJwt): void {
    const now = Date.now() / 1000;
    const exp = typeof jwt.claims.exp === 'number' ? jwt.claims.exp : 0;
    const nbf = typeof jwt.claims.nbf === 'number' ? jwt.claims.nbf : 0;
    // Entra tolerates five minutes of clock skew on nbf, none on exp
    if (exp <= now || nbf > now + 300) {
      throw invalidClient(
        700024,
        `Client assertion is not within its valid time range. Current time: ${ticksTime(now)}, assertion valid from ${ticksTime(nbf)}, expiry time of assertion ${ticksTime(exp)}. Review the documentation at ${CERT_DOCS} .`,
      );
    }
  }

  // ---- the token request ----

  function issueToken(form: URLSearchParams, tenantSegment: string): Record<string, unknown> {
    const tenantId = resolveTenant(tenantSegment);
    if (!tenantId) throw tenantNotFound(tenantSegment);

    const grantType = form.get('grant_type');
    if (!grantType)
      throw invalidRequest(900144, `The request body must contain the following parameter: 'grant_type'.`);
    if (grantType !== 'client_credentials') {
      throw new AadstsError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType}'.`,
      );
    }
    const clientId = form.get('client_id');
    if (!clientId)
      throw invalidRequest(900144, `The request body must contain the following parameter: 'client_id'.`);
    const app = state.applicationByAppId(clientId);
    if (!app || !state.replicated(app.createdAt, state.replication.objectMs)) {
      throw new AadstsError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenantSegment}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }

    const resource = resolveScope(form.get('scope'));
    authenticateClient(app, form);

    const clientSp = state.servicePrincipalByAppId(app.appId);
    if (!clientSp || !state.replicated(clientSp.createdAt, state.replication.objectMs)) {
      throw invalidClient(
        7000229,
        `The client application ${app.appId} is missing service principal in the tenant ${tenantId}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
      );
    }
    if (!clientSp.accountEnabled) {
      throw new AadstsError(
        400,
        'unauthorized_client',
        7000112,
        `Application '${app.appId}'(${app.displayName}) is disabled.`,
      );
    }
    const resourceSp = state.servicePrincipalByAppId(resource.appId);
    if (!resourceSp) throw resourceNotFound(resource.uri);

    return {
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
      access_token: accessToken(tenantId, app, clientSp, resourceSp, resource.uri),
    };
  }

  const resourceNotFound = (name: string) =>
    new AadstsError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${name} was not found in the tenant named ${state.organization.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );

  /** Client credentials take exactly one scope: `<resource URI or app ID>/.default`. */
  function resolveScope(scope: string | null): { uri: string; appId: string } {
    const scopes = (scope ?? '').split(/\s+/).filter(Boolean);
    if (scopes.length === 0)
      throw invalidRequest(900144, `The request body must contain the following parameter: 'scope'.`);
    if (scopes.length > 1) {
      throw new AadstsError(
        400,
        'invalid_scope',
        70011,
        `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scopes.join(' ')} is not valid. Only one resource's /.default scope is allowed for the client credentials flow.`,
      );
    }
    const [only] = scopes;
    if (!only.toLowerCase().endsWith('/.default')) {
      throw new AadstsError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${only} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    const name = only.slice(0, -'/.default'.length).replace(/\/$/, '').toLowerCase();
    const resources = [
      { uri: ctx.resources.graph, appId: GRAPH_APP_ID },
      { uri: ctx.resources.exchange, appId: EXCHANGE_APP_ID },
      { uri: ctx.resources.compliance, appId: complianceOwner() },
    ];
    const resource = resources.find((r) => r.uri === name || r.appId === name);
    if (!resource) throw resourceNotFound(only.slice(0, -'/.default'.length));
    return resource;
  }

  /**
   * Which service principal serves the Security & Compliance audience, so whose roles its tokens carry. In the
   * commercial cloud `https://ps.compliance.protection.outlook.com` is a servicePrincipalName of Office 365
   * Exchange Online (00000002-…): CIPP, go-exoscc and ScubaGear request app-only tokens for it with Exchange's
   * Exchange.ManageAsApp. In GCC High and DoD Microsoft's app-only guide has the app request Exchange.ManageAsApp
   * of Exchange Online Protection (00000007-…) for S&C; which service principal owns the audience there is not
   * public, so the emulator plays EOP's.
   */
  function complianceOwner(): string {
    return ctx.cloud === 'usgov' || ctx.cloud === 'usgovdod' ? EOP_APP_ID : EXCHANGE_APP_ID;
  }

  function authenticateClient(app: Application, form: URLSearchParams): void {
    const assertion = form.get('client_assertion');
    if (!assertion) {
      if (form.get('client_secret')) {
        // exo-cba never uses secrets and the emulated apps have none, so every secret is wrong
        throw invalidClient(
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
        );
      }
      throw invalidClient(
        7000218,
        `The request body must contain the following parameter: 'client_assertion' or 'client_secret'.`,
      );
    }
    if (form.get('client_assertion_type') !== JWT_BEARER_ASSERTION_TYPE) {
      throw invalidRequest(
        900144,
        `The request body must contain the following parameter: 'client_assertion_type'.`,
      );
    }
    const jwt = decodeJwt(assertion);
    if (!jwt) throw invalidRequest(50027, 'JWT token is invalid or malformed.');
    // a certificate assertion names its certificate by thumbprint; a federated token does not
    if ('x5t' in jwt.header || 'x5t#S256' in jwt.header) checkCertificateAssertion(app, jwt);
    else checkFederatedAssertion(app, jwt);
  }

  function accessToken(
    tenantId: string,
    app: Application,
    sp: ServicePrincipal,
    resource: ServicePrincipal,
    aud: string,
  ): string {
    const now = Math.floor(Date.now() / 1000);
    const issuer = `https://sts.windows.net/${tenantId}/`;
    const roles = state.grantedRoles(sp, resource);
    const wids = state.directoryRoles(sp.id);
    const claims: JwtClaims = {
      aud,
      iss: issuer,
      iat: now,
      nbf: now,
      exp: now + ACCESS_TOKEN_LIFETIME_SECONDS + 1,
      aio: randomUUID().replace(/-/g, ''),
      app_displayname: app.displayName,
      appid: app.appId,
      appidacr: '2', // authenticated with a certificate or a federated assertion
      idp: issuer,
      idtyp: 'app',
      oid: sp.id,
      sub: sp.id,
      tid: tenantId,
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
      ver: '1.0',
      // like Entra, leave out `roles` and `wids` when there are none
      ...(roles.length > 0 ? { roles } : {}),
      ...(wids.length > 0 ? { wids } : {}),
    };
    return signJwt(claims, ctx.entraKey.privateKey, { kid: ctx.entraKey.kid, x5t: ctx.entraKey.kid });
  }

  return (req) => {
    const [tenant = '', ...rest] = req.path.split('/').filter(Boolean);
    const path = `/${rest.join('/')}`;
    const form = req.method === 'POST' ? req.form() : new URLSearchParams();
    const call: Call = {
      traceId: randomUUID(),
      // msal sends its correlation ID as `client-request-id` in the query string and the body
      correlationId:
        req.query.get('client-request-id') ||
        form.get('client-request-id') ||
        String(req.headers['client-request-id'] ?? '') ||
        randomUUID(),
    };
    try {
      if (req.method === 'GET' && tenant === 'common' && path === '/discovery/instance')
        return instanceDiscovery(req);
      if (req.method === 'GET' && path === '/v2.0/.well-known/openid-configuration') {
        const tenantId = resolveTenant(tenant);
        if (!tenantId) {
          const notFound = tenantNotFound(tenant);
          throw new AadstsError(400, 'invalid_tenant', notFound.code, notFound.text);
        }
        return { status: 200, headers: headers(call), body: openIdConfiguration(tenantId) };
      }
      if (req.method === 'GET' && path === '/discovery/v2.0/keys') return jwks();
      if (path === TOKEN_PATH) {
        if (req.method !== 'POST')
          throw invalidRequest(
            900561,
            `The endpoint only accepts POST, OPTIONS requests. Received a ${req.method} request.`,
          );
        return { status: 200, headers: headers(call), body: issueToken(form, tenant) };
      }
      return {
        status: 404,
        headers: { 'content-type': 'text/html' },
        body: '<h2>The page you are looking for cannot be found.</h2>',
      };
    } catch (e) {
      if (e instanceof AadstsError) return errorResponse(call, e);
      throw e;
    }
  };
}

/** Whether a stored key credential is the certificate a thumbprint header names (SHA-1 or SHA-256 of its DER). */
/**
 * A flexible credential's expression against the OIDC token's claims: `claims['x'] matches 'p'` (`*` any run,
 * `?` one character) and `claims['x'] eq 'v'`, joined by `and` — the operators Microsoft documents for GitHub.
 */
export function expressionMatches(expression: string, claims: Record<string, unknown>): boolean {
  const terms = expression.split(/\s+and\s+/i);
  return terms.every((term) => {
    const m = /^claims\['([^']+)'\]\s+(matches|eq)\s+'([^']*)'$/.exec(term.trim());
    if (!m) return false;
    const [, claim, operator, pattern] = m;
    const value = String(claims[claim] ?? '');
    if (operator === 'eq') return value === pattern;
    const regex = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return regex.test(value);
  });
}

function thumbprintMatches(
  key: StoredKeyCredential,
  sha1: Buffer | undefined,
  sha256: Buffer | undefined,
): boolean {
  const der = Buffer.from(key.key, 'base64');
  if (sha256 && createHash('sha256').update(der).digest().equals(sha256)) return true;
  return Boolean(sha1 && createHash('sha1').update(der).digest().equals(sha1));
}

/** Signature check that treats an unusable key (a stored blob that is no certificate) as a mismatch. */
function verifies(jwt: DecodedJwt, key: () => KeyObject): boolean {
  try {
    return verifyJwtSignature(jwt, key());
  } catch {
    return false;
  }
}
