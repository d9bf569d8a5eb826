/**
 * The token entry: the job signs in as the managed app with its own GitHub OIDC token (a federated credential the
 * bootstrap added) and gets an Exchange Online access token for `Connect-ExchangeOnline -AccessToken` — and, when
 * asked, a Security & Compliance one for `Connect-IPPSSession -AccessToken`. Nothing is written anywhere: no Graph call at all, no secret, no file.
 *
 * Right after the bootstrap, Entra and Exchange may not know the new credential, consent or role yet: each
 * attempt signs in afresh and the run waits, bounded by `verify-timeout`, saying at once what it waits for.
 */
import { ActionError } from '../action/errors.js';
import { NO_MATCHING_CREDENTIAL, signInRefusal } from '../auth/refusals.js';
import { COMPLIANCE_SUPPORTED_ROLES, EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { GitHubOidcTokenSource } from '../auth/oidc.js';
import {
  aadstsCode,
  claimList,
  createTokenClient,
  entraText,
  stringClaim,
  type AccessToken,
  type TokenClient,
} from '../auth/token-client.js';
import type { TokenSettings } from '../inputs/settings.js';
import { missingExchangeAccess } from '../observe/exchange-access.js';
import { tokenProgress, tokenTimeout } from '../token/messages.js';
import { setTokenOutputs, type IssuedTokens } from '../token/outputs.js';
import { writeTokenSummary } from '../token/summary.js';
import { exchangeCheck } from '../verify/exchange-check.js';
import type { Outcome, Waiting } from '../verify/types.js';
import { PropagationWait } from '../verify/wait.js';
import type { Run } from './run.js';

/**
 * How long a subject no federated credential matches is waited for. Entra answers AADSTS70021 for "several
 * minutes" after a credential is added (workload-identity-federation-considerations.md); which code a new
 * subject answers meanwhile — 70021, or 700213 as for a subject never trusted — is not public, so all four
 * no-match codes are waited for, but not for the whole 'verify-timeout': a job whose subject nobody trusts
 * learns it within two minutes, with the subject and the fix.
 */
export const TRUST_WAIT_SECONDS = 120;

export async function token(settings: TokenSettings, run: Run): Promise<void> {
  const tokens = await issueTokens(settings, run);
  setTokenOutputs(tokens, settings, run.log);
  await writeTokenSummary(tokens, settings, run.log.warnings, run.env);
}

async function issueTokens(settings: TokenSettings, run: Run): Promise<IssuedTokens> {
  const { http, env, clock, log } = run;
  const oidc = new GitHubOidcTokenSource(http, settings.audience, env);
  oidc.assertAvailable();
  // bounds the waits for propagation, and each request's own retries (throttling)
  const wait = new PropagationWait(clock, settings.verify === 'none' ? 0 : settings.verifyTimeoutSeconds);
  const trust = new PropagationWait(clock, Math.min(TRUST_WAIT_SECONDS, settings.verifyTimeoutSeconds));
  const client = createTokenClient({
    ...settings,
    clientId: settings.appId,
    credential: { kind: 'oidc', source: oidc },
    http,
    deadline: clock.now() + settings.verifyTimeoutSeconds * 1000,
  });
  const explain = (error: unknown) =>
    signInRefusal(error, { app: 'managed', ...settings, oidc: oidc.lastClaims });
  const context = { appId: settings.appId, oidc: () => oidc.lastClaims, settings, explain };

  for (;;) {
    wait.attempted();
    const outcome = await attempt(client, settings, run, explain, wait.deadline);
    if (outcome.done) {
      if (outcome.fallbackReason)
        log.warning(
          `${outcome.fallbackReason.replace(/\.$/, '')}: the token was checked by its claims only (Exchange's answer is unknown).`,
        );
      const verified =
        settings.verify === 'none' ? 'none' : outcome.fallbackReason ? 'token' : settings.verify;
      const compliance = settings.complianceAccessToken
        ? await complianceToken(client, settings, outcome.tokens.exchange, log)
        : undefined;
      return { ...outcome.tokens, compliance, verified };
    }
    log.info(tokenProgress(context, outcome, wait.seconds()));
    if (outcome.stage === 'key') await trust.pause(() => tokenTimeout(context, outcome, trust.seconds()));
    else await wait.pause(() => tokenTimeout(context, outcome, wait.seconds()));
  }
}

type TokenOutcome =
  (Extract<Outcome, { done: true }> & { tokens: Omit<IssuedTokens, 'verified' | 'compliance'> }) | Waiting;

/** One sign-in: the tokens and what they show, or what has not propagated yet. */
async function attempt(
  client: TokenClient,
  settings: TokenSettings,
  run: Run,
  explain: (error: unknown) => Error,
  deadline: number,
): Promise<TokenOutcome> {
  let exchange: AccessToken;
  try {
    exchange = await client.acquire(settings.cloud.exchangeResource, true);
  } catch (error) {
    const code = aadstsCode(error);
    if (code === undefined || !NO_MATCHING_CREDENTIAL.has(code)) throw explain(error);
    return { done: false, stage: 'key', code, text: entraText(error), cause: error };
  }
  const tenantId = stringClaim(exchange.claims, 'tid') || settings.tenantId;
  const tokens = { tenantId, exchange };
  if (settings.verify === 'none') return { done: true, tokens };
  const missing = missingExchangeAccess(exchange, settings);
  if (missing.permissions.length)
    return {
      done: false,
      stage: 'consent',
      missing: missing.permissions,
      granted: claimList(exchange, 'roles'),
    };
  if (missing.role)
    return {
      done: false,
      stage: 'role',
      status: 0,
      text: "the token's directory roles ('wids') hold none Exchange supports for app-only access",
    };
  if (settings.verify !== 'exchange') return { done: true, tokens };
  const probe = exchangeCheck({ ...settings, tenantId, http: run.http, roles: [] }, deadline);
  const outcome = await probe(exchange);
  return outcome.done ? { ...outcome, tokens } : outcome;
}

/**
 * The Security & Compliance token, asked for on its own once the Exchange one is issued, so a refused compliance
 * scope never costs the job its Exchange token. S&C PowerShell accepts only some directory roles (the roles table
 * of Microsoft's app-only guide): without one in the token's `wids` nothing is handed out, and the message names
 * them and the bootstrap input that assigns one. A refusal of the scope itself (a cloud where the S&C audience is
 * not settled) is a warning, as in ScubaGear (Connection.psm1 "Failed to acquire compliance token").
 */
async function complianceToken(
  client: TokenClient,
  settings: TokenSettings,
  exchange: AccessToken,
  log: Run['log'],
): Promise<AccessToken | undefined> {
  const roles = new Set(claimList(exchange, 'wids'));
  const capable = COMPLIANCE_SUPPORTED_ROLES.filter((name) => roles.has(EXCHANGE_SUPPORTED_ROLES[name]));
  if (!capable.length)
    throw new ActionError(
      `compliance-access-token: true, but app ${settings.appId} holds no directory role Security & Compliance ` +
        `PowerShell supports for app-only access (${COMPLIANCE_SUPPORTED_ROLES.join(', ')}); Exchange Administrator ` +
        "is not one of them. Run the bootstrap with roles: 'Compliance Administrator' (or another of these, next to " +
        'the role its Exchange cmdlets need), then rerun this job; a role assigned moments ago reaches the token ' +
        'within minutes. No token was output.',
    );
  try {
    return await client.acquire(settings.cloud.complianceResource, true);
  } catch (error) {
    log.warning(
      `Entra ID issued no Security & Compliance token for ${settings.cloud.complianceResource} ` +
        `(${entraText(error)}): the Exchange Online token is output, the compliance one is not.`,
    );
    return undefined;
  }
}
