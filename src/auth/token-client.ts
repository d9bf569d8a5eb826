/**
 * App-only tokens from Entra ID through msal-node, on the one HTTP stack: a confidential client signing in with
 * a GitHub OIDC token as its client assertion (no stored secret) or with a certificate.
 */
import * as core from '@actions/core';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { MICROSOFT_LOGIN_HOSTS } from '../cloud.js';
import { ActionError } from '../action/errors.js';
import { errorMessage } from '../action/log.js';
import { scrub } from '../action/scrub.js';
import type { HttpClient } from '../http/client.js';
import { createMsalNetworkClient } from '../http/msal-network.js';
import { jwtPayload, type GitHubOidcTokenSource } from './oidc.js';

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

/** A string claim (`tid`, `oid`); '' when the token does not carry it as a string. */
export function stringClaim(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  return typeof value === 'string' ? value : '';
}

/** An array claim (`roles`, `wids`) as strings; none when the token does not carry it. */
export function claimList(token: AccessToken, claim: 'roles' | 'wids'): string[] {
  const value = token.claims[claim];
  return Array.isArray(value) ? value.map(String) : [];
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
