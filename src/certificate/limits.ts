/**
 * What a certificate exo-cba issues or reuses must meet. Plain constants without any crypto import, so the
 * inputs and the plan can check them without loading node-forge.
 */

export type KeySize = 2048 | 3072 | 4096;
export const KEY_SIZES: readonly number[] = [2048, 3072, 4096];
export const MIN_VALIDITY_DAYS = 1;
export const MAX_VALIDITY_DAYS = 730;
/** the shortest password a new PFX may reuse (exo-cba's own are 43 characters) */
export const MIN_PASSWORD_LENGTH = 32;
/** notBefore lies this far before "now" so a verifier whose clock runs behind still accepts it. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function isKeySize(value: number): value is KeySize {
  return KEY_SIZES.includes(value);
}
