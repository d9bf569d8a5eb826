export const id = 612;
export const ids = [612];
export const modules = {

/***/ 4468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ sendToExchange)
/* harmony export */ });
/* unused harmony exports MAX_EXCHANGE_REDIRECTS, isExchangeHost, redirectTarget */
/** More hops than any public client has needed (go-exoscc allows 8). */
const MAX_EXCHANGE_REDIRECTS = 5;
/** The port regional `Location`s carry; the service answers on the front door's port. */
const REGIONAL_PORT = '446';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/** Domains Microsoft serves an endpoint's backends from besides its own (the public regional Locations). */
const ALSO_TRUSTED = { 'office365.com': ['outlook.com'] };
/**
 * Whether a host may receive the Exchange token: the endpoint's own host, or a host of its registrable
 * domain (its last two labels: `outlook.office365.com` → `*.office365.com`, `outlook-dod.office365.us` →
 * `*.office365.us`, `partner.outlook.cn` → `*.outlook.cn`; every Exchange Online endpoint's registrable
 * domain has two labels, so no public-suffix list is needed). An endpoint on a loopback name or address
 * (a local test double) trusts only loopback names.
 */
function isExchangeHost(endpoint, host) {
    const own = new URL(endpoint).hostname.toLowerCase();
    const candidate = host.toLowerCase();
    if (candidate === own)
        return true;
    if (LOOPBACK.has(own))
        return LOOPBACK.has(candidate);
    const labels = own.split('.');
    if (labels.length < 2 || /^[\d.]+$/.test(own))
        return false;
    const domain = labels.slice(-2).join('.');
    return [domain, ...(ALSO_TRUSTED[domain] ?? [])].some((d) => candidate.endsWith(`.${d}`));
}
/** `name=value` of each cookie a response sets (GitHub's and axios's joined `set-cookie`: split before each name). */
function cookiesSet(header) {
    if (!header)
        return [];
    return header
        .split(/,(?=\s*[^;,=\s]+=)/)
        .map((cookie) => cookie.split(';')[0].trim())
        .filter((pair) => pair.includes('='));
}
/** Where a redirect leads: the Location resolved against the request, port 446 mapped to the front door's. */
function redirectTarget(from, location, endpoint) {
    const target = new URL(location, from);
    if (target.port === REGIONAL_PORT)
        target.port = new URL(endpoint).port;
    return target;
}
/**
 * Sends an Exchange request with redirects off and follows each 3xx itself (same method, body and
 * headers), to hosts of `endpoint`'s domain only. `url` of the answer is where the final response came from.
 */
async function sendToExchange(http, endpoint, req) {
    let url = req.url;
    const cookies = new Map();
    for (let hop = 0;; hop++) {
        const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
        const headers = cookie ? { ...req.headers, cookie } : req.headers;
        const response = await http.request({
            ...req,
            headers,
            url,
            service: 'exchange',
            followRedirects: false,
        });
        for (const pair of cookiesSet(response.headers['set-cookie'])) {
            const at = pair.indexOf('=');
            cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const location = response.headers.location;
        if (response.status < 300 || response.status > 399 || !location)
            return { response, url };
        if (hop >= MAX_EXCHANGE_REDIRECTS) {
            return { url, refused: `Exchange redirected more than ${MAX_EXCHANGE_REDIRECTS} times` };
        }
        const target = redirectTarget(url, location, endpoint);
        if (target.protocol !== 'https:' || !isExchangeHost(endpoint, target.hostname)) {
            // the token goes to Exchange's own hosts only
            return {
                url,
                refused: `Exchange redirected to ${target.protocol}//${target.host}, outside the domain of ${new URL(endpoint).host}`,
            };
        }
        url = target.toString();
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

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ missingExchangeAccess),
/* harmony export */   c: () => (/* binding */ describeMissingAccess)
/* harmony export */ });
/* harmony import */ var _auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1486);
/**
 * What an Exchange token of the managed app shows about its access, without reading anything in Graph:
 * the admin consent (`roles`) and the directory roles (`wids`, when Entra includes them: app-only tokens
 * carry the service principal's directory roles there, though Microsoft documents `wids` for users —
 * unverified). Shared by self-rotation and token mode.
 */


