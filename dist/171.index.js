export const id = 171;
export const ids = [171];
export const modules = {

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

/***/ 2804:
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
// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/github/issues.ts
/**
 * The GitHub Issues calls of the expiry alarm, one function per call (REST "Issues" and "Labels"; the
 * token needs the "Issues" repository permission, write — the workflow's GITHUB_TOKEN with
 * `permissions: issues: write` has it).
 */

/** Open issues, those carrying `label` when given (the list also returns pull requests: they are left out). */
async function listOpenIssues(octokit, at, label) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...at,
        ...(label ? { labels: label } : {}),
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
        if ((0,failure/* failureOf */.g)(error)?.status !== 422)
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

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(7258);
// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(1100);
;// CONCATENATED MODULE: ./src/publish/alarm.ts
/**
 * The alarm issue: a failed scheduled rotation opens (or updates) ONE open issue in the workflow's
 * repository, labelled `exo-cba`, per tenant and secret destination (a later failure rewrites its body
 * with the latest error); the next healthy run closes it as completed, saying so in the body. Only runs on `schedule` and `workflow_dispatch` take part (the rotation workflow's events; a
 * push or a pull request is someone at work, who reads the failed step), and only with a github-token.
 * The alarm never fails a run: without the "Issues" permission it warns once and gives up.
 *
 * The issue is found by a marker in its body, not by its label: GitHub silently drops the labels of an issue created
 * by a token without push access (REST "Create an issue": "Only users with push access can set labels"), and such a
 * token cannot create the label either; the alarm then works without one.
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
    if (!settings.secrets || !ALARM_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
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
    const http = new client.HttpClient({ log });
    try {
        const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
        await work(await (0,github_client/* lazyOctokit */.K)({ token: target.token, apiUrl, http, log })());
    }
    catch (error) {
        const status = (0,failure/* failureOf */.g)(error)?.status;
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
        const [open] = await openAlarms(octokit, target);
        const body = alarmBody(settings, target, scrubbed, failureCount(open) + 1);
        if (open) {
            await updateIssue(octokit, target.at, open.number, { body });
            ctx.log.info(`Alarm issue #${open.number} updated with this failure.`);
            return;
        }
        const labelled = await ensureLabel(octokit, target.at, {
            name: ALARM_LABEL,
            color: 'd93f0b',
            description: 'exo-cba: a scheduled certificate rotation failed',
        }).then(() => true, () => false);
        const number = await createIssue(octokit, target.at, {
            title: `exo-cba: certificate rotation failed for tenant ${settings.tenantId}`,
            body,
            labels: labelled ? [ALARM_LABEL] : [],
        });
        ctx.log.info(`Alarm issue #${number} opened: a scheduled rotation failed.`);
    });
}
/** This tenant's and destination's open alarm issues: by label first, else among all open issues (a dropped label). */
async function openAlarms(octokit, target) {
    const mine = (issues) => issues.filter((i) => i.body.includes(target.marker));
    const labelled = mine(await listOpenIssues(octokit, target.at, ALARM_LABEL));
    return labelled.length ? labelled : mine(await listOpenIssues(octokit, target.at));
}
/** A healthy run: close this tenant's open alarm issue as completed, saying which run healed it. */
async function clearAlarm(settings, certificate, ctx) {
    const target = alarmTarget(settings, ctx.env);
    if (!target)
        return;
    await withIssues(target, 'close', ctx, async (octokit) => {
        for (const issue of await openAlarms(octokit, target)) {
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
class ExpiryError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
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

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ setIdentityOutputs),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   U7: () => (/* binding */ setCertificateOutputs),
/* harmony export */   pI: () => (/* binding */ announceExpiry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/** The step outputs: the app's identity, the certificate, and what the run did. Secret values are masked. */

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
/** The certificate's public facts and path; with `pfx`, also the PFX and its password (masked). */
function setCertificateOutputs(certificate, path, pfx) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint', certificate.thumbprintSha1);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint-sha256', certificate.thumbprintSha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-on', certificate.notAfter.toISOString());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-path', path);
    if (!pfx)
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate', certificate.pfxBase64);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-password', certificate.password);
}
function setResultOutputs(result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('rotated', String(result.rotated));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', result.verified);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(result.changed));
}
/** The expiry output and, when due, its annotation (the error's failed step is the caller's). */
function announceExpiry(expiry) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-in-days', String(expiry.days));
    if (expiry.level === 'warning' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(expiry.message);
    if (expiry.level === 'error' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(expiry.message);
}


/***/ })

};
