/**
 * A 2xx answer whose body is not what the call expects (a proxy's HTML page, `{}`, JSON cut short).
 * Nothing is decided from such an answer: it fails the run, naming the service and showing (scrubbed,
 * shortened) what came back.
 */
import { ActionError } from '../action/errors.js';
import { redactUrl, scrub } from '../action/scrub.js';
import { SERVICE_LABEL } from './errors.js';
import type { ServiceName } from './request.js';

/** Longest body excerpt shown in the message. */
const SHOWN_CHARS = 300;

/** A body that does not have the shape a read expects; `what` says what was missing or wrong. */
export class ShapeError extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = 'ShapeError';
  }
}

/** What came back, fit for an error message: scrubbed, on one line, at most ~300 characters. */
export function bodyExcerpt(body: unknown): string {
  const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
  if (text.trim() === '') return '(an empty body)';
  const clean = scrub(text).replace(/\s+/g, ' ').trim();
  return clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}… (${clean.length} chars)` : clean;
}

export class UnexpectedResponseError extends ActionError {
  readonly service: ServiceName;
  readonly status: number;
  constructor(
    req: { service: ServiceName; method: string; url: string },
    res: { status: number; data: unknown; malformed?: boolean },
    problem: string,
  ) {
    super(
      `${SERVICE_LABEL[req.service]} answered ${req.method} ${redactUrl(req.url)} with ${res.status} but ${problem}: ` +
        `${bodyExcerpt(res.data)}. Nothing was decided from this answer. A proxy or a service outage may be ` +
        'in between: run the workflow again, and if it persists check the proxy (HTTPS_PROXY) and the endpoint inputs.',
    );
    this.name = 'UnexpectedResponseError';
    this.service = req.service;
    this.status = res.status;
  }
}

/** `shape(res.data)`, or an UnexpectedResponseError naming the service when the body is not what it expects. */
export function readBody<T>(
  req: { service: ServiceName; method: string; url: string },
  res: { status: number; data: unknown; malformed?: boolean },
  shape: (body: unknown) => T,
): T {
  if (res.malformed) throw new UnexpectedResponseError(req, res, 'its JSON body does not parse (cut short?)');
  try {
    return shape(res.data);
  } catch (error) {
    if (error instanceof ShapeError) throw new UnexpectedResponseError(req, res, error.what);
    throw error;
  }
}
