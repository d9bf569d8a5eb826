/**
 * The one HTTP stack of exo-cba: every outbound call (GitHub OIDC, Entra via msal-node, Microsoft Graph, the
 * Exchange admin API, GitHub REST) goes through `HttpClient`. It knows transports, not resources: axios over
 * keep-alive connections; `HTTPS_PROXY`/`NO_PROXY` read by proxy-from-env, https tunnelled with CONNECT by
 * https-proxy-agent and kept alive (axios's own tunnel opens one per request); the CA store Node reads at
 * start-up, `NODE_EXTRA_CA_CERTS` included; the retry policy of retry.ts; failures worded by errors.ts.
 */
import * as https from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import * as core from '@actions/core';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { errorMessage, waitedOf, type Logger } from '../action/log.js';
import { describeRequest, redactUrl, scrub } from '../action/scrub.js';
import { errorCode, networkFailure } from './errors.js';
import type { HttpRequest, HttpResponse, RawHttpResponse } from './request.js';
import {
  backoffMs,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_ATTEMPTS,
  isIdempotent,
  isRetryableError,
  isRetryableResponse,
  parseRetryAfter,
  propagationDelayMs,
} from './retry.js';
import { VERSION } from '../version.js';

export const USER_AGENT = `exo-cba/${VERSION}`;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;

export interface HttpClientOptions {
  /** Request lines and bodies go to debug, retries to info; the stack never warns. Default: the runner's log. */
  log?: Pick<Logger, 'debug' | 'info'>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Default attempt budget per request (default 5). */
  maxAttempts?: number;
  /** Aborted once the run has failed: no request retries or waits after that. */
  signal?: AbortSignal;
  /**
   * In-process tests only: trust exactly these CA certificates (PEM) on direct connections. Production relies on
   * NODE_EXTRA_CA_CERTS, which also covers connections through a proxy tunnel.
   */
  ca?: string;
}

/** A response with its body text, after the attempts it took. */
type SentResponse = RawHttpResponse & { attempts: number; durationMs: number };

/** A request encoded once for all its attempts, with the bounds on its retries. */
interface Prepared {
  req: HttpRequest;
  headers: Record<string, string>;
  body?: string;
  started: number;
  deadline: number;
  maxAttempts: number;
  idempotent: boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  private readonly log: Pick<Logger, 'debug' | 'info'>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly maxAttempts: number;
  private readonly signal?: AbortSignal;
  private readonly ca?: string;
  /** one keep-alive agent per proxy ('' for direct connections) */
  private readonly agents = new Map<string, https.Agent>();
  private readonly axios: AxiosInstance;

