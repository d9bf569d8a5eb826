export const id = 797;
export const ids = [797];
export const modules = {

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 7258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HttpClient: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, USER_AGENT

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 4 modules
var dist = __webpack_require__(7659);
// EXTERNAL MODULE: ./node_modules/proxy-from-env/index.js
var proxy_from_env = __webpack_require__(8182);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 64 modules
var axios = __webpack_require__(107);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** exo-cba's version, as package.json states it (sent in the User-Agent). */

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/http/client.ts
/**
 * The one HTTP stack of exo-cba: every outbound call (GitHub OIDC, Entra via msal-node, Microsoft Graph, the
 * Exchange admin API, GitHub REST) goes through `HttpClient`. It knows transports, not resources: axios over
 * keep-alive connections; `HTTPS_PROXY`/`NO_PROXY` read by proxy-from-env, https tunnelled with CONNECT by
 * https-proxy-agent and kept alive (axios's own tunnel opens one per request); the CA store Node reads at
 * start-up, `NODE_EXTRA_CA_CERTS` included; the retry policy of retry.ts; failures worded by errors.ts.
 */










const USER_AGENT = `exo-cba/${VERSION}`;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    log;
    sleep;
    random;
    now;
    maxAttempts;
    signal;
    ca;
    /** one keep-alive agent per proxy ('' for direct connections) */
    agents = new Map();
    axios;
    constructor(options = {}) {
        this.log = options.log ?? { debug: core/* debug */.Yz, info: core/* info */.pq };
        this.sleep = options.sleep ?? defaultSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
        this.maxAttempts = options.maxAttempts ?? http_retry/* DEFAULT_MAX_ATTEMPTS */.Gz;
        this.signal = options.signal;
        this.ca = options.ca;
        this.axios = axios/* default */.A.create({
            proxy: false, // the agents below tunnel through the environment's proxy
            validateStatus: () => true,
            responseType: 'text',
            transformResponse: [(data) => data],
            transitional: { clarifyTimeoutError: true },
        });
    }
    async request(req) {
        const { text: _text, ...response } = await this.send(req);
        return response;
    }
    /** Destroys pooled connections so the process can exit promptly. */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
    /** The keep-alive agent for `url`: through the proxy the environment names for it, else direct. */
    agentFor(url) {
        const proxy = (0,proxy_from_env/* getProxyForUrl */.T)(url);
        let agent = this.agents.get(proxy);
        if (!agent) {
            // no `ca` in production: it would replace Node's store and lose NODE_EXTRA_CA_CERTS
            agent = proxy
                ? new dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true })
                : new external_node_https_.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
            this.agents.set(proxy, agent);
        }
        return agent;
    }
    /** `request`, also returning the body text as received (for the fetch adapter). */
    async send(req) {
        const started = this.now();
        const prepared = {
            req,
            ...encode(req),
            started,
            deadline: req.deadline ?? started + http_retry/* DEFAULT_DEADLINE_MS */.u8,
            maxAttempts: Math.max(1, req.maxAttempts ?? this.maxAttempts),
            idempotent: (0,http_retry/* isIdempotent */.ky)(req),
        };
        if (!req.sensitive && prepared.body !== undefined)
            this.log.debug(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} request body: ${excerpt(prepared.body)}`);
        for (let attempt = 1;; attempt++) {
            const attemptStart = this.now();
            const outcome = await this.attempt(prepared);
            const durationMs = this.now() - attemptStart;
            if ('response' in outcome) {
                const raw = decode(outcome.response);
                this.logResponse(req, raw, durationMs, attempt);
                const done = { ...raw, attempts: attempt, durationMs: this.now() - started };
                const wait = this.waitBeforeRetrying(prepared, done);
                if (wait === undefined)
                    return done;
                await this.sleep(wait);
            }
            else {
                await this.sleep(this.waitAfterFailure(prepared, outcome.error, attempt, durationMs));
            }
            if (this.signal?.aborted)
                throw new Error(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} not retried: the run has already failed`);
        }
    }
    logResponse(req, raw, durationMs, attempt) {
        this.log.debug((0,scrub/* describeRequest */.Ng)({ method: req.method, url: req.url, status: raw.status, durationMs, attempt }));
        if (!req.sensitive && raw.text !== '' && raw.status >= 300)
            this.log.debug(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} response body: ${excerpt(raw.text)}`);
    }
    /** `; 12 s of 600 s` for a request bounded by the run's budget ('verify-timeout'), else nothing. */
    budgetText({ req, deadline }) {
        if (req.budgetStart === undefined)
            return '';
        return `; ${(0,log/* waitedOf */.sV)((this.now() - req.budgetStart) / 1000, (deadline - req.budgetStart) / 1000)}`;
    }
    /** Milliseconds to wait before asking again for a retryable response; undefined to return it as is. */
    waitBeforeRetrying(prepared, res) {
        const { req } = prepared;
        const serviceRetry = (0,http_retry/* isRetryableResponse */.mV)(res, prepared.idempotent);
        if (!(serviceRetry || req.retryWhen?.({ ...res })) || this.signal?.aborted)
            return undefined;
        const retryAfter = (0,http_retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.now());
        // replication errors the caller's retryWhen names are polled; a failing service backs off
        const wait = retryAfter ??
            (req.pollForPropagation && !serviceRetry
                ? (0,http_retry/* propagationDelayMs */.ii)(this.now() - prepared.started, this.random)
                : (0,http_retry/* backoffMs */.jo)(res.attempts, this.random));
        if (res.attempts >= prepared.maxAttempts || this.now() + wait > prepared.deadline) {
            this.log.debug(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} → ${res.status}: giving up after ${res.attempts} attempt(s)`);
            return undefined;
        }
        const code = res.malformed ? 'unreadable body' : bodyErrorCode(res.data);
        const why = retryAfter !== undefined ? 'Retry-After' : 'backoff';
        this.log.info(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} → ${res.status}${code ? ` ${code}` : ''}, retrying in ${(wait / 1000).toFixed(1)} s (${why}${this.budgetText(prepared)})`);
        return wait;
    }
    /** Milliseconds to wait before retrying after a transport failure; throws the NetworkError when no retry is left. */
    waitAfterFailure(prepared, error, attempt, durationMs) {
        const { req } = prepared;
        const code = (0,errors/* errorCode */.CA)(error);
        this.log.debug((0,scrub/* describeRequest */.Ng)({
            method: req.method,
            url: req.url,
            error: code ?? (0,log/* errorMessage */.gJ)(error),
            durationMs,
            attempt,
        }));
        const wait = (0,http_retry/* backoffMs */.jo)(attempt, this.random);
        const retry = (0,http_retry/* isRetryableError */.$d)(error, prepared.idempotent) &&
            !this.signal?.aborted &&
            attempt < prepared.maxAttempts &&
            this.now() + wait <= prepared.deadline;
        if (!retry) {
            const unsafeToRepeat = !prepared.idempotent && (0,http_retry/* isRetryableError */.$d)(error, true);
            throw (0,errors/* networkFailure */.rd)(req, error, attempt, unsafeToRepeat);
        }
        this.log.info(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} → ${code ?? (0,log/* errorMessage */.gJ)(error)}, retrying in ${(wait / 1000).toFixed(1)} s (backoff${this.budgetText(prepared)})`);
        return wait;
    }
    async attempt({ req, headers, body, }) {
        try {
            const response = await this.axios.request({
                method: req.method,
                url: req.url,
                headers,
                data: body,
                timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                maxRedirects: req.followRedirects === false ? 0 : 5,
                httpsAgent: this.agentFor(req.url),
            });
            return { response };
        }
        catch (error) {
            return { error };
        }
    }
}
/** Headers and body text for `req`: JSON, form or raw body, with its content type; caller headers win. */
function encode(req) {
    const headers = { 'user-agent': USER_AGENT, accept: 'application/json' };
    let body;
    if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
    }
    else if (req.form !== undefined) {
        body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
        headers['content-type'] = 'application/x-www-form-urlencoded;charset=utf-8';
    }
    else if (req.body !== undefined) {
        body = req.body;
    }
    for (const [name, value] of Object.entries(req.headers ?? {}))
        headers[name.toLowerCase()] = value;
    return { headers, body };
}
/** Lower-case headers, the body text, and the text parsed when its content type says JSON (`malformed` if it does not parse). */
function decode(res) {
    const headers = {};
    for (const [name, value] of Object.entries(res.headers ?? {})) {
        if (value !== undefined && value !== null)
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
    if (text !== '' && /[/+]json\b/i.test(headers['content-type'] ?? '')) {
        try {
            return { status: res.status, headers, text, data: JSON.parse(text) };
        }
        catch {
            return { status: res.status, headers, text, data: text, malformed: true };
        }
    }
    return { status: res.status, headers, text, data: text };
}
/** An error code in a JSON error body, for log lines (`{"error":{"code"}}` or `{"error":"invalid_client"}`). */
function bodyErrorCode(data) {
    const error = data?.error;
    if (typeof error === 'string')
        return error;
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function excerpt(text) {
    const clean = (0,scrub/* scrub */._I)(text);
    return clean.length > LOG_BODY_CHARS ? `${clean.slice(0, LOG_BODY_CHARS)}… (${clean.length} chars)` : clean;
}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   fX: () => (/* binding */ SERVICE_LABEL),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var proxy_from_env__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8182);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3817);
/** The transport failure callers catch, worded with what to check (proxy, CA trust, DNS). */




