export const id = 498;
export const ids = [498];
export const modules = {

/***/ 3034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ STATE_INSTALLED_THUMBPRINT),
/* harmony export */   X: () => (/* binding */ STATE_PFX_PATH)
/* harmony export */ });
/** Names of the state the main step saves for the post step. */
const STATE_PFX_PATH = 'pfx-path';
const STATE_INSTALLED_THUMBPRINT = 'installed-thumbprint';


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, USER_AGENT, VERSION

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(1542);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 4 modules
var dist = __webpack_require__(7659);
;// CONCATENATED MODULE: ./src/http/agents.ts
/**
 * Keep-alive connection agents, direct or through a proxy. HTTPS through a proxy is tunnelled with
 * CONNECT (https-proxy-agent). Agents never set `ca` in production, so Node's default store —
 * including `NODE_EXTRA_CA_CERTS`, which Node reads at process start — applies to direct and
 * tunnelled connections alike.
 */



/** One agent per (scheme, proxy): a run makes ~20 requests to 3-4 hosts. */
class AgentPool {
    ca;
    agents = new Map();
    /** `ca`: tests only, trust exactly these CA certificates (PEM) instead of Node's store. */
    constructor(ca) {
        this.ca = ca;
    }
    agentFor(secure, proxy) {
        const key = `${secure ? 'https' : 'http'} ${proxy ?? 'direct'}`;
        let agent = this.agents.get(key);
        if (!agent) {
            agent = proxy
                ? this.proxyAgent(proxy)
                : secure
                    ? this.directAgent()
                    : new external_node_http_.Agent({ keepAlive: true });
            this.agents.set(key, agent);
        }
        return agent;
    }
    /** Destroys pooled connections so the process can exit promptly. */
    destroyAll() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
    directAgent() {
        // No `ca` in production: an explicit `ca` would replace Node's store and lose NODE_EXTRA_CA_CERTS.
        return new external_node_https_.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
    }
    proxyAgent(proxy) {
        const ca = this.ca;
        if (!ca)
            return new dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true });
        // Tests: the target's TLS handshake (inside the tunnel) must trust the test CA too.
        class TestCaProxyAgent extends dist/* HttpsProxyAgent */.b {
            connect(...[request, opts]) {
                return super.connect(request, opts.secureEndpoint ? { ...opts, ca } : opts);
            }
        }
        return new TestCaProxyAgent(proxy, { keepAlive: true });
    }
}

;// CONCATENATED MODULE: ./src/http/encoding.ts
/** Headers and body text for `req`: JSON, form or raw body, with its content type. */
function encodeRequest(req, userAgent) {
    const headers = { 'user-agent': userAgent, accept: 'application/json' };
    let body;
    let contentType;
    if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        contentType = 'application/json';
    }
    else if (req.form !== undefined) {
        body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
        contentType = 'application/x-www-form-urlencoded;charset=utf-8';
    }
    else if (req.body !== undefined) {
        body = req.body;
    }
    if (contentType)
        headers['content-type'] = contentType;
    // Caller headers win (case-insensitively), e.g. GitHub's Accept or Graph's Prefer.
    for (const [name, value] of Object.entries(req.headers ?? {}))
        headers[name.toLowerCase()] = value;
    return { headers, body };
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers ?? {})) {
        if (value === undefined || value === null)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return out;
}
/** The body parsed when its content type says JSON; `malformed` when it says JSON but does not parse. */
function parseBody(text, contentType) {
    if (text !== '' && contentType && /[/+]json\b/i.test(contentType)) {
        try {
            return { data: JSON.parse(text) };
        }
        catch {
            return { data: text, malformed: true };
        }
    }
    return { data: text };
}
/** The response with lower-case headers, its body text, and that text parsed when it is JSON. */
function decodeResponse(res) {
    const headers = flattenHeaders(res.headers);
    const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
    return { status: res.status, headers, text, ...parseBody(text, headers['content-type']) };
}

// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
;// CONCATENATED MODULE: ./src/http/proxy.ts
/**
 * Which proxy a URL goes through, read like curl reads it: `HTTPS_PROXY`/`https_proxy` for https URLs
 * (falling back to `HTTP_PROXY`/`http_proxy`), `HTTP_PROXY`/`http_proxy` for http URLs,
 * `NO_PROXY`/`no_proxy` to bypass.
 */