function missingExchangeAccess(token, wanted) {
    const granted = (0,_auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__/* .claimList */ .B$)(token, 'roles').map((r) => r.toLowerCase());
    const permissions = wanted.permissions.filter((p) => !granted.includes(p.toLowerCase()));
    if (!Array.isArray(token.claims.wids))
        return { permissions, role: false, rolesUnknown: true };
    // any role Exchange supports for app-only access will do: the bootstrap may have assigned another one
    const wids = new Set((0,_auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__/* .claimList */ .B$)(token, 'wids'));
    const role = !Object.values(_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCHANGE_SUPPORTED_ROLES */ .lz).some((id) => wids.has(id));
    return { permissions, role, rolesUnknown: false };
}
/** The missing access in words: "the admin consent for X and a directory role Exchange supports (…)". */
function describeMissingAccess(missing) {
    const parts = missing.permissions.map((p) => `the admin consent for ${p}`);
    if (missing.role)
        parts.push('a directory role Exchange supports for app-only access (e.g. Exchange Administrator)');
    return parts;
}


/***/ }),

/***/ 4612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRUST_WAIT_SECONDS: () => (/* binding */ TRUST_WAIT_SECONDS),
  token: () => (/* binding */ token)
});

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/auth/refusals.ts
var refusals = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var auth_oidc = __webpack_require__(161);
// EXTERNAL MODULE: ./src/auth/token-client.ts
var token_client = __webpack_require__(3855);
// EXTERNAL MODULE: ./src/observe/exchange-access.ts
var exchange_access = __webpack_require__(3186);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
;// CONCATENATED MODULE: ./src/token/messages.ts
/** What token mode tells the user while it waits for the bootstrap's changes, and when it gives up. */


