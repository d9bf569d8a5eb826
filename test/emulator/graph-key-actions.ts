/**
 * `POST /applications/{id}/addKey` and `/removeKey` (also `/applications(appId='…')/…`): an app rolls its
 * own certificate, proving possession of a current one with a signed JWT.
 *
 * Sources (Graph docs application-addkey, application-removekey, application-rollkey-prooftoken):
 * - "An application does not need any specific permission to roll its own keys"; anyone else needs
 *   Application.ReadWrite.OwnedBy (as owner) or Application.ReadWrite.All.
 * - "Applications that don't have any existing valid certificates … won't be able to use this service
 *   action": refused (status UNVERIFIED; the emulator answers the proof failure below, an inference).
 * - The proof: RS256, signed by a currently valid certificate of the app; `aud`
 *   `00000002-0000-0000-c000-000000000000`, `iss` the application's object id, `nbf`/`exp` at most
 *   10 minutes apart; base64url without `=` padding — else 401 `Authentication_MissingOrMalformed`
 *   "Access Token missing or malformed." (microsoft-graph-docs #10686, #22076).
 * - No proof at all: 403 "Insufficient privileges to complete the operation." (msgraph-sdk-powershell#779).
 * - removeKey of an unknown keyId: "No credentials found to be removed" (blackadi/GraphAPI_addKey_API_SP);
 *   the status is UNVERIFIED — the emulator answers 404 Request_ResourceNotFound.
 * - addKey answers 200 with the keyCredential (no `key`), removeKey 204.
 * The key the proof names is found by `x5t` / `x5t#S256` (base64url SHA-1 / SHA-256 of the DER) or `kid`
 * (hex SHA-1 thumbprint), as Microsoft.IdentityModel writes them; a proof naming none is tried against
 * every valid key (whether Graph requires a header is UNVERIFIED).
 */
import { createHash, X509Certificate } from 'node:crypto';
import {
  addressApplication,
  badRequest,
  denied,
  emptyPayload,
  isObject,
  methodNotAllowed,
  notFound,
  ok,
  type Caller,
  type GraphCall,
} from './graph-http.js';
import { newKey } from './graph-keys.js';
import { mayWrite } from './graph-permissions.js';
import { checkKeyLifetime } from './graph-policies.js';
import { GRAPH_METADATA, keyCredentialJson } from './graph-shapes.js';
import { decodeJwt, verifyJwtSignature } from './jwt.js';
import { odataError } from './odata.js';
import type { Application, StoredKeyCredential, TenantState } from './state.js';
import type { EmulatorContext, EmulatorResponse } from './types.js';

/** The proof's audience: Azure AD Graph's appId, even though the call goes to Microsoft Graph. */
export const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';
const MAX_PROOF_LIFETIME_SECONDS = 600;

const malformed = () =>
  odataError(401, 'Authentication_MissingOrMalformed', 'Access Token missing or malformed.');

const currentlyValid = (k: StoredKeyCredential, now: number) =>
  k.type === 'AsymmetricX509Cert' && Date.parse(k.startDateTime) <= now && now < Date.parse(k.endDateTime);

function namedKeys(header: Record<string, unknown>, keys: StoredKeyCredential[]): StoredKeyCredential[] {
  const x5t = typeof header.x5t === 'string' ? header.x5t : undefined;
  const s256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined;
  const kid = typeof header.kid === 'string' ? header.kid.toUpperCase() : undefined;
  if (!x5t && !s256 && !kid) return keys;
  return keys.filter((k) => {
    const der = Buffer.from(k.key, 'base64');
    const sha1 = createHash('sha1').update(der).digest();
    if (x5t && sha1.toString('base64url') === x5t) return true;
    if (kid && sha1.toString('hex').toUpperCase() === kid) return true;
    return Boolean(s256 && createHash('sha256').update(der).digest('base64url') === s256);
  });
}

/**
 * Whether `proof` is a valid proof of possession for `app`, as of `now`. Its `iss` must be `issuer`: the addKey
 * page says "the id of the application that is making the call", the removeKey page "the application on which the
 * call is made"; for an app rolling its own keys both are the same, for another caller (the provisioning app) it
 * is not public which one Graph means, so `state.proofIssuer` plays both.
 */
