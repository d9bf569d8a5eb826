/**
 * The managed app signs in as itself — no provisioning app: with its current certificate (self-rotation)
 * or with the job's GitHub OIDC token through a federated credential the bootstrap added (token mode).
 * It asks for a Graph token (its own keys: no Graph permission needed) and an Exchange token, whose
 * `roles` and `wids` claims show the consent and directory roles without reading anything in Graph.
 */
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import {
  aadstsCode,
  cachedToken,
  createTokenClient,
  entraText,
  type AccessToken,
  type Credential,
} from './auth.js';
import type { OidcClaims } from './oidc.js';

export interface AppSignInOptions {
  authorityHost: string;
  tenantId: string;
  /** the managed app's client ID */
  appId: string;
  cloud: { graphResource: string; exchangeResource: string };
}

export interface AppSession {
  /** the tenant's GUID, from the token */
  tenantId: string;
  /** the managed app's service principal (the token's `oid`) */
  servicePrincipalId?: string;
  /** a current Graph token of the app itself (no `roles`: it needs none to roll its own keys) */
  graphAccessToken: () => Promise<string>;
  /** an Exchange Online token of the app: its `roles` (consent) and `wids` (directory roles) */
  exchange: AccessToken;
}

export async function signInAsApp(
  options: AppSignInOptions,
  credential: Credential,
  http: HttpClient,
  describe: { oidc?: () => OidcClaims | undefined; certificateThumbprint?: string } = {},
): Promise<AppSession> {
  const client = createTokenClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    clientId: options.appId,
    credential,
    http,
  });
  const graph = cachedToken(client, options.cloud.graphResource);
  const explain = (error: unknown) => appSignInError(error, options, describe);
  const [graphToken, exchange] = await Promise.all([
    graph().catch((error: unknown) => Promise.reject(explain(error))),
    client.acquire(options.cloud.exchangeResource).catch((error: unknown) => Promise.reject(explain(error))),
  ]);
  return {
    tenantId: String(graphToken.claims.tid ?? options.tenantId),
    servicePrincipalId: typeof exchange.claims.oid === 'string' ? exchange.claims.oid : undefined,
    graphAccessToken: async () => {
      try {
        return (await graph()).accessToken;
      } catch (error) {
        throw explain(error);
      }
    },
    exchange,
  };
}

/** Turns Entra's refusal of the managed app's own sign-in into what to fix, and which workflow fixes it. */
export function appSignInError(
  error: unknown,
  options: AppSignInOptions,
  describe: { oidc?: () => OidcClaims | undefined; certificateThumbprint?: string },
): ActionError {
  if (error instanceof ActionError) return error;
  const code = aadstsCode(error);
  const entra = `(Entra: ${entraText(error)})`;
  const bootstrap = 'Run the bootstrap workflow (exo-cba with client-id, the provisioning app) to';
  if (code === 700027 && describe.certificateThumbprint)
    return new ActionError(
      `The certificate input ${describe.certificateThumbprint} is not a valid key of app ${options.appId}: it is not registered, ` +
        `has expired or was removed. The app can roll its own certificate only while the current one works. ${bootstrap} ` +
        `register a new certificate, and pass its secrets here. ${entra}`,
      { cause: error },
    );
  if (code === 700016)
    return new ActionError(
      `Entra ID does not know app-id '${options.appId}' in tenant '${options.tenantId}'. Check the 'app-id' input (the ` +
        `managed app's Application (client) ID, secret EXO_APP_ID) and 'tenant-id'. ${entra}`,
      { cause: error },
    );
  if (code !== undefined && [70021, 700211, 700212, 700213].includes(code)) {
    const oidc = describe.oidc?.();
    const subject = oidc?.sub ?? '<the subject in the log line above>';
    return new ActionError(
      `The managed app ${options.appId} has no federated credential that matches this job's GitHub OIDC token (issuer ` +
        `'${oidc?.iss ?? ''}', subject '${subject}', audience '${oidc?.aud ?? ''}'). ${bootstrap} trust it: access-token: true ` +
        `and access-token-subjects: ${subject}. ${entra}`,
      { cause: error },
    );
  }
  return new ActionError(
    `Entra ID refused the sign-in of the managed app ${options.appId}` +
      (code ? `: AADSTS${code}: ${entraText(error).replace(/^AADSTS\d+:\s*/, '')}` : `: ${entraText(error)}`),
    { cause: error },
  );
}