const BOOTSTRAP = 'the bootstrap workflow (exo-cba/exo-cba with client-id, the provisioning app)';
/** What gives the app its Exchange rights. */
const EXCHANGE_RIGHTS = 'directory role';
function tokenProgress(context, w, seconds) {
    const waited = (0,log/* waitedOf */.sV)(seconds, context.settings.verifyTimeoutSeconds);
    switch (w.stage) {
        case 'key':
            return (`waiting for Entra ID to know a federated credential of app ${context.appId} for subject ` +
                `${context.oidc()?.sub ?? '(unknown)'}: ${waited} (AADSTS${w.code}; a credential added moments ago ` +
                `takes minutes to propagate; if none was added, ${BOOTSTRAP} adds it with access-token: true)`);
        case 'consent':
            return (`waiting for the admin consent of ${w.missing.join(', ')} to reach the app's tokens: ${waited} ` +
                `(granted by ${BOOTSTRAP})`);
        case 'role':
            return (`waiting for Exchange to honour the ${EXCHANGE_RIGHTS} of app ${context.appId}: ${waited} ` +
                `(${w.status ? `Exchange answered ${w.status}` : w.text}; assigned by ${BOOTSTRAP})`);
    }
}
function tokenTimeout(context, w, seconds) {
    const waited = `after ${seconds} s ('verify-timeout' is ${context.settings.verifyTimeoutSeconds})`;
    const later = `If the bootstrap ran moments ago, rerun this job later or raise 'verify-timeout'.`;
    switch (w.stage) {
        case 'key': {
            const explained = context.explain(w.cause);
            return new errors/* ActionError */.lZ(`${explained.message}\nStill refused after ${seconds} s: a credential added moments ago is known within ` +
                'about two minutes, so no credential of the app trusts this subject. No token was output.', { cause: w.cause });
        }
        case 'consent':
            return new errors/* ActionError */.lZ(`App ${context.appId} signs in, but its Exchange token lacks ${w.missing.join(', ')} ${waited} (roles in the ` +
                `token: ${w.granted.join(', ') || 'none'}): the admin consent is missing. Run ${BOOTSTRAP} once; it grants the ` +
                `consent. ${later} No token was output.`);
        case 'role':
            return new errors/* ActionError */.lZ(`App ${context.appId} signs in and holds the permissions, but Exchange Online does not accept it ${waited}: ` +
                `${w.status ? `Exchange answered ${w.status}: ${w.text}` : w.text}. The ${EXCHANGE_RIGHTS} is missing or ` +
                `has not reached Exchange (often many minutes). Run ${BOOTSTRAP} once; it assigns the role. ${later} ` +
                'No token was output.');
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/publish/outputs.ts
var outputs = __webpack_require__(6689);
;// CONCATENATED MODULE: ./src/token/outputs.ts
/** Hands the tokens to the job: masked outputs, the identity for -Organization, and a log line without values. */


function expiry(token) {
    // msal always reports the expiry; an hour is Entra's default for app-only tokens
    return (token.expiresOn ?? new Date(Date.now() + 3600_000)).toISOString();
}
function setTokenOutputs(tokens, settings, log) {
    // createTokenClient's acquire() masked each token as Entra returned it, before anything could print it
    core/* setOutput */.uH('access-token', tokens.exchange.accessToken);
    core/* setOutput */.uH('access-token-expires-on', expiry(tokens.exchange));
    if (tokens.compliance) {
        core/* setOutput */.uH('compliance-access-token', tokens.compliance.accessToken);
        core/* setOutput */.uH('compliance-access-token-expires-on', expiry(tokens.compliance));
    }
    // Connect-IPPSSession needs these outside the commercial cloud (empty there)
    core/* setOutput */.uH('compliance-connection-uri', settings.cloud.complianceConnection?.connectionUri ?? '');
    core/* setOutput */.uH('compliance-authorization-endpoint', settings.cloud.complianceConnection?.authorizationEndpoint ?? '');
    (0,outputs/* setIdentityOutputs */.Dx)({
        appId: settings.appId,
        tenantId: tokens.tenantId,
        organization: settings.organization,
        exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
    });
    core/* setOutput */.uH('verified', tokens.verified);
    core/* setOutput */.uH('changed', 'false');
    log.info(issuedText(tokens, settings));
}
/** What was issued, until when, and how it was checked; no token value. */
function issuedText(tokens, settings) {
    const what = tokens.compliance
        ? 'Exchange Online and Security & Compliance tokens'
        : 'an Exchange Online token';
    const checked = tokens.verified === 'exchange'
        ? 'Exchange accepted it'
        : tokens.verified === 'token'
            ? 'its claims carry the permissions'
            : 'not checked (verify: none)';
    return `Issued ${what} of app ${settings.appId} until ${expiry(tokens.exchange)} (${checked}); nothing was written.`;
}

// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/publish/connect-line.ts
var connect_line = __webpack_require__(6732);
// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
// EXTERNAL MODULE: ./src/publish/summary-sections.ts
var summary_sections = __webpack_require__(1624);
;// CONCATENATED MODULE: ./src/token/summary.ts
/** Token mode's job summary: what was issued, the run's warnings, and the line that connects with the token. */





async function writeTokenSummary(tokens, settings, warnings, env) {
    const connect = (0,connect_line/* connectLine */.$o)({
        runnerOs: env.RUNNER_OS,
        stepId: env.GITHUB_ACTION,
        appId: settings.appId,
        organization: settings.organization,
        exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
        credential: { kind: 'token' },
    });
    const compliance = tokens.compliance &&
        (0,connect_line/* complianceConnectLine */.wi)({
            organization: settings.organization,
            stepId: env.GITHUB_ACTION,
            connection: settings.cloud.complianceConnection,
        });
    await (0,summary/* writeJobSummary */.j)((s) => s
        .addHeading('Exchange Online access token', 2)
        .addRaw(`<p>${(0,html/* escapeHtml */.Z)(issuedText(tokens, settings))}</p>\n`)
        .addRaw((0,summary_sections/* warningsSection */.x)(warnings))
        .addRaw((0,summary_sections/* connectSection */.w)(connect))
        .addRaw(compliance ? (0,summary_sections/* connectSection */.w)(compliance) : ''));
}

// EXTERNAL MODULE: ./src/verify/exchange-check.ts + 1 modules
var exchange_check = __webpack_require__(4432);
// EXTERNAL MODULE: ./src/verify/wait.ts
var verify_wait = __webpack_require__(5636);
;// CONCATENATED MODULE: ./src/pipelines/token.ts
/**
 * The token entry: the job signs in as the managed app with its own GitHub OIDC token (a federated credential the
 * bootstrap added) and gets an Exchange Online access token for `Connect-ExchangeOnline -AccessToken` — and, when
 * asked, a Security & Compliance one for `Connect-IPPSSession -AccessToken`. Nothing is written anywhere: no Graph call at all, no secret, no file.
 *
 * Right after the bootstrap, Entra and Exchange may not know the new credential, consent or role yet: each
 * attempt signs in afresh and the run waits, bounded by `verify-timeout`, saying at once what it waits for.
 */











/**
 * How long a subject no federated credential matches is waited for. Entra answers AADSTS70021 for "several
 * minutes" after a credential is added (workload-identity-federation-considerations.md); which code a new
 * subject answers meanwhile — 70021, or 700213 as for a subject never trusted — is not public, so all four
 * no-match codes are waited for, but not for the whole 'verify-timeout': a job whose subject nobody trusts
 * learns it within two minutes, with the subject and the fix.
 */
const TRUST_WAIT_SECONDS = 120;
async function token(settings, run) {
    const tokens = await issueTokens(settings, run);
    setTokenOutputs(tokens, settings, run.log);
    await writeTokenSummary(tokens, settings, run.log.warnings, run.env);
}
async function issueTokens(settings, run) {
    const { http, env, clock, log } = run;
    const oidc = new auth_oidc/* GitHubOidcTokenSource */.P(http, settings.audience, env);
    oidc.assertAvailable();
    // bounds the waits for propagation, and each request's own retries (throttling)
    const wait = new verify_wait/* PropagationWait */.g(clock, settings.verify === 'none' ? 0 : settings.verifyTimeoutSeconds);
    const trust = new verify_wait/* PropagationWait */.g(clock, Math.min(TRUST_WAIT_SECONDS, settings.verifyTimeoutSeconds));
    const client = (0,token_client/* createTokenClient */.Tf)({
        ...settings,
        clientId: settings.appId,
        credential: { kind: 'oidc', source: oidc },
        http,
        deadline: clock.now() + settings.verifyTimeoutSeconds * 1000,
    });
    const explain = (error) => (0,refusals/* signInRefusal */.nF)(error, { app: 'managed', ...settings, oidc: oidc.lastClaims });
    const context = { appId: settings.appId, oidc: () => oidc.lastClaims, settings, explain };
    for (;;) {
        wait.attempted();
        const outcome = await attempt(client, settings, run, explain, wait.deadline);
        if (outcome.done) {
            if (outcome.fallbackReason)
                log.warning(`${outcome.fallbackReason.replace(/\.$/, '')}: the token was checked by its claims only (Exchange's answer is unknown).`);
            const verified = settings.verify === 'none' ? 'none' : outcome.fallbackReason ? 'token' : settings.verify;
            const compliance = settings.complianceAccessToken
                ? await complianceToken(client, settings, outcome.tokens.exchange, log)
                : undefined;
            return { ...outcome.tokens, compliance, verified };
        }
        log.info(tokenProgress(context, outcome, wait.seconds()));
        if (outcome.stage === 'key')
            await trust.pause(() => tokenTimeout(context, outcome, trust.seconds()));
        else
            await wait.pause(() => tokenTimeout(context, outcome, wait.seconds()));
    }
}
/** One sign-in: the tokens and what they show, or what has not propagated yet. */
async function attempt(client, settings, run, explain, deadline) {
    let exchange;
    try {
        exchange = await client.acquire(settings.cloud.exchangeResource, true);
    }
    catch (error) {
        const code = (0,token_client/* aadstsCode */._1)(error);
        if (code === undefined || !refusals/* NO_MATCHING_CREDENTIAL */.Yv.has(code))
            throw explain(error);
        return { done: false, stage: 'key', code, text: (0,token_client/* entraText */.gv)(error), cause: error };
    }
    const tenantId = (0,token_client/* stringClaim */.Ev)(exchange.claims, 'tid') || settings.tenantId;
    const tokens = { tenantId, exchange };
    if (settings.verify === 'none')
        return { done: true, tokens };
    const missing = (0,exchange_access/* missingExchangeAccess */.G)(exchange, settings);
    if (missing.permissions.length)
        return {
            done: false,
            stage: 'consent',
            missing: missing.permissions,
            granted: (0,token_client/* claimList */.B$)(exchange, 'roles'),
        };
    if (missing.role)
        return {
            done: false,
            stage: 'role',
            status: 0,
            text: "the token's directory roles ('wids') hold none Exchange supports for app-only access",
        };
    if (settings.verify !== 'exchange')
        return { done: true, tokens };
    const probe = (0,exchange_check/* exchangeCheck */._w)({ ...settings, tenantId, http: run.http, roles: [] }, deadline);
    const outcome = await probe(exchange);
    return outcome.done ? { ...outcome, tokens } : outcome;
}
/**
 * The Security & Compliance token, asked for on its own once the Exchange one is issued, so a refused compliance
 * scope never costs the job its Exchange token. S&C PowerShell accepts only some directory roles (the roles table
 * of Microsoft's app-only guide): without one in the token's `wids` nothing is handed out, and the message names
 * them and the bootstrap input that assigns one. A refusal of the scope itself (a cloud where the S&C audience is
 * not settled) is a warning, as in ScubaGear (Connection.psm1 "Failed to acquire compliance token").
 */
async function complianceToken(client, settings, exchange, log) {
    const roles = new Set((0,token_client/* claimList */.B$)(exchange, 'wids'));
    const capable = cloud/* COMPLIANCE_SUPPORTED_ROLES */.Tt.filter((name) => roles.has(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz[name]));
    if (!capable.length)
        throw new errors/* ActionError */.lZ(`compliance-access-token: true, but app ${settings.appId} holds no directory role Security & Compliance ` +
            `PowerShell supports for app-only access (${cloud/* COMPLIANCE_SUPPORTED_ROLES */.Tt.join(', ')}); Exchange Administrator ` +
            "is not one of them. Run the bootstrap with roles: 'Compliance Administrator' (or another of these, next to " +
            'the role its Exchange cmdlets need), then rerun this job; a role assigned moments ago reaches the token ' +
            'within minutes. No token was output.');
    try {
        return await client.acquire(settings.cloud.complianceResource, true);
    }
    catch (error) {
        log.warning(`Entra ID issued no Security & Compliance token for ${settings.cloud.complianceResource} ` +
            `(${(0,token_client/* entraText */.gv)(error)}): the Exchange Online token is output, the compliance one is not.`);
        return undefined;
    }
}


/***/ }),

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ connectLine),
/* harmony export */   wi: () => (/* binding */ complianceConnectLine)
/* harmony export */ });
/* unused harmony exports PASSWORD_VARIABLE, TOKEN_VARIABLE, COMPLIANCE_TOKEN_VARIABLE, powershellQuote */
/**
 * The `Connect-ExchangeOnline` line the job summary ends with, ready to copy into a later step of the job.
 * It names public facts only (client ID, organization, thumbprint, file path); the password and the token
 * are read from environment variables the step sets from the outputs, never written out.
 */
