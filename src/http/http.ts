/**
 * The one HTTP stack of exo-cba (DESIGN §6): every outbound call (GitHub OIDC, Entra token via
 * msal-node, Microsoft Graph, Exchange admin API, GitHub REST) goes through `HttpClient`.
 *
 * - Proxy: `HTTPS_PROXY`/`https_proxy` for https URLs (falling back to `HTTP_PROXY`/`http_proxy`),
 *   `HTTP_PROXY`/`http_proxy` for http URLs, `NO_PROXY`/`no_proxy` to bypass. HTTPS is tunnelled with
 *   CONNECT (https-proxy-agent); axios's own `proxy` option is disabled because it does not tunnel.
 * - Trust: agents never set `ca`, so Node's default store — including `NODE_EXTRA_CA_CERTS`, which
 *   Node reads at process start — applies to direct and tunnelled connections alike. The `ca` option
 *   exists for tests only and replaces the store.
 * - Retries: 429/503/504 (Retry-After, else jittered exponential backoff), transport failures, and
 *   whatever the caller's `retryWhen` accepts; never other statuses. Every wait is bounded by the
 *   request's deadline and attempt budget.
 *
 * Transport failures are retried for every method, POST included: a reset may hide a request the
 * server applied, but exo-cba's writes are idempotent upserts or are re-read before being trusted
 * (a repeated create answers "already exists", which the callers treat as success after re-reading).
 */
import * as core from '@actions/core';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import * as http from 'node:http';
import * as https from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { describeRequest, redactUrl, scrub } from '../action/scrub.js';

/** Version sent in the User-Agent; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';
export const USER_AGENT = `exo-cba/${VERSION}`;

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
  /** Extra retry predicate, e.g. Entra replication delays right after a create. */
  retryWhen?: (res: HttpResponse) => boolean;
  /** Per attempt, default 30 s. */
  timeoutMs?: number;
  /** Attempt budget for this request; default the client's `maxAttempts`. `Infinity`: the deadline alone bounds it. */
  maxAttempts?: number;
}

export interface HttpResponse<T = unknown> {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON when the content type is JSON, else the body text ('' when empty). */
  data: T;
  attempts: number;
  durationMs: number;
}

export interface HttpLog {
  debug(m: string): void;
  info(m: string): void;
}

export interface HttpClientOptions {
  env?: NodeJS.ProcessEnv;
  log?: HttpLog;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Default attempt budget per request (default 5). */
  maxAttempts?: number;
  userAgent?: string;
  /** Tests only: trust exactly these CA certificates (PEM) instead of Node's store. Production relies on NODE_EXTRA_CA_CERTS. */
  ca?: string;
}

/** Transport failure (no HTTP response) after the retries the deadline and attempt budget allowed. */
export class NetworkError extends Error {
  readonly url: string;
  readonly code?: string;
  readonly attempts: number;
  constructor(message: string, details: { url: string; code?: string; attempts: number }) {
    super(message);
    this.name = 'NetworkError';
    this.url = details.url;
    this.code = details.code;
    this.attempts = details.attempts;
  }
}

export const DEFAULT_TIMEOUT_MS = 30_000;
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
const TLS_TRUST_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;

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

function hostMatches(host: string, pattern: string): boolean {
  if (pattern === '*') return true;
  const bare = pattern.replace(/^\*?\./, '');
  return host === bare || host.endsWith(`.${bare}`);
}

/**
 * The proxy URL to use for `url`, or undefined for a direct connection. `NO_PROXY` entries: `*`,
 * a host (also matches its subdomains), `.suffix`, each optionally with `:port`. Loopback
 * addresses are not special: list them to bypass the proxy.
 */