/** Transport failure (no HTTP response) after the retries the deadline and attempt budget allowed. */
class NetworkError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    url;
    code;
    attempts;
    constructor(message, details) {
        super(message);
        this.name = 'NetworkError';
        this.url = details.url;
        this.code = details.code;
        this.attempts = details.attempts;
    }
}
/** How a service is named in messages the user reads. */
const SERVICE_LABEL = {
    oidc: 'the GitHub OIDC token endpoint',
    entra: 'Entra ID',
    graph: 'Microsoft Graph',
    exchange: 'the Exchange Online admin API',
    github: 'the GitHub API',
};
const TLS_TRUST_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_UNTRUSTED',
]);
/** The Node error code of a transport failure (axios puts it on the error or on its cause). */
function errorCode(error) {
    const e = error;
    if (typeof e?.code === 'string')
        return e.code;
    if (typeof e?.cause?.code === 'string')
        return e.cause.code;
    return undefined;
}
/** What the user should check after a transport failure with `code`, through `proxy` if any. */
function networkHint(code, proxy) {
    if (code !== undefined && (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS'))) {
        return ' The server certificate is not trusted: behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to a PEM file with its CA certificate.';
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return proxy
            ? ' The host name did not resolve: check the endpoint inputs and the proxy settings (HTTPS_PROXY, NO_PROXY).'
            : ' The host name did not resolve: check the endpoint inputs and the runner’s DNS; behind a proxy, set HTTPS_PROXY.';
    }
    if (proxy)
        return ` Requests go through the proxy ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(proxy)} (HTTPS_PROXY); check it, or list the host in NO_PROXY.`;
    return ' Check the runner’s network access to this host; behind a proxy, set HTTPS_PROXY.';
}
/** The NetworkError for a request's last transport failure, with the hint that fits it. */
function networkFailure(req, error, attempts, unsafeToRepeat = false) {
    // the proxy axios chose for this URL (HTTPS_PROXY unless NO_PROXY names the host), for the hint
    const proxy = (0,proxy_from_env__WEBPACK_IMPORTED_MODULE_3__/* .getProxyForUrl */ .T)(req.url) || undefined;
    const code = errorCode(error);
    const message = (0,_action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    const notRepeated = unsafeToRepeat
        ? ' It was not sent again: the service may have applied it before the connection failed. Run the workflow again; exo-cba finds what was done.'
        : networkHint(code, proxy);
    return new NetworkError(`Could not reach ${SERVICE_LABEL[req.service]}: ${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(req.url)} failed: ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(message)}${code && !message.includes(code) ? ` (${code})` : ''}` +
        ` after ${attempts} attempt(s).${notRepeated}`, 
    // Not the axios error as `cause`: its config holds the request headers (tokens) and body.
    { url: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(req.url), code, attempts });
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   ii: () => (/* binding */ propagationDelayMs),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   ky: () => (/* binding */ isIdempotent),
/* harmony export */   mV: () => (/* binding */ isRetryableResponse),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_AFTER_MS, PROPAGATION_CAP_MS */
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8592);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8549);
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


const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_MAX_ATTEMPTS = 5;
/** A single Retry-After wait is capped so a misbehaving server cannot park the run. */
const MAX_RETRY_AFTER_MS = 60_000;
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
function isIdempotent(req) {
    return req.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(req.method);
}
/** Whether a response calls for another attempt of a request that is (or is not) safe to repeat. */
function isRetryableResponse(res, idempotent) {
    if (UNPROCESSED_STATUSES.has(res.status))
        return true;
    if (!idempotent)
        return false;
    return SERVER_FAILURE_STATUSES.has(res.status) || (res.malformed === true && res.status < 300);
}
/** Whether a transport failure may pass on a new attempt of a request that is (or is not) safe to repeat. */
function isRetryableError(error, idempotent = true) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
    if (code !== undefined && NOT_SENT_CODES.has(code))
        return true;
    if (!idempotent)
        return false;
    if (code !== undefined && MAYBE_SENT_CODES.has(code))
        return true;
    return /socket hang up|timeout|aborted|ERR_STREAM_PREMATURE_CLOSE/i.test((0,_action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
}
/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or HTTP-date), capped at
 * `MAX_RETRY_AFTER_MS`; undefined when absent or unparseable.
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(text)) {
        ms = Number(text) * 1000;
    }
    else {
        const date = Date.parse(text);
        if (Number.isNaN(date))
            return undefined;
        ms = date - now;
    }
    return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