const PASSWORD_VARIABLE = 'EXO_PW';
const TOKEN_VARIABLE = 'EXO_TOKEN';
const COMPLIANCE_TOKEN_VARIABLE = 'EXO_COMPLIANCE_TOKEN';
const PUBLIC_CLOUD = 'O365Default';
/** A PowerShell single-quoted string: `'` doubles, nothing else is special. */
function powershellQuote(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/** A bare argument when it is a plain word (GUID, domain), else quoted. */
function argument(value) {
    return /^[\w.-]+$/.test(value) ? value : powershellQuote(value);
}
/** The runner names a step without an `id:` `__run`, `__owner_repo` and the like: those cannot be referenced. */
function outputExpression(stepId, output) {
    const id = stepId && /^[A-Za-z_][\w-]*$/.test(stepId) && !stepId.startsWith('__') ? stepId : '<id>';
    return `\${{ steps.${id}.outputs.${output} }}`;
}
function credentialArguments(credential) {
    switch (credential.kind) {
        case 'store':
            return `-CertificateThumbprint ${credential.thumbprint}`;
        case 'file':
            return (`-CertificateFilePath ${powershellQuote(credential.path)} ` +
                `-CertificatePassword (ConvertTo-SecureString $env:${PASSWORD_VARIABLE} -AsPlainText -Force)`);
        case 'token':
            return `-AccessToken $env:${TOKEN_VARIABLE}`;
    }
}
function credentialNotes(facts) {
    const windows = facts.runnerOs === 'Windows';
    switch (facts.credential.kind) {
        case 'store':
            return [
                'The certificate is in Cert:\\CurrentUser\\My until the post step removes it at the end of the job.',
            ];
        case 'file':
            return [
                'The PFX file is deleted by the post step at the end of the job: use the line in a later step of this job.',
                ...(windows
                    ? ['With install-certificate: true, -CertificateThumbprint works instead of the file.']
                    : []),
            ];
        case 'token':
            return ['The token is valid for about an hour (output access-token-expires-on) and is not refreshed.'];
    }
}
/** The published secrets a job that holds no outputs of exo-cba reads instead. */
const FROM_SECRETS = {
    appId: ['EXO_APP_ID', '${{ secrets.EXO_APP_ID }}'],
    organization: ['EXO_ORGANIZATION', '${{ secrets.EXO_ORGANIZATION }}'],
};
/**
 * The `Connect-IPPSSession` line for a Security & Compliance token: the token, the organization and, outside the
 * commercial cloud, the connection URI and authorization endpoint Microsoft's app-only guide requires.
 */
function complianceConnectLine(facts) {
    const sovereign = facts.connection
        ? ` -ConnectionUri ${argument(facts.connection.connectionUri)} -AzureADAuthorizationEndpointUri ` +
            argument(facts.connection.authorizationEndpoint)
        : '';
    return {
        command: `Connect-IPPSSession -AccessToken $env:${COMPLIANCE_TOKEN_VARIABLE} -Organization ` +
            `${argument(facts.organization)}${sovereign}`,
        env: { [COMPLIANCE_TOKEN_VARIABLE]: outputExpression(facts.stepId, 'compliance-access-token') },
        notes: ['Needs ExchangeOnlineManagement 3.8.0 or later (Connect-IPPSSession -AccessToken).'],
    };
}
function connectLine(facts) {
    const { credential } = facts;
    const fromSecrets = {};
    const value = (field) => {
        const given = facts[field];
        if (typeof given === 'string')
            return argument(given);
        const [variable, expression] = FROM_SECRETS[field];
        fromSecrets[variable] = expression;
        return `$env:${variable}`;
    };
    const identity = credential.kind === 'token'
        ? `-Organization ${value('organization')}`
        : `-AppId ${value('appId')} -Organization ${value('organization')}`;
    const environment = facts.exchangeEnvironmentName && facts.exchangeEnvironmentName !== PUBLIC_CLOUD
        ? ` -ExchangeEnvironmentName ${argument(facts.exchangeEnvironmentName)}`
        : '';
    const password = Object.keys(fromSecrets).length
        ? '${{ secrets.EXO_CERTIFICATE_PASSWORD }}'
        : outputExpression(facts.stepId, 'certificate-password');
    const env = {
        ...fromSecrets,
        ...(credential.kind === 'file' ? { [PASSWORD_VARIABLE]: password } : {}),
        ...(credential.kind === 'token'
            ? { [TOKEN_VARIABLE]: outputExpression(facts.stepId, 'access-token') }
            : {}),
    };
    const shell = facts.runnerOs === 'Windows'
        ? []
        : ['Run it with shell: pwsh (the default shell of this runner is bash).'];
    return {
        command: `Connect-ExchangeOnline ${identity}${environment} ${credentialArguments(credential)}`,
        env,
        notes: [...shell, ...credentialNotes(facts)],
    };
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

/***/ 4432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sn: () => (/* binding */ MODULE_FILE),
  _w: () => (/* binding */ exchangeCheck)
});

