/**
 * When the HTTP stack tries again and how long it waits (Retry-After, else jittered exponential
 * backoff), bounded by the request's deadline and attempt budget. What is retried depends on what
 * the server may have done:
 *
 * - 429 and 503 refuse a request unprocessed, and a connection that was never made carried nothing:
 *   retried for every method.
 * - 500, 502, 504, a 2xx body that claims JSON but does not parse (cut short, a proxy's page), and a
 *   transport failure after the request was sent (reset, timeout) may hide a request the server applied:
 *   retried only for requests that are safe to repeat (`idempotent`: GET, PUT and DELETE by default;
 *   a caller marks a PATCH upsert or a POST whose repeat it accepts).
 */
import { errorMessage } from '../action/log.js';
import { errorCode } from './errors.js';

export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** A single Retry-After wait is capped so a misbehaving server cannot park the run. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
/** Statuses that say the request was not processed. */
const UNPROCESSED_STATUSES = new Set([429, 503]);
/** Statuses a repeatable request retries: the server failed, perhaps after applying it. */
const SERVER_FAILURE_STATUSES = new Set([500, 502, 504]);
/** Transport errors before the request left: no connection, nothing sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
/** Transport errors after which a new attempt can succeed, but the server may have seen the request. */
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE']);

/** HTTP's idempotent methods are safe to repeat unless the caller says otherwise. */
export function isIdempotent(req: { method: string; idempotent?: boolean }): boolean {
  return req.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(req.method);
}

/** Whether a response calls for another attempt of a request that is (or is not) safe to repeat. */
export function isRetryableResponse(
  res: { status: number; malformed?: boolean },
  idempotent: boolean,
): boolean {
  if (UNPROCESSED_STATUSES.has(res.status)) return true;
  if (!idempotent) return false;
  return SERVER_FAILURE_STATUSES.has(res.status) || (res.malformed === true && res.status < 300);
}

/** Whether a transport failure may pass on a new attempt of a request that is (or is not) safe to repeat. */
export function isRetryableError(error: unknown, idempotent = true): boolean {
  const code = errorCode(error);
  if (code !== undefined && NOT_SENT_CODES.has(code)) return true;
  if (!idempotent) return false;
  if (code !== undefined && MAYBE_SENT_CODES.has(code)) return true;
  return /socket hang up|timeout|aborted|ERR_STREAM_PREMATURE_CLOSE/i.test(errorMessage(error));
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