function hostMatches(host, pattern) {
    if (pattern === '*')
        return true;
    const bare = pattern.replace(/^\*?\./, '');
    return host === bare || host.endsWith(`.${bare}`);
}
/**
 * The proxy URL to use for `url`, or undefined for a direct connection. `NO_PROXY` entries: `*`,
 * a host (also matches its subdomains), `.suffix`, each optionally with `:port`. Loopback
 * addresses are not special: list them to bypass the proxy.
 */
function proxyForUrl(url, env) {
    const target = typeof url === 'string' ? new URL(url) : url;
    const secure = target.protocol === 'https:';
    const raw = secure
        ? env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    const proxy = raw?.trim();
    if (!proxy)
        return undefined;
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
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (hostMatches(host, entryHost))
            return undefined;
    }
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/http/client.ts
/**
 * The one HTTP stack of exo-cba: every outbound call (GitHub OIDC, Entra token via msal-node,
 * Microsoft Graph, Exchange admin API, GitHub REST) goes through `HttpClient`. It knows transports,
 * not resources: proxies (proxy.ts, agents.ts), CA trust (agents.ts), retries (retry.ts) and
 * transport failures worded for the user (errors.ts). axios's own `proxy` option is disabled
 * because it does not tunnel.
 */









/** Version sent in the User-Agent; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
const USER_AGENT = `exo-cba/${VERSION}`;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;
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
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    env;
    log;
    sleep;
    random;
    now;
    maxAttempts;
    userAgent;
    agents;
    axios;
    signal;
    constructor(options = {}) {
        this.env = options.env ?? process.env;
        this.log = options.log ?? { debug: (m) => core/* debug */.Yz(m), info: (m) => core/* info */.pq(m) };
        this.sleep = options.sleep ?? defaultSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
        this.maxAttempts = options.maxAttempts ?? retry/* DEFAULT_MAX_ATTEMPTS */.Gz;
        this.userAgent = options.userAgent ?? USER_AGENT;
        this.agents = new AgentPool(options.ca);
        this.signal = options.signal;
        this.axios = axios/* default */.A.create({
            proxy: false, // env proxies are handled by our agents (axios's own proxy support does not CONNECT)
            validateStatus: () => true,
            responseType: 'text',
            transformResponse: [(data) => data],
            maxRedirects: 5,
            transitional: { clarifyTimeoutError: true },
        });
    }
    async request(req) {
        const raw = await this.send(req);
        return {
            status: raw.status,
            headers: raw.headers,
            data: raw.data,
            ...(raw.malformed ? { malformed: true } : {}),
            attempts: raw.attempts,
            durationMs: raw.durationMs,
        };
    }
    /** Destroys pooled connections so the process can exit promptly. */
    close() {
        this.agents.destroyAll();
    }
    /** `request`, also returning the body text as received (for the fetch adapter). */
    async send(req) {
        const started = this.now();
        const prepared = {
            req,
            ...encodeRequest(req, this.userAgent),
            proxy: proxyForUrl(req.url, this.env),
            started,
            deadline: req.deadline ?? started + retry/* DEFAULT_DEADLINE_MS */.u8,
            maxAttempts: Math.max(1, req.maxAttempts ?? this.maxAttempts),
            idempotent: (0,retry/* isIdempotent */.ky)(req),
        };
        if (!req.sensitive && prepared.body !== undefined) {
            this.log.debug(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} request body: ${excerpt(prepared.body)}`);
        }
        for (let attempt = 1;; attempt++) {
            const attemptStart = this.now();
            const outcome = await this.attempt(prepared);
            const durationMs = this.now() - attemptStart;
            if (outcome.response) {
                const raw = decodeResponse(outcome.response);
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
            this.stopIfRunFailed(req);
        }
    }
    /** Whether the run has failed: its remaining requests end instead of retrying. */
    get runFailed() {
        return this.signal?.aborted === true;
    }
    stopIfRunFailed(req) {
        if (this.runFailed) {
            throw new Error(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} not retried: the run has already failed`);
        }
    }
    logResponse(req, raw, durationMs, attempt) {
        this.log.debug((0,scrub/* describeRequest */.Ng)({ method: req.method, url: req.url, status: raw.status, durationMs, attempt }));
        if (!req.sensitive && raw.text !== '' && raw.status >= 300) {
            this.log.debug(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} response body: ${excerpt(raw.text)}`);
        }
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
        const retryable = (0,retry/* isRetryableResponse */.mV)(res, prepared.idempotent) ||
            (req.retryWhen !== undefined && req.retryWhen({ ...res }));
        if (!retryable || this.runFailed)
            return undefined;
        const retryAfter = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.now());
        // replication errors the caller's retryWhen names are polled; a failing service backs off
        const propagating = req.pollForPropagation && !(0,retry/* isRetryableResponse */.mV)(res, prepared.idempotent);
        const wait = retryAfter ??
            (propagating
                ? (0,retry/* propagationDelayMs */.ii)(this.now() - prepared.started, this.random)
                : (0,retry/* backoffMs */.jo)(res.attempts, this.random));
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
        const message = (0,log/* errorMessage */.gJ)(error);
        this.log.debug((0,scrub/* describeRequest */.Ng)({ method: req.method, url: req.url, error: code ?? message, durationMs, attempt }));
        const wait = (0,retry/* backoffMs */.jo)(attempt, this.random);
        if (!(0,retry/* isRetryableError */.$d)(error, prepared.idempotent) ||
            this.runFailed ||
            attempt >= prepared.maxAttempts ||
            this.now() + wait > prepared.deadline) {
            const unsafeToRepeat = !prepared.idempotent && (0,retry/* isRetryableError */.$d)(error, true);
            throw (0,errors/* networkFailure */.rd)(req, error, attempt, prepared.proxy, unsafeToRepeat);
        }
        this.log.info(`${req.method} ${(0,scrub/* redactUrl */.BO)(req.url)} → ${code ?? message}, retrying in ${(wait / 1000).toFixed(1)} s (backoff${this.budgetText(prepared)})`);
        return wait;
    }
    async attempt({ req, headers, body, proxy }) {
        const secure = req.url.startsWith('https:');
        const agent = this.agents.agentFor(secure, proxy);
        try {
            const response = await this.axios.request({
                method: req.method,
                url: req.url,
                headers,
                data: body,
                timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                ...(req.followRedirects === false ? { maxRedirects: 0 } : {}),
                ...(secure ? { httpsAgent: agent } : { httpAgent: agent }),
            });
            return { response };
        }
        catch (error) {
            return { error };
        }
    }
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
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS),
/* harmony export */   zM: () => (/* binding */ PROPAGATION_CAP_MS)
/* harmony export */ });
/* unused harmony export MAX_RETRY_AFTER_MS */
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8549);
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
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
    if (code !== undefined && NOT_SENT_CODES.has(code))
        return true;
    if (!idempotent)
        return false;
    if (code !== undefined && MAYBE_SENT_CODES.has(code))
        return true;
    return /socket hang up|timeout|aborted|ERR_STREAM_PREMATURE_CLOSE/i.test((0,_action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
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

/***/ 423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FD: () => (/* binding */ clearAlarm),
  ye: () => (/* binding */ raiseAlarm)
});

// UNUSED EXPORTS: ALARM_EVENTS, ALARM_LABEL, runUrl

// EXTERNAL MODULE: ./src/action/log.ts
var action_log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/secrets/github-failure.ts
var github_failure = __webpack_require__(1185);
;// CONCATENATED MODULE: ./src/github/issues.ts
/**
 * The GitHub Issues calls of the expiry alarm, one function per call (REST "Issues" and "Labels"; the
 * token needs the "Issues" repository permission, write — the workflow's GITHUB_TOKEN with
 * `permissions: issues: write` has it).
 */

/** Open issues carrying `label` (the list also returns pull requests: they are left out). */
async function listOpenIssues(octokit, at, label) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...at,
        labels: label,
        state: 'open',
        per_page: 100,
    });
    return issues
        .filter((i) => !i.pull_request)
        .map((i) => ({ number: i.number, body: typeof i.body === 'string' ? i.body : '' }));
}
/** Creates the label unless it exists (GitHub answers 422 for a duplicate name). */
async function ensureLabel(octokit, at, label) {
    try {
        await octokit.rest.issues.createLabel({ ...at, ...label });
    }
    catch (error) {
        if ((0,github_failure/* failureOf */.g)(error)?.status !== 422)
            throw error;
    }
}
async function createIssue(octokit, at, issue) {
    const created = await octokit.rest.issues.create({ ...at, ...issue });
    return created.data.number;
}
/** Replaces the body; with `close`, also closes it as completed (`state_reason` counts only with a state change). */
async function updateIssue(octokit, at, issueNumber, change) {
    await octokit.rest.issues.update({
        ...at,
        issue_number: issueNumber,
        body: change.body,
        ...(change.close ? { state: 'closed', state_reason: 'completed' } : {}),
    });
}

// EXTERNAL MODULE: ./src/http/client.ts + 3 modules
var client = __webpack_require__(7583);
// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
// EXTERNAL MODULE: ./src/secrets/octokit.ts + 1 modules
var octokit = __webpack_require__(7472);
;// CONCATENATED MODULE: ./src/publish/alarm.ts
/**
 * The alarm issue: a failed scheduled rotation opens (or updates) ONE open issue in the workflow's
 * repository, labelled `exo-cba`, per tenant and secret destination (a later failure rewrites its body
 * with the latest error); the next healthy run closes it as completed, saying so in the body. Only runs on `schedule` and `workflow_dispatch` take part (the rotation workflow's events; a
 * push or a pull request is someone at work, who reads the failed step), and only with a github-token.
 * The alarm never fails a run: without the "Issues" permission it warns once and gives up.
 */







const ALARM_LABEL = 'exo-cba';
/** the events of a rotation nobody watches: a failure there must reach someone */
const ALARM_EVENTS = new Set(['schedule', 'workflow_dispatch']);
/** The link to this run: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID. */
function runUrl(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
}
function alarmTarget(settings, env) {
    if (settings.remove || !settings.secrets || !ALARM_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    return {
        at: { owner, repo },
        token: settings.secrets.token,
        marker: `<!-- exo-cba-alarm tenant=${settings.tenantId.toLowerCase()} lineage=${settings.lineage.id} -->`,
        runUrl: runUrl(env),
    };
}
/** Runs `work` with an Octokit on the one HTTP stack; any failure becomes one warning. */
async function withIssues(target, what, ctx, work) {
    const { env, log } = ctx;
    const http = new client/* HttpClient */.Qq({ env, log });
    try {
        const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
        await work(await (0,octokit/* lazyOctokit */.K)({ token: target.token, apiUrl, http, log })());
    }
    catch (error) {
        const status = (0,github_failure/* failureOf */.g)(error)?.status;
        log.warning(`exo-cba could not ${what} its alarm issue in ${target.at.owner}/${target.at.repo}` +
            `${status ? ` (GitHub answered ${status})` : ''}: ${(0,scrub/* scrub */._I)((0,action_log/* errorMessage */.gJ)(error))}. Give the github-token the ` +
            '"Issues" repository permission (write), or turn issues on in the repository, to be told by an issue when a ' +
            'scheduled rotation fails.');
    }
    finally {
        http.close();
    }
}
const FAILURES = /<!-- failures=(\d+) -->/;
function failureCount(issue) {
    return Number(FAILURES.exec(issue?.body ?? '')?.[1] ?? 0);
}
/** The issue's body, rewritten on every failure: the latest failure, how to fix it, how often it failed. */
function alarmBody(settings, target, message, failures) {
    return [
        target.marker,
        `<!-- failures=${failures} -->`,
        `exo-cba could not keep the Exchange Online certificate of tenant \`${settings.tenantId}\` (${settings.lineage.label}) up to date` +
            (failures > 1 ? ` — ${failures} failed runs in a row.` : '.'),
        '',
        `**What failed** ([the latest run](${target.runUrl})):`,
        '',
        `<pre>${(0,html/* escapeHtml */.Z)(message)}</pre>`,
        '',
        '**How to fix it**: the message names the input, permission or service to fix (exo-cba’s docs/troubleshooting.md ' +
            'lists every message). Then run the rotation workflow again (Actions → the workflow → Run workflow). The next ' +
            'healthy scheduled or manual run closes this issue.',
    ].join('\n');
}
/** A failed run: open this tenant's alarm issue, or update the open one. */
async function raiseAlarm(settings, message, ctx) {
    const target = alarmTarget(settings, ctx.env);
    if (!target)
        return;
    const scrubbed = (0,scrub/* scrub */._I)(message);
    await withIssues(target, 'open or update', ctx, async (octokit) => {
        const open = (await listOpenIssues(octokit, target.at, ALARM_LABEL)).find((i) => i.body.includes(target.marker));
        const body = alarmBody(settings, target, scrubbed, failureCount(open) + 1);
        if (open) {
            await updateIssue(octokit, target.at, open.number, { body });
            ctx.log.info(`Alarm issue #${open.number} updated with this failure.`);
            return;
        }
        await ensureLabel(octokit, target.at, {
            name: ALARM_LABEL,
            color: 'd93f0b',
            description: 'exo-cba: a scheduled certificate rotation failed',
        });
        const number = await createIssue(octokit, target.at, {
            title: `exo-cba: certificate rotation failed for tenant ${settings.tenantId}`,
            body,
            labels: [ALARM_LABEL],
        });
        ctx.log.info(`Alarm issue #${number} opened: a scheduled rotation failed.`);
    });
}
/** A healthy run: close this tenant's open alarm issue as completed, saying which run healed it. */
async function clearAlarm(settings, certificate, ctx) {
    const target = alarmTarget(settings, ctx.env);
    if (!target)
        return;
    await withIssues(target, 'close', ctx, async (octokit) => {
        const open = (await listOpenIssues(octokit, target.at, ALARM_LABEL)).filter((i) => i.body.includes(target.marker));
        for (const issue of open) {
            const healed = `**Resolved**: [this run](${target.runUrl}) succeeded; the certificate ${certificate}.`;
            await updateIssue(octokit, target.at, issue.number, {
                body: `${healed}\n\n${issue.body}`,
                close: true,
            });
            ctx.log.info(`Alarm issue #${issue.number} closed: this run succeeded.`);
        }
    });
}