// UNUSED EXPORTS: APP_ONLY_ANCHOR, CMDLET

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/http/body.ts
var body = __webpack_require__(9662);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
;// CONCATENATED MODULE: ./src/exchange/answers.ts
/** Reading what Exchange's admin API answered: its error text, and the cmdlets its module file exports. */

/**
 * What Exchange said: the OData error message (the cmdlet error's JSON in `error.details[].message` first,
 * as CIPP's New-ExoRequest.ps1 reads it), else the diagnostics header of a bare 401.
 */
function exchangeText(res) {
    const data = res.data;
    if (data && typeof data === 'object' && data.error) {
        const code = typeof data.error.code === 'string' ? `${data.error.code}: ` : '';
        const detail = detailMessage(data.error.details);
        const message = detail ?? data.error.message;
        if (typeof message === 'string')
            return (0,scrub/* scrub */._I)(`${code}${message}`);
    }
    const reason = /reason="([^"]*)"/.exec(res.headers['x-ms-diagnostics'] ?? '')?.[1];
    if (reason)
        return (0,scrub/* scrub */._I)(reason);
    if (typeof data === 'string' && data.trim() !== '')
        return (0,scrub/* scrub */._I)(data.trim().slice(0, 300));
    return 'no error details in the response';
}
/** `details[0].message` is itself JSON (`{"Message": …}`) for cmdlet errors (go-exoscc invoke_test.go). */
function detailMessage(details) {
    if (!Array.isArray(details))
        return undefined;
    const text = details[0]?.message;
    if (typeof text !== 'string' || text === '')
        return undefined;
    try {
        const inner = JSON.parse(text);
        return typeof inner.Message === 'string' ? inner.Message : text;
    }
    catch {
        return text;
    }
}
/**
 * The cmdlets the module file exports, lower case: `value[].exportedCmdlets`, a comma-separated string (CIPP
 * reads it so). Undefined when the answer has no such list. That the list is filtered by the caller's roles
 * is an inference (office-docs-powershell#7022), so a cmdlet missing from it is only not run, never an error.
 */