/** Jittered exponential backoff before attempt `attempt + 1`: within [d/2, d], d = min(10 s, 0.5 s × 2^(attempt−1)). */
function backoffMs(attempt, random) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return ceiling / 2 + random() * (ceiling / 2);
}
/** First poll for propagation after 1 s; later polls within a quarter of the time already waited more. */
const PROPAGATION_FIRST_MS = 1000;
const PROPAGATION_FRACTION = 0.25;
/** The longest gap between polls: a long wait asks no more often than once in 10 s. */
const PROPAGATION_CAP_MS = 10_000;
/**
 * The wait before checking again whether a change has propagated (Entra ID and Exchange are eventually
 * consistent, with no SLA: "A newly created object [may] return a 'Not Found'", Microsoft Entra devblog
 * "Designing for Eventual Consistency", 2026-03-24). It finds propagation within 1 s + a quarter of the time
 * already waited, so a 3 s delay costs about 1 s more, never 2x. The gaps grow with the time waited, up to
 * 10 s, so a long wait asks no more often than before; jitter (down to 80 %) spreads concurrent runs.
 */
function propagationDelayMs(waitedMs, random) {
    const ceiling = Math.min(PROPAGATION_CAP_MS, PROPAGATION_FIRST_MS + Math.max(0, waitedMs) * PROPAGATION_FRACTION);
    return Math.round(ceiling * (0.8 + 0.2 * random()));
}


