/** What token mode tells the user while it waits for the bootstrap's changes, and when it gives up. */
import { ActionError } from '../action/errors.js';
import { waitedOf } from '../action/log.js';
import type { OidcClaims } from '../auth/oidc.js';
import type { Waiting } from '../verify/types.js';
import type { TokenSettings } from '../inputs/settings.js';

export interface TokenMessageContext {
  appId: string;
  oidc: () => OidcClaims | undefined;
  settings: Pick<TokenSettings, 'verifyTimeoutSeconds'>;
  /** the sign-in error in words, with the subject to trust and the bootstrap inputs that trust it */
  explain: (error: unknown) => ActionError;
}

const BOOTSTRAP = 'the bootstrap workflow (exo-cba/exo-cba with client-id, the provisioning app)';

/** What gives the app its Exchange rights. */
const EXCHANGE_RIGHTS = 'directory role';

export function tokenProgress(context: TokenMessageContext, w: Waiting, seconds: number): string {
  const waited = waitedOf(seconds, context.settings.verifyTimeoutSeconds);
  switch (w.stage) {
    case 'key':
      return (
        `waiting for Entra ID to know a federated credential of app ${context.appId} for subject ` +
        `${context.oidc()?.sub ?? '(unknown)'}: ${waited} (AADSTS${w.code}; a credential added moments ago ` +
        `takes minutes to propagate; if none was added, ${BOOTSTRAP} adds it with access-token: true)`
      );
    case 'consent':
      return (
        `waiting for the admin consent of ${w.missing.join(', ')} to reach the app's tokens: ${waited} ` +
        `(granted by ${BOOTSTRAP})`
      );
    case 'role':
      return (
        `waiting for Exchange to honour the ${EXCHANGE_RIGHTS} of app ${context.appId}: ${waited} ` +
        `(${w.status ? `Exchange answered ${w.status}` : w.text}; assigned by ${BOOTSTRAP})`
      );
  }
}

export function tokenTimeout(context: TokenMessageContext, w: Waiting, seconds: number): ActionError {
  const waited = `after ${seconds} s ('verify-timeout' is ${context.settings.verifyTimeoutSeconds})`;
  const later = `If the bootstrap ran moments ago, rerun this job later or raise 'verify-timeout'.`;
  switch (w.stage) {
    case 'key': {
      const explained = context.explain(w.cause);
      return new ActionError(
        `${explained.message}\nStill refused after ${seconds} s: a credential added moments ago is known within ` +
          'about two minutes, so no credential of the app trusts this subject. No token was output.',
        { cause: w.cause },
      );
    }
    case 'consent':
      return new ActionError(
        `App ${context.appId} signs in, but its Exchange token lacks ${w.missing.join(', ')} ${waited} (roles in the ` +
          `token: ${w.granted.join(', ') || 'none'}): the admin consent is missing. Run ${BOOTSTRAP} once; it grants the ` +
          `consent. ${later} No token was output.`,
      );
    case 'role':
      return new ActionError(
        `App ${context.appId} signs in and holds the permissions, but Exchange Online does not accept it ${waited}: ` +
          `${w.status ? `Exchange answered ${w.status}: ${w.text}` : w.text}. The ${EXCHANGE_RIGHTS} is missing or ` +
          `has not reached Exchange (often many minutes). Run ${BOOTSTRAP} once; it assigns the role. ${later} ` +
          'No token was output.',
      );
  }
}