function exportedCmdlets(data) {
    const value = data?.value;
    if (!Array.isArray(value))
        return undefined;
    const lists = value
        .map((file) => file?.exportedCmdlets)
        .filter((list) => typeof list === 'string');
    if (!lists.length)
        return undefined;
    return new Set(lists.flatMap((list) => list.split(',').map((name) => name.trim().toLowerCase())).filter(Boolean));
}

// EXTERNAL MODULE: ./src/exchange/redirects.ts
var redirects = __webpack_require__(4468);
;// CONCATENATED MODULE: ./src/verify/exchange-check.ts
/**
 * The Exchange check, through the admin REST API the ExchangeOnlineManagement module uses:
 *
 * 1. The module's own connect call, `GET /adminapi/v1.0/{tenant}/EXOModuleFile`: Exchange answers 200 to an
 *    app holding `Exchange.ManageAsApp` and any supported directory role, and 401/403 ("The role assigned to
 *    application … isn't supported in this scenario") until the role has reached Exchange. Every supported
 *    role passes it, which makes it the probe (cisagov/ScubaGear `Get-ExchangeOnlineApiEndpoint`,
 *    KelvinTegelaar/CIPP-API New-ExoRequest.ps1 `-AvailableCmdlets`). Its answer also pins the regional host.
 * 2. `Get-OrganizationConfig` through InvokeCommand, only when the role may run it (it needs the management
 *    role View-Only Configuration, which Recipient Management and the Security roles lack: OfficeDocs-Exchange
 *    permissions-exo.md). It is sent beside the probe, so it costs no round trip, and counts only when the
 *    module file's `exportedCmdlets` (if any) lists it. Its answer "User is not allowed to call <cmdlet>" (office-docs-powershell#7970,
 *    401; a later client's fixture shows 403) means the role cannot run it, not that the role has not
 *    replicated: the probe already said yes.
 *
 * Redirects are followed by hand (exchange-redirect.ts). Any other answer, or none, settles for the token
 * check: `verified: exchange` only when Exchange itself said yes.
 */