export function proxyForUrl(url: string | URL, env: NodeJS.ProcessEnv): string | undefined {
  const target = typeof url === 'string' ? new URL(url) : url;
  const secure = target.protocol === 'https:';
  const raw = secure
    ? env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY
    : env.http_proxy || env.HTTP_PROXY;
  const proxy = raw?.trim();
  if (!proxy) return undefined;

  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (secure ? '443' : '80');
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '')
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of noProxy) {
    // "[::1]:443", "host:443", "host", "::1"
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    const hostPort = /^([^:]+):(\d+)$/.exec(entry);
    const [entryHost, entryPort] = bracketed
      ? [bracketed[1], bracketed[2]]
      : hostPort
        ? [hostPort[1], hostPort[2]]
        : [entry, undefined];
    if (entryPort !== undefined && entryPort !== port) continue;
    if (hostMatches(host, entryHost)) return undefined;
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

/** What one attempt produced: a response or a transport failure. */
type Attempt =
  { response: AxiosResponse<string>; error?: undefined } | { response?: undefined; error: unknown };

/** A response with the body text as received. */
export interface RawHttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  data: unknown;
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRetryableError(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && RETRY_CODES.has(code)) return true;
  return /socket hang up|timeout/i.test(errorMessage(error));
}

function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text !== '' && contentType && /[/+]json\b/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Graph / Entra error code in a parsed body, for log lines (`{"error":{"code"}}` or `{"error":"invalid_client"}`). */
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

