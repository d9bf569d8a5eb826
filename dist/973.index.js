export const id = 973;
export const ids = [973];
export const modules = {

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

// EXTERNAL MODULE: ./src/verify/exchange-check.ts + 2 modules
var exchange_check = __webpack_require__(9615);
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
