/**
 * The two identities a run signs in as:
 * - the provisioning app (bootstrap, remove, revoke), with the job's GitHub OIDC token, for Microsoft Graph;
 * - the managed app (rotate), with its current certificate: a Graph token for its own keys (it needs no Graph
 *   permission for addKey/removeKey) and an Exchange token whose `roles` and `wids` claims show its consent and
 *   directory roles without reading anything in Graph.
 * Tokens are kept until five minutes before they expire; every refusal is worded by refusals.ts.
 */
import type { Cloud } from '../cloud.js';
import type { HttpClient } from '../http/client.js';
import { GitHubOidcTokenSource, type OidcClaims } from './oidc.js';
import { signInRefusal } from './refusals.js';
import {
  cachedToken,
  claimList,
  createTokenClient,
  stringClaim,
  type AccessToken,
  type Credential,
} from './token-client.js';

interface Where {
  authorityHost: string;
  tenantId: string;
  cloud: Cloud;
}

export interface ProvisioningSession {
  /** the tenant's GUID, from the token (the `tenant-id` input may be a domain name) */
  tenantId: string;
  /** the Graph application permissions the provisioning app holds (its token's `roles`) */
  roles: string[];
  /** a current Graph access token */
  graphToken: () => Promise<string>;
  /**
   * a current Exchange Online token of the provisioning app itself, for the cmdlets that give the managed app its
   * Exchange role groups (exchange-role-groups): it needs Exchange.ManageAsApp and the Exchange Administrator role
   */
  exchangeToken: () => Promise<string>;
  /** the running job's OIDC claims (its subject is the default one to trust for token mode) */
  oidc?: OidcClaims;
}

/** Fails at once, before any request, when the runner offers no OIDC token. */
export async function signInAsProvisioningApp(
  settings: Where & { clientId: string; audience: string },
  http: HttpClient,
  env: NodeJS.ProcessEnv,
): Promise<ProvisioningSession> {
  const oidc = new GitHubOidcTokenSource(http, settings.audience, env);
  oidc.assertAvailable();
  const client = createTokenClient({ ...settings, credential: { kind: 'oidc', source: oidc }, http });
  const cached = cachedToken(client, settings.cloud.graphResource);
  const graph = async (): Promise<AccessToken> => {
    try {
      return await cached();
    } catch (error) {
      throw signInRefusal(error, { app: 'provisioning', ...settings, oidc: oidc.lastClaims });
    }
  };
  const token = await graph();
  const cachedExchange = cachedToken(client, settings.cloud.exchangeResource);
  return {
    tenantId: stringClaim(token.claims, 'tid') || settings.tenantId,
    roles: claimList(token, 'roles'),
    graphToken: async () => (await graph()).accessToken,
    exchangeToken: async () => {
      try {
        return (await cachedExchange()).accessToken;
      } catch (error) {
        throw signInRefusal(error, { app: 'provisioning', ...settings, oidc: oidc.lastClaims });
      }
    },
    oidc: oidc.lastClaims,
  };
}

export interface AppSession {
  /** the tenant's GUID, from the token */
  tenantId: string;
  /** the managed app's service principal (the token's `oid`) */
  servicePrincipalId?: string;
  /** a current Graph token of the app itself (no `roles`: it needs none to roll its own keys) */
  graphToken: () => Promise<string>;
  /** an Exchange Online token of the app: its `roles` (consent) and `wids` (directory roles) */
  exchange: AccessToken;
}

/** The certificate a job holds, as msal-node's client credential. */
export function certificateCredential(certificate: {
  privateKeyPem: string;
  thumbprintSha256: string;
  certificatePem: string;
}): Credential {
  return {
    kind: 'certificate',
    privateKeyPem: certificate.privateKeyPem,
    thumbprintSha256: certificate.thumbprintSha256,
    certificatePem: certificate.certificatePem,
  };
}

/** The managed app signs in with its current certificate (the rotate entry). */
export async function signInWithCertificate(
  settings: Where & { appId: string },
  certificate: {
    privateKeyPem: string;
    thumbprintSha256: string;
    certificatePem: string;
    thumbprintSha1: string;
  },
  http: HttpClient,
): Promise<AppSession> {
  const client = createTokenClient({
    ...settings,
    clientId: settings.appId,
    credential: certificateCredential(certificate),
    http,
  });
  const explain = (error: unknown) =>
    signInRefusal(error, { app: 'managed', ...settings, certificateThumbprint: certificate.thumbprintSha1 });
  const cached = cachedToken(client, settings.cloud.graphResource);
  const graph = async (): Promise<AccessToken> => {
    try {
      return await cached();
    } catch (error) {
      throw explain(error);
    }
  };
  const [graphToken, exchange] = await Promise.all([
    graph(),
    client.acquire(settings.cloud.exchangeResource).catch((error: unknown) => Promise.reject(explain(error))),
  ]);
  return {
    tenantId: stringClaim(graphToken.claims, 'tid') || settings.tenantId,
    servicePrincipalId: stringClaim(exchange.claims, 'oid') || undefined,
    graphToken: async () => (await graph()).accessToken,
    exchange,
  };
}