function networkHint(code: string | undefined, proxy: string | undefined): string {
  if (code !== undefined && (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS'))) {
    return ' The server certificate is not trusted: behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to a PEM file with its CA certificate.';
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return proxy
      ? ' The host name did not resolve: check the endpoint inputs and the proxy settings (HTTPS_PROXY, NO_PROXY).'
      : ' The host name did not resolve: check the endpoint inputs and the runner’s DNS; behind a proxy, set HTTPS_PROXY.';
  }
  if (proxy)
    return ` Requests go through the proxy ${redactUrl(proxy)} (HTTPS_PROXY); check it, or list the host in NO_PROXY.`;
  return ' Check the runner’s network access to this host; behind a proxy, set HTTPS_PROXY.';
}

/** How a service is named in messages the user reads. */
const SERVICE_LABEL: Record<ServiceName, string> = {
  oidc: 'the GitHub OIDC token endpoint',
  entra: 'Entra ID',
  graph: 'Microsoft Graph',
  exchange: 'the Exchange Online admin API',
  github: 'the GitHub API',
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  private readonly env: NodeJS.ProcessEnv;
  private readonly log: HttpLog;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly maxAttempts: number;
  private readonly userAgent: string;
  private readonly ca?: string;
  private readonly axios: AxiosInstance;
  /** Keep-alive agents, one per (scheme, proxy): a run makes ~20 requests to 3-4 hosts. */
  private readonly agents = new Map<string, http.Agent>();

  constructor(options: HttpClientOptions = {}) {
    this.env = options.env ?? process.env;
    this.log = options.log ?? { debug: (m) => core.debug(m), info: (m) => core.info(m) };
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.ca = options.ca;
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
      attempts: raw.attempts,
      durationMs: raw.durationMs,
    };
  }

  /** Destroys pooled connections so the process can exit promptly. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  /** `request`, also returning the body text as received (for the fetch adapter). */
  async send(req: HttpRequest): Promise<RawHttpResponse & { attempts: number; durationMs: number }> {
    const started = this.now();
    const deadline = req.deadline ?? started + DEFAULT_DEADLINE_MS;
    const maxAttempts = Math.max(1, req.maxAttempts ?? this.maxAttempts);
    const proxy = proxyForUrl(req.url, this.env);
    const { headers, body } = this.encode(req);
    if (!req.sensitive && body !== undefined) {
      this.log.debug(`${req.method} ${redactUrl(req.url)} request body: ${excerpt(body)}`);
    }

    for (let attempt = 1; ; attempt++) {
      const attemptStart = this.now();
      const outcome = await this.attempt(req, headers, body, proxy);
      const durationMs = this.now() - attemptStart;

      if (outcome.response) {
        const res = outcome.response;
        const resHeaders = flattenHeaders(res.headers);
        const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
        const raw: RawHttpResponse = {
          status: res.status,
          headers: resHeaders,
          text,
          data: parseBody(text, resHeaders['content-type']),
        };
        this.log.debug(
          describeRequest({ method: req.method, url: req.url, status: res.status, durationMs, attempt }),
        );
        if (!req.sensitive && text !== '' && res.status >= 300) {
          this.log.debug(`${req.method} ${redactUrl(req.url)} response body: ${excerpt(text)}`);
        }
        const done = { ...raw, attempts: attempt, durationMs: this.now() - started };
        const retryable =
          RETRY_STATUSES.has(res.status) ||
          (req.retryWhen !== undefined && req.retryWhen({ ...done, data: raw.data }));
        if (!retryable) return done;

        const retryAfter = parseRetryAfter(resHeaders['retry-after'], this.now());
        const wait = retryAfter ?? backoffMs(attempt, this.random);
        if (attempt >= maxAttempts || this.now() + wait > deadline) {
          this.log.debug(
            `${req.method} ${redactUrl(req.url)} → ${res.status}: giving up after ${attempt} attempt(s)`,
          );
          return done;
        }
        const code = bodyErrorCode(raw.data);
        this.log.info(
          `${req.method} ${redactUrl(req.url)} → ${res.status}${code ? ` ${code}` : ''}, retrying in ${(wait / 1000).toFixed(1)} s (${retryAfter !== undefined ? 'Retry-After' : 'backoff'})`,
        );
        await this.sleep(wait);
        continue;
      }

      const code = errorCode(outcome.error);
      const message = errorMessage(outcome.error);
      this.log.debug(
        describeRequest({ method: req.method, url: req.url, error: code ?? message, durationMs, attempt }),
      );
      const wait = backoffMs(attempt, this.random);
      if (!isRetryableError(outcome.error) || attempt >= maxAttempts || this.now() + wait > deadline) {
        throw new NetworkError(
          `Could not reach ${SERVICE_LABEL[req.service]}: ${req.method} ${redactUrl(req.url)} failed: ${scrub(message)}${code && !message.includes(code) ? ` (${code})` : ''}` +
            ` after ${attempt} attempt(s).${networkHint(code, proxy)}`,
          // Not the axios error as `cause`: its config holds the request headers (tokens) and body.
          { url: redactUrl(req.url), code, attempts: attempt },
        );
      }
      this.log.info(
        `${req.method} ${redactUrl(req.url)} → ${code ?? message}, retrying in ${(wait / 1000).toFixed(1)} s (backoff)`,
      );
      await this.sleep(wait);
    }
  }

  private encode(req: HttpRequest): { headers: Record<string, string>; body?: string } {
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'application/json' };
    let body: string | undefined;
    let contentType: string | undefined;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      contentType = 'application/json';
    } else if (req.form !== undefined) {
      body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
      contentType = 'application/x-www-form-urlencoded;charset=utf-8';
    } else if (req.body !== undefined) {
      body = req.body;
    }
    if (contentType) headers['content-type'] = contentType;
    // Caller headers win (case-insensitively), e.g. GitHub's Accept or Graph's Prefer.
    for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
    return { headers, body };
  }

  private async attempt(
    req: HttpRequest,
    headers: Record<string, string>,
    body: string | undefined,
    proxy: string | undefined,
  ): Promise<Attempt> {
    const secure = req.url.startsWith('https:');
    const agent = this.agentFor(secure, proxy);
    try {
      const response = await this.axios.request<string>({
        method: req.method,
        url: req.url,
        headers,
        data: body,
        timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(secure ? { httpsAgent: agent } : { httpAgent: agent }),
      });
      return { response };
    } catch (error) {
      return { error };
    }
  }

  private agentFor(secure: boolean, proxy: string | undefined): http.Agent {
    const key = `${secure ? 'https' : 'http'} ${proxy ?? 'direct'}`;
    let agent = this.agents.get(key);
    if (!agent) {
      agent = proxy
        ? this.proxyAgent(proxy)
        : secure
          ? this.directAgent()
          : new http.Agent({ keepAlive: true });
      this.agents.set(key, agent);
    }
    return agent;
  }

  private directAgent(): https.Agent {
    // No `ca` in production: an explicit `ca` would replace Node's store and lose NODE_EXTRA_CA_CERTS.
    return new https.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
  }

  private proxyAgent(proxy: string): http.Agent {
    const ca = this.ca;
    if (!ca) return new HttpsProxyAgent(proxy, { keepAlive: true });
    // Tests: the target's TLS handshake (inside the tunnel) must trust the test CA too.
    class TestCaProxyAgent extends HttpsProxyAgent<string> {
      override connect(...[request, opts]: Parameters<HttpsProxyAgent<string>['connect']>) {
        return super.connect(request, opts.secureEndpoint ? { ...opts, ca } : opts);
      }
    }
    return new TestCaProxyAgent(proxy, { keepAlive: true });
  }
}