/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
const CMDLET = 'Get-OrganizationConfig';
const MODULE_FILE = 'EXOModuleFile';
/**
 * Directory roles whose Exchange role group includes View-Only Configuration (permissions-exo.md: Organization
 * Management, View-Only Organization Management, Compliance Management — the last an inference): with one of
 * them requested, the cmdlet runs beside the probe. Global Reader is UNVERIFIED, so left out.
 */
const VIEW_ONLY_CONFIGURATION_ROLES = new Set([
    'Global Administrator',
    'Exchange Administrator',
    'Helpdesk Administrator',
    'Compliance Administrator',
].map((name) => cloud/* EXCHANGE_SUPPORTED_ROLES */.lz[name]));
const NOT_ALLOWED = /User is not allowed to call/i;
function exchangeCheck(options, 
/** epoch ms: no retry of a request beyond it */
deadline) {
    const endpoint = options.exchangeEndpoint.replace(/\/+$/, '');
    const tenant = encodeURIComponent(options.tenantId);
    // the regional host the module file came from: InvokeCommand goes there directly
    let base = endpoint;
    const send = async (token, req) => {
        try {
            return await (0,redirects/* sendToExchange */.Tg)(options.http, endpoint, {
                method: req.method,
                url: `${base}${req.path}`,
                headers: {
                    authorization: `Bearer ${token.accessToken}`,
                    'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${options.organization}`,
                    'client-request-id': (0,external_node_crypto_.randomUUID)(),
                    ...req.headers,
                },
                json: req.json,
                deadline,
            });
        }
        catch (error) {
            if (!(error instanceof errors/* NetworkError */.Dr))
                throw error;
            return { failed: `Exchange's admin API could not be reached: ${error.message}` };
        }
    };
    const probe = (token) => send(token, {
        method: 'GET',
        path: `/adminapi/v1.0/${tenant}/${MODULE_FILE}`,
        // what ExchangeOnlineManagement (via go-exoscc's capture) and CIPP send with the connect call
        headers: { commandname: '*', accept: 'application/json' },
    });
    const invoke = (token) => send(token, {
        method: 'POST',
        path: `/adminapi/beta/${tenant}/InvokeCommand`,
        // what ExchangeOnlineManagement sends for an app-only InvokeCommand
        headers: {
            'x-cmdletname': CMDLET,
            'x-clientapplication': 'ExoManagementModule',
            'x-responseformat': 'json',
            'x-serializationlevel': 'Partial',
            prefer: 'odata.maxpagesize=1000',
            'accept-charset': 'UTF-8',
        },
        json: { CmdletInput: { CmdletName: CMDLET, Parameters: {} } },
    });
    // the cmdlet runs beside the probe (no extra round trip) where the requested role may run it
    const askCmdlet = options.roles.some((r) => VIEW_ONLY_CONFIGURATION_ROLES.has(r.templateId));
    return async (token) => {
        const [probed, invoked] = await Promise.all([
            probe(token).then(settle),
            askCmdlet ? invoke(token).then(settle) : undefined,
        ]);
        if ('outcome' in probed)
            return probed.outcome;
        base = new URL(probed.url).origin;
        if (!invoked || !listsCmdlet(probed.response))
            return { done: true, proof: MODULE_FILE };
        if ('response' in invoked)
            return { done: true, proof: `${MODULE_FILE} and ${CMDLET}` };
        const { outcome } = invoked;
        if (!outcome.done && !NOT_ALLOWED.test(outcome.text))
            return outcome;
        // Exchange already accepted the app (the module file); a cmdlet it may not run does not undo that
        const why = outcome.done ? outcome.fallbackReason : outcome.text;
        return {
            done: true,
            proof: MODULE_FILE,
            note: `Exchange accepted the app; ${CMDLET} did not run (${why}), which verification does not need.`,
        };
    };
}
/** A 200 from Exchange, or what the attempt found instead. */
function settle(answer) {
    if ('failed' in answer)
        return { outcome: { done: true, fallbackReason: answer.failed } };
    if (answer.refused !== undefined)
        return { outcome: { done: true, fallbackReason: answer.refused } };
    const res = answer.response;
    if (res.status === 200) {
        // a proxy's page with 200 is not Exchange accepting the app: its answers are OData `{ "value": [...] }`
        if (isAdminApiAnswer(res))
            return { response: res, url: answer.url };
        const why = `Exchange's admin API answered 200 with a body that is not an admin API answer: ${(0,body/* bodyExcerpt */.kG)(res.data)}`;
        return { outcome: { done: true, fallbackReason: why } };
    }
    const text = exchangeText(res);
    if (res.status === 401 || res.status === 403)
        return { outcome: { done: false, stage: 'role', status: res.status, text } };
    return { outcome: { done: true, fallbackReason: `Exchange's admin API answered ${res.status} (${text})` } };
}
/** The admin API's answers (module file, cmdlet result) are JSON objects with a `value` array. */
function isAdminApiAnswer(res) {
    const data = res.data;
    return !res.malformed && typeof data === 'object' && data !== null && Array.isArray(data.value);
}
/** Whether the module file lets the app run the cmdlet: its list when it has one (else assume so). */
function listsCmdlet(moduleFile) {
    return exportedCmdlets(moduleFile.data)?.has(CMDLET.toLowerCase()) ?? true;
}


/***/ }),

/***/ 5636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ PropagationWait)
/* harmony export */ });
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8902);

class PropagationWait {
    clock;
    timeoutSeconds;
    start;
    deadline;
    /** attempts made so far */
    attempts = 0;
    constructor(clock, timeoutSeconds) {
        this.clock = clock;
        this.timeoutSeconds = timeoutSeconds;
        this.start = clock.now();
        this.deadline = this.start + timeoutSeconds * 1000;
    }
    /** Seconds since the wait started, rounded. */
    seconds() {
        return Math.round((this.clock.now() - this.start) / 1000);
    }
    elapsedMs() {
        return this.clock.now() - this.start;
    }
    /** Counts an attempt. */
    attempted() {
        this.attempts++;
    }
    /**
     * After an attempt that is still waiting: `timedOut()` past the deadline, else a pause before the next attempt.
     * `signal` ends the pause early (the run is failing anyway).
     */
    async pause(timedOut, signal) {
        const remaining = this.deadline - this.clock.now();
        if (remaining <= 0)
            throw timedOut();
        await this.clock.sleep(Math.min((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .propagationDelayMs */ .ii)(this.elapsedMs(), () => this.clock.jitter?.() ?? Math.random()), remaining), signal);
    }
}


/***/ })

};
