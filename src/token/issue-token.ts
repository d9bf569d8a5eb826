/**
 * Token mode: the job signs in as the managed app with its own GitHub OIDC token (a federated credential
 * the bootstrap added) and gets an Exchange Online access token — and, when asked, a Security & Compliance
 * one — for `Connect-ExchangeOnline -AccessToken`. Nothing is written anywhere: no Graph call at all, no
 * secret, no file. Two round trips (the OIDC token, then Entra's tokens in parallel), plus Exchange's
 * answer with `verify: exchange`.
 *
 * Right after the bootstrap, Entra and Exchange may not know the new credential, consent or role yet: each
 * attempt signs in afresh and the run waits, bounded by `verify-timeout`, saying at once what it waits for.
 */
import type { Logger } from '../action/log.js';
import { appSignInError } from '../auth/app-sign-in.js';
import {
  aadstsCode,
  createTokenClient,
  entraText,
  type AccessToken,
  type TokenClient,
} from '../auth/auth.js';
import { GitHubOidcTokenSource } from '../auth/oidc.js';
import type { HttpClient } from '../http/client.js';
import type { Settings } from '../inputs/inputs.js';
import { missingExchangeAccess } from '../observe/exchange-access.js';
import { attemptUntilDone } from '../verify/backoff.js';
import { exchangeCheck } from '../verify/exchange-check.js';
import type { Outcome } from '../verify/types.js';
import { tokenProgress, tokenTimeout } from './messages.js';

export type TokenSettings = Pick<
  Settings,
  | 'authorityHost'
  | 'tenantId'
  | 'appId'
  | 'audience'
  | 'cloud'
  | 'exchangeEndpoint'
  | 'organization'
  | 'permissions'
  | 'roles'
  | 'verify'
  | 'verifyTimeoutSeconds'
  | 'complianceAccessToken'
>;

export interface IssuedTokens {
  /** the tenant's GUID, from the token */
  tenantId: string;
  exchange: AccessToken;
  compliance?: AccessToken;
  /** exchange: Exchange answered the token; token: its claims carry the access; none: not checked */
  verified: 'exchange' | 'token' | 'none';
}

/** Entra's answer while a federated credential added moments ago has not propagated (Entra docs). */
const CREDENTIAL_NOT_PROPAGATED = 70021;

export async function issueTokens(
  settings: TokenSettings,
  http: HttpClient,
  env: NodeJS.ProcessEnv,
  log: Logger,
  now: () => number = Date.now,
): Promise<IssuedTokens> {
  const oidc = new GitHubOidcTokenSource(http, settings.audience, env);
  oidc.assertAvailable();
  const start = now();
  // bounds each request's own retries (throttling); the waits for propagation end earlier with verify: none
  const deadline = start + settings.verifyTimeoutSeconds * 1000;
  const appId = settings.appId ?? '';
  const client = createTokenClient({
    ...settings,
    clientId: appId,
    credential: { kind: 'oidc', source: oidc },
    http,
    deadline,
  });
  const explain = (error: unknown) =>
    appSignInError(error, { ...settings, appId }, { oidc: () => oidc.lastClaims });

  let issued: Omit<IssuedTokens, 'verified'> | undefined;
  let fallbackReason: string | undefined;
  const attempt = async (): Promise<Outcome> => {
    let tokens: Awaited<ReturnType<typeof signIn>>;
    try {
      tokens = await signIn(client, settings);
    } catch (error) {
      const code = aadstsCode(error);
      if (code !== CREDENTIAL_NOT_PROPAGATED) throw explain(error);
      return { done: false, stage: 'key', code, text: entraText(error), cause: error };
    }
    const tenantId = String(tokens.exchange.claims.tid ?? settings.tenantId);
    issued = { tenantId, ...tokens };
    const waiting = accessOutcome(tokens.exchange, settings);
    if (waiting || settings.verify !== 'exchange') return waiting ?? { done: true };
    const probe = exchangeCheck(
      {
        exchangeEndpoint: settings.exchangeEndpoint,
        tenantId,
        organization: settings.organization ?? '',
        http,
        // the roles decide whether Get-OrganizationConfig is a fair check (the module file probe always is)
        roles: settings.roles,
      },
      deadline,
    );
    const outcome = await probe(tokens.exchange);
    if (outcome.done) fallbackReason = outcome.fallbackReason;
    return outcome;
  };

  const context = { appId, oidc: () => oidc.lastClaims, settings, explain };
  const { outcome } = await attemptUntilDone(attempt, {
    start,
    deadline: settings.verify === 'none' ? start : deadline,
    now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    onWaiting: (waiting, seconds) => log.info(tokenProgress(context, waiting, seconds)),
    timedOut: (waiting, seconds) => tokenTimeout(context, waiting, seconds),
  });
  if (!issued) throw new Error('internal: no token after signing in');
  if (issued.compliance) warnComplianceAccess(issued.compliance, log);
  if (fallbackReason)
    log.warning(
      `${fallbackReason.replace(/\.$/, '')}: the token was checked by its claims only (Exchange's answer is unknown).`,
    );
  const verified = settings.verify === 'none' ? 'none' : outcome.fallbackReason ? 'token' : settings.verify;
  return { ...issued, verified };
}

/** One OIDC token per Entra request (msal asks for the assertion each time); the two requests run together. */
async function signIn(
  client: TokenClient,
  settings: TokenSettings,
): Promise<{ exchange: AccessToken; compliance?: AccessToken }> {
  const [exchange, compliance] = await Promise.all([
    client.acquire(settings.cloud.exchangeResource, true),
    settings.complianceAccessToken ? client.acquire(settings.cloud.complianceResource, true) : undefined,
  ]);
  return { exchange, compliance };
}

/** What the Exchange token's claims show is still missing: the consent, or a supported directory role. */
function accessOutcome(token: AccessToken, settings: TokenSettings): Outcome | undefined {
  if (settings.verify === 'none') return undefined;
  const missing = missingExchangeAccess(token.claims, settings);
  if (missing.permissions.length) {
    const granted = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
    return { done: false, stage: 'consent', missing: missing.permissions, granted };
  }
  if (missing.role)
    return {
      done: false,
      stage: 'role',
      status: 0,
      text: "the token's directory roles ('wids') hold none Exchange supports for app-only access",
    };
  return undefined;
}

/**
 * Security & Compliance PowerShell wants Exchange.ManageAsApp of Microsoft Exchange Online Protection
 * (office-docs-powershell PR #13783), a consent the bootstrap does not grant: said, not enforced, as the
 * service's own check of this token is not publicly documented.
 */
function warnComplianceAccess(token: AccessToken, log: Logger): void {
  const roles = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
  if (!roles.includes('Exchange.ManageAsApp'))
    log.warning(
      "The Security & Compliance token carries no Exchange.ManageAsApp: Microsoft's docs ask for that permission of " +
        "'Microsoft Exchange Online Protection' for Connect-IPPSSession. Grant it: Entra admin center → App registrations → " +
        'the managed app → API permissions → Add a permission → APIs my organization uses → Microsoft Exchange Online ' +
        "Protection → Application permissions → Exchange.ManageAsApp, then 'Grant admin consent'.",
    );
}
