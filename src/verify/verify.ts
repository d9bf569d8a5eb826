/**
 * Verification: exo-cba hands over a certificate only once Exchange accepts it. After a change, Entra ID
 * and Exchange take a while to see a new key, a new admin consent and a new directory role; until they
 * do, `Connect-ExchangeOnline` fails with AADSTS700027 or "The role assigned to application … isn't
 * supported in this scenario". This module waits that out, bounded by `verify-timeout`, and says exactly
 * what has not propagated when it gives up.
 *
 * Each attempt runs the token check (token-check.ts) and, for `verify: exchange`, the Exchange check
 * (exchange-check.ts); backoff.ts spaces the attempts, messages.ts words what the user sees.
 */
import * as core from '@actions/core';
import type { Logger } from '../action/log.js';
import { attemptUntilDone } from './backoff.js';
import { exchangeCheck } from './exchange-check.js';
import { fallbackWarning, progressMessage, timeoutError, verifiedMessage } from './messages.js';
import { tokenCheck } from './token-check.js';
import type { Outcome, VerificationResult, VerifyOptions } from './types.js';

export { MAX_DELAY_MS } from './backoff.js';
export { VerificationError } from './types.js';
export type { VerificationResult, VerifyMode, VerifyOptions, VerifyStage } from './types.js';

const defaultLog: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function verifyCertificate(options: VerifyOptions): Promise<VerificationResult> {
  const log = options.log ?? defaultLog;
  const now = options.now ?? Date.now;
  const start = now();
  const deadline = start + options.timeoutSeconds * 1000;
  const signIn = tokenCheck(options);
  const askExchange = exchangeCheck(options, deadline);

  const attempt = async (): Promise<Outcome> => {
    const signedIn = await signIn();
    if (!('token' in signedIn)) return signedIn;
    return options.mode === 'token' ? { done: true } : askExchange(signedIn.token);
  };
  const { outcome, attempts, elapsedMs } = await attemptUntilDone(attempt, {
    start,
    deadline,
    now,
    sleep: options.sleep ?? defaultSleep,
    random: options.random,
    onWaiting: (waiting, seconds) => log.info(progressMessage(options, waiting, seconds)),
    timedOut: (waiting, seconds, count) => timeoutError(options, waiting, seconds, count),
  });

  const { fallbackReason, proof, note } = outcome;
  const result: VerificationResult = {
    method: fallbackReason ? 'token' : options.mode,
    seconds: Math.round(elapsedMs / 100) / 10,
    attempts,
    ...(fallbackReason ? { fallbackReason } : {}),
    ...(proof ? { proof } : {}),
  };
  if (fallbackReason) log.warning(fallbackWarning(options, fallbackReason));
  if (note) log.info(note);
  log.info(verifiedMessage(options, result));
  return result;
}
