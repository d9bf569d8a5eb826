/**
 * The one HTTP stack of exo-cba: every outbound call (GitHub OIDC, Entra token via msal-node,
 * Microsoft Graph, Exchange admin API, GitHub REST) goes through `HttpClient`. It knows transports,
 * not resources: proxies (proxy.ts, agents.ts), CA trust (agents.ts), retries (retry.ts) and
 * transport failures worded for the user (errors.ts). axios's own `proxy` option is disabled
 * because it does not tunnel.
 */
import * as core from '@actions/core';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { errorMessage, waitedOf, type Logger } from '../action/log.js';
import { describeRequest, redactUrl, scrub } from '../action/scrub.js';
import { AgentPool } from './agents.js';
import { decodeResponse, encodeRequest } from './encoding.js';
import { errorCode, networkFailure } from './errors.js';
import { proxyForUrl } from './proxy.js';
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

/** Version sent in the User-Agent; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';
export const USER_AGENT = `exo-cba/${VERSION}`;

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;

export interface HttpClientOptions {
  env?: NodeJS.ProcessEnv;
  /** Request lines and bodies go to debug, retries to info; the stack never warns. */
  log?: Pick<Logger, 'debug' | 'info'>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Default attempt budget per request (default 5). */
  maxAttempts?: number;
  userAgent?: string;
  /** Aborted once the run has failed: no request retries or waits after that. */
  signal?: AbortSignal;
  /** Tests only: trust exactly these CA certificates (PEM) instead of Node's store. Production relies on NODE_EXTRA_CA_CERTS. */
  ca?: string;
}

/** A response with its body text, after the attempts it took. */
type SentResponse = RawHttpResponse & { attempts: number; durationMs: number };

/** A request encoded once for all its attempts, with the bounds on its retries. */
interface PreparedRequest {
  req: HttpRequest;
  headers: Record<string, string>;
  body?: string;
  proxy?: string;
  started: number;
  deadline: number;
  maxAttempts: number;
  idempotent: boolean;
}