/***/ }),

/***/ 8182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ getProxyForUrl)
/* harmony export */ });


var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
};

function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}

/**
 * @param {string|object|URL} url - The URL as a string or URL instance, or a
 *   compatible object (such as the result from legacy url.parse).
 * @return {string} The URL of the proxy that should handle the request to the
 *  given URL. If no proxy is set, this will be an empty string.
 */
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === 'string' ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== 'string' || !hostname || typeof proto !== 'string') {
    return '';  // Don't proxy URLs without a valid scheme or host.
  }

  proto = proto.split(':', 1)[0];
  // Stripping ports in this way instead of using parsedUrl.hostname to make
  // sure that the brackets around IPv6 addresses are kept.
  hostname = hostname.replace(/:\d*$/, '');
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return '';  // Don't proxy URLs that match NO_PROXY.
  }

  var proxy = getEnv(proto + '_proxy') || getEnv('all_proxy');
  if (proxy && proxy.indexOf('://') === -1) {
    // Missing scheme in proxy, default to the requested URL's scheme.
    proxy = proto + '://' + proxy;
  }
  return proxy;
}

/**
 * Determines whether a given URL should be proxied.
 *
 * @param {string} hostname - The host name of the URL.
 * @param {number} port - The effective port of the URL.
 * @returns {boolean} Whether the given URL should be proxied.
 * @private
 */
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv('no_proxy').toLowerCase();
  if (!NO_PROXY) {
    return true;  // Always proxy if NO_PROXY is not set.
  }
  if (NO_PROXY === '*') {
    return false;  // Never proxy if wildcard is set.
  }

  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;  // Skip zero-length hosts.
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;  // Skip if ports don't match.
    }

    if (!/^[.*]/.test(parsedProxyHostname)) {
      // No wildcards, so stop proxying if there is an exact match.
      return hostname !== parsedProxyHostname;
    }

    if (parsedProxyHostname.charAt(0) === '*') {
      // Remove leading wildcard.
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    // Stop proxying if the hostname ends with the no_proxy host.
    return !hostname.endsWith(parsedProxyHostname);
  });
}

/**
 * Get the value for an environment variable.
 *
 * @param {string} key - The name of the environment variable.
 * @return {string} The value of the environment variable.
 * @private
 */
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || '';
}


/***/ })

};
