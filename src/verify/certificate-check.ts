/**
 * Verification: exo-cba hands over a certificate only once Exchange accepts it. After a change, Entra ID and
 * Exchange take a while to see a new key, a new admin consent and a new directory role; until they do,
 * `Connect-ExchangeOnline` fails with AADSTS700027 or "The role assigned to application … isn't supported in
 * this scenario".
 *
 * One attempt runs the token check (token-check.ts) and, for `verify: exchange`, the Exchange check
 * (exchange-check.ts); the caller repeats attempts on the propagation schedule (wait.ts), bounded by
 * `verify-timeout`, and messages.ts words what the user sees.
 */
import { exchangeCheck } from './exchange-check.js';
import { tokenCheck } from './token-check.js';
import type { Done, Outcome, VerificationResult, VerifyOptions } from './types.js';
import type { PropagationWait } from './wait.js';

export interface CertificateCheck {
  attempt(): Promise<Outcome>;
}

export function certificateCheck(options: VerifyOptions, deadline: number): CertificateCheck {
  const signIn = tokenCheck(options, deadline);
  const askExchange = exchangeCheck(options, deadline);
  return {
    async attempt() {
      const signedIn = await signIn();
      if (!('token' in signedIn)) return signedIn;
      return options.mode === 'token' ? { done: true } : askExchange(signedIn.token);
    },
  };
}

/** How the certificate was verified, once an attempt was done. */
export function verificationResult(
  options: Pick<VerifyOptions, 'mode'>,
  done: Done,
  wait: PropagationWait,
): VerificationResult {
  return {
    method: done.fallbackReason ? 'token' : options.mode,
    seconds: Math.round(wait.elapsedMs() / 100) / 10,
    attempts: wait.attempts,
    ...(done.fallbackReason ? { fallbackReason: done.fallbackReason } : {}),
    ...(done.proof ? { proof: done.proof } : {}),
  };
}