/* ------------------------------------------------------------------------------------------------
 * Microsoft Graph / OData errors
 * ---------------------------------------------------------------------------------------------- */

/** What to do about a 403 from Graph: name the application permission and how to grant it. */
export function forbiddenHint(permission: string): string {
  return (
    `The provisioning app lacks the Microsoft Graph application permission ${permission}. ` +
    `Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → ` +
    `Microsoft Graph → Application permissions → ${permission}, then 'Grant admin consent'.`
  );
}

interface ODataErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

/** A Graph call answered with an error status; the message is safe to show (scrubbed). */
export class GraphError extends Error {
  readonly status: number;
  /** OData error code, e.g. `Authorization_RequestDenied`, `Request_ResourceNotFound`; '' when the body was not OData. */
  readonly code: string;
  readonly innerCode?: string;
  readonly graphMessage: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly date?: string;
  readonly method: string;
  readonly path: string;
  /** What the user should do, when the caller knows (also appended to `message`). */
  hint?: string;

  constructor(fields: {
    status: number;
    code: string;
    innerCode?: string;
    graphMessage: string;
    requestId?: string;
    clientRequestId?: string;
    date?: string;
    method: string;
    path: string;
  }) {
    const what = fields.code ? `${fields.status} ${fields.code}` : `${fields.status}`;
    const id = fields.requestId ? ` (request-id ${fields.requestId})` : '';
    super(`Graph ${fields.method} ${fields.path} failed: ${what}: ${fields.graphMessage}${id}`);
    this.name = 'GraphError';
    this.status = fields.status;
    this.code = fields.code;
    this.innerCode = fields.innerCode;
    this.graphMessage = fields.graphMessage;
    this.requestId = fields.requestId;
    this.clientRequestId = fields.clientRequestId;
    this.date = fields.date;
    this.method = fields.method;
    this.path = fields.path;
  }

