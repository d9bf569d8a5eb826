/** What callers hand the HTTP stack and what it hands back. */

/** The service a request goes to, for the messages a user reads. */
export type ServiceName = 'oidc' | 'entra' | 'graph' | 'exchange' | 'github';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  service: ServiceName;
  headers?: Record<string, string>;
  /** JSON body. */
  json?: unknown;
  /** x-www-form-urlencoded body. */
  form?: Record<string, string> | string;
  /** Raw text body sent as is; set its content-type in `headers`. */
  body?: string;
  /** Never log request or response bodies (tokens, keys, secrets). */
  sensitive?: boolean;
  /** Epoch ms bound on all retries; default now + 120 s. */
  deadline?: number;
  /** Epoch ms the deadline's budget ('verify-timeout') started at: retry lines then say "12 s of 600 s". */
  budgetStart?: number;
  /** Extra retry predicate, e.g. Entra replication delays right after a create. */
  retryWhen?: (res: HttpResponse) => boolean;
  /** `retryWhen` means "not propagated yet": its retries poll on the propagation schedule (retry.ts). */
  pollForPropagation?: true;
  /** Per attempt, default 30 s. */
  timeoutMs?: number;
  /**
   * Safe to send again when a reset, a 500/502/504 or a garbled body leaves unknown whether the server
   * applied it. Default: true for GET, PUT and DELETE, false for POST and PATCH.
   */
  idempotent?: boolean;
  /** Attempt budget for this request; default the client's `maxAttempts`. `Infinity`: the deadline alone bounds it. */
  maxAttempts?: number;
  /** false: hand a 3xx back as it is, for callers that must follow redirects themselves (Exchange). */
  followRedirects?: false;
}

export interface HttpResponse<T = unknown> {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON when the content type is JSON, else the body text ('' when empty). */
  data: T;
  /** The content type said JSON but the body did not parse (cut short, a proxy's page): `data` is the text. */
  malformed?: boolean;
  attempts: number;
  durationMs: number;
}

/** A response with the body text as received. */
export interface RawHttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  data: unknown;
  /** The content type said JSON but the body did not parse. */
  malformed?: boolean;
}