export function validProof(
  app: Application,
  proof: unknown,
  now = Date.now(),
  issuer: string = app.id,
): boolean {
  if (typeof proof !== 'string') return false;
  const parts = proof.split('.');
  if (parts.length !== 3 || parts.some((p) => p.includes('='))) return false;
  const jwt = decodeJwt(proof);
  if (!jwt || jwt.header.alg !== 'RS256') return false;
  const { aud, iss, nbf, exp } = jwt.claims;
  if (aud !== PROOF_AUDIENCE || iss !== issuer) return false;
  if (typeof nbf !== 'number' || typeof exp !== 'number') return false;
  if (exp - nbf > MAX_PROOF_LIFETIME_SECONDS || nbf * 1000 > now || exp * 1000 <= now) return false;
  const candidates = namedKeys(
    jwt.header,
    app.keyCredentials.filter((k) => currentlyValid(k, now)),
  );
  return candidates.some((k) => {
    try {
      return verifyJwtSignature(jwt, new X509Certificate(Buffer.from(k.key, 'base64')).publicKey);
    } catch {
      return false;
    }
  });
}

function addKey(state: TenantState, app: Application, body: Record<string, unknown>): EmulatorResponse {
  if (body.passwordCredential !== undefined && body.passwordCredential !== null) {
    // X509CertAndPassword keys with a password are not modelled (exo-cba never sends them).
    return badRequest('The emulator does not model addKey with a passwordCredential.');
  }
  if (!isObject(body.keyCredential)) {
    return badRequest("Property 'keyCredential' is required for addKey.");
  }
  const now = Date.now();
  const created = newKey(body.keyCredential, now);
  if ('status' in created) return created;
  if (app.keyCredentials.some((k) => k.keyId === created.keyId)) {
    return badRequest(`The application already has a key credential with keyId '${created.keyId}'.`);
  }
  const refused = checkKeyLifetime(state, app, created);
  if (refused) return refused;
  // whether addKey keeps the displayName it is given is not documented: `state.addKeyKeepsDisplayName` plays both
  if (!state.addKeyKeepsDisplayName) created.displayName = null;
  app.keyCredentials.push(created);
  return ok(200, {
    '@odata.context': `${GRAPH_METADATA}#microsoft.graph.keyCredential`,
    ...keyCredentialJson(created, false),
  });
}

function removeKey(app: Application, body: Record<string, unknown>): EmulatorResponse {
  const keyId = typeof body.keyId === 'string' ? body.keyId.toLowerCase() : undefined;
  const index = keyId ? app.keyCredentials.findIndex((k) => k.keyId === keyId) : -1;
  if (index < 0) return odataError(404, 'Request_ResourceNotFound', 'No credentials found to be removed.');
  app.keyCredentials.splice(index, 1);
  return ok(204);
}

export function routeKeyActions(
  ctx: EmulatorContext,
  call: GraphCall,
  caller: Caller,
): EmulatorResponse | undefined {
  const addressed = addressApplication(ctx.state, call.path);
  const action = addressed?.rest.toLowerCase();
  if (!addressed || (action !== '/addkey' && action !== '/removekey')) return undefined;
  if (call.method !== 'POST') return methodNotAllowed();
  const { app, key } = addressed;
  if (!app || !ctx.state.replicated(app.createdAt, ctx.state.replication.objectMs)) return notFound(key);
  const self = caller.appId === app.appId;
  if (!self && !mayWrite(caller.roles, app.owners, caller.servicePrincipalId)) return denied();
  if (!isObject(call.body)) return emptyPayload();
  if (call.body.proof === undefined || call.body.proof === null) return denied();
  const callerApp = caller.appId ? ctx.state.applicationByAppId(caller.appId) : undefined;
  const issuer = ctx.state.proofIssuer === 'caller' && callerApp ? callerApp.id : app.id;
  if (!validProof(app, call.body.proof, Date.now(), issuer)) return malformed();
  return action === '/addkey' ? addKey(ctx.state, app, call.body) : removeKey(app, call.body);
}