/***/ }),

/***/ 360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ judgeExpiry),
/* harmony export */   c$: () => (/* binding */ expiryLine),
/* harmony export */   kn: () => (/* binding */ ExpiryError)
/* harmony export */ });
/* unused harmony export daysLeft */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/**
 * Expiry you cannot miss: every run with a certificate says in how many whole days the published one
 * expires (output, summary); a warning when it is due for rotation and was not rotated; an error and a
 * failed step when it is within `fail-before-days`. Pure apart from the annotations it is handed.
 */

const DAY = 86_400_000;
/** The step fails because the published certificate expires too soon; everything else was done first. */
class ExpiryError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    constructor(message) {
        super(message);
        this.name = 'ExpiryError';
    }
}
function daysLeft(notAfter, now) {
    return Math.floor((notAfter.getTime() - now.getTime()) / DAY);
}
function when(days, notAfter) {
    const date = notAfter.toISOString();
    if (days < 0)
        return `expired on ${date}`;
    return `expires on ${date} (in ${days} day${days === 1 ? '' : 's'})`;
}
/**
 * Judges the certificate published at the end of a run. `rotated`: this run issued it (then it is
 * fresh). `cause`: why it was not rotated, when the run knows (e.g. a dry run, or the run failed).
 */
function judgeExpiry(certificate, facts) {
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
            message: `${base}, within fail-before-days (${facts.failBeforeDays})${why}. Jobs signing in with it will fail once it ` +
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
function expiryLine(expiry) {
    return `expires ${expiry.notAfter.toISOString()} (in ${expiry.days} days)`;
}


/***/ }),

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ setIdentityOutputs),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   M6: () => (/* binding */ writeDryRunSummary),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   U7: () => (/* binding */ setCertificateOutputs),
/* harmony export */   pI: () => (/* binding */ announceExpiry),
/* harmony export */   qU: () => (/* binding */ writePfxFile)
/* harmony export */ });
/* unused harmony export verificationText */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(360);
/* harmony import */ var _action_state_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3034);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3638);
/* harmony import */ var _summary_sections_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1624);
/** What the user sees: outputs, the PFX file, the log lines and the job summary. Never a secret value. */








