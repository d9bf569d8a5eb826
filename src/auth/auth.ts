/**
 * Sign-in: the workflow's GitHub OIDC token is the client assertion of the provisioning app (no stored
 * secret), exchanged by msal-node for app-only tokens. Also builds the certificate client verification uses.
 */
import * as core from '@actions/core';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { MICROSOFT_LOGIN_HOSTS } from '../cloud.js';
import { ActionError } from '../action/errors.js';
import { errorMessage } from '../action/log.js';
import { scrub } from '../action/scrub.js';
import type { HttpClient } from '../http/client.js';
import {
  createMsalNetworkClient,
  ENTRA_UNAVAILABLE,
  ENTRA_UNREACHABLE,
  ENTRA_UNREADABLE,
} from '../http/msal-network.js';
import { jwtPayload, type GitHubOidcTokenSource, type OidcClaims } from './oidc.js';

export interface AuthorityOptions {
  authorityHost: string;
  tenantId: string;
}

/**
 * msal-node authority settings. Endpoint metadata is always given, so msal never spends round trips on
 * discovery; a host that is not a Microsoft login host is declared a known authority so msal accepts it.
 */
export function msalAuthority({
  authorityHost,
  tenantId,
}: AuthorityOptions): Configuration['auth'] & { tokenEndpoint: string } {
  const base = authorityHost.replace(/\/+$/, '');
  const host = new URL(base).host;
  const authority = `${base}/${tenantId}`;
  const tokenEndpoint = `${authority}/oauth2/v2.0/token`;
  const metadata = {
    token_endpoint: tokenEndpoint,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    issuer: `${authority}/v2.0`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
  };
  const discovery = {
    tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
  return {
    clientId: '',
    authority,
    knownAuthorities: MICROSOFT_LOGIN_HOSTS.has(host) ? undefined : [host],
    authorityMetadata: JSON.stringify(metadata),
    cloudDiscoveryMetadata: JSON.stringify(discovery),
    tokenEndpoint,
  };
}

export interface AccessToken {
  accessToken: string;
  claims: Record<string, unknown>;
  expiresOn: Date | null;
}

export interface TokenClient {
  /** an app-only token for `resource` (`{resource}/.default`), fresh from Entra when `fresh` */
  acquire(resource: string, fresh?: boolean): Promise<AccessToken>;
}

export type Credential =
  | { kind: 'oidc'; source: GitHubOidcTokenSource }
  | { kind: 'certificate'; privateKeyPem: string; thumbprintSha256: string; certificatePem?: string };

/** A confidential client for one app, signing in with a GitHub OIDC assertion or a certificate. */
export function createTokenClient(
  options: AuthorityOptions & {
    clientId: string;
    credential: Credential;
    http: HttpClient;
    /** epoch ms bounding the retries of each token request (verification passes verify-timeout's end) */
    deadline?: number;
  },
): TokenClient {
  const { tokenEndpoint: _tokenEndpoint, ...auth } = msalAuthority(options);
  const credential = options.credential;
  const app = new ConfidentialClientApplication({
    auth: {
      ...auth,
      clientId: options.clientId,
      ...(credential.kind === 'oidc'
        ? { clientAssertion: () => credential.source.getToken() }
        : {
            clientCertificate: {
              thumbprintSha256: credential.thumbprintSha256,
              privateKey: credential.privateKeyPem,
              x5c: credential.certificatePem,
            },
          }),
    },
    system: {
      networkClient: createMsalNetworkClient(options.http, options.deadline),
      disableInternalRetries: true,
    },
  });
  return {
    async acquire(resource, fresh = false) {
      const result = await app.acquireTokenByClientCredential({
        scopes: [`${resource.replace(/\/+$/, '')}/.default`],
        skipCache: fresh,
      });
      if (!result?.accessToken) throw new ActionError(`Entra ID returned no access token for ${resource}.`);
      core.setSecret(result.accessToken);
      return {
        accessToken: result.accessToken,
        claims: jwtPayload(result.accessToken),
        expiresOn: result.expiresOn,
      };
    },
  };
}

/**
 * Keeps an access token until five minutes before it expires. msal-node evaluates the client assertion
 * callback on every call, cache hit or not, so without this every Graph request would first fetch a
 * GitHub OIDC token.
 */
export function cachedToken(
  client: TokenClient,
  resource: string,
  now: () => number = Date.now,
): () => Promise<AccessToken> {
  let current: AccessToken | undefined;
  return async () => {
    if (!current || (current.expiresOn && current.expiresOn.getTime() - now() < 5 * 60_000)) {
      current = await client.acquire(resource);
    }
    return current;
  };
}

/** The AADSTS code in an msal error, if any. */
export function aadstsCode(error: unknown): number | undefined {
  const text =
    error instanceof Error
      ? `${(error as { errorMessage?: string }).errorMessage ?? ''} ${error.message}`
      : String(error);
  const match = /AADSTS(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * Entra's own description from an msal error (`AADSTS700027: …`): its `errorMessage` if any, without msal's
 * "Error(s): … Description:" prefix, the trace and correlation IDs that follow it and any later line;
 * scrubbed, as it ends up in a log or an error message.
 */
export function entraText(error: unknown): string {
  const raw = (error as { errorMessage?: string } | undefined)?.errorMessage || errorMessage(error);
  const description = /AADSTS\d+:[\s\S]*/.exec(raw)?.[0] ?? raw;
  return scrub(description.split(/\r?\n|\s+Trace ID:|\s+-\s+Correlation ID:/)[0].trim());
}

/**
 * The two forms GitHub's OIDC `sub` takes: repositories created, renamed or transferred since the 2026 cutover
 * (or opted in) present the immutable one (github/docs PR #45221 "Immutable subject claims"; Entra doc
 * "Migrate GitHub Actions federated credentials to immutable subjects"). The changelog named June 18, later
 * sources July 15, 2026: the exact date is UNVERIFIED.
 */
export const SUBJECT_FORMS =
  "'repo:OWNER/REPO:…' or, for repositories created, renamed or transferred since mid-2026 (or opted in), " +
  "'repo:OWNER@OWNER_ID/REPO@REPO_ID:…'";

/**
 * Turns an Entra refusal of the provisioning app's sign-in into what the user has to fix. Sources of each code:
 * Microsoft's error-code reference (MicrosoftDocs/entra-docs reference-error-codes.md) for 700016, 90002;
 * entra-docs workload-identity-federation-considerations.md for 70021; 700211/700212/700213 and 700024 from
 * Entra's own texts quoted in public logs (not in the reference table; labelled so in docs/troubleshooting.md).
 */
export function signInError(
  error: unknown,
  context: { clientId: string; tenantId: string; oidc?: OidcClaims },
): ActionError {
  // our own errors (no OIDC token, network failures) already say what to do
  if (error instanceof ActionError) return error;
  const outage = outageError(error);
  if (outage) return outage;
  const code = aadstsCode(error);
  const oidc = context.oidc;
  const claims = oidc
    ? `issuer '${oidc.iss}', subject '${oidc.sub}', audience '${oidc.aud}'`
    : 'the OIDC token';
  switch (code) {
    case 70021: // "No matching federated identity record found for presented assertion." (entra-docs)
    case 700211: // "… presented assertion issuer '…'" (public logs; not in the reference table)
    case 700212: // "… presented assertion audience '…'" (public logs; not in the reference table)
    case 700213: // "… presented assertion subject '…'" (public logs; not in the reference table)
      return new ActionError(
        `Entra ID found no federated credential on the provisioning app (client-id ${context.clientId}) that matches this ` +
          `workflow's token: ${claims}. Add one: Entra admin center → App registrations → the provisioning app → ` +
          `Certificates & secrets → Federated credentials → Add credential → "GitHub Actions deploying Azure resources", ` +
          `or "Other issuer" with exactly issuer '${oidc?.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
          `'${oidc?.sub ?? '<sub>'}', audience '${oidc?.aud ?? 'api://AzureADTokenExchange'}'. The subject is ${SUBJECT_FORMS}: ` +
          `copy it from this run's 'GitHub OIDC token: … sub=…' log line rather than typing it. (Entra: ${entraText(error)})`,
        { cause: error },
      );
    case 700016: // UnauthorizedClient_DoesNotMatchRequest (reference-error-codes.md)
      return new ActionError(
        `Entra ID does not know client-id '${context.clientId}' in tenant '${context.tenantId}'. Check the 'client-id' input ` +
          `(the Application (client) ID of the provisioning app) and the 'tenant-id' input. (Entra: ${entraText(error)})`,
        { cause: error },
      );
    case 90002: // InvalidTenantName (reference-error-codes.md)
      return new ActionError(
        `Entra ID does not know tenant '${context.tenantId}'. Check the 'tenant-id' input. (Entra: ${entraText(error)})`,
        {
          cause: error,
        },
      );
    case 700024: // "Client assertion is not within its valid time range" (public logs; not in the reference table)
      return new ActionError(
        `Entra ID refused the GitHub OIDC token as expired or not yet valid; check the runner's clock. (Entra: ${entraText(error)})`,
        { cause: error },
      );
    default:
      return new ActionError(
        `Entra ID refused the sign-in of the provisioning app (client-id ${context.clientId}, ${claims})` +
          (code
            ? `: AADSTS${code}: ${entraText(error).replace(/^AADSTS\d+:\s*/, '')}`
            : `: ${entraText(error)}`),
        { cause: error },
      );
  }
}

/**
 * An Entra 5xx, an unreachable Entra or an answer that is not JSON as what it is: an outage or a proxy
 * in the way, not a refusal of the sign-in.
 */
function outageError(error: unknown): ActionError | undefined {
  const { errorCode, status } = error as { errorCode?: unknown; status?: unknown };
  if (errorCode === ENTRA_UNREACHABLE || errorCode === ENTRA_UNREADABLE) {
    return new ActionError(entraText(error), { cause: error });
  }
  if (errorCode === ENTRA_UNAVAILABLE || (typeof status === 'number' && status >= 500)) {
    const what = errorCode === ENTRA_UNAVAILABLE ? entraText(error) : `HTTP ${status}: ${entraText(error)}`;
    return new ActionError(
      `Entra ID is unavailable (${what}); nothing was changed. This is an outage on Microsoft's side, not a ` +
        'refusal of the sign-in: run the workflow again later.',
      { cause: error },
    );
  }
  return undefined;
}
