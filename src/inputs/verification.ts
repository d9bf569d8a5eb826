/** The verification inputs: how to prove the new credential works, and how long to wait for it. */
import type { InputCheck } from './reader.js';

export type VerifyMode = 'exchange' | 'token' | 'none';

export interface VerificationSettings {
  verify: VerifyMode;
  verifyTimeoutSeconds: number;
}

export function readVerification(check: InputCheck): VerificationSettings {
  const verify = check.choice<VerifyMode>('verify', 'exchange', ['exchange', 'token', 'none']);
  const verifyTimeoutSeconds = check.integer('verify-timeout', 600, 0, 3600, 'seconds');
  return { verify, verifyTimeoutSeconds };
}