/**
 * Writes the PFX under RUNNER_TEMP (mode 0600); the post step deletes it. Its path is saved for the
 * post step before the file exists, so a main step killed while or after writing it leaves the post
 * step what to delete.
 */
function writePfxFile(certificate, env = process.env) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'exo-cba-'));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'exchange-online.pfx');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_action_state_names_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE_PFX_PATH */ .X, path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, Buffer.from(certificate.pfxBase64, 'base64'), { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(path, 0o600);
    return path;
}
function setIdentityOutputs(identity) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('app-id', identity.appId);
    if (identity.appObjectId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('app-object-id', identity.appObjectId);
    if (identity.servicePrincipalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('service-principal-id', identity.servicePrincipalId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tenant-id', identity.tenantId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('organization', identity.organization);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('exchange-environment-name', identity.exchangeEnvironmentName);
}
function setCertificateOutputs(certificate, path) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint', certificate.thumbprintSha1);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint-sha256', certificate.thumbprintSha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-on', certificate.notAfter.toISOString());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-path', path);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate', certificate.pfxBase64);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-password', certificate.password);
}
function setResultOutputs(result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('rotated', String(result.rotated));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', result.verified);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(result.changed));
}
function verificationText(verified, verification) {
    switch (verified) {
        case 'exchange':
            return `Exchange Online accepted the certificate (${verification?.seconds ?? 0} s)`;
        case 'token':
            return (`Entra ID issued an Exchange token with the permissions (${verification?.seconds ?? 0} s)` +
                (verification?.fallbackReason
                    ? `; the Exchange check was skipped: ${verification.fallbackReason}`
                    : ''));
        case 'none':
            return 'not verified (verify: none)';
        case 'unchanged':
            return 'nothing changed, nothing to verify';
    }
}
/** The expiry's warning or error, where the summary's reader sees it first. */
function expiryAlert(expiry) {
    if (expiry.level === 'ok' || !expiry.message)
        return '';
    return `<p><strong>${expiry.level === 'error' ? 'Error' : 'Warning'}:</strong> ${expiry.message}</p>`;
}
async function writeSummary(facts) {
    const { settings, identity, certificate } = facts;
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('Exchange Online app-only access', 2)
        .addRaw(facts.changes.length
        ? `<p>${facts.changes.length} change(s) made.</p>`
        : '<p>Nothing changed: everything was already in place.</p>')
        .addRaw(expiryAlert(facts.expiry))
        .addTable([
        [
            { data: 'What', header: true },
            { data: 'Value', header: true },
        ],
        ['App', `${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(facts.appName)} — client ID <code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(identity.appId)}</code>`],
        ['Tenant', `<code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(identity.tenantId)}</code>`],
        [
            'Organization',
            `<code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(identity.organization)}</code> (${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(identity.exchangeEnvironmentName)})`,
        ],
        ['Permissions', (0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(settings.permissions.join(', '))],
        ['Directory roles', (0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(settings.roles.map((r) => r.name).join(', '))],
        [
            'Certificate',
            `<code>${certificate.thumbprintSha1}</code>, ${(0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .expiryLine */ .c$)(facts.expiry)}` +
                (facts.rotated ? ' — <strong>new in this run</strong>' : ''),
        ],
        ['Verified', (0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(verificationText(facts.verified, facts.verification))],
        [
            'GitHub secrets written',
            facts.secretsWritten.length ? (0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(facts.secretsWritten.join(', ')) : 'none',
        ],
    ]);
    if (facts.changes.length)
        summary.addHeading('Changes', 3).addList(facts.changes.map(_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z));
    if (facts.planLines)
        summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z));
    summary.addRaw((0,_summary_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .warningsSection */ .x)(facts.warnings));
    if (facts.connect)
        summary.addRaw((0,_summary_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .connectSection */ .w)(facts.connect));
    await summary.write();
}
async function writeDryRunSummary(settings, planLines, expiry, warnings) {
    const certificate = settings.certificate;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('Exchange Online app-only access — dry run', 2)
        .addRaw(expiry ? expiryAlert(expiry) : '')
        .addRaw(certificate && expiry
        ? `<p>Certificate <code>${certificate.thumbprintSha1}</code> (the certificate input): ${(0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .expiryLine */ .c$)(expiry)}.</p>`
        : '')
        .addRaw(`<p>App <code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(settings.appUniqueName)}</code>: nothing was changed. The plan:</p>`)
        .addList(planLines.map(_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z))
        .addRaw((0,_summary_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .warningsSection */ .x)(warnings))
        .write();
}
/** The expiry output and, when due, its annotation (the error's failed step is the caller's). */
function announceExpiry(expiry) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-in-days', String(expiry.days));
    if (expiry.level === 'warning' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(expiry.message);
    if (expiry.level === 'error' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(expiry.message);
}


/***/ }),

/***/ 1624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ connectSection),
/* harmony export */   x: () => (/* binding */ warningsSection)
/* harmony export */ });
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3638);

