/** The verification inputs: how to prove the new credential works, and how long to wait for it. */
import type { InputCheck } from './reader.js';

export const MIN_VERIFY_TIMEOUT_SECONDS = 30;

export type VerifyMode = 'exchange' | 'token' | 'none';

export interface VerificationSettings {
  verify: VerifyMode;
  verifyTimeoutSeconds: number;
}

export function readVerification(check: InputCheck): VerificationSettings {
  const verify = check.choice<VerifyMode>('verify', 'exchange', ['exchange', 'token', 'none']);
  // below 30 s no replication delay could be waited out: every run would fail or skip its retries
  const verifyTimeoutSeconds = check.integer(
    'verify-timeout',
    600,
    MIN_VERIFY_TIMEOUT_SECONDS,
    3600,
    'seconds',
  );
  return { verify, verifyTimeoutSeconds };
}