  constructor(options: HttpClientOptions = {}) {
    this.log = options.log ?? { debug: core.debug, info: core.info };
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.signal = options.signal;
    this.ca = options.ca;
    this.axios = axios.create({
      proxy: false, // the agents below tunnel through the environment's proxy
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      transitional: { clarifyTimeoutError: true },
    });
  }

  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const { text: _text, ...response } = await this.send(req);
    return response as HttpResponse<T>;
  }

  /** Destroys pooled connections so the process can exit promptly. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  /** The keep-alive agent for `url`: through the proxy the environment names for it, else direct. */
  private agentFor(url: string): https.Agent {
    const proxy = getProxyForUrl(url);
    let agent = this.agents.get(proxy);
    if (!agent) {
      // no `ca` in production: it would replace Node's store and lose NODE_EXTRA_CA_CERTS
      agent = proxy
        ? new HttpsProxyAgent(proxy, { keepAlive: true })
        : new https.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
      this.agents.set(proxy, agent);
    }
    return agent;
  }

  /** `request`, also returning the body text as received (for the fetch adapter). */
  async send(req: HttpRequest): Promise<SentResponse> {
    const started = this.now();
    const prepared: Prepared = {
      req,
      ...encode(req),
      started,
      deadline: req.deadline ?? started + DEFAULT_DEADLINE_MS,
      maxAttempts: Math.max(1, req.maxAttempts ?? this.maxAttempts),
      idempotent: isIdempotent(req),
    };
    if (!req.sensitive && prepared.body !== undefined)
      this.log.debug(`${req.method} ${redactUrl(req.url)} request body: ${excerpt(prepared.body)}`);

    for (let attempt = 1; ; attempt++) {
      const attemptStart = this.now();
      const outcome = await this.attempt(prepared);
      const durationMs = this.now() - attemptStart;
      if ('response' in outcome) {
        const raw = decode(outcome.response);
        this.logResponse(req, raw, durationMs, attempt);
        const done = { ...raw, attempts: attempt, durationMs: this.now() - started };
        const wait = this.waitBeforeRetrying(prepared, done);
        if (wait === undefined) return done;
        await this.sleep(wait);
      } else {
        await this.sleep(this.waitAfterFailure(prepared, outcome.error, attempt, durationMs));
      }
      if (this.signal?.aborted)
        throw new Error(`${req.method} ${redactUrl(req.url)} not retried: the run has already failed`);
    }
  }

  private logResponse(req: HttpRequest, raw: RawHttpResponse, durationMs: number, attempt: number): void {
    this.log.debug(
      describeRequest({ method: req.method, url: req.url, status: raw.status, durationMs, attempt }),
    );
    if (!req.sensitive && raw.text !== '' && raw.status >= 300)
      this.log.debug(`${req.method} ${redactUrl(req.url)} response body: ${excerpt(raw.text)}`);
  }

  /** `; 12 s of 600 s` for a request bounded by the run's budget ('verify-timeout'), else nothing. */
  private budgetText({ req, deadline }: Prepared): string {
    if (req.budgetStart === undefined) return '';
    return `; ${waitedOf((this.now() - req.budgetStart) / 1000, (deadline - req.budgetStart) / 1000)}`;
  }

  /** Milliseconds to wait before asking again for a retryable response; undefined to return it as is. */
  private waitBeforeRetrying(prepared: Prepared, res: SentResponse): number | undefined {
    const { req } = prepared;
    const serviceRetry = isRetryableResponse(res, prepared.idempotent);
    if (!(serviceRetry || req.retryWhen?.({ ...res })) || this.signal?.aborted) return undefined;
    const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
    // replication errors the caller's retryWhen names are polled; a failing service backs off
    const wait =
      retryAfter ??
      (req.pollForPropagation && !serviceRetry
        ? propagationDelayMs(this.now() - prepared.started, this.random)
        : backoffMs(res.attempts, this.random));
    if (res.attempts >= prepared.maxAttempts || this.now() + wait > prepared.deadline) {
      this.log.debug(
        `${req.method} ${redactUrl(req.url)} → ${res.status}: giving up after ${res.attempts} attempt(s)`,
      );
      return undefined;
    }
    const code = res.malformed ? 'unreadable body' : bodyErrorCode(res.data);
    const why = retryAfter !== undefined ? 'Retry-After' : 'backoff';
    this.log.info(
      `${req.method} ${redactUrl(req.url)} → ${res.status}${code ? ` ${code}` : ''}, retrying in ${(wait / 1000).toFixed(1)} s (${why}${this.budgetText(prepared)})`,
    );
    return wait;
  }

  /** Milliseconds to wait before retrying after a transport failure; throws the NetworkError when no retry is left. */
  private waitAfterFailure(prepared: Prepared, error: unknown, attempt: number, durationMs: number): number {
    const { req } = prepared;
    const code = errorCode(error);
    this.log.debug(
      describeRequest({
        method: req.method,
        url: req.url,
        error: code ?? errorMessage(error),
        durationMs,
        attempt,
      }),
    );
    const wait = backoffMs(attempt, this.random);
    const retry =
      isRetryableError(error, prepared.idempotent) &&
      !this.signal?.aborted &&
      attempt < prepared.maxAttempts &&
      this.now() + wait <= prepared.deadline;
    if (!retry) {
      const unsafeToRepeat = !prepared.idempotent && isRetryableError(error, true);
      throw networkFailure(req, error, attempt, unsafeToRepeat);
    }
    this.log.info(
      `${req.method} ${redactUrl(req.url)} → ${code ?? errorMessage(error)}, retrying in ${(wait / 1000).toFixed(1)} s (backoff${this.budgetText(prepared)})`,
    );
    return wait;
  }

  private async attempt({
    req,
    headers,
    body,
  }: Prepared): Promise<{ response: AxiosResponse<string> } | { error: unknown }> {
    try {
      const response = await this.axios.request<string>({
        method: req.method,
        url: req.url,
        headers,
        data: body,
        timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxRedirects: req.followRedirects === false ? 0 : 5,
        httpsAgent: this.agentFor(req.url),
      });
      return { response };
    } catch (error) {
      return { error };
    }
  }
}

/** Headers and body text for `req`: JSON, form or raw body, with its content type; caller headers win. */
function encode(req: HttpRequest): { headers: Record<string, string>; body?: string } {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/json' };
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  } else if (req.form !== undefined) {
    body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded;charset=utf-8';
  } else if (req.body !== undefined) {
    body = req.body;
  }
  for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
  return { headers, body };
}

/** Lower-case headers, the body text, and the text parsed when its content type says JSON (`malformed` if it does not parse). */
function decode(res: AxiosResponse<string>): RawHttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers ?? {})) {
    if (value !== undefined && value !== null)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
  if (text !== '' && /[/+]json\b/i.test(headers['content-type'] ?? '')) {
    try {
      return { status: res.status, headers, text, data: JSON.parse(text) };
    } catch {
      return { status: res.status, headers, text, data: text, malformed: true };
    }
  }
  return { status: res.status, headers, text, data: text };
}

/** An error code in a JSON error body, for log lines (`{"error":{"code"}}` or `{"error":"invalid_client"}`). */
function bodyErrorCode(data: unknown): string | undefined {
  const error = (data as { error?: unknown } | undefined)?.error;
  if (typeof error === 'string') return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function excerpt(text: string): string {
  const clean = scrub(text);
  return clean.length > LOG_BODY_CHARS ? `${clean.slice(0, LOG_BODY_CHARS)}… (${clean.length} chars)` : clean;
}
