/**
 * The rules of a run's keys, pure: reuse or rotate the certificate, which key signs the proofs of possession,
 * which keys of the run's lineage to prune, which password a new certificate keeps. The bootstrap's and the
 * self-rotation's plans both decide with them, so each rule is tested once, without a tenant.
 */
import { MIN_PASSWORD_LENGTH } from '../certificate/limits.js';
import type { KeyRemoval, ObservedKey } from '../keys/key.js';

const DAY = 86_400_000;

export type { KeyRemoval };

export type RotationReason =
  | 'new-app'
  | 'no-certificate-input'
  | 'unreadable-input'
  | 'not-registered'
  | 'expiring'
  | 'expired'
  | 'forced';

export type CertificateDecision =
  | { action: 'reuse'; thumbprint: string; expiresOn: Date }
  | { action: 'rotate'; reason: RotationReason; replaces?: string };

/** What the key rules need to know about the run's inputs. */
export interface KeySettings {
  /** the `certificate` input, opened */
  certificate?: { thumbprintSha1: string; notAfter: Date; password: string };
  /** the certificate input does not open with its password (a pair split by a crash) */
  certificateUnreadable?: string;
  publishedPassword?: string;
  rotateBeforeDays: number;
  forceRotate: boolean;
  verifyTimeoutSeconds: number;
  /** the run's lineage id */
  lineage: string;
}

/**
 * A rotation keeps the published password (when it is strong enough), so the two secrets can never
 * disagree: a run that fails between writing EXO_CERTIFICATE and EXO_CERTIFICATE_PASSWORD would otherwise
 * leave a pair that opens nothing, and every later run would stop at the input check.
 */
export function reusablePassword(settings: {
  certificate?: { password: string };
  publishedPassword?: string;
}): string | undefined {
  const input = settings.certificate;
  if (input) return input.password.length >= MIN_PASSWORD_LENGTH ? input.password : undefined;
  // no usable certificate input, but exo-cba's published password: keep it, so a pair split by a crash heals
  return settings.publishedPassword;
}

function keyExpiry(key: ObservedKey): number {
  return Date.parse(key.endDateTime);
}

/**
 * The key that signs `addKey`/`removeKey` proofs: the certificate input, while it is registered on the app
 * and valid. Graph refuses these actions to an app without a valid certificate; then only a PATCH of
 * `keyCredentials` (the provisioning app's) can add or remove keys.
 */
export function proofKey(
  settings: Pick<KeySettings, 'certificate'>,
  keys: ObservedKey[],
  now: Date,
): string | undefined {
  const input = settings.certificate;
  const key = input && keys.find((k) => k.thumbprint === input.thumbprintSha1);
  if (!input || !key) return undefined;
  const at = now.getTime();
  const valid = Date.parse(key.startDateTime) <= at && keyExpiry(key) > at && input.notAfter.getTime() > at;
  return valid ? key.thumbprint : undefined;
}

/** Reuse or rotate: depends only on the inputs, the app's keys and the time. */
export function decideCertificate(
  settings: KeySettings,
  keys: ObservedKey[],
  appExists: boolean,
  now: Date,
): CertificateDecision {
  const input = settings.certificate;
  const registered = input ? keys.find((k) => k.thumbprint === input.thumbprintSha1) : undefined;
  if (!appExists) return { action: 'rotate', reason: 'new-app' };
  if (settings.forceRotate) return { action: 'rotate', reason: 'forced', replaces: registered?.thumbprint };
  if (!input)
    return {
      action: 'rotate',
      reason: settings.certificateUnreadable ? 'unreadable-input' : 'no-certificate-input',
    };
  if (!registered) return { action: 'rotate', reason: 'not-registered' };
  const expiresOn = Math.min(input.notAfter.getTime(), keyExpiry(registered));
  // an expired key is no use to anyone: it is removed, not kept as the replaced one
  if (expiresOn <= now.getTime()) return { action: 'rotate', reason: 'expired' };
  if (expiresOn - now.getTime() <= settings.rotateBeforeDays * DAY) {
    return { action: 'rotate', reason: 'expiring', replaces: registered.thumbprint };
  }
  return { action: 'reuse', thumbprint: registered.thumbprint, expiresOn: new Date(expiresOn) };
}

/** What a run knows about its own lineage's keys when it prunes. */
export interface PruneContext {
  /** the run's lineage id (the tag in its keys' displayName) */
  lineage: string;
  /** a new key is added in this run: only then are superseded and orphaned keys pruned */
  rotating: boolean;
  /** the key this run leaves published: the reused input (reuse) or none yet (rotation: the new key) */
  current?: string;
  /** the published key this rotation replaces (the certificate input): kept until it expires */
  replaces?: string;
  /** the certificate input's thumbprint: a key written before lineages existed is adopted by it */
  inputThumbprint?: string;
  /** a key this young may belong to a run still in flight, or to jobs holding an older secret */
  graceMs: number;
  now: Date;
  /** when the lineage's certificate secret was last written (secrets in use) */
  publishedAt?: Date;
}

