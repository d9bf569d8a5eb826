/** What verification tells the user: its progress, its result, and what to do when it gives up. */
import { waitedOf } from '../action/log.js';
import { entraText } from '../auth/token-client.js';
import { MODULE_FILE } from './exchange-check.js';
import { VerificationError, type VerificationResult, type VerifyOptions, type Waiting } from './types.js';

const list = (items: string[]) => (items.length ? items.join(', ') : '(none)');

function roleLabel(options: Pick<VerifyOptions, 'roles'>): string {
  const names = options.roles.map((r) => r.name);
  return names.length ? `${names.join(' / ')} role` : 'directory role';
}

/** A sign-in failure that waiting will not cure (wrong tenant, disabled app, network). */
export function signInRefusal(
  options: VerifyOptions,
  error: unknown,
  code: number | undefined,
): VerificationError {
  const text = entraText(error);
  const who = `app ${options.appId} with the new certificate (thumbprint ${options.certificate.thumbprintSha1})`;
  return new VerificationError(
    'key',
    text,
    code === undefined
      ? `Signing in ${who} failed: ${text}`
      : `Entra ID refused to sign in ${who}: ${text}\nThis is not a propagation delay, so exo-cba does not wait for it. ` +
          `Check the 'tenant-id' input and that app ${options.appId} exists and is enabled in that tenant.`,
    { cause: error },
  );
}

export function progressMessage(options: VerifyOptions, w: Waiting, seconds: number): string {
  const waited = waitedOf(seconds, options.timeoutSeconds);
  switch (w.stage) {
    case 'key':
      return `waiting for Entra ID to accept the new key: ${waited} (AADSTS${w.code})`;
    case 'consent':
      return `waiting for admin consent of ${w.missing.join(', ')} to reach tokens: ${waited}`;
    case 'role':
      return `waiting for Exchange to honour the ${roleLabel(options)}: ${waited} (Exchange answered ${w.status})`;
  }
}

export function timeoutError(
  options: VerifyOptions,
  w: Waiting,
  seconds: number,
  attempts: number,
): VerificationError {
  const head =
    `The new certificate (thumbprint ${options.certificate.thumbprintSha1}) was not verified within ` +
    `${options.timeoutSeconds} s ('verify-timeout'; ${attempts} attempts over ${seconds} s): `;
  // exo-cba publishes only after verification, so the user knows consumers still use what they had
  const raise =
    `or raise 'verify-timeout' (now ${options.timeoutSeconds}).\n` +
    'Nothing was published: no output, PFX file or GitHub secret carries this certificate, and the previous one, if any, stays in use.';
  switch (w.stage) {
    case 'key': {
      const observed = w.text;
      return new VerificationError(
        'key',
        observed,
        head +
          `Entra ID still refuses to sign in app ${options.appId} with it: the new key has not propagated.\n` +
          `Last answer from Entra ID: ${observed}\n` +
          `What to do: check that app ${options.appId} lists a certificate with thumbprint ${options.certificate.thumbprintSha1} ` +
          `(SHA-256 ${options.certificate.thumbprintSha256}) ` +
          `under Certificates & secrets; new keys usually propagate within minutes, so rerun the workflow later, ${raise}`,
        { cause: w.cause },
      );
    }
    case 'consent': {
      const observed = `roles in the token: ${list(w.granted)}`;
      return new VerificationError(
        'consent',
        observed,
        head +
          `Entra ID issues Exchange tokens for app ${options.appId} without ${w.missing.join(', ')}: the admin consent ` +
          `has not reached tokens.\nLast token: ${observed}\n` +
          `What to do: in the Entra admin center, Enterprise applications → ${options.appId} → Permissions must list ` +
          `${w.missing.join(', ')} of Office 365 Exchange Online as granted for the organization; consent usually reaches ` +
          `tokens within minutes, so rerun the workflow later, ${raise}`,
      );
    }
    case 'role': {
      const observed = `Exchange answered ${w.status}: ${w.text}`;
      return new VerificationError(
        'role',
        observed,
        head +
          `Entra ID accepts the certificate and the token carries ${list(options.permissions)}, but Exchange Online ` +
          `still refuses app ${options.appId}: the ${roleLabel(options)} assignment has not reached Exchange.\n` +
          `Last answer: ${observed}\n` +
          `What to do: in the Entra admin center, Roles and administrators → ${options.roles[0]?.name ?? 'the role'} → Assignments must ` +
          `list app ${options.appId}. Exchange picks up new role assignments more slowly than Entra ID (often many minutes), ` +
          `so rerun the workflow later, ${raise}`,
      );
    }
  }
}

/** `verify: exchange` settled for the token check: say what was and was not checked. */
export function fallbackWarning(options: VerifyOptions, fallbackReason: string): string {
  return (
    `${fallbackReason.replace(/\.$/, '')}. That API is the undocumented one the ExchangeOnlineManagement module uses, so exo-cba ` +
    `verified the certificate by token instead: Entra ID accepts it and issues Exchange tokens with ` +
    `${list(options.permissions)}. Exchange's acceptance of the ${roleLabel(options)} was not checked.`
  );
}

export function verifiedMessage(options: VerifyOptions, result: VerificationResult): string {
  const how = result.method === 'exchange' ? `Exchange (${result.proof ?? MODULE_FILE})` : 'Exchange token';
  return (
    `Verified the certificate (thumbprint ${options.certificate.thumbprintSha1}) by ${how} ` +
    `in ${result.seconds} s, ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}.`
  );
}
