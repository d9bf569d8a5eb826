/** Hands the tokens to the job: masked outputs, the identity for -Organization, and a log line without values. */
import * as core from '@actions/core';
import type { Logger } from '../action/log.js';
import type { AccessToken } from '../auth/token-client.js';
import type { TokenSettings } from '../inputs/settings.js';
import { setIdentityOutputs } from '../publish/outputs.js';

export interface IssuedTokens {
  /** the tenant's GUID, from the token */
  tenantId: string;
  exchange: AccessToken;
  compliance?: AccessToken;
  /** exchange: Exchange answered the token; token: its claims carry the access; none: not checked */
  verified: 'exchange' | 'token' | 'none';
}

function expiry(token: AccessToken): string {
  // msal always reports the expiry; an hour is Entra's default for app-only tokens
  return (token.expiresOn ?? new Date(Date.now() + 3600_000)).toISOString();
}

export function setTokenOutputs(
  tokens: IssuedTokens,
  settings: Pick<TokenSettings, 'appId' | 'organization' | 'cloud'>,
  log: Logger,
): void {
  // createTokenClient's acquire() masked each token as Entra returned it, before anything could print it
  core.setOutput('access-token', tokens.exchange.accessToken);
  core.setOutput('access-token-expires-on', expiry(tokens.exchange));
  if (tokens.compliance) {
    core.setOutput('compliance-access-token', tokens.compliance.accessToken);
    core.setOutput('compliance-access-token-expires-on', expiry(tokens.compliance));
  }
  // Connect-IPPSSession needs these outside the commercial cloud (empty there)
  core.setOutput('compliance-connection-uri', settings.cloud.complianceConnection?.connectionUri ?? '');
  core.setOutput(
    'compliance-authorization-endpoint',
    settings.cloud.complianceConnection?.authorizationEndpoint ?? '',
  );
  setIdentityOutputs({
    appId: settings.appId,
    tenantId: tokens.tenantId,
    organization: settings.organization,
    exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
  });
  core.setOutput('verified', tokens.verified);
  core.setOutput('changed', 'false');
  log.info(issuedText(tokens, settings));
}

/** What was issued, until when, and how it was checked; no token value. */
export function issuedText(tokens: IssuedTokens, settings: Pick<TokenSettings, 'appId'>): string {
  const what = tokens.compliance
    ? 'Exchange Online and Security & Compliance tokens'
    : 'an Exchange Online token';
  const checked =
    tokens.verified === 'exchange'
      ? 'Exchange accepted it'
      : tokens.verified === 'token'
        ? 'its claims carry the permissions'
        : 'not checked (verify: none)';
  return `Issued ${what} of app ${settings.appId} until ${expiry(tokens.exchange)} (${checked}); nothing was written.`;
}