/** Every warning the run logged, where the summary's reader sees them without opening the log. */
function warningsSection(warnings) {
    if (!warnings.length)
        return '';
    const items = warnings.map((w) => `<li>${(0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(w)}</li>`).join('');
    return `<h3>Warnings</h3>\n<ul>${items}</ul>\n`;
}
/** The `Connect-ExchangeOnline` line and the `env:` it reads its secret from. */
function connectSection(line) {
    const env = Object.entries(line.env);
    const envText = env.length
        ? `<p>In the step's <code>env:</code>: ${env
            .map(([name, expression]) => `<code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(`${name}: ${expression}`)}</code>`)
            .join(', ')}</p>\n`
        : '';
    const notes = line.notes.length ? `<p>${line.notes.map(_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z).join(' ')}</p>\n` : '';
    return `<h3>Connect</h3>\n<pre>${(0,_html_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z)(line.command)}</pre>\n${envText}${notes}`;
}


/***/ }),

/***/ 1185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isRateLimit),
/* harmony export */   g: () => (/* binding */ failureOf)
/* harmony export */ });
/**
 * What GitHub answered when a call failed, read from Octokit's error: status, message and headers.
 */
/** The failure GitHub answered, or undefined when the call got no response (transport error). */
function failureOf(error) {
    const e = error;
    if (!e?.response || typeof e.response.status !== 'number')
        return undefined;
    const headers = {};
    for (const [k, v] of Object.entries(e.response.headers ?? {}))
        if (v !== undefined)
            headers[k.toLowerCase()] = String(v);
    const data = e.response.data;
    const message = typeof data === 'object' && data && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string'
            ? data.slice(0, 300)
            : '';
    // GitHub's messages are short and never echo request bodies; collapse whitespace for one log line.
    return { status: e.response.status, message: message.replace(/\s+/g, ' ').trim(), headers };
}
/**
 * GitHub rate limits: 429, or 403 with `retry-after` (secondary limits) or `x-ratelimit-remaining: 0`
 * (primary limit). The HTTP stack already retries 429; this teaches it GitHub's 403 forms.
 */
