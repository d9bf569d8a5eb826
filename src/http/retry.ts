/**
 * When the HTTP stack tries again and how long it waits: 429/503/504 (Retry-After, else jittered
 * exponential backoff) and transport failures a new attempt can cure; never other statuses. Every
 * wait is bounded by the request's deadline and attempt budget.
 *
 * Transport failures are retried for every method, POST included: a reset may hide a request the
 * server applied, but exo-cba's writes are idempotent upserts or are re-read before being trusted
 * (a repeated create answers "already exists", which the callers treat as success after re-reading).
 */
import { errorMessage } from '../action/log.js';
import { errorCode } from './errors.js';

export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** A single Retry-After wait is capped so a misbehaving server cannot park the run. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const RETRY_STATUSES = new Set([429, 503, 504]);
/** Transport errors after which a new attempt can succeed (ENOTFOUND and TLS failures cannot). */
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** Statuses retried for every request, whatever the caller's `retryWhen` says. */
export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

/** Whether a transport failure may pass on a new attempt. */
export function isRetryableError(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && RETRY_CODES.has(code)) return true;
  return /socket hang up|timeout/i.test(errorMessage(error));
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or HTTP-date), capped at
 * `MAX_RETRY_AFTER_MS`; undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}

/** Jittered exponential backoff before attempt `attempt + 1`: within [d/2, d], d = min(10 s, 0.5 s × 2^(attempt−1)). */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** First poll for propagation after 1 s; later polls within a quarter of the time already waited more. */
const PROPAGATION_FIRST_MS = 1000;
const PROPAGATION_FRACTION = 0.25;
/** The longest gap between polls: a long wait asks no more often than once in 10 s. */
export const PROPAGATION_CAP_MS = 10_000;

/**
 * The wait before checking again whether a change has propagated (Entra ID and Exchange are eventually
 * consistent, with no SLA: "A newly created object [may] return a 'Not Found'", Microsoft Entra devblog
 * "Designing for Eventual Consistency", 2026-03-24). It finds propagation within 1 s + a quarter of the time
 * already waited, so a 3 s delay costs about 1 s more, never 2x. The gaps grow with the time waited, up to
 * 10 s, so a long wait asks no more often than before; jitter (down to 80 %) spreads concurrent runs.
 */
export function propagationDelayMs(waitedMs: number, random: () => number): number {
  const ceiling = Math.min(
    PROPAGATION_CAP_MS,
    PROPAGATION_FIRST_MS + Math.max(0, waitedMs) * PROPAGATION_FRACTION,
  );
  return Math.round(ceiling * (0.8 + 0.2 * random()));
}