  /** Appends what the user should do; returns this for `throw err.withHint(...)`. */
  withHint(hint: string): this {
    this.hint = this.hint ? `${this.hint} ${hint}` : hint;
    this.message = `${this.message}\n${hint}`;
    return this;
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Maps a Graph error response (OData body `{"error":{"code","message","innerError":{…}}}`) to a
 * GraphError. With `permission`, a 403 carries `forbiddenHint(permission)`.
 */
export function graphErrorFrom(
  res: Pick<HttpResponse, 'status' | 'headers' | 'data'>,
  ctx: { method: string; path: string; permission?: string },
): GraphError {
  let body: unknown = res.data;
  if (typeof body === 'string' && body.trimStart().startsWith('{')) {
    try {
      body = JSON.parse(body);
    } catch {
      // not JSON after all
    }
  }
  const error = typeof body === 'object' && body !== null ? (body as ODataErrorBody).error : undefined;
  const inner = error?.innerError ?? error?.innererror ?? {};
  const text = typeof body === 'string' ? body.trim() : '';
  const graphMessage =
    str(error?.message) ?? (text ? text.slice(0, 500) : 'no error details in the response');
  const err = new GraphError({
    status: res.status,
    code: str(error?.code) ?? '',
    innerCode: str(inner.code),
    graphMessage: scrub(graphMessage),
    requestId: str(inner['request-id']) ?? str(res.headers['request-id']),
    clientRequestId: str(inner['client-request-id']) ?? str(res.headers['client-request-id']),
    date: str(inner.date) ?? str(res.headers['date']),
    method: ctx.method.toUpperCase(),
    path: ctx.path,
  });
  if (res.status === 403 && ctx.permission) err.withHint(forbiddenHint(ctx.permission));
  return err;
}

/** Returns `res` when its status is 2xx, else throws the mapped GraphError. */
export function ensureGraphOk<T>(
  res: HttpResponse<T>,
  ctx: { method: string; path: string; permission?: string },
): HttpResponse<T> {
  if (res.status >= 200 && res.status < 300) return res;
  throw graphErrorFrom(res, ctx);
}

/* ------------------------------------------------------------------------------------------------
 * msal-node network client
 * ---------------------------------------------------------------------------------------------- */

/** msal-node's network module, remembering the last transport failure for error reports. */
export interface MsalNetworkClient extends INetworkModule {
  /**
   * msal swallows failures of its discovery GETs (it reports `endpoints_resolution_error`), so the
   * caller can add this diagnosis (proxy, CA, DNS) to the error it shows.
   */
  readonly lastNetworkError?: NetworkError;
}

/**
 * msal-node's network module backed by `http`, so token requests honour the proxy, the CA store
 * and the retry rules. Bodies are returned for every status (msal parses OAuth error bodies itself).
 * Every request is `sensitive`: token requests carry the client assertion and return tokens.
 * A transport failure is raised as an msal `AuthError` so msal passes our message on unchanged.
 */
/** `deadline` (epoch ms) bounds msal's requests' retries, e.g. by verify-timeout. */
export function createMsalNetworkClient(http: HttpClient, deadline?: number): MsalNetworkClient {
  let lastNetworkError: NetworkError | undefined;
  const call = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options: NetworkRequestOptions | undefined,
    timeout?: number,
  ): Promise<NetworkResponse<T>> => {
    try {
      const res = await http.request<T>({
        method,
        url,
        service: 'entra',
        headers: options?.headers,
        ...(method === 'POST' ? { form: options?.body ?? '' } : {}),
        sensitive: true,
        ...(timeout ? { timeoutMs: timeout } : {}),
        ...(deadline ? { deadline } : {}),
      });
      return { status: res.status, headers: res.headers, body: res.data };
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      lastNetworkError = error;
      // Loaded here, not at the top: msal rethrows an AuthError as is, anything else as a generic
      // "network error" without our message; the happy path does not need the import.
      const { AuthError } = await import('@azure/msal-node');
      throw new AuthError('network_error', options?.correlationId ?? '', error.message);
    }
  };
  return {
    get lastNetworkError() {
      return lastNetworkError;
    },
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      call<T>('GET', url, options, timeout),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => call<T>('POST', url, options),
  };
}

/* ------------------------------------------------------------------------------------------------
 * fetch adapter (Octokit)
 * ---------------------------------------------------------------------------------------------- */

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` for libraries that take one (Octokit's `request.fetch`), backed by `http`. Bodies are
 * treated as text (JSON and form APIs); binary uploads are not supported. Requests are `sensitive`
 * because GitHub secret payloads and tokens travel in them. `retryWhen` adds statuses the service
 * asks to retry (GitHub's 403 rate limits).
 */
export function createFetch(
  http: HttpClient,
  service: ServiceName,
  options: { retryWhen?: HttpRequest['retryWhen'] } = {},
): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase() as HttpRequest['method'];
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach(
      (value, name) => {
        headers[name] = value;
      },
    );
    const body = init?.body;
    if (body != null && typeof body !== 'string') {
      throw new TypeError('createFetch supports string request bodies only');
    }
    const raw = await http.send({
      method,
      url,
      service,
      headers,
      ...(body != null ? { body } : {}),
      sensitive: true,
      ...(options.retryWhen ? { retryWhen: options.retryWhen } : {}),
    });
    const response = new Response(NULL_BODY_STATUSES.has(raw.status) ? null : raw.text, {
      status: raw.status,
      headers: raw.headers,
    });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
}
