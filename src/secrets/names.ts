/**
 * The secrets exo-cba publishes, how they are named, and which of them a run writes. Pure.
 */

export interface SecretValues {
  APP_ID: string;
  /** the app's object ID: a self-rotation names it in its proof of possession (the app may not read it) */
  APP_OBJECT_ID: string;
  TENANT_ID: string;
  ORGANIZATION: string;
  CERTIFICATE: string;
  /** the same for the life of a destination: a rotation writes CERTIFICATE only, so the pair never splits */
  CERTIFICATE_PASSWORD: string;
}

export type SecretKey = keyof SecretValues;

export interface PublishPlan {
  /** names (with prefix) that will be written and why */
  writes: { name: string; key: SecretKey; reason: 'missing' | 'changed' }[];
}

/** The secrets, in the order they are listed and written. */
export const SECRET_KEYS: readonly SecretKey[] = [
  'APP_ID',
  'APP_OBJECT_ID',
  'TENANT_ID',
  'ORGANIZATION',
  'CERTIFICATE',
  'CERTIFICATE_PASSWORD',
];

/**
 * Written by earlier versions, deleted by the bootstrap: the thumbprint is derived from the certificate (an
 * output of every entry that has the certificate), and a secret of its own could disagree with it.
 */
export const LEGACY_KEYS = ['CERTIFICATE_THUMBPRINT'] as const;

const IDENTITY_KEYS: ReadonlySet<SecretKey> = new Set([
  'APP_ID',
  'APP_OBJECT_ID',
  'TENANT_ID',
  'ORGANIZATION',
]);

/**
 * GitHub stores secret names in upper case and compares them case-insensitively, so names are
 * upper-cased everywhere (a `secret-prefix` of `exo_` lists back as `EXO_…`).
 */
export function secretName(prefix: string, key: SecretKey | (typeof LEGACY_KEYS)[number]): string {
  return `${prefix}${key}`.toUpperCase();
}

/**
 * What to write: every secret whose value changed this run (certificate rotated → CERTIFICATE, and
 * CERTIFICATE_PASSWORD only when the run could not keep the published password; app created → APP_ID,
 * APP_OBJECT_ID, TENANT_ID, ORGANIZATION) plus every secret that does not exist yet.
 */
export function secretsToWrite(input: {
  existing: Set<string>;
  prefix: string;
  certificateChanged: boolean;
  /** false when a rotation sealed the new PFX with the published password */
  passwordChanged?: boolean;
  identityChanged: boolean;
}): PublishPlan {
  const existing = new Set([...input.existing].map((n) => n.toUpperCase()));
  const writes: PublishPlan['writes'] = [];
  for (const key of SECRET_KEYS) {
    const name = secretName(input.prefix, key);
    const changed =
      key === 'CERTIFICATE_PASSWORD'
        ? input.certificateChanged && (input.passwordChanged ?? true)
        : key === 'CERTIFICATE'
          ? input.certificateChanged
          : input.identityChanged && IDENTITY_KEYS.has(key);
    if (!existing.has(name)) writes.push({ name, key, reason: 'missing' });
    else if (changed) writes.push({ name, key, reason: 'changed' });
  }
  return { writes };
}