function isRateLimit(res) {
    if (res.status === 429)
        return true;
    if (res.status !== 403)
        return false;
    return res.headers['retry-after'] !== undefined || res.headers['x-ratelimit-remaining'] === '0';
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ lazyOctokit)
});

;// CONCATENATED MODULE: ./src/http/octokit-fetch.ts
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/**
 * A `fetch` for libraries that take one (Octokit's `request.fetch`), backed by `http`. Bodies are
 * treated as text (JSON and form APIs); binary uploads are not supported. Requests are `sensitive`
 * because GitHub secret payloads and tokens travel in them.
 */
function createFetch(http, service, options = {}) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const headers = { ...options.headers };
        new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((value, name) => {
            headers[name] = value;
        });
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

// EXTERNAL MODULE: ./src/secrets/github-failure.ts
var github_failure = __webpack_require__(1185);
;// CONCATENATED MODULE: ./src/secrets/octokit.ts


/** The REST API version the calls are written against. */
const API_VERSION = '2022-11-28';
/** Returns a getter that creates the client on its first call and then returns the same one. */
function lazyOctokit(options) {
    const { token, apiUrl, http, log } = options;
    const noop = () => { };
    let octokit;
    return () => (octokit ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => {
        const client = getOctokit(token, {
            baseUrl: apiUrl,
            request: { fetch: createFetch(http, 'github', { retryWhen: github_failure/* isRateLimit */.a }) },
            log: {
                debug: noop,
                info: noop,
                warn: (m) => log.warning(m),
                error: (m) => log.warning(m),
            },
        });
        client.hook.before('request', (request) => {
            request.headers['x-github-api-version'] ??= API_VERSION;
        });
        return client;
    }));
}


/***/ })

};
