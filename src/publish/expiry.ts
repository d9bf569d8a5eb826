/**
 * Expiry you cannot miss: every run with a certificate says in how many whole days the published one
 * expires (output, summary); a warning when it is due for rotation and was not rotated; an error and a
 * failed step when it is within `fail-before-days`. Pure apart from the annotations it is handed.
 */
import { ActionError } from '../action/errors.js';

const DAY = 86_400_000;

export interface ExpiryThresholds {
  rotateBeforeDays: number;
  failBeforeDays: number;
}

export interface Expiry {
  notAfter: Date;
  /** whole days left (negative once expired) */
  days: number;
  level: 'ok' | 'warning' | 'error';
  /** the annotation's text, for warning and error */
  message?: string;
}

/** The step fails because the published certificate expires too soon; everything else was done first. */
export class ExpiryError extends ActionError {
  constructor(message: string) {
    super(message);
    this.name = 'ExpiryError';
  }
}

export function daysLeft(notAfter: Date, now: Date): number {
  return Math.floor((notAfter.getTime() - now.getTime()) / DAY);
}

function when(days: number, notAfter: Date): string {
  const date = notAfter.toISOString();
  if (days < 0) return `expired on ${date}`;
  return `expires on ${date} (in ${days} day${days === 1 ? '' : 's'})`;
}

/**
 * Judges the certificate published at the end of a run. `rotated`: this run issued it (then it is
 * fresh). `cause`: why it was not rotated, when the run knows (e.g. a dry run, or the run failed).
 */
export function judgeExpiry(
  certificate: { notAfter: Date; thumbprintSha1: string },
  facts: ExpiryThresholds & { rotated: boolean; now: Date; cause?: string },
): Expiry {
  const { notAfter, thumbprintSha1 } = certificate;
  const remaining = notAfter.getTime() - facts.now.getTime();
  const days = daysLeft(notAfter, facts.now);
  const base = `The published certificate ${thumbprintSha1} ${when(days, notAfter)}`;
  const why = facts.cause ? ` and was not rotated: ${facts.cause}` : ' and was not rotated';
  if (remaining <= facts.failBeforeDays * DAY)
    return {
      notAfter,
      days,
      level: 'error',
      message:
        `${base}, within fail-before-days (${facts.failBeforeDays})${why}. Jobs signing in with it will fail once it ` +
        'expires: run the rotation workflow (it rotates within rotate-before-days) with a github-token that may write ' +
        'the secrets, or rotate with force-rotate: true, and check its log for what stopped the last rotation.',
    };
  if (!facts.rotated && remaining <= facts.rotateBeforeDays * DAY)
    return {
      notAfter,
      days,
      level: 'warning',
      message: `${base}, within rotate-before-days (${facts.rotateBeforeDays})${why}. The next run that can write the secrets rotates it.`,
    };
  return { notAfter, days, level: 'ok' };
}

/** The summary's line for the certificate's expiry. */
export function expiryLine(expiry: Pick<Expiry, 'notAfter' | 'days'>): string {
  return `expires ${expiry.notAfter.toISOString()} (in ${expiry.days} days)`;
}
