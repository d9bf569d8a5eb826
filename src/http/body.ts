/**
 * Reading a response body the run decides from: each answer's shape is declared once, as a zod schema that
 * gives both the type and the check. A 2xx answer whose body is not what the call expects (a proxy's HTML
 * page, `{}`, JSON cut short) fails the run, naming the service and showing (scrubbed, shortened) what came
 * back: nothing is ever decided from an answer that was not understood.
 */
import type { z } from 'zod';
import { ActionError } from '../action/errors.js';
import { redactUrl, scrub } from '../action/scrub.js';
import { SERVICE_LABEL } from './errors.js';
import type { ServiceName } from './request.js';

/** Longest body excerpt shown in the message. */
const SHOWN_CHARS = 300;

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
    res: { status: number; data: unknown },
    problem: string,
  ) {
    super(
      `${SERVICE_LABEL[req.service]} answered ${req.method} ${redactUrl(req.url)} with ${res.status} but ${problem}: ` +
        `${bodyExcerpt(res.data)}. Nothing was decided from this answer. A proxy or a service outage may be ` +
        'in between: run the workflow again, and if it persists check the proxy (HTTPS_PROXY) and the endpoints.',
    );
    this.name = 'UnexpectedResponseError';
    this.service = req.service;
    this.status = res.status;
  }
}

/** The first thing wrong with a body, in words: `keyCredentials.0.keyId: expected string, received undefined`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its body is not what the call expects';
  const where = issue.path.length ? issue.path.join('.') : 'the body';
  return `${where} is not as expected (${issue.message})`;
}

/** The body checked against `schema`, or an UnexpectedResponseError naming the service. */
export function readBody<S extends z.ZodType>(
  req: { service: ServiceName; method: string; url: string },
  res: { status: number; data: unknown; malformed?: boolean },
  schema: S,
): z.infer<S> {
  if (res.malformed) throw new UnexpectedResponseError(req, res, 'its JSON body does not parse (cut short?)');
  const parsed = schema.safeParse(res.data);
  if (!parsed.success) throw new UnexpectedResponseError(req, res, describeIssue(parsed.error));
  return parsed.data;
}
