/**
 * Signs the provisioning app in to Microsoft Graph with the workflow's GitHub OIDC token, and keeps its
 * token for every Graph call of the run.
 */
import type { HttpClient } from '../http/client.js';
import { cachedToken, createTokenClient, signInError } from './auth.js';
import { GitHubOidcTokenSource, type OidcClaims } from './oidc.js';

export interface SignInOptions {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  /** audience of the GitHub OIDC token */
  audience: string;
  cloud: {
    /** token audience of Microsoft Graph */
    graphResource: string;
  };
}

export interface Session {
  /** the tenant's GUID, from the token (the `tenant-id` input may be a domain name) */
  tenantId: string;
  /** the Graph token's `roles` claim: the application permissions the provisioning app holds */
  roles: unknown;
  /** a current Graph access token (renewed five minutes before it expires) */
  graphAccessToken: () => Promise<string>;
  /** the running job's OIDC claims (its subject is the default one to trust for token mode) */
  oidc?: OidcClaims;
}

/** Fails at once, before any request, when the runner offers no OIDC token. */
export async function signIn(
  options: SignInOptions,
  http: HttpClient,
  env: NodeJS.ProcessEnv,
): Promise<Session> {
  const oidc = new GitHubOidcTokenSource(http, options.audience, env);
  oidc.assertAvailable();
  const client = createTokenClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    clientId: options.clientId,
    credential: { kind: 'oidc', source: oidc },
    http,
  });
  const cached = cachedToken(client, options.cloud.graphResource);
  const graphToken = async () => {
    try {
      return await cached();
    } catch (error) {
      throw signInError(error, {
        clientId: options.clientId,
        tenantId: options.tenantId,
        oidc: oidc.lastClaims,
      });
    }
  };
  const signedIn = await graphToken();
  return {
    tenantId: String(signedIn.claims.tid ?? options.tenantId),
    roles: signedIn.claims.roles,
    graphAccessToken: async () => (await graphToken()).accessToken,
    oidc: oidc.lastClaims,
  };
}