/** What one attempt produced: a response or a transport failure. */
type Attempt =
  { response: AxiosResponse<string>; error?: undefined } | { response?: undefined; error: unknown };

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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  private readonly env: NodeJS.ProcessEnv;
  private readonly log: Pick<Logger, 'debug' | 'info'>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly maxAttempts: number;
  private readonly userAgent: string;
  private readonly agents: AgentPool;
  private readonly axios: AxiosInstance;
  private readonly signal?: AbortSignal;

  constructor(options: HttpClientOptions = {}) {
    this.env = options.env ?? process.env;
    this.log = options.log ?? { debug: (m) => core.debug(m), info: (m) => core.info(m) };
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.agents = new AgentPool(options.ca);
    this.signal = options.signal;
    this.axios = axios.create({
      proxy: false, // env proxies are handled by our agents (axios's own proxy support does not CONNECT)
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 5,
      transitional: { clarifyTimeoutError: true },
    });
  }

  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const raw = await this.send(req);
    return {
      status: raw.status,
      headers: raw.headers,
      data: raw.data as T,
      ...(raw.malformed ? { malformed: true } : {}),
      attempts: raw.attempts,
      durationMs: raw.durationMs,
    };
  }

  /** Destroys pooled connections so the process can exit promptly. */
  close(): void {
    this.agents.destroyAll();
  }

  /** `request`, also returning the body text as received (for the fetch adapter). */
  async send(req: HttpRequest): Promise<SentResponse> {
    const started = this.now();
    const prepared: PreparedRequest = {
      req,
      ...encodeRequest(req, this.userAgent),
      proxy: proxyForUrl(req.url, this.env),
      started,
      deadline: req.deadline ?? started + DEFAULT_DEADLINE_MS,
      maxAttempts: Math.max(1, req.maxAttempts ?? this.maxAttempts),
      idempotent: isIdempotent(req),
    };
    if (!req.sensitive && prepared.body !== undefined) {
      this.log.debug(`${req.method} ${redactUrl(req.url)} request body: ${excerpt(prepared.body)}`);
    }

    for (let attempt = 1; ; attempt++) {
      const attemptStart = this.now();
      const outcome = await this.attempt(prepared);
      const durationMs = this.now() - attemptStart;

      if (outcome.response) {
        const raw = decodeResponse(outcome.response);
        this.logResponse(req, raw, durationMs, attempt);
        const done = { ...raw, attempts: attempt, durationMs: this.now() - started };
        const wait = this.waitBeforeRetrying(prepared, done);
        if (wait === undefined) return done;
        await this.sleep(wait);
      } else {
        await this.sleep(this.waitAfterFailure(prepared, outcome.error, attempt, durationMs));
      }
      this.stopIfRunFailed(req);
    }
  }

  /** Whether the run has failed: its remaining requests end instead of retrying. */
  private get runFailed(): boolean {
    return this.signal?.aborted === true;
  }

  private stopIfRunFailed(req: HttpRequest): void {
    if (this.runFailed) {
      throw new Error(`${req.method} ${redactUrl(req.url)} not retried: the run has already failed`);
    }
  }

  private logResponse(req: HttpRequest, raw: RawHttpResponse, durationMs: number, attempt: number): void {
    this.log.debug(
      describeRequest({ method: req.method, url: req.url, status: raw.status, durationMs, attempt }),
    );
    if (!req.sensitive && raw.text !== '' && raw.status >= 300) {
      this.log.debug(`${req.method} ${redactUrl(req.url)} response body: ${excerpt(raw.text)}`);
    }
  }

  /** `; 12 s of 600 s` for a request bounded by the run's budget ('verify-timeout'), else nothing. */
  private budgetText({ req, deadline }: PreparedRequest): string {
    if (req.budgetStart === undefined) return '';
    return `; ${waitedOf((this.now() - req.budgetStart) / 1000, (deadline - req.budgetStart) / 1000)}`;
  }

  /** Milliseconds to wait before asking again for a retryable response; undefined to return it as is. */
  private waitBeforeRetrying(prepared: PreparedRequest, res: SentResponse): number | undefined {
    const { req } = prepared;
    const retryable =
      isRetryableResponse(res, prepared.idempotent) ||
      (req.retryWhen !== undefined && req.retryWhen({ ...res }));
    if (!retryable || this.runFailed) return undefined;

    const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
    // replication errors the caller's retryWhen names are polled; a failing service backs off
    const propagating = req.pollForPropagation && !isRetryableResponse(res, prepared.idempotent);
    const wait =
      retryAfter ??
      (propagating
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
  private waitAfterFailure(
    prepared: PreparedRequest,
    error: unknown,
    attempt: number,
    durationMs: number,
  ): number {
    const { req } = prepared;
    const code = errorCode(error);
    const message = errorMessage(error);
    this.log.debug(
      describeRequest({ method: req.method, url: req.url, error: code ?? message, durationMs, attempt }),
    );
    const wait = backoffMs(attempt, this.random);
    if (
      !isRetryableError(error, prepared.idempotent) ||
      this.runFailed ||
      attempt >= prepared.maxAttempts ||
      this.now() + wait > prepared.deadline
    ) {
      const unsafeToRepeat = !prepared.idempotent && isRetryableError(error, true);
      throw networkFailure(req, error, attempt, prepared.proxy, unsafeToRepeat);
    }
    this.log.info(
      `${req.method} ${redactUrl(req.url)} → ${code ?? message}, retrying in ${(wait / 1000).toFixed(1)} s (backoff${this.budgetText(prepared)})`,
    );
    return wait;
  }

  private async attempt({ req, headers, body, proxy }: PreparedRequest): Promise<Attempt> {
    const secure = req.url.startsWith('https:');
    const agent = this.agents.agentFor(secure, proxy);
    try {
      const response = await this.axios.request<string>({
        method: req.method,
        url: req.url,
        headers,
        data: body,
        timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(req.followRedirects === false ? { maxRedirects: 0 } : {}),
        ...(secure ? { httpsAgent: agent } : { httpAgent: agent }),
      });
      return { response };
    } catch (error) {
      return { error };
    }
  }
}