/** GitHub's clock and ours may differ; a key this close to the last secret write may have been published by it. */
const PUBLISH_MARGIN_MS = 2 * 60_000;

/**
 * Keys of the run's own lineage to remove; keys of other lineages and foreign keys are never removed.
 *
 * - Every run removes its lineage's expired keys (and expired keys written before lineages existed).
 * - Only a rotating run removes more, and only keys older than the grace period (a younger key may belong
 *   to a parallel run not finished yet, or to jobs that started with the secret it replaced): keys older
 *   than the one this rotation replaces (superseded once that one was published), and keys newer than it
 *   that are not current (a crashed run's never-published key, or a parallel run's superseded one).
 * - Any run removes a key it can prove was never published: created after the lineage's certificate
 *   secret was last written, and older than the grace period (its run ended without publishing it).
 * - The replaced key stays until it expires, for jobs already queued with the old secret; so once the
 *   grace period is over a lineage holds at most two keys: the current one and the one it replaced.
 */
export function keysToRemove(keys: ObservedKey[], context: PruneContext): KeyRemoval[] {
  const now = context.now.getTime();
  const expired = (k: ObservedKey) => keyExpiry(k) <= now;
  const ours = keys.filter(
    (k) =>
      k.managed &&
      k.thumbprint !== context.current &&
      (k.lineage === context.lineage ||
        (k.lineage === undefined && k.thumbprint === context.inputThumbprint)),
  );
  const removals: KeyRemoval[] = [];
  const remove = (key: ObservedKey, reason: KeyRemoval['reason']) =>
    removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason });
  const old = (k: ObservedKey) => now - Date.parse(k.startDateTime) > context.graceMs;
  const neverPublished = (k: ObservedKey) =>
    context.publishedAt !== undefined &&
    Date.parse(k.startDateTime) > context.publishedAt.getTime() + PUBLISH_MARGIN_MS &&
    old(k);
  for (const key of keys) {
    const legacyExpired = key.managed && key.lineage === undefined && !ours.includes(key) && expired(key);
    if ((ours.includes(key) && expired(key)) || legacyExpired) remove(key, 'expired');
    else if (ours.includes(key) && neverPublished(key)) remove(key, 'orphaned');
  }
  if (!context.rotating) return removals;

  const valid = ours.filter((k) => !expired(k) && !neverPublished(k));
  // newest first; keys issued in the same second rank by position (keys are appended at the end)
  const newestFirst = valid
    .map((k, i) => ({ k, i }))
    .sort((a, b) => Date.parse(b.k.startDateTime) - Date.parse(a.k.startDateTime) || b.i - a.i)
    .map(({ k }) => k);
  const previous = valid.find((k) => k.thumbprint === context.replaces) ?? newestFirst[0];
  if (!previous) return removals;
  const previousStart = Date.parse(previous.startDateTime);
  const older = (k: ObservedKey) => {
    const start = Date.parse(k.startDateTime);
    // one issued in the same second is older only if it comes before it
    return start < previousStart || (start === previousStart && keys.indexOf(k) < keys.indexOf(previous));
  };
  for (const key of valid) {
    if (key === previous) continue;
    if (older(key)) {
      if (now - previousStart > context.graceMs) remove(key, 'superseded');
    } else if (old(key)) remove(key, 'orphaned');
  }
  return removals;
}

/** The keys of this run's lineage to remove, once the certificate decision is known (both plans). */
export function lineageRemovals(
  settings: Pick<KeySettings, 'lineage' | 'certificate' | 'verifyTimeoutSeconds'>,
  certificate: CertificateDecision,
  keys: ObservedKey[],
  now: Date,
  publishedAt: Date | undefined,
): KeyRemoval[] {
  return keysToRemove(keys, {
    lineage: settings.lineage,
    rotating: certificate.action === 'rotate',
    current: certificate.action === 'reuse' ? certificate.thumbprint : undefined,
    replaces: certificate.action === 'rotate' ? certificate.replaces : undefined,
    inputThumbprint: settings.certificate?.thumbprintSha1,
    // a key this young may belong to a run in flight or to jobs holding the secret it replaced
    graceMs: (settings.verifyTimeoutSeconds + 15 * 60) * 1000,
    now,
    publishedAt,
  });
}
