export const id = 954;
export const ids = [954];
export const modules = {

/***/ 2415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _1: () => (/* binding */ aadstsCode),
  KQ: () => (/* binding */ cachedToken),
  Tf: () => (/* binding */ createTokenClient),
  gv: () => (/* binding */ entraText),
  vE: () => (/* binding */ signInError)
});

// UNUSED EXPORTS: SUBJECT_FORMS, msalAuthority

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@azure/msal-node/dist/index.mjs + 115 modules
var dist = __webpack_require__(2669);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/http/errors.ts
var http_errors = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/http/unexpected.ts
var http_unexpected = __webpack_require__(3217);
;// CONCATENATED MODULE: ./src/http/msal-network.ts
/**
 * msal-node's network module backed by `HttpClient`, so token requests honour the proxy, the CA store
 * and the retry rules. Bodies are returned for every status (msal parses OAuth error bodies itself).
 * Every request is `sensitive`: token requests carry the client assertion and return tokens.
 */




/** The msal error code for an Entra answer of 5xx: the service failed, it did not refuse. */
const ENTRA_UNAVAILABLE = 'entra_unavailable';
/** The msal error code for an Entra answer whose body is not JSON (a proxy's page, a body cut short). */
const ENTRA_UNREADABLE = 'entra_unreadable';
/** msal's code for a transport failure, which `call` raises with the HTTP stack's diagnosis. */
const ENTRA_UNREACHABLE = 'network_error';
/**
 * `deadline` (epoch ms) bounds msal's requests' retries, e.g. by verify-timeout. A transport failure
 * is raised as an msal `AuthError`: msal rethrows an AuthError as is, anything else as a generic
 * "network error" without our message.
 */
function createMsalNetworkClient(http, deadline) {
    let lastNetworkError;
    const call = async (method, url, options, timeout) => {
        try {
            const res = await http.request({
                method,
                url,
                service: 'entra',
                headers: options?.headers,
                ...(method === 'POST' ? { form: options?.body ?? '' } : {}),
                sensitive: true,
                // token requests change nothing: safe to repeat after a reset or a 5xx
                idempotent: true,
                ...(timeout ? { timeoutMs: timeout } : {}),
                ...(deadline ? { deadline } : {}),
            });
            if (res.status >= 500) {
                // msal would word a 5xx as a refusal (or not parse its page): name it an outage instead
                throw new dist/* AuthError */.lR(ENTRA_UNAVAILABLE, options?.correlationId ?? '', `HTTP ${res.status} from ${(0,scrub/* redactUrl */.BO)(url)} after ${res.attempts} attempt(s)`);
            }
            if (res.malformed || typeof res.data !== 'object' || res.data === null) {
                // msal would fail on it with an error of its own wording: say what came back instead
                const unexpected = new http_unexpected/* UnexpectedResponseError */.dk({ service: 'entra', method, url }, res, 'its body is not JSON');
                throw new dist/* AuthError */.lR(ENTRA_UNREADABLE, options?.correlationId ?? '', unexpected.message);
            }
            return { status: res.status, headers: res.headers, body: res.data };
        }
        catch (error) {
            if (!(error instanceof http_errors/* NetworkError */.Dr))
                throw error;
            lastNetworkError = error;
            throw new dist/* AuthError */.lR(ENTRA_UNREACHABLE, options?.correlationId ?? '', error.message);
        }
    };
    return {
        get lastNetworkError() {
            return lastNetworkError;
        },
        sendGetRequestAsync: (url, options, timeout) => call('GET', url, options, timeout),
        sendPostRequestAsync: (url, options) => call('POST', url, options),
    };
}

// EXTERNAL MODULE: ./src/auth/oidc.ts
var oidc = __webpack_require__(161);
;// CONCATENATED MODULE: ./src/auth/auth.ts
/**
 * Sign-in: the workflow's GitHub OIDC token is the client assertion of the provisioning app (no stored
 * secret), exchanged by msal-node for app-only tokens. Also builds the certificate client verification uses.
 */








/**
 * msal-node authority settings. Endpoint metadata is always given, so msal never spends round trips on
 * discovery; a host that is not a Microsoft login host is declared a known authority so msal accepts it.
 */
function msalAuthority({ authorityHost, tenantId, }) {
    const base = authorityHost.replace(/\/+$/, '');
    const host = new URL(base).host;
    const authority = `${base}/${tenantId}`;
    const tokenEndpoint = `${authority}/oauth2/v2.0/token`;
    const metadata = {
        token_endpoint: tokenEndpoint,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        issuer: `${authority}/v2.0`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
    };
    const discovery = {
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    };
    return {
        clientId: '',
        authority,
        knownAuthorities: cloud/* MICROSOFT_LOGIN_HOSTS */.rd.has(host) ? undefined : [host],
        authorityMetadata: JSON.stringify(metadata),
        cloudDiscoveryMetadata: JSON.stringify(discovery),
        tokenEndpoint,
    };
}
/** A confidential client for one app, signing in with a GitHub OIDC assertion or a certificate. */
function createTokenClient(options) {
    const { tokenEndpoint: _tokenEndpoint, ...auth } = msalAuthority(options);
    const credential = options.credential;
    const app = new dist/* ConfidentialClientApplication */.WR({
        auth: {
            ...auth,
            clientId: options.clientId,
            ...(credential.kind === 'oidc'
                ? { clientAssertion: () => credential.source.getToken() }
                : {
                    clientCertificate: {
                        thumbprintSha256: credential.thumbprintSha256,
                        privateKey: credential.privateKeyPem,
                        x5c: credential.certificatePem,
                    },
                }),
        },
        system: {
            networkClient: createMsalNetworkClient(options.http, options.deadline),
            disableInternalRetries: true,
        },
    });
    return {
        async acquire(resource, fresh = false) {
            const result = await app.acquireTokenByClientCredential({
                scopes: [`${resource.replace(/\/+$/, '')}/.default`],
                skipCache: fresh,
            });
            if (!result?.accessToken)
                throw new errors/* ActionError */.l(`Entra ID returned no access token for ${resource}.`);
            core/* setSecret */.Pq(result.accessToken);
            return {
                accessToken: result.accessToken,
                claims: (0,oidc/* jwtPayload */.c)(result.accessToken),
                expiresOn: result.expiresOn,
            };
        },
    };
}
/**
 * Keeps an access token until five minutes before it expires. msal-node evaluates the client assertion
 * callback on every call, cache hit or not, so without this every Graph request would first fetch a
 * GitHub OIDC token.
 */
function cachedToken(client, resource, now = Date.now) {
    let current;
    return async () => {
        if (!current || (current.expiresOn && current.expiresOn.getTime() - now() < 5 * 60_000)) {
            current = await client.acquire(resource);
        }
        return current;
    };
}
/** The AADSTS code in an msal error, if any. */
function aadstsCode(error) {
    const text = error instanceof Error
        ? `${error.errorMessage ?? ''} ${error.message}`
        : String(error);
    const match = /AADSTS(\d+)/.exec(text);
    return match ? Number(match[1]) : undefined;
}
/**
 * Entra's own description from an msal error (`AADSTS700027: …`): its `errorMessage` if any, without msal's
 * "Error(s): … Description:" prefix, the trace and correlation IDs that follow it and any later line;
 * scrubbed, as it ends up in a log or an error message.
 */
function entraText(error) {
    const raw = error?.errorMessage || (0,log/* errorMessage */.gJ)(error);
    const description = /AADSTS\d+:[\s\S]*/.exec(raw)?.[0] ?? raw;
    return (0,scrub/* scrub */._I)(description.split(/\r?\n|\s+Trace ID:|\s+-\s+Correlation ID:/)[0].trim());
}
/**
 * The two forms GitHub's OIDC `sub` takes: repositories created, renamed or transferred since the 2026 cutover
 * (or opted in) present the immutable one (github/docs PR #45221 "Immutable subject claims"; Entra doc
 * "Migrate GitHub Actions federated credentials to immutable subjects"). The changelog named June 18, later
 * sources July 15, 2026: the exact date is UNVERIFIED.
 */
const SUBJECT_FORMS = "'repo:OWNER/REPO:…' or, for repositories created, renamed or transferred since mid-2026 (or opted in), " +
    "'repo:OWNER@OWNER_ID/REPO@REPO_ID:…'";
/**
 * Turns an Entra refusal of the provisioning app's sign-in into what the user has to fix. Sources of each code:
 * Microsoft's error-code reference (MicrosoftDocs/entra-docs reference-error-codes.md) for 700016, 90002;
 * entra-docs workload-identity-federation-considerations.md for 70021; 700211/700212/700213 and 700024 from
 * Entra's own texts quoted in public logs (not in the reference table; labelled so in docs/troubleshooting.md).
 */
function signInError(error, context) {
    // our own errors (no OIDC token, network failures) already say what to do
    if (error instanceof errors/* ActionError */.l)
        return error;
    const outage = outageError(error);
    if (outage)
        return outage;
    const code = aadstsCode(error);
    const oidc = context.oidc;
    const claims = oidc
        ? `issuer '${oidc.iss}', subject '${oidc.sub}', audience '${oidc.aud}'`
        : 'the OIDC token';
    switch (code) {
        case 70021: // "No matching federated identity record found for presented assertion." (entra-docs)
        case 700211: // "… presented assertion issuer '…'" (public logs; not in the reference table)
        case 700212: // "… presented assertion audience '…'" (public logs; not in the reference table)
        case 700213: // "… presented assertion subject '…'" (public logs; not in the reference table)
            return new errors/* ActionError */.l(`Entra ID found no federated credential on the provisioning app (client-id ${context.clientId}) that matches this ` +
                `workflow's token: ${claims}. Add one: Entra admin center → App registrations → the provisioning app → ` +
                `Certificates & secrets → Federated credentials → Add credential → "GitHub Actions deploying Azure resources", ` +
                `or "Other issuer" with exactly issuer '${oidc?.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
                `'${oidc?.sub ?? '<sub>'}', audience '${oidc?.aud ?? 'api://AzureADTokenExchange'}'. The subject is ${SUBJECT_FORMS}: ` +
                `copy it from this run's 'GitHub OIDC token: … sub=…' log line rather than typing it. (Entra: ${entraText(error)})`, { cause: error });
        case 700016: // UnauthorizedClient_DoesNotMatchRequest (reference-error-codes.md)
            return new errors/* ActionError */.l(`Entra ID does not know client-id '${context.clientId}' in tenant '${context.tenantId}'. Check the 'client-id' input ` +
                `(the Application (client) ID of the provisioning app) and the 'tenant-id' input. (Entra: ${entraText(error)})`, { cause: error });
        case 90002: // InvalidTenantName (reference-error-codes.md)
            return new errors/* ActionError */.l(`Entra ID does not know tenant '${context.tenantId}'. Check the 'tenant-id' input. (Entra: ${entraText(error)})`, {
                cause: error,
            });
        case 700024: // "Client assertion is not within its valid time range" (public logs; not in the reference table)
            return new errors/* ActionError */.l(`Entra ID refused the GitHub OIDC token as expired or not yet valid; check the runner's clock. (Entra: ${entraText(error)})`, { cause: error });
        default:
            return new errors/* ActionError */.l(`Entra ID refused the sign-in of the provisioning app (client-id ${context.clientId}, ${claims})` +
                (code
                    ? `: AADSTS${code}: ${entraText(error).replace(/^AADSTS\d+:\s*/, '')}`
                    : `: ${entraText(error)}`), { cause: error });
    }
}
/**
 * An Entra 5xx, an unreachable Entra or an answer that is not JSON as what it is: an outage or a proxy
 * in the way, not a refusal of the sign-in.
 */
function outageError(error) {
    const { errorCode, status } = error;
    if (errorCode === ENTRA_UNREACHABLE || errorCode === ENTRA_UNREADABLE) {
        return new errors/* ActionError */.l(entraText(error), { cause: error });
    }
    if (errorCode === ENTRA_UNAVAILABLE || (typeof status === 'number' && status >= 500)) {
        const what = errorCode === ENTRA_UNAVAILABLE ? entraText(error) : `HTTP ${status}: ${entraText(error)}`;
        return new errors/* ActionError */.l(`Entra ID is unavailable (${what}); nothing was changed. This is an outage on Microsoft's side, not a ` +
            'refusal of the sign-in: run the workflow again later.', { cause: error });
    }
    return undefined;
}


/***/ }),

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ GitHubOidcTokenSource),
/* harmony export */   c: () => (/* binding */ jwtPayload)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _http_unexpected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3217);
/**
 * The workflow's GitHub OIDC token, fetched the way `core.getIDToken` does but through the one HTTP
 * stack; it is the provisioning app's client assertion.
 */



/** Decodes a JWT's payload (no verification: for claims we only show or read, never trust). */
function jwtPayload(token) {
    const part = token.split('.')[1];
    if (!part)
        return {};
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Fetches GitHub OIDC tokens the way `core.getIDToken` does (same variables, `&audience=`, masked), but
 * through the one HTTP stack so proxies, the CA bundle and retries apply.
 */
class GitHubOidcTokenSource {
    http;
    audience;
    env;
    lastClaims;
    constructor(http, audience, env = process.env) {
        this.http = http;
        this.audience = audience;
        this.env = env;
    }
    /** Fails with what to do when the runner offers no OIDC token (checked before anything is requested). */
    assertAvailable() {
        if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l('The GitHub OIDC token is not available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add\n' +
                '  permissions:\n    id-token: write\n    contents: read\n' +
                'to the workflow or job that runs exo-cba. Pull requests from forks never get an OIDC token.');
        }
    }
    async getToken() {
        this.assertAvailable();
        const url = this.env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const requestToken = this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        const req = {
            method: 'GET',
            url: `${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(this.audience)}`,
            service: 'oidc',
        };
        const res = await this.http.request({
            ...req,
            headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
            sensitive: true,
        });
        if (res.status !== 200)
            throw oidcRefusal(res.status);
        const token = (0,_http_unexpected_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(req, res, oidcTokenShape);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        const claims = jwtPayload(token);
        const first = !this.lastClaims;
        this.lastClaims = {
            iss: String(claims.iss ?? ''),
            sub: String(claims.sub ?? ''),
            aud: String(claims.aud ?? ''),
        };
        if (first) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub OIDC token: iss=${this.lastClaims.iss} sub=${this.lastClaims.sub} aud=${this.lastClaims.aud}`);
        }
        return token;
    }
}
/** The token in the OIDC endpoint's `{ "value": "<jwt>" }`; never shown (the excerpt is scrubbed). */
function oidcTokenShape(body) {
    const value = body?.value;
    if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new _http_unexpected_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym("the body has no token in 'value'");
    }
    return value;
}
/** What a non-200 answer of GitHub's OIDC endpoint means for the user. */
function oidcRefusal(status) {
    if (status >= 500) {
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`GitHub's OIDC token endpoint is unavailable (HTTP ${status}); nothing was changed. This is an outage on ` +
            "GitHub's side: run the workflow again later.");
    }
    if (status === 401 || status === 403) {
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`GitHub's OIDC token endpoint refused the token request (HTTP ${status}). Check that the job has ` +
            "'permissions: id-token: write'.");
    }
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`GitHub's OIDC token endpoint answered HTTP ${status} without a token.`);
}


/***/ }),

/***/ 3217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3817);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8549);
/**
 * A 2xx answer whose body is not what the call expects (a proxy's HTML page, `{}`, JSON cut short).
 * Nothing is decided from such an answer: it fails the run, naming the service and showing (scrubbed,
 * shortened) what came back.
 */



/** Longest body excerpt shown in the message. */
const SHOWN_CHARS = 300;
/** A body that does not have the shape a read expects; `what` says what was missing or wrong. */
class ShapeError extends Error {
    what;
    constructor(what) {
        super(what);
        this.what = what;
        this.name = 'ShapeError';
    }
}
/** What came back, fit for an error message: scrubbed, on one line, at most ~300 characters. */
function bodyExcerpt(body) {
    const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
    if (text.trim() === '')
        return '(an empty body)';
    const clean = (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text).replace(/\s+/g, ' ').trim();
    return clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}… (${clean.length} chars)` : clean;
}
class UnexpectedResponseError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    service;
    status;
    constructor(req, res, problem) {
        super(`${_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_LABEL */ .fX[req.service]} answered ${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(req.url)} with ${res.status} but ${problem}: ` +
            `${bodyExcerpt(res.data)}. Nothing was decided from this answer. A proxy or a service outage may be ` +
            'in between: run the workflow again, and if it persists check the proxy (HTTPS_PROXY) and the endpoint inputs.');
        this.name = 'UnexpectedResponseError';
        this.service = req.service;
        this.status = res.status;
    }
}
/** `shape(res.data)`, or an UnexpectedResponseError naming the service when the body is not what it expects. */
function readBody(req, res, shape) {
    if (res.malformed)
        throw new UnexpectedResponseError(req, res, 'its JSON body does not parse (cut short?)');
    try {
        return shape(res.data);
    }
    catch (error) {
        if (error instanceof ShapeError)
            throw new UnexpectedResponseError(req, res, error.what);
        throw error;
    }
}


/***/ }),

/***/ 6954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
;// CONCATENATED MODULE: ./src/action/event-guard.ts
/**
 * exo-cba holds tenant-wide admin power and publishes its credential as secrets: it runs only for
 * events whose code and trigger the repository's writers control. Anything a fork or a commenter can
 * trigger is refused before the first request, with the reason; an event whose payload is needed to
 * judge it but cannot be read counts as untrusted.
 */


const ALTERNATIVES = 'Run it on push, schedule or workflow_dispatch instead.';
/** Anyone who can open an issue or write a comment triggers these: never trusted. */
const UNTRUSTED_EVENTS = {
    pull_request_target: 'that event runs with the base repository’s secrets and OIDC permission for code a pull request may control',
    issue_comment: 'anyone who can comment on an issue or a pull request triggers it',
    issues: 'anyone who can open or edit an issue triggers it',
    discussion: 'anyone who can start a discussion triggers it',
    discussion_comment: 'anyone who can comment on a discussion triggers it',
};
/** Trusted only when their pull request comes from this repository, which the payload tells. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
function refuse(event, reason) {
    return new errors/* ActionError */.l(`exo-cba refuses to run on ${event}: ${reason}, and exo-cba administers the tenant and publishes its ` +
        `credential. ${ALTERNATIVES}`);
}
/** The event payload, or an error: without it the event cannot be judged, so it is not trusted. */
function readPayload(event, env) {
    const path = env.GITHUB_EVENT_PATH;
    try {
        if (!path)
            throw new Error('GITHUB_EVENT_PATH is not set');
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (typeof payload !== 'object' || payload === null)
            throw new Error('it is not a JSON object');
        return payload;
    }
    catch {
        throw refuse(event, 'its event payload could not be read, so where its code comes from is unknown');
    }
}
function assertTrustedEvent(env = process.env) {
    const event = env.GITHUB_EVENT_NAME;
    if (!event)
        return;
    const untrusted = UNTRUSTED_EVENTS[event];
    if (untrusted)
        throw refuse(event, untrusted);
    if (PULL_REQUEST_EVENTS.has(event)) {
        const payload = readPayload(event, env);
        const head = payload.pull_request?.head?.repo;
        const base = payload.pull_request?.base?.repo?.full_name ?? payload.repository?.full_name;
        if (!head || head.fork || !head.full_name || head.full_name !== base) {
            throw refuse(event, `it is for a pull request from a fork (${head?.full_name ?? 'a deleted or unknown repository'}), whose code ` +
                'must not reach tenant administration');
        }
    }
    if (event === 'workflow_run') {
        const payload = readPayload(event, env);
        const head = payload.workflow_run?.head_repository?.full_name;
        const repository = payload.repository?.full_name;
        if (!head || !repository || head !== repository) {
            throw refuse(event, `the run that triggered it came from ${head ?? 'an unknown repository'} (a fork's pull request), not from ` +
                `${repository ?? 'this repository'}`);
        }
        const triggeredBy = payload.workflow_run?.event;
        if (triggeredBy && UNTRUSTED_EVENTS[triggeredBy]) {
            throw refuse(event, `the run that triggered it ran on ${triggeredBy}: ${UNTRUSTED_EVENTS[triggeredBy]}`);
        }
    }
}

// EXTERNAL MODULE: ./src/action/log.ts
var action_log = __webpack_require__(8592);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/certificate/certificate.ts + 3 modules
var certificate_certificate = __webpack_require__(8793);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/certificate/proof.ts
/**
 * The proof of possession that `addKey` and `removeKey` demand: a JWT signed with the private key of one
 * of the application's currently valid certificates. Claims as Microsoft Graph documents them
 * ("Generate proof of possession tokens for rolling keys", learn.microsoft.com/graph/application-rollkey-prooftoken):
 * `aud` 00000002-0000-0000-c000-000000000000, `iss` the application's object ID (not its client ID),
 * `nbf`/`exp` at most 10 minutes apart, base64url segments without `=` padding (else Graph answers
 * 401 Authentication_MissingOrMalformed). The header follows Microsoft.IdentityModel's
 * X509SigningCredentials, which Microsoft's own sample uses: RS256 with `x5t` and `kid`; whether Graph
 * needs them to find the key is not documented.
 */

const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';
/** Graph's limit for the proof's life; ours starts a minute early for clocks running behind. */
const PROOF_LIFETIME_SECONDS = 600;
const CLOCK_ALLOWANCE_SECONDS = 60;
function base64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
function proofOfPossession(appObjectId, signer, now = Date.now()) {
    const der = Buffer.from(signer.certificateDerBase64, 'base64');
    const sha1 = (0,external_node_crypto_.createHash)('sha1').update(der).digest();
    const header = {
        alg: 'RS256',
        typ: 'JWT',
        x5t: sha1.toString('base64url'),
        kid: sha1.toString('hex').toUpperCase(),
    };
    const nbf = Math.floor(now / 1000) - CLOCK_ALLOWANCE_SECONDS;
    const claims = { aud: PROOF_AUDIENCE, iss: appObjectId, nbf, iat: nbf, exp: nbf + PROOF_LIFETIME_SECONDS };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const signature = (0,external_node_crypto_.createSign)('RSA-SHA256').update(signingInput).sign(signer.privateKeyPem);
    return `${signingInput}.${signature.toString('base64url')}`;
}

// EXTERNAL MODULE: ./src/action/mask.ts
var mask = __webpack_require__(1368);
// EXTERNAL MODULE: ./src/http/unexpected.ts
var unexpected = __webpack_require__(3217);
;// CONCATENATED MODULE: ./src/graph/client.ts


/** Errors Entra answers while a new object has not reached every replica yet. */
function isReplicationError(res) {
    if (res.status !== 400 && res.status !== 404)
        return false;
    const error = res.data?.error;
    const text = `${error?.code ?? ''} ${error?.message ?? ''}`;
    return /Request_ResourceNotFound|NoBackingApplicationObject|does not exist|does not reference a valid application object|not present/i.test(text);
}
function waitBudget(seconds, now = Date.now()) {
    return { start: now, deadline: now + seconds * 1000 };
}
class GraphClient {
    http;
    endpoint;
    token;
    budget;
    constructor(http, 
    /** base URL without /v1.0 */
    endpoint, token, 
    /** the run's time to wait for propagation ('verify-timeout'): no retry waits beyond its deadline */
    budget) {
        this.http = http;
        this.endpoint = endpoint;
        this.token = token;
        this.budget = budget;
    }
    get(path, options) {
        // a GET answers its shape or throws, except a 404 with allowNotFound
        return this.call('GET', path, undefined, options);
    }
    patch(path, body, options) {
        return this.call('PATCH', path, body, { idempotent: true, ...options });
    }
    post(path, body, options) {
        return this.call('POST', path, body, options);
    }
    /**
     * DELETE; 'gone' when Graph answers 404 (deleted before, e.g. by an earlier removal): deletes are
     * idempotent, and the plan was made from a read that may be a moment old.
     */
    async delete(path, options) {
        let found = true;
        // a repeated DELETE is harmless: the object is gone either way (404 counts as gone)
        await this.call('DELETE', path, undefined, { idempotent: true, ...options, allowNotFound: true }, () => (found = false));
        return found ? 'deleted' : 'gone';
    }
    async call(method, path, body, options, onNotFound) {
        const token = await this.token();
        const url = `${this.endpoint}/v1.0${path}`;
        const res = await this.http.request({
            method,
            url,
            service: 'graph',
            headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...options.headers },
            json: body,
            // key credentials carry public keys only, but keep bodies out of logs anyway
            sensitive: true,
            deadline: this.budget.deadline,
            budgetStart: this.budget.start,
            retryWhen: options.afterCreate
                ? (r) => isReplicationError(r) && !(method === 'GET' && options.allowNotFound)
                : undefined,
            // replication waits are bounded by the deadline (verify-timeout), not by an attempt count
            maxAttempts: options.afterCreate ? Infinity : undefined,
            ...(options.afterCreate ? { pollForPropagation: true } : {}),
            idempotent: options.idempotent,
        });
        if (res.status >= 200 && res.status < 300) {
            // a write may answer without a body (204); a read never may
            if (method !== 'GET' && res.data === '' && !res.malformed)
                return undefined;
            if (!options.shape)
                return undefined;
            return (0,unexpected/* readBody */.x8)({ service: 'graph', method, url }, res, options.shape);
        }
        if (res.status === 404 && options.allowNotFound) {
            onNotFound?.();
            return undefined;
        }
        throw (0,graph_errors/* graphErrorFrom */.$I)(res, { method, path, permission: options.permission });
    }
}
/** Quotes a value for an OData key segment or filter: `'` doubles. */
function odataString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/http/shape.ts
/**
 * Small checks of response bodies, one per field kind, for the typed readers of each service. Each
 * throws a ShapeError saying what is wrong; `readBody` turns it into an error naming the service.
 */

function object(value, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new unexpected/* ShapeError */.ym(`${what} is not a JSON object`);
    }
    return value;
}
function string(record, field, what) {
    const value = record[field];
    if (typeof value !== 'string')
        throw new unexpected/* ShapeError */.ym(`${what} has no string '${field}'`);
    return value;
}
/** A string, null or absent (Graph omits or nulls optional fields). */
function optionalString(record, field, what) {
    const value = record[field];
    if (value === undefined || value === null || typeof value === 'string')
        return value;
    throw new unexpected/* ShapeError */.ym(`${what} has a '${field}' that is not a string`);
}
function array(record, field, what) {
    const value = record[field];
    if (!Array.isArray(value))
        throw new unexpected/* ShapeError */.ym(`${what} has no array '${field}'`);
    return value;
}
/** A page like `{ "value": [...] }` (Graph) or `{ "secrets": [...] }` (GitHub), each item checked by `item`. */
function list(field, item, what) {
    return (body) => array(object(body, 'the body'), field, 'the body').map((value, i) => item(value, `${what} #${i + 1}`));
}

;// CONCATENATED MODULE: ./src/graph/shapes.ts
/**
 * The shape each Graph read must have before the planner trusts it: a field missing or of the wrong
 * type is an error, never an empty list (an empty keyCredentials list would make a rotation drop
 * every other key).
 */


function keyCredential(value, what) {
    const key = object(value, what);
    return {
        ...key,
        keyId: string(key, 'keyId', what),
        type: string(key, 'type', what),
        usage: string(key, 'usage', what),
        displayName: optionalString(key, 'displayName', what) ?? null,
        customKeyIdentifier: optionalString(key, 'customKeyIdentifier', what) ?? null,
        startDateTime: string(key, 'startDateTime', what),
        endDateTime: string(key, 'endDateTime', what),
        key: optionalString(key, 'key', what),
    };
}
function keyCredentials(record, what) {
    return array(record, 'keyCredentials', what).map((key, i) => keyCredential(key, `key credential #${i + 1}`));
}
/** `{ keyCredentials: [...] }` of `$select=keyCredentials`. */
const keyCredentialsShape = (body) => keyCredentials(object(body, 'the application'), 'the application');
function requiredResourceAccess(value, what) {
    const access = object(value, what);
    return {
        resourceAppId: string(access, 'resourceAppId', what),
        resourceAccess: array(access, 'resourceAccess', what).map((item) => {
            const entry = object(item, `${what} resourceAccess`);
            return { id: string(entry, 'id', what), type: string(entry, 'type', what) };
        }),
    };
}
const applicationShape = (body) => {
    const what = 'the application';
    const app = object(body, what);
    return {
        id: string(app, 'id', what),
        appId: string(app, 'appId', what),
        displayName: string(app, 'displayName', what),
        uniqueName: optionalString(app, 'uniqueName', what),
        signInAudience: optionalString(app, 'signInAudience', what) ?? undefined,
        createdDateTime: optionalString(app, 'createdDateTime', what),
        requiredResourceAccess: array(app, 'requiredResourceAccess', what).map((access, i) => requiredResourceAccess(access, `requiredResourceAccess #${i + 1}`)),
        keyCredentials: keyCredentials(app, what),
    };
};
function appRole(value, what) {
    const role = object(value, what);
    if (typeof role.isEnabled !== 'boolean')
        throw new unexpected/* ShapeError */.ym(`${what} has no boolean 'isEnabled'`);
    return {
        id: string(role, 'id', what),
        value: optionalString(role, 'value', what) ?? null,
        allowedMemberTypes: array(role, 'allowedMemberTypes', what).map(String),
        isEnabled: role.isEnabled,
    };
}
const servicePrincipalShape = (body) => {
    const what = 'the service principal';
    const sp = object(body, what);
    return {
        id: string(sp, 'id', what),
        appId: string(sp, 'appId', what),
        displayName: string(sp, 'displayName', what),
        appRoles: array(sp, 'appRoles', what).map((role, i) => appRole(role, `app role #${i + 1}`)),
    };
};
const appRoleAssignmentsShape = list('value', (value, what) => {
    const item = object(value, what);
    return {
        id: string(item, 'id', what),
        appRoleId: string(item, 'appRoleId', what),
        principalId: string(item, 'principalId', what),
        resourceId: string(item, 'resourceId', what),
    };
}, 'app role assignment');
const roleAssignmentsShape = list('value', (value, what) => {
    const item = object(value, what);
    return {
        id: string(item, 'id', what),
        principalId: string(item, 'principalId', what),
        roleDefinitionId: string(item, 'roleDefinitionId', what),
        directoryScopeId: string(item, 'directoryScopeId', what),
    };
}, 'role assignment');
/** The verified domains of the organization (one item in `value`). */
const organizationDomainsShape = (body) => {
    const [organization] = list('value', (value, what) => object(value, what), 'organization')(body);
    if (!organization)
        throw new unexpected/* ShapeError */.ym('it lists no organization');
    return array(organization, 'verifiedDomains', 'the organization').map((value, i) => {
        const what = `verified domain #${i + 1}`;
        const domain = object(value, what);
        if (typeof domain.isInitial !== 'boolean')
            throw new unexpected/* ShapeError */.ym(`${what} has no boolean 'isInitial'`);
        return { name: string(domain, 'name', what), isInitial: domain.isInitial };
    });
};

;// CONCATENATED MODULE: ./src/graph/applications.ts
/** Graph `application` objects: the managed app registration. */


const APP_PERMISSION = 'Application.ReadWrite.OwnedBy (or Application.ReadWrite.All for an app it does not own)';
const SELECT = '$select=id,appId,displayName,uniqueName,signInAudience,createdDateTime,requiredResourceAccess,keyCredentials';
/**
 * exo-cba's app is single-tenant. Graph's own upsert sample answers `AzureADandPersonalMicrosoftAccount` for a
 * body without it (microsoft-graph-docs-contrib application-upsert.md), while the application resource page now
 * says `AzureADMyOrg` is the default: which one the service applies today is UNVERIFIED, so it is always sent.
 */
const SINGLE_TENANT = 'AzureADMyOrg';
function getApplicationByUniqueName(graph, uniqueName) {
    return graph.get(`/applications(uniqueName=${odataString(uniqueName)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
        shape: applicationShape,
    });
}
function getApplicationByAppId(graph, appId) {
    return graph.get(`/applications(appId=${odataString(appId)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
        shape: applicationShape,
    });
}
/** Creates the app if no app has this unique name (race-free: the unique name is the key), else updates it. */
async function upsertApplication(graph, uniqueName, body) {
    return graph.patch(`/applications(uniqueName=${odataString(uniqueName)})`, { ...body, signInAudience: SINGLE_TENANT }, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
        shape: applicationShape,
    });
}
/** The key credentials, with their `key` values (Graph returns keys only on `$select`). */
async function getKeyCredentials(graph, id, afterCreate = false) {
    return graph.get(`/applications/${id}?$select=keyCredentials`, {
        permission: APP_PERMISSION,
        afterCreate,
        shape: keyCredentialsShape,
    });
}
async function updateApplication(graph, id, body, afterCreate = false) {
    await graph.patch(`/applications/${id}`, body, { permission: APP_PERMISSION, afterCreate });
}
/**
 * Soft delete: the app (and Entra removes its service principal with it) moves to the deleted items for
 * 30 days, where an administrator can restore it (POST /directory/deletedItems/{id}/restore); after that
 * Entra deletes it for good. 'gone' when it was deleted already.
 */
function deleteApplication(graph, id) {
    return graph.delete(`/applications/${id}`, { permission: 'Application.ReadWrite.OwnedBy' });
}

;// CONCATENATED MODULE: ./src/graph/key-roll.ts
const ROLL_PERMISSION = 'none when the app rolls its own keys; Application.ReadWrite.OwnedBy (as owner) or Application.ReadWrite.All otherwise';
async function addKey(graph, appObjectId, newKey, proof, afterCreate = false) {
    const added = await graph.post(`/applications/${appObjectId}/addKey`, {
        keyCredential: {
            type: 'AsymmetricX509Cert',
            usage: 'Verify',
            key: newKey.key,
            displayName: newKey.displayName,
        },
        passwordCredential: null,
        proof,
    }, { permission: ROLL_PERMISSION, afterCreate });
    return added;
}
async function removeKey(graph, appObjectId, keyId, proof) {
    await graph.post(`/applications/${appObjectId}/removeKey`, { keyId, proof }, { permission: ROLL_PERMISSION });
}

// EXTERNAL MODULE: ./src/plan/lineage.ts
var plan_lineage = __webpack_require__(6578);
;// CONCATENATED MODULE: ./src/graph/app-role-assignments.ts


/** Microsoft documents both for the grant; reading assignments needs only an application read permission. */
const CONSENT_PERMISSION = 'AppRoleAssignment.ReadWrite.All (with Application.Read.All)';
const READ_PERMISSION = 'Application.Read.All (or AppRoleAssignment.ReadWrite.All)';
async function listAppRoleAssignments(graph, servicePrincipalId) {
    return graph.get(`/servicePrincipals/${servicePrincipalId}/appRoleAssignments`, {
        permission: READ_PERMISSION,
        shape: appRoleAssignmentsShape,
    });
}
/**
 * Graph's answer to a duplicate grant: the consent exists (a concurrent run, a list read from a lagging
 * replica, or a retried POST that was applied). Seen in public clients that special-case it, e.g.
 * microsoftgraph/msgraph-sdk-powershell and many admin scripts: 400 Request_BadRequest with this text.
 */
const ALREADY_GRANTED = /Permission being assigned already exists on the object/i;
/**
 * Grants an app role of `resourceId` to `principalId` (admin consent for an application permission).
 * 'already' when Graph says the assignment exists: the state is as wanted.
 */
async function grantAppRole(graph, assignment, afterCreate) {
    try {
        await graph.post(`/servicePrincipals/${assignment.resourceId}/appRoleAssignedTo`, assignment, {
            permission: CONSENT_PERMISSION,
            afterCreate,
            // a repeat after a reset answers "already exists", which counts as done
            idempotent: true,
        });
        return 'granted';
    }
    catch (error) {
        if ((0,graph_errors/* isDuplicate */.KD)(error, ALREADY_GRANTED))
            return 'already';
        throw error;
    }
}
/** Revokes one admin consent (an app role assignment) of `resourceId`; 'gone' when it was revoked already. */
function revokeAppRole(graph, resourceId, assignmentId) {
    return graph.delete(`/servicePrincipals/${resourceId}/appRoleAssignedTo/${assignmentId}`, {
        permission: 'AppRoleAssignment.ReadWrite.All',
    });
}

;// CONCATENATED MODULE: ./src/graph/app-policies.ts
/**
 * Entra app management policies: the certificate lifetime a tenant allows. Read only when the provisioning app
 * holds Policy.Read.All (optional): the tenant default (`GET /policies/defaultAppManagementPolicy`, with
 * `applicationRestrictions`) and the policy assigned to the app (`GET /applications/{id}/appManagementPolicies`,
 * with `restrictions`), which "adopts this policy over the tenant-wide" default. Sources: Graph docs
 * tenantappmanagementpolicy-get, appmanagementpolicy-list-appliesto, keyCredentialConfiguration.
 */



const POLICY_READ = 'Policy.Read.All';
/** A policy as read: a limit is decided from it, so a body not understood is an error, never "no limit". */
function policy(value, what) {
    const body = object(value, what);
    if (body.isEnabled !== undefined && typeof body.isEnabled !== 'boolean')
        throw new unexpected/* ShapeError */.ym(`${what} has an 'isEnabled' that is not a boolean`);
    return {
        id: string(body, 'id', what),
        displayName: optionalString(body, 'displayName', what) ?? undefined,
        isEnabled: body.isEnabled,
        applicationRestrictions: restrictions(body.applicationRestrictions, `${what} applicationRestrictions`),
        restrictions: restrictions(body.restrictions, `${what} restrictions`),
    };
}
function restrictions(value, what) {
    if (value === undefined || value === null)
        return null;
    const { keyCredentials } = object(value, what);
    if (keyCredentials === undefined || keyCredentials === null)
        return {};
    if (!Array.isArray(keyCredentials))
        throw new unexpected/* ShapeError */.ym(`${what} has a 'keyCredentials' that is not an array`);
    return { keyCredentials: keyCredentials.map((rule, i) => keyRestriction(rule, `${what} rule #${i + 1}`)) };
}
function keyRestriction(value, what) {
    const rule = object(value, what);
    return {
        restrictionType: optionalString(rule, 'restrictionType', what) ?? undefined,
        state: optionalString(rule, 'state', what) ?? undefined,
        maxLifetime: optionalString(rule, 'maxLifetime', what),
        restrictForAppsCreatedAfterDateTime: optionalString(rule, 'restrictForAppsCreatedAfterDateTime', what),
    };
}
const policyShape = (body) => policy(body, 'the policy');
const policiesShape = list('value', policy, 'policy');
function readDefaultPolicy(graph) {
    return graph
        .get('/policies/defaultAppManagementPolicy', { permission: POLICY_READ, shape: policyShape })
        .then((p) => limitOf(p, p.applicationRestrictions?.keyCredentials));
}
/** The app's own policy: undefined when none is assigned ("Only one policy object can be assigned"). */
async function readAppPolicy(graph, appObjectId) {
    // Graph documents Application.Read.All next to Policy.Read.All for it: without it, the default decides
    let policies;
    try {
        policies = await graph.get(`/applications/${appObjectId}/appManagementPolicies`, {
            permission: `${POLICY_READ} (with Application.Read.All)`,
            shape: policiesShape,
        });
    }
    catch (error) {
        if (error instanceof graph_errors/* GraphError */.h9 && error.status === 403)
            return undefined;
        throw error;
    }
    const own = policies[0];
    // an assigned policy without a certificate rule overrides the default with "no limit"
    return own ? (limitOf(own, own.restrictions?.keyCredentials) ?? null) : undefined;
}
function limitOf(policy, rules) {
    if (policy.isEnabled === false)
        return undefined;
    // `state` is absent in older payloads: treat absent as enabled
    const rule = rules?.find((r) => r.restrictionType === 'asymmetricKeyLifetime' && r.state !== 'disabled');
    const maxDays = rule?.maxLifetime ? durationDays(rule.maxLifetime) : undefined;
    if (!rule?.maxLifetime || maxDays === undefined)
        return undefined;
    return {
        policy: policy.displayName ?? policy.id,
        policyId: policy.id,
        maxLifetime: rule.maxLifetime,
        maxDays,
        appliesAfter: Date.parse(rule.restrictForAppsCreatedAfterDateTime ?? '') || 0,
    };
}
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Whole days in an ISO 8601 duration, rounded down (a year as 365 days, a month as 30: the safe side). */
function durationDays(iso) {
    const m = DURATION.exec(iso);
    if (!m)
        return undefined;
    const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
    const hours = (y * 365 + mo * 30 + w * 7 + d) * 24 + h + mi / 60 + s / 3600;
    return Math.floor(hours / 24);
}

;// CONCATENATED MODULE: ./src/graph/organization.ts
/** The tenant's initial `.onmicrosoft.com` domain, for `Connect-ExchangeOnline -Organization`. */



async function getInitialDomain(graph) {
    try {
        const domains = await graph.get('/organization?$select=verifiedDomains', {
            permission: 'Organization.Read.All',
            shape: organizationDomainsShape,
        });
        const initial = domains?.find((d) => d.isInitial)?.name;
        if (!initial)
            throw new errors/* ActionError */.l('Graph /organization listed no initial domain. Set the organization input (e.g. contoso.onmicrosoft.com).');
        return initial;
    }
    catch (error) {
        if (error instanceof graph_errors/* GraphError */.h9 && error.status === 403) {
            throw new errors/* ActionError */.l("The organization could not be read: the provisioning app lacks Graph's Organization.Read.All. Either set the " +
                "'organization' input to the tenant's .onmicrosoft.com domain (or pass it as tenant-id), or grant Organization.Read.All " +
                'to the provisioning app and admin-consent it.', { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/graph/federated-credentials.ts
/**
 * Federated identity credentials of the managed app: the trust that lets GitHub Actions jobs sign in as
 * it with their OIDC token (token mode). Graph v1.0 docs application-list-federatedidentitycredentials and
 * federatedidentitycredential-upsert: `PATCH …/federatedIdentityCredentials(name='…')` with
 * `Prefer: create-if-missing` creates (201) or updates (204) by name, so a rerun converges.
 */




function federatedCredential(value, what) {
    const item = object(value, what);
    return {
        id: string(item, 'id', what),
        name: string(item, 'name', what),
        issuer: string(item, 'issuer', what),
        subject: string(item, 'subject', what),
        audiences: array(item, 'audiences', what).map(String),
        description: optionalString(item, 'description', what),
    };
}
/** `{ value: [...] }`: a credential without its name, issuer or subject is not understood (strict reads). */
const federatedCredentialsShape = list('value', federatedCredential, 'the federated credentials');
/** Entra's limit per application (Entra docs, federated credential configuration considerations). */
const MAX_FEDERATED_CREDENTIALS = 20;
/**
 * The app's credentials, addressed like the app itself (`appId` or `uniqueName`, so they can be read in the
 * same round as the app); undefined when there is no such app.
 */
async function listFederatedCredentials(graph, app) {
    const address = 'appId' in app ? `appId=${odataString(app.appId)}` : `uniqueName=${odataString(app.uniqueName)}`;
    return graph.get(`/applications(${address})/federatedIdentityCredentials`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
        shape: federatedCredentialsShape,
    });
}
/** Creates the credential if the app has none of this name, else sets its issuer, subject and audience. */
async function upsertFederatedCredential(graph, appObjectId, credential, afterCreate) {
    // `name` is the key in the URL and immutable: the body leaves it out (the update doc's example sends it)
    const created = await graph.patch(`/applications/${appObjectId}/federatedIdentityCredentials(name=${odataString(credential.name)})`, {
        issuer: credential.issuer,
        subject: credential.subject,
        audiences: [credential.audience],
        description: credential.description,
    }, {
        permission: APP_PERMISSION,
        headers: { prefer: 'create-if-missing' },
        afterCreate,
        // 201 with the new credential when it was created; 204 without a body when it existed
        shape: (body) => federatedCredential(body, 'the federated credential'),
    });
    return created ? 'created' : 'updated';
}
/** Graph's 400 for a credential beyond the limit (its wording is not public: matched loosely). */
function isLimitError(error) {
    return (error instanceof graph_errors/* GraphError */.h9 &&
        error.status === 400 &&
        /at most|maximum|limit|exceed/i.test(error.graphMessage) &&
        /federated/i.test(error.graphMessage));
}
/** Graph's 400 for an issuer and subject another credential of the app already holds. */
function isDuplicateSubjectError(error) {
    return (error instanceof graph_errors/* GraphError */.h9 &&
        error.status === 400 &&
        (error.code === 'InvalidFederatedIdentityCredentialValue' ||
            /issuer and subject/i.test(error.graphMessage)));
}
/** Deletes one federated credential by its id (removal); 'gone' when it was deleted already. */
function deleteFederatedCredential(graph, appObjectId, id) {
    return graph.delete(`/applications/${appObjectId}/federatedIdentityCredentials/${id}`, {
        permission: APP_PERMISSION,
    });
}

;// CONCATENATED MODULE: ./src/graph/role-assignments.ts
/** Directory role assignments (Exchange Administrator or a narrower role) of the managed app's service principal. */



const ROLE_PERMISSION = 'RoleManagement.ReadWrite.Directory';
async function listRoleAssignments(graph, principalId) {
    const filter = encodeURIComponent(`principalId eq ${odataString(principalId)}`);
    return graph.get(`/roleManagement/directory/roleAssignments?$filter=${filter}`, {
        permission: ROLE_PERMISSION,
        shape: roleAssignmentsShape,
    });
}
/**
 * Graph's answer to a duplicate role assignment (same principal, role and scope): it exists already.
 * 400 Request_BadRequest with this text, as public clients quote it (e.g. dod-ccpo/atat, Terraform users).
 */
const ALREADY_ASSIGNED = /A conflicting object with one or more of the specified property values is present in the directory/i;
/** Assigns a directory role tenant-wide; 'already' when Graph says the assignment exists. */
async function assignDirectoryRole(graph, principalId, roleDefinitionId, afterCreate) {
    try {
        await postRoleAssignment(graph, principalId, roleDefinitionId, afterCreate);
        return 'assigned';
    }
    catch (error) {
        if ((0,graph_errors/* isDuplicate */.KD)(error, ALREADY_ASSIGNED))
            return 'already';
        throw error;
    }
}
async function postRoleAssignment(graph, principalId, roleDefinitionId, afterCreate) {
    await graph.post('/roleManagement/directory/roleAssignments', {
        '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
        principalId,
        roleDefinitionId,
        directoryScopeId: '/',
    }, 
    // a repeat after a reset answers "already exists", which counts as done
    { permission: ROLE_PERMISSION, afterCreate, idempotent: true });
}
/** Removes one directory role assignment; 'gone' when it was removed already. */
function removeDirectoryRole(graph, assignmentId) {
    return graph.delete(`/roleManagement/directory/roleAssignments/${encodeURIComponent(assignmentId)}`, {
        permission: ROLE_PERMISSION,
    });
}

// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
;// CONCATENATED MODULE: ./src/graph/service-principals.ts
/** Graph `servicePrincipal` objects: the managed app's, and Exchange Online's (whose appRoles name the permissions). */



const READ = 'Application.ReadWrite.OwnedBy (or Application.Read.All)';
const service_principals_SELECT = '$select=id,appId,displayName,appRoles';
function getServicePrincipalByAppId(graph, appId) {
    return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${service_principals_SELECT}`, {
        permission: READ,
        allowNotFound: true,
        shape: servicePrincipalShape,
    });
}
async function getExchangeServicePrincipal(graph) {
    return getServicePrincipalByAppId(graph, cloud/* EXCHANGE_APP_ID */.oD);
}
/** Creates the service principal of an app (or finds it, when a concurrent run made it first). */
async function upsertServicePrincipal(graph, appId) {
    const created = await graph.patch(`/servicePrincipals(appId=${odataString(appId)})`, {}, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
        afterCreate: true,
        shape: servicePrincipalShape,
    });
    if (created?.id)
        return created;
    // 204: it existed already; read it (it may still be replicating)
    return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${service_principals_SELECT}`, {
        permission: READ,
        afterCreate: true,
        shape: servicePrincipalShape,
    });
}

;// CONCATENATED MODULE: ./src/observe/observe.ts
/**
 * Reads what exists in the tenant, in as few sequential round trips as the dependencies allow:
 * [app, Exchange SP, organization, existing secrets] → [app's SP] → [consents, role assignments].
 */










function observeKey(key) {
    let thumbprint = '';
    if (key.key)
        thumbprint = (0,external_node_crypto_.createHash)('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
    else if (key.customKeyIdentifier)
        thumbprint = Buffer.from(key.customKeyIdentifier, 'base64').toString('hex').toUpperCase();
    return { ...key, thumbprint, ...(0,plan_lineage/* parseManagedKeyName */.Te)(key.displayName) };
}
function settled(result) {
    if ('error' in result)
        throw result.error;
    return result.found;
}
async function observe(graph, options) {
    // With the app-id input the app's service principal does not wait for the app: one round trip fewer.
    const [app, exchange, organization, secrets, knownServicePrincipal, protection, tenantPolicy, federatedCredentials,] = await Promise.all([
        options.appId
            ? getApplicationByAppId(graph, options.appId)
            : getApplicationByUniqueName(graph, options.appUniqueName),
        getExchangeServicePrincipal(graph),
        options.organization ? Promise.resolve(options.organization) : getInitialDomain(graph),
        options.listSecrets?.(),
        // settled, not thrown: when the app itself is missing, that is the error to report
        options.appId
            ? getServicePrincipalByAppId(graph, options.appId).then((found) => ({ found }), (error) => ({ error }))
            : undefined,
        options.protectionAppId
            ? getServicePrincipalByAppId(graph, options.protectionAppId).then((sp) => sp ?? null)
            : undefined,
        options.readPolicies ? readDefaultPolicy(graph) : undefined,
        options.federatedCredentials
            ? listFederatedCredentials(graph, options.appId ? { appId: options.appId } : { uniqueName: options.appUniqueName })
            : undefined,
    ]);
    if (!exchange) {
        throw new errors/* ActionError */.l('The Office 365 Exchange Online service principal (appId 00000002-0000-0ff1-ce00-000000000000) does not exist in this ' +
            'tenant. Exchange Online must be licensed and provisioned in the tenant before app-only access can be set up.');
    }
    if (options.appId && !app) {
        throw new errors/* ActionError */.l(`No application with client ID ${options.appId} is visible to the provisioning app. Check the 'app-id' input; to manage ` +
            'an app it did not create, the provisioning app needs Application.ReadWrite.All (OwnedBy only sees its own apps). ' +
            'Leave app-id empty to let exo-cba create and manage its own app.');
    }
    const observedApp = app
        ? { ...app, keyCredentials: (app.keyCredentials ?? []).map(observeKey) }
        : undefined;
    options.onFirstRound?.({ app: observedApp, exchange, tenantPolicy });
    const [servicePrincipal, appPolicy] = await Promise.all([
        !app
            ? undefined
            : knownServicePrincipal
                ? settled(knownServicePrincipal)
                : getServicePrincipalByAppId(graph, app.appId),
        app && options.readPolicies ? readAppPolicy(graph, app.id) : undefined,
    ]);
    const [appRoleAssignments, roleAssignments] = servicePrincipal
        ? await Promise.all([
            listAppRoleAssignments(graph, servicePrincipal.id),
            listRoleAssignments(graph, servicePrincipal.id),
        ])
        : [[], []];
    return {
        app: observedApp,
        servicePrincipal,
        exchange,
        ...(protection !== undefined ? { protection } : {}),
        ...(options.readPolicies ? { policies: { tenant: tenantPolicy, app: appPolicy } } : {}),
        appRoleAssignments,
        roleAssignments,
        organization,
        existingSecrets: secrets?.names,
        certificateWrittenAt: secrets?.certificateWrittenAt,
        federatedCredentials,
    };
}

;// CONCATENATED MODULE: ./src/apply/key-credentials.ts
/**
 * The app's key credentials, changed safely.
 *
 * With a proof key (the certificate input, registered and valid) keys are added and removed one by one with
 * `addKey`/`removeKey`: atomic, so parallel runs cannot drop each other's keys.
 *
 * Without one — the first key, or recovery once every key has expired — only `PATCH /applications/{id}`
 * can write, and it replaces the whole list: every change starts from a fresh read, is read back, and a
 * key a concurrent PATCH dropped is put back.
 */










/** How many times a key lost to a concurrent PATCH is put back before the run gives up. */
const READD_ATTEMPTS = 4;
/** The body element of a key credential to keep in a keyCredentials PATCH: as Graph returned it, without `key`. */
function keep(key) {
    return {
        keyId: key.keyId,
        type: key.type,
        usage: key.usage,
        displayName: key.displayName,
        customKeyIdentifier: key.customKeyIdentifier,
        startDateTime: key.startDateTime,
        endDateTime: key.endDateTime,
    };
}
function newKey(certificate, lineage) {
    return {
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        displayName: (0,plan_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, lineage),
        key: certificate.certificateDerBase64,
        ...(0,certificate_certificate.keyCredentialDates)(certificate),
    };
}
const CONCURRENCY_HINT = 'Another run changed the app’s certificates at the same time. Nothing was published; rerun the job, and put exo-cba ' +
    'runs for one app in a `concurrency:` group so they cannot overlap.';
function proof(writer) {
    if (!writer.signer)
        throw new errors/* ActionError */.l('internal: no proof key');
    return proofOfPossession(writer.appObjectId, writer.signer);
}
/** Graph refuses a keyCredentials PATCH that keeps (by keyId) a key a concurrent PATCH removed meanwhile. */
const keptKeyVanished = (error) => error instanceof graph_errors/* GraphError */.h9 && error.status === 400 && error.code === 'KeyCredentialsInvalidValue';
/**
 * PATCHes `build(current)`, `current` being `first` (a read already taken) or a fresh read; when a key the
 * body keeps was removed by a concurrent PATCH since that read, Graph refuses it: read again and retry.
 */
async function patchKeys(writer, build, { first, afterCreate }) {
    let current = first;
    for (let attempt = 1;; attempt++) {
        current ??= (await getKeyCredentials(writer.graph, writer.appObjectId, afterCreate)).map(observeKey);
        try {
            await updateApplication(writer.graph, writer.appObjectId, { keyCredentials: build(current) }, afterCreate);
            return;
        }
        catch (error) {
            if (!keptKeyVanished(error) || attempt > READD_ATTEMPTS)
                throw error;
            current = undefined;
        }
    }
}
/**
 * PATCH path: after adding, the new key must be on the app; a concurrent PATCH (based on a read from before
 * ours) may have dropped it: put it back from a fresh read, keeping whatever that run added.
 */
async function keepRegistered(writer, issued, afterCreate) {
    for (let attempt = 1;; attempt++) {
        const current = (await getKeyCredentials(writer.graph, writer.appObjectId, afterCreate)).map(observeKey);
        if (current.some((k) => k.thumbprint === issued.thumbprintSha1))
            return;
        if (attempt > READD_ATTEMPTS)
            throw new errors/* ActionError */.l(`The new certificate ${issued.thumbprintSha1} keeps disappearing from the app. ${CONCURRENCY_HINT}`);
        writer.log.warning(droppedWarning(issued));
        await patchKeys(writer, (keys) => [...keys.map(keep), newKey(issued, writer.lineage)], {
            first: current,
            afterCreate,
        });
    }
}
/**
 * Removes keys of the run's lineage. With a proof key, one `removeKey` each (a key already gone is fine);
 * else one PATCH based on a fresh read, so nothing added meanwhile is dropped, which also puts back
 * `issued` (this run's published certificate) if a concurrent PATCH dropped it.
 */
async function removeKeys(writer, removals, { protect, issued }) {
    const doomed = removals.filter((r) => r.thumbprint !== protect);
    if (writer.signer) {
        await Promise.all(doomed.map((r) => removeKey(writer.graph, writer.appObjectId, r.keyId, proof(writer))));
        return doomed;
    }
    const current = (await getKeyCredentials(writer.graph, writer.appObjectId)).map(observeKey);
    const present = doomed.filter((r) => current.some((k) => k.keyId === r.keyId && k.managed));
    const dropped = issued && !current.some((k) => k.thumbprint === issued.thumbprintSha1) ? issued : undefined;
    if (!present.length && !dropped)
        return [];
    if (dropped)
        writer.log.warning(droppedWarning(dropped));
    const kept = current.filter((k) => !present.some((d) => d.keyId === k.keyId));
    await updateApplication(writer.graph, writer.appObjectId, {
        keyCredentials: [...kept.map(keep), ...(dropped ? [newKey(dropped, writer.lineage)] : [])],
    });
    return present;
}
function droppedWarning(certificate) {
    return (`Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change; registering it again. ` +
        'Put exo-cba runs for one app in a `concurrency:` group.');
}
/**
 * After publishing: the published key must still be registered. A concurrent run's PATCH (the first key of
 * a run without a proof key) can drop even a key added with addKey: put it back the same way it was added.
 */
async function ensureRegistered(writer, certificate) {
    if (!writer.signer)
        return keepRegistered(writer, certificate, false);
    const current = (await getKeyCredentials(writer.graph, writer.appObjectId)).map(observeKey);
    if (current.some((k) => k.thumbprint === certificate.thumbprintSha1))
        return;
    writer.log.warning(droppedWarning(certificate));
    await addKey(writer.graph, writer.appObjectId, {
        key: certificate.certificateDerBase64,
        displayName: (0,plan_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, writer.lineage),
    }, proof(writer));
}
async function isRegistered(graph, appObjectId, certificate) {
    const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
    return current.some((k) => k.thumbprint === certificate.thumbprintSha1);
}
/**
 * Issues a certificate and adds its key to the app: with `addKey` when a proof key is known, else with a
 * PATCH keeping every key of `base` (none for an app created in this run, else a read taken once the
 * certificate is built, so the PATCH is never based on a read older than one round trip). The PATCH's
 * read-back is returned unawaited so it overlaps the next step; it settles before anything is published.
 */
async function addCertificate(writer, options) {
    const { graph, appObjectId } = writer;
    const issued = await (0,certificate_certificate.generateCertificate)(options.certificate);
    (0,mask/* maskCertificate */.w)(issued);
    const key = newKey(issued, writer.lineage);
    if (writer.signer) {
        await addKey(graph, appObjectId, { key: issued.certificateDerBase64, displayName: String(key.displayName) }, proof(writer), options.afterCreate);
        return { issued, check: Promise.resolve(), via: 'addKey' };
    }
    const base = options.base === 'read' ? (await getKeyCredentials(graph, appObjectId)).map(observeKey) : [];
    await patchKeys(writer, (keys) => [...keys.map(keep), key], {
        first: base,
        afterCreate: options.afterCreate,
    });
    const check = (0,action_log/* awaitedLater */.kW)(keepRegistered(writer, issued, options.afterCreate));
    return { issued, check, via: 'PATCH' };
}

;// CONCATENATED MODULE: ./src/apply/state.ts

/** The state apply's steps share: what the run has created, added and learnt so far. */
class ApplyState {
    ctx;
    app;
    servicePrincipalId;
    /** the app was created in this run: later writes retry Entra's replication errors */
    appCreated = false;
    /** a concurrent run created the app first (upsert answered 204): it may hold that run's key already */
    appCreatedConcurrently = false;
    /** the service principal was created in this run */
    spCreated = false;
    /** the certificate to publish: the input one, or the one this run added */
    certificate;
    rotated = false;
    verification;
    secretsWritten = [];
    /** one line per change made, for the log and the summary */
    changes = [];
    /**
     * The re-read after adding the key. It runs alongside the next stage (verification needs nothing from
     * it) and is settled before anything is published or removed: add → (check ∥ verify) → publish → remove.
     */
    keyCheck;
    /** aborted when that re-read fails: verification then stops waiting */
    keyLost = new AbortController();
    /**
     * The removal's read (after publishing) found this run's new key registered, or its PATCH put it back:
     * ensureRegistered's separate read is then not needed.
     */
    registeredAfterPublishing = false;
    /** the proof key the certificate was added with (none: PATCH), for putting it back the same way */
    signedWith;
    /** epoch ms the new key was written */
    keyWrittenAt;
    constructor(ctx) {
        this.ctx = ctx;
        const { app, servicePrincipal } = ctx.observed;
        this.app = app ? { id: app.id, appId: app.appId } : undefined;
        this.servicePrincipalId = servicePrincipal?.id;
        this.certificate = ctx.inputCertificate;
    }
    requireApp() {
        if (!this.app)
            throw new errors/* ActionError */.l('internal: the app is not known yet');
        return this.app;
    }
    /** How this run writes the app's keys: with the plan's proof key (addKey/removeKey), else by PATCH. */
    keyWriter(signWith) {
        const input = this.ctx.inputCertificate;
        return {
            graph: this.ctx.graph,
            appObjectId: this.requireApp().id,
            lineage: this.ctx.lineage,
            signer: signWith && input?.thumbprintSha1 === signWith ? input : undefined,
            log: this.ctx.log,
        };
    }
    requireServicePrincipal() {
        if (!this.servicePrincipalId)
            throw new errors/* ActionError */.l('internal: no service principal');
        return this.servicePrincipalId;
    }
    /** The pending re-read after adding the key, handed to whoever awaits it next. */
    takeKeyCheck() {
        const pending = this.keyCheck;
        this.keyCheck = undefined;
        return pending;
    }
}

;// CONCATENATED MODULE: ./src/apply/steps/app.ts
/** The steps that create and change the app registration. */


async function createApp(step, state) {
    const { graph } = state.ctx;
    const created = await upsertApplication(graph, step.uniqueName, {
        displayName: step.displayName,
        requiredResourceAccess: step.requiredResourceAccess,
    });
    // 204: a concurrent run created it first; both then manage the same app
    const found = created?.id ? created : await getApplicationByUniqueName(graph, step.uniqueName);
    if (!found)
        throw new errors/* ActionError */.l(`The app '${step.uniqueName}' was created but cannot be read back yet; rerun the job.`);
    state.app = { id: found.id, appId: found.appId };
    state.appCreated = true;
    state.appCreatedConcurrently = !created?.id;
    state.changes.push(`created app '${step.displayName}' (client ID ${found.appId})`);
}
async function updateAppPermissions(step, state) {
    await updateApplication(state.ctx.graph, state.requireApp().id, { requiredResourceAccess: step.requiredResourceAccess }, state.appCreated);
    state.changes.push(`requested ${step.adds.join(', ')}`);
}
async function renameApp(step, state) {
    await updateApplication(state.ctx.graph, state.requireApp().id, { displayName: step.displayName });
    state.changes.push(`renamed the app from '${step.from}' to '${step.displayName}'`);
}

;// CONCATENATED MODULE: ./src/apply/steps/certificate.ts
/** The steps that add, verify and remove the app's certificates. */



async function addCertificateStep(step, state) {
    const { ctx } = state;
    const target = state.requireApp();
    const writer = state.keyWriter(step.signWith);
    const added = (await ctx.earlyCertificate) ??
        (await addCertificate(writer, {
            // PATCH replaces the whole list: start from a fresh read, not from the observation, so a key another
            // run added meanwhile is kept (the race window shrinks to about one round trip); the read is in
            // flight while the certificate is built; an app this run created holds no key yet, unless a
            // concurrent run created it first and may have added its own
            base: state.appCreated && !state.appCreatedConcurrently ? 'none' : 'read',
            certificate: {
                subject: step.subject,
                validityDays: step.validityDays,
                keySize: step.keySize,
                now: ctx.now(),
                friendlyName: `exo-cba ${target.appId}`,
                password: ctx.reusablePassword,
                privateKeyPem: ctx.newKey.start(),
            },
            afterCreate: state.appCreated,
        }));
    state.signedWith = step.signWith;
    state.keyWrittenAt = Date.now();
    state.keyCheck = added.check;
    // a failed re-read ends verification's waits; the stage loop reports it
    added.check.catch((error) => state.keyLost.abort(error));
    state.certificate = added.issued;
    state.rotated = true;
    state.changes.push(`added certificate ${added.issued.thumbprintSha1} (expires ${added.issued.notAfter.toISOString()}, ${added.via})`);
}
async function verifyCertificateStep(step, state) {
    const { ctx, keyLost } = state;
    const verifying = state.certificate;
    if (!verifying)
        throw new errors/* ActionError */.l('internal: no certificate to verify');
    try {
        // PATCH path: a concurrent PATCH may drop the new key while Entra does not know it yet; when Entra
        // answers "key not found", look at the app at once instead of after the whole verify-timeout
        const writer = state.keyWriter(state.signedWith);
        const onKeyNotFound = state.rotated && !writer.signer ? () => keepRegistered(writer, verifying, state.appCreated) : undefined;
        state.verification = await ctx.verify(verifying, state.requireApp().appId, step.mode, keyLost.signal, onKeyNotFound);
    }
    catch (error) {
        // the re-read after adding found the key gone and aborted the waits: that is the error to report
        if (keyLost.signal.aborted)
            throw keyLost.signal.reason;
        // a concurrent run's PATCH can drop the new key while it is being verified: say so, not "wait longer"
        const gone = state.rotated &&
            (await isRegistered(ctx.graph, state.requireApp().id, verifying).then((registered) => !registered, () => false));
        if (gone) {
            throw new errors/* ActionError */.l(`The new certificate ${verifying.thumbprintSha1} was removed from the app while exo-cba verified it. ${CONCURRENCY_HINT}`, { cause: error });
        }
        throw error;
    }
}
async function removeCertificates(step, state) {
    const { ctx, certificate } = state;
    let removed;
    try {
        const writer = state.keyWriter(step.signWith);
        removed = await removeKeys(writer, step.keys, {
            protect: certificate?.thumbprintSha1,
            issued: state.rotated ? certificate : undefined,
        });
        // the PATCH's fresh read found the new key, or put it back
        state.registeredAfterPublishing = state.rotated && !writer.signer;
    }
    catch (error) {
        // the published certificate works and is in place; failing the job now would only stop the jobs that need it
        ctx.log.warning(`Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
            `${(0,action_log/* errorMessage */.gJ)(error)}. They stay registered (nothing breaks); the next run removes them.`);
        return;
    }
    if (removed.length)
        state.changes.push(`removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`);
}

;// CONCATENATED MODULE: ./src/plan/federated-trust.ts
/**
 * Which federated credentials the managed app needs so the consumer jobs (token mode) can sign in as it:
 * one per GitHub OIDC subject, named `exo-cba-<hash of the subject>` so every run finds its own, and
 * never touching a credential of anyone else. Pure: the plan calls it.
 */



/** Predictable, URL-friendly and within Entra's 3–120 characters, whatever the subject. */
function federatedCredentialName(subject) {
    return `exo-cba-${(0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex').slice(0, 16)}`;
}
const FEDERATED_CREDENTIAL_DESCRIPTION = 'exo-cba: GitHub Actions jobs with this subject sign in as this app (access-token: true).';
/** The trust the inputs ask for; the running job's subject when `access-token-subjects` is empty. */
function tokenTrust(settings, job) {
    if (!settings.accessToken)
        return undefined;
    const subjects = settings.accessTokenSubjects.length
        ? settings.accessTokenSubjects
        : job?.sub
            ? [job.sub]
            : [];
    return {
        issuer: job?.iss || 'https://token.actions.githubusercontent.com',
        audience: settings.audience,
        subjects: [...new Set(subjects)],
    };
}
/**
 * The credentials to write, and notes on subjects another credential already covers. Throws, before any
 * write, when the new ones would take the app past Entra's 20.
 */
function planFederatedCredentials(trust, existing) {
    const steps = [];
    const notes = [];
    for (const subject of trust.subjects) {
        const name = federatedCredentialName(subject);
        const ours = existing.find((f) => f.name.toLowerCase() === name.toLowerCase());
        const other = existing.find((f) => f !== ours && f.issuer === trust.issuer && f.subject === subject);
        if (other) {
            // Graph refuses a second credential with the same issuer and subject; someone else's is left as it is
            if (!other.audiences.includes(trust.audience))
                notes.push(`The app's federated credential '${other.name}' (not exo-cba's) trusts subject ${subject} for audience ` +
                    `${other.audiences.join(', ')}, not '${trust.audience}': consumer jobs must use that audience, or remove that ` +
                    'credential so exo-cba can add its own. exo-cba leaves it as it is.');
            continue;
        }
        const current = ours?.issuer === trust.issuer &&
            ours.subject === subject &&
            ours.audiences.length === 1 &&
            ours.audiences[0] === trust.audience;
        if (!current)
            steps.push({
                kind: 'add-federated-credential',
                name,
                issuer: trust.issuer,
                subject,
                audience: trust.audience,
                reason: ours ? 'changed' : 'missing',
            });
    }
    const adding = steps.filter((s) => s.reason === 'missing').length;
    if (existing.length + adding > MAX_FEDERATED_CREDENTIALS) {
        throw new errors/* ActionError */.l(`The managed app has ${existing.length} federated credential(s) and access-token-subjects needs ${adding} more, ` +
            `but Entra ID allows at most ${MAX_FEDERATED_CREDENTIALS} per app. Nothing was changed. Its credentials: ` +
            `${existing.map((f) => `'${f.name}' (${f.subject})`).join(', ')}. Remove ones no longer used (App registrations → ` +
            'the app → Certificates & secrets → Federated credentials), or list fewer subjects (a GitHub environment ' +
            'subject, repo:<owner>/<repo>:environment:<name>, covers every job of that environment).');
    }
    return { steps, notes };
}

;// CONCATENATED MODULE: ./src/apply/steps/federated-credential.ts
/** The step that lets the consumer jobs' GitHub OIDC tokens sign in as the managed app (token mode). */



async function addFederatedCredential(step, state) {
    try {
        const outcome = await upsertFederatedCredential(state.ctx.graph, state.requireApp().id, { ...step, description: FEDERATED_CREDENTIAL_DESCRIPTION }, state.appCreated);
        state.changes.push(`${outcome === 'created' ? 'added' : 'updated'} federated credential ${step.name} for subject ${step.subject}`);
    }
    catch (error) {
        // another run or person wrote the app's credentials since they were read
        if (isLimitError(error))
            throw new errors/* ActionError */.l(`Entra ID refused federated credential ${step.name} for ${step.subject}: the app has ${MAX_FEDERATED_CREDENTIALS} ` +
                'already (its limit). Remove ones no longer used (App registrations → the app → Certificates & secrets → ' +
                'Federated credentials), or list fewer access-token-subjects.', { cause: error });
        if (isDuplicateSubjectError(error))
            throw new errors/* ActionError */.l(`Another federated credential of the app already trusts subject ${step.subject} (issuer ${step.issuer}); it was ` +
                'added since this run read the app. exo-cba leaves it as it is: rerun to see whether its audience fits.', { cause: error });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/apply/steps/secrets.ts
async function publishSecrets(step, state) {
    const { ctx, certificate } = state;
    if (!ctx.secrets || !certificate)
        return;
    const values = {
        APP_ID: state.requireApp().appId,
        APP_OBJECT_ID: state.requireApp().id,
        TENANT_ID: ctx.tenantId,
        ORGANIZATION: ctx.observed.organization,
        CERTIFICATE: certificate.pfxBase64,
        CERTIFICATE_PASSWORD: certificate.password,
        CERTIFICATE_THUMBPRINT: certificate.thumbprintSha1,
    };
    const subset = Object.fromEntries(step.names.map((n) => [n.value, values[n.value]]));
    state.secretsWritten = await ctx.secrets.write(subset);
    state.changes.push(`wrote GitHub secrets ${state.secretsWritten.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/apply/steps/service-principal.ts
/** The steps that create the app's service principal and give it access to Exchange Online. */



async function createServicePrincipal(_step, state) {
    const sp = await upsertServicePrincipal(state.ctx.graph, state.requireApp().appId);
    state.servicePrincipalId = sp.id;
    state.spCreated = true;
    state.changes.push('created the service principal');
}
async function grantPermission(step, state) {
    const { graph, observed } = state.ctx;
    const outcome = await grantAppRole(graph, {
        principalId: state.requireServicePrincipal(),
        resourceId: step.resourceId ?? observed.exchange.id,
        appRoleId: step.appRoleId,
    }, state.spCreated);
    const what = `${step.resource ? `${step.resource} ` : ''}${step.permission}`;
    if (outcome === 'already')
        state.ctx.log.info(`Admin consent for ${what}: already in place.`);
    else
        state.changes.push(`granted admin consent for ${what}`);
}
async function assignRole(step, state) {
    const principalId = state.requireServicePrincipal();
    const outcome = await assignDirectoryRole(state.ctx.graph, principalId, step.role.templateId, state.spCreated);
    if (outcome === 'already')
        state.ctx.log.info(`Directory role ${step.role.name}: already in place.`);
    else
        state.changes.push(`assigned directory role ${step.role.name}`);
}

;// CONCATENATED MODULE: ./src/apply/steps/index.ts





const STEP_HANDLERS = {
    'create-app': createApp,
    'update-app-permissions': updateAppPermissions,
    'rename-app': renameApp,
    'create-service-principal': createServicePrincipal,
    'add-certificate': addCertificateStep,
    'grant-permission': grantPermission,
    'assign-role': assignRole,
    'add-federated-credential': addFederatedCredential,
    'verify-certificate': verifyCertificateStep,
    'publish-secrets': publishSecrets,
    'remove-certificates': removeCertificates,
};
function runStep(step, state) {
    // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
    const handler = STEP_HANDLERS[step.kind];
    return handler(step, state);
}

;// CONCATENATED MODULE: ./src/plan/permissions.ts
/**
 * Checks, before the first write, that the provisioning app's Graph token carries every application
 * permission the plan's writes need. A missing one fails the run with nothing changed, instead of a 403
 * half way through.
 */

/**
 * Steps that change an app that already exists, or its service principal and certificates. With
 * Application.ReadWrite.OwnedBy, Graph allows them only on apps the provisioning app owns.
 */
const EXISTING_APP_WRITES = new Set([
    'update-app-permissions',
    'rename-app',
    'create-service-principal',
    'add-certificate',
    'remove-certificates',
    'add-federated-credential',
]);
/** Every step that needs Application.ReadWrite.OwnedBy or .All. */
const APP_WRITES = new Set(['create-app', ...EXISTING_APP_WRITES]);
function needs(plan) {
    const kinds = new Set(plan.stages.flat().map((s) => s.kind));
    const result = [];
    if ([...kinds].some((k) => APP_WRITES.has(k))) {
        result.push({
            permissions: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
            for: 'creating and updating the app, its service principal, certificates and federated credentials',
        });
    }
    if (kinds.has('grant-permission'))
        result.push({ permissions: ['AppRoleAssignment.ReadWrite.All'], for: 'granting admin consent' });
    if (kinds.has('assign-role'))
        result.push({ permissions: ['RoleManagement.ReadWrite.Directory'], for: 'assigning the directory role' });
    return result;
}
const APP_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'];
/**
 * Throws when a needed permission is missing. Returns a warning when the plan grants consent without an
 * application read permission: Microsoft documents Application.Read.All next to
 * AppRoleAssignment.ReadWrite.All for that call, and some tenants answer 403 without it.
 */
function assertGraphPermissions(plan, roles, clientId) {
    const granted = new Set(Array.isArray(roles) ? roles.map(String) : []);
    const missing = needs(plan).filter((n) => !n.permissions.some((p) => granted.has(p)));
    if (!missing.length) {
        const grants = plan.stages.flat().some((s) => s.kind === 'grant-permission');
        if (grants && !APP_READ.some((p) => granted.has(p))) {
            return (`The provisioning app (client-id ${clientId}) has no Application.Read.All; Microsoft documents it alongside ` +
                'AppRoleAssignment.ReadWrite.All for granting admin consent. If the consent step fails with 403, grant Application.Read.All.');
        }
        return undefined;
    }
    const lines = missing.map((n) => `  - ${n.permissions.join(' or ')} (for ${n.for})`);
    throw new errors/* ActionError */.l(`The provisioning app (client-id ${clientId}) lacks Microsoft Graph application permission(s) this run needs; nothing was changed:\n` +
        `${lines.join('\n')}\n` +
        `Its token carries: ${granted.size ? [...granted].sort().join(', ') : 'no application permissions'}.\n` +
        'Grant them: Entra admin center → App registrations → the provisioning app → API permissions → Add a permission → ' +
        "Microsoft Graph → Application permissions, then 'Grant admin consent'. New consent reaches tokens within minutes.");
}
/** Whether the token holds every write permission any plan can need: a rotation may then start early. */
function holdsEveryWritePermission(roles) {
    const granted = new Set(Array.isArray(roles) ? roles.map(String) : []);
    return ((granted.has('Application.ReadWrite.OwnedBy') || granted.has('Application.ReadWrite.All')) &&
        granted.has('AppRoleAssignment.ReadWrite.All') &&
        granted.has('RoleManagement.ReadWrite.Directory'));
}

;// CONCATENATED MODULE: ./src/apply/apply.ts
/**
 * Carries out a plan: each stage's steps concurrently, stages in order. Every step is idempotent and
 * re-reads where a concurrent run could have changed things, so a rerun after any failure converges.
 */







async function apply(plan, ctx) {
    const state = new ApplyState(ctx);
    // the new key overlaps the round trips before add-certificate
    if (plan.stages.flat().some((s) => s.kind === 'add-certificate'))
        ctx.newKey.start();
    for (const stage of plan.stages) {
        // the certificate is published (outputs, file) only once it is registered and verified, before secrets are written
        if (stage.some((s) => s.kind === 'publish-secrets' || s.kind === 'remove-certificates')) {
            await state.takeKeyCheck();
            if (state.certificate && state.app)
                await ctx.onCertificate?.(state.certificate, state.app.appId);
        }
        await Promise.all([
            state.takeKeyCheck(),
            ...stage.map((step) => runStep(step, state).catch((error) => explain(error, step, state))),
        ]);
    }
    await state.takeKeyCheck();
    const { certificate, app } = state;
    if (state.rotated && certificate && app && !state.registeredAfterPublishing && ctx.keysReadable !== false) {
        // a PATCH of another run based on a read from before ours lands up to a round trip or two later: a run
        // that ends sooner (no verification) looks once that has passed, so it still sees and repairs the loss
        if (!state.signedWith)
            await settle(state.keyWrittenAt);
        await ensureRegistered(state.keyWriter(state.signedWith), certificate);
    }
    return result(state);
}
/** How long after a keyCredentials PATCH a concurrent PATCH based on an older read may still land. */
const PATCH_SETTLE_MS = 2000;
async function settle(writtenAt) {
    const wait = (writtenAt ?? 0) + PATCH_SETTLE_MS - Date.now();
    if (wait > 0)
        await (0,promises_.setTimeout)(wait);
}
function result(state) {
    const app = state.requireApp();
    if (!state.servicePrincipalId)
        throw new errors/* ActionError */.l('internal: no service principal after apply');
    if (!state.certificate)
        throw new errors/* ActionError */.l('internal: no certificate after apply');
    return {
        appObjectId: app.id,
        appId: app.appId,
        servicePrincipalId: state.servicePrincipalId,
        certificate: state.certificate,
        rotated: state.rotated,
        verification: state.verification,
        secretsWritten: state.secretsWritten,
        changes: state.changes,
    };
}
/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function explain(error, step, state) {
    if (error instanceof graph_errors/* GraphError */.h9 &&
        error.status === 403 &&
        EXISTING_APP_WRITES.has(step.kind) &&
        !state.appCreated) {
        throw new errors/* ActionError */.l(`Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
            'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
            "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
            'or add its service principal as an owner of the app. Nothing in this step was changed.', { cause: error });
    }
    throw error;
}

// EXTERNAL MODULE: ./src/certificate/subject.ts
var certificate_subject = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/plan/subject.ts
/**
 * The subject of a new certificate. An explicit certificate-subject is kept as given; the default names
 * the app: an adopted app (app-id) by its own display name, which exo-cba does not change, rather than
 * by the app-name input it never applied.
 */

function certificateSubjectFor(settings, 
/** the adopted app's display name as read; undefined for exo-cba's own app (it follows app-name) */
adoptedName) {
    if (!settings.certificateSubjectDefaulted || !adoptedName?.trim())
        return settings.certificateSubject;
    const subject = (0,certificate_subject/* commonNameSubject */.h)(adoptedName);
    try {
        (0,certificate_subject/* parseSubject */.Ci)(subject);
        return subject;
    }
    catch {
        return settings.certificateSubject; // a name no subject can carry: the app-name default stands
    }
}

;// CONCATENATED MODULE: ./src/plan/app-audience.ts
/** The managed app is single-tenant; an app that is not is left as it is, with a warning. */

function audienceNotes(adopted, app) {
    const audience = app?.signInAudience;
    if (!app || audience === undefined || audience === SINGLE_TENANT)
        return [];
    const whose = adopted ? `The app ${app.appId} ('app-id')` : `exo-cba's app ${app.appId}`;
    return [
        `${whose} is multi-tenant (signInAudience ${audience}): other organizations' admins could consent to it in their ` +
            'tenants. exo-cba leaves it as it is. Unless it must be multi-tenant, set "Supported account types" to ' +
            `"Accounts in this organizational directory only" (signInAudience ${SINGLE_TENANT}) under the app's Authentication page.`,
    ];
}

;// CONCATENATED MODULE: ./src/plan/key-lifetime.ts
/**
 * Refuses, before any write, a certificate lifetime the tenant's app management policy would reject
 * (Graph answers `CredentialInvalidLifetimeAsPerAppPolicy`): the effective rule is the app's own policy if
 * one is assigned, else the tenant default; it applies to apps created after its
 * `restrictForAppsCreatedAfterDateTime` (Graph docs keyCredentialConfiguration).
 */

function assertKeyLifetime(validityDays, policies, 
/** epoch ms the app was created; undefined for an app this run creates */
appCreated, now) {
    if (!policies)
        return;
    const limit = policies.app === undefined ? policies.tenant : (policies.app ?? undefined);
    if (!limit || (appCreated ?? now.getTime()) <= limit.appliesAfter)
        return;
    if (validityDays <= limit.maxDays)
        return;
    throw new errors/* InputError */.d('certificate-validity-days', `is ${validityDays}, but the app management policy '${limit.policy}' (id ${limit.policyId}) allows certificates ` +
        `of at most ${limit.maxLifetime} (${limit.maxDays} days). Set certificate-validity-days to ${limit.maxDays} or ` +
        'less; nothing was changed.');
}
/** Whether the tenant default alone (all the first observe round knows) lets a rotation start early. */
function tenantAllowsLifetime(validityDays, tenant) {
    return !tenant || validityDays <= tenant.maxDays;
}

;// CONCATENATED MODULE: ./src/plan/protection.ts
/**
 * GCC High and DoD: Exchange.ManageAsApp of Microsoft Exchange Online Protection, requested and consented
 * next to Office 365 Exchange Online's (sources in src/cloud.ts). Only when Exchange.ManageAsApp is among
 * the requested permissions: that is the one app-only PowerShell needs.
 */

/** The grant the cloud needs of the protection resource, if any. */
function protectionGrant(permissions, observed) {
    const sp = observed.protection;
    if (!sp || !permissions.some((p) => p.toLowerCase() === cloud/* PROTECTION_PERMISSION */.EB.toLowerCase()))
        return undefined;
    const role = sp.appRoles.find((r) => r.value === cloud/* PROTECTION_PERMISSION */.EB &&
        r.allowedMemberTypes.includes('Application') &&
        r.isEnabled !== false);
    if (!role)
        return undefined;
    return {
        resourceAppId: sp.appId,
        resourceId: sp.id,
        resource: sp.displayName || cloud/* EXCHANGE_ONLINE_PROTECTION */._M.name,
        permission: cloud/* PROTECTION_PERMISSION */.EB,
        appRoleId: role.id,
    };
}
/** Why the protection grant is missing when the cloud wants it. */
function protectionNotes(permissions, observed) {
    if (observed.protection === undefined)
        return [];
    const wanted = permissions.some((p) => p.toLowerCase() === cloud/* PROTECTION_PERMISSION */.EB.toLowerCase());
    if (!wanted || protectionGrant(permissions, observed))
        return [];
    const { appId, name } = cloud/* EXCHANGE_ONLINE_PROTECTION */._M;
    const why = observed.protection
        ? `its service principal offers no ${cloud/* PROTECTION_PERMISSION */.EB} application permission`
        : `its service principal (appId ${appId}) does not exist in this tenant`;
    return [
        `Microsoft's app-only guide has GCC High and DoD apps request ${cloud/* PROTECTION_PERMISSION */.EB} of ${name}, but ${why}. ` +
            `exo-cba requested only Office 365 Exchange Online's ${cloud/* PROTECTION_PERMISSION */.EB}; Security & Compliance PowerShell ` +
            `(Connect-IPPSSession) may refuse the app until an admin adds ${name} → ${cloud/* PROTECTION_PERMISSION */.EB} and grants consent.`,
    ];
}

// EXTERNAL MODULE: ./src/certificate/limits.ts
var limits = __webpack_require__(171);
;// CONCATENATED MODULE: ./src/secrets/names.ts
/**
 * The secrets exo-cba publishes, how they are named, and which of them a run writes. Pure.
 */
/** The secrets, in the order they are listed and written. */
const SECRET_KEYS = [
    'APP_ID',
    'APP_OBJECT_ID',
    'TENANT_ID',
    'ORGANIZATION',
    'CERTIFICATE',
    'CERTIFICATE_PASSWORD',
    'CERTIFICATE_THUMBPRINT',
];
const CERTIFICATE_KEYS = new Set([
    'CERTIFICATE',
    'CERTIFICATE_PASSWORD',
    'CERTIFICATE_THUMBPRINT',
]);
const IDENTITY_KEYS = new Set([
    'APP_ID',
    'APP_OBJECT_ID',
    'TENANT_ID',
    'ORGANIZATION',
]);
/**
 * GitHub stores secret names in upper case and compares them case-insensitively, so names are
 * upper-cased everywhere (a `secret-prefix` of `exo_` lists back as `EXO_…`).
 */
function secretName(prefix, key) {
    return `${prefix}${key}`.toUpperCase();
}
/**
 * What to write: every secret whose value changed this run (certificate rotated → CERTIFICATE and
 * CERTIFICATE_THUMBPRINT, and CERTIFICATE_PASSWORD unless the rotation kept the password; app created →
 * APP_ID, TENANT_ID, ORGANIZATION) plus every secret that does not exist yet.
 */
function secretsToWrite(input) {
    const existing = new Set([...input.existing].map((n) => n.toUpperCase()));
    const writes = [];
    for (const key of SECRET_KEYS) {
        const name = secretName(input.prefix, key);
        const changed = key === 'CERTIFICATE_PASSWORD'
            ? input.certificateChanged && (input.passwordChanged ?? true)
            : (input.certificateChanged && CERTIFICATE_KEYS.has(key)) ||
                (input.identityChanged && IDENTITY_KEYS.has(key));
        if (!existing.has(name))
            writes.push({ name, key, reason: 'missing' });
        else if (changed)
            writes.push({ name, key, reason: 'changed' });
    }
    return { writes };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * The plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps in
 * one stage do not depend on each other and run concurrently; stages run in order. The order encodes the
 * rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */









const DAY = 86_400_000;
/**
 * A rotation keeps the published password (when it is strong enough), so the two secrets can never
 * disagree: a run that fails between writing EXO_CERTIFICATE and EXO_CERTIFICATE_PASSWORD would otherwise
 * leave a pair that opens nothing, and every later run would stop at the input check.
 */
function reusablePassword(settings) {
    const input = settings.certificate;
    if (input)
        return input.password.length >= limits/* MIN_PASSWORD_LENGTH */.AG ? input.password : undefined;
    // no usable certificate input, but exo-cba's published password: keep it, so a pair split by a crash heals
    return settings.publishedPassword;
}
/** Maps permission names to the Exchange service principal's app role IDs; unknown names are input errors. */
function resolvePermissions(permissions, exchange) {
    return permissions.map((name) => {
        const role = exchange.appRoles.find((r) => r.value?.toLowerCase() === name.toLowerCase() &&
            r.allowedMemberTypes.includes('Application') &&
            r.isEnabled !== false);
        if (!role?.value) {
            const known = exchange.appRoles
                .filter((r) => r.allowedMemberTypes.includes('Application') && r.value)
                .map((r) => r.value);
            throw new errors/* InputError */.d('permissions', `'${name}' is not an application permission of Office 365 Exchange Online. Use one of: ${known.join(', ')}.`);
        }
        return { permission: role.value, appRoleId: role.id };
    });
}
/** requiredResourceAccess with every wanted role of a resource added, keeping everything else as it is. */
function withResourceRoles(current, appRoleIds, resourceAppId = cloud/* EXCHANGE_APP_ID */.oD) {
    const value = current.map((r) => ({ ...r, resourceAccess: [...r.resourceAccess] }));
    let exchange = value.find((r) => r.resourceAppId === resourceAppId);
    if (!exchange) {
        exchange = { resourceAppId, resourceAccess: [] };
        value.push(exchange);
    }
    const adds = [];
    for (const id of appRoleIds) {
        if (!exchange.resourceAccess.some((a) => a.id === id && a.type === 'Role')) {
            exchange.resourceAccess.push({ id, type: 'Role' });
            adds.push(id);
        }
    }
    return { value, adds };
}
function keyExpiry(key) {
    return Date.parse(key.endDateTime);
}
/**
 * The key that signs `addKey`/`removeKey` proofs: the certificate input, while it is registered on the app
 * and valid. Graph refuses these actions to an app without a valid certificate; then only a PATCH of
 * `keyCredentials` (the provisioning app's) can add or remove keys.
 */
function proofKey(settings, keys, now) {
    const input = settings.certificate;
    const key = input && keys.find((k) => k.thumbprint === input.thumbprintSha1);
    if (!input || !key)
        return undefined;
    const at = now.getTime();
    const valid = Date.parse(key.startDateTime) <= at && keyExpiry(key) > at && input.notAfter.getTime() > at;
    return valid ? key.thumbprint : undefined;
}
/** Reuse or rotate: depends only on the inputs, the app's keys and the time. */
function decideCertificate(settings, keys, appExists, now) {
    const input = settings.certificate;
    const registered = input ? keys.find((k) => k.thumbprint === input.thumbprintSha1) : undefined;
    if (!appExists)
        return { action: 'rotate', reason: 'new-app' };
    if (settings.forceRotate)
        return { action: 'rotate', reason: 'forced', replaces: registered?.thumbprint };
    if (!input)
        return {
            action: 'rotate',
            reason: settings.certificateUnreadable ? 'unreadable-input' : 'no-certificate-input',
        };
    if (!registered)
        return { action: 'rotate', reason: 'not-registered' };
    const expiresOn = Math.min(input.notAfter.getTime(), keyExpiry(registered));
    // an expired key is no use to anyone: it is removed, not kept as the replaced one
    if (expiresOn <= now.getTime())
        return { action: 'rotate', reason: 'expired' };
    if (expiresOn - now.getTime() <= settings.rotateBeforeDays * DAY) {
        return { action: 'rotate', reason: 'expiring', replaces: registered.thumbprint };
    }
    return { action: 'reuse', thumbprint: registered.thumbprint, expiresOn: new Date(expiresOn) };
}
/** GitHub's clock and ours may differ; a key this close to the last secret write may have been published by it. */
const PUBLISH_MARGIN_MS = 2 * 60_000;
/**
 * Keys of the run's own lineage to remove; keys of other lineages and foreign keys are never removed.
 *
 * - Every run removes its lineage's expired keys (and expired keys written before lineages existed).
 * - Only a rotating run removes more, and only keys older than the grace period (a younger key may belong
 *   to a parallel run not finished yet, or to jobs that started with the secret it replaced): keys older
 *   than the one this rotation replaces (superseded once that one was published), and keys newer than it
 *   that are not current (a crashed run's never-published key, or a parallel run's superseded one).
 * - Any run removes a key it can prove was never published: created after the lineage's certificate
 *   secret was last written, and older than the grace period (its run ended without publishing it).
 * - The replaced key stays until it expires, for jobs already queued with the old secret; so once the
 *   grace period is over a lineage holds at most two keys: the current one and the one it replaced.
 */
function keysToRemove(keys, context) {
    const now = context.now.getTime();
    const expired = (k) => keyExpiry(k) <= now;
    const ours = keys.filter((k) => k.managed &&
        k.thumbprint !== context.current &&
        (k.lineage === context.lineage ||
            (k.lineage === undefined && k.thumbprint === context.inputThumbprint)));
    const removals = [];
    const remove = (key, reason) => removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason });
    const old = (k) => now - Date.parse(k.startDateTime) > context.graceMs;
    const neverPublished = (k) => context.publishedAt !== undefined &&
        Date.parse(k.startDateTime) > context.publishedAt.getTime() + PUBLISH_MARGIN_MS &&
        old(k);
    for (const key of keys) {
        const legacyExpired = key.managed && key.lineage === undefined && !ours.includes(key) && expired(key);
        if ((ours.includes(key) && expired(key)) || legacyExpired)
            remove(key, 'expired');
        else if (ours.includes(key) && neverPublished(key))
            remove(key, 'orphaned');
    }
    if (!context.rotating)
        return removals;
    const valid = ours.filter((k) => !expired(k) && !neverPublished(k));
    // newest first; keys issued in the same second rank by position (keys are appended at the end)
    const newestFirst = valid
        .map((k, i) => ({ k, i }))
        .sort((a, b) => Date.parse(b.k.startDateTime) - Date.parse(a.k.startDateTime) || b.i - a.i)
        .map(({ k }) => k);
    const previous = valid.find((k) => k.thumbprint === context.replaces) ?? newestFirst[0];
    if (!previous)
        return removals;
    const previousStart = Date.parse(previous.startDateTime);
    const older = (k) => {
        const start = Date.parse(k.startDateTime);
        // one issued in the same second is older only if it comes before it
        return start < previousStart || (start === previousStart && keys.indexOf(k) < keys.indexOf(previous));
    };
    for (const key of valid) {
        if (key === previous)
            continue;
        if (older(key)) {
            if (now - previousStart > context.graceMs)
                remove(key, 'superseded');
        }
        else if (old(key))
            remove(key, 'orphaned');
    }
    return removals;
}
/** The keys of this run's lineage to remove, once the certificate decision is known (both plans). */
function lineageRemovals(settings, certificate, keys, now, publishedAt) {
    return keysToRemove(keys, {
        lineage: settings.lineage.id,
        rotating: certificate.action === 'rotate',
        current: certificate.action === 'reuse' ? certificate.thumbprint : undefined,
        replaces: certificate.action === 'rotate' ? certificate.replaces : undefined,
        inputThumbprint: settings.certificate?.thumbprintSha1,
        // a key this young may belong to a run in flight or to jobs holding the secret it replaced
        graceMs: (settings.verifyTimeoutSeconds + 15 * 60) * 1000,
        now,
        publishedAt,
    });
}
function plan_plan(settings, observed, now) {
    const permissions = resolvePermissions(settings.permissions, observed.exchange);
    const app = observed.app;
    const keys = app?.keyCredentials ?? [];
    const stages = [[], [], [], [], [], []];
    const [createStage, appStage, grantStage, verifyStage, publishStage, cleanupStage] = stages;
    const protection = protectionGrant(settings.permissions, observed);
    const exchangeAccess = withResourceRoles(app?.requiredResourceAccess ?? [], permissions.map((p) => p.appRoleId));
    const protectionAccess = protection
        ? withResourceRoles(exchangeAccess.value, [protection.appRoleId], protection.resourceAppId)
        : { value: exchangeAccess.value, adds: [] };
    const access = { value: protectionAccess.value, adds: [...exchangeAccess.adds, ...protectionAccess.adds] };
    const protectionLabel = protection && `${protection.permission} of ${protection.resource}`;
    if (!app) {
        createStage.push({
            kind: 'create-app',
            uniqueName: settings.appUniqueName,
            displayName: settings.appName,
            requiredResourceAccess: access.value,
            permissions: [...permissions.map((p) => p.permission), ...(protectionLabel ? [protectionLabel] : [])],
        });
    }
    else if (access.adds.length) {
        appStage.push({
            kind: 'update-app-permissions',
            requiredResourceAccess: access.value,
            adds: [
                ...permissions.filter((p) => exchangeAccess.adds.includes(p.appRoleId)).map((p) => p.permission),
                ...(protectionLabel && protectionAccess.adds.length ? [protectionLabel] : []),
            ],
        });
    }
    // exo-cba's own app (found by its unique name) follows app-name; an adopted one (app-id) keeps its name
    if (app && !settings.appId && app.displayName !== settings.appName) {
        appStage.push({ kind: 'rename-app', from: app.displayName, displayName: settings.appName });
    }
    if (!observed.servicePrincipal)
        appStage.push({ kind: 'create-service-principal' });
    const certificate = decideCertificate(settings, keys, Boolean(app), now);
    if (certificate.action === 'rotate') {
        const created = app?.createdDateTime ? Date.parse(app.createdDateTime) : undefined;
        assertKeyLifetime(settings.certificateValidityDays, observed.policies, created, now);
        appStage.push({
            kind: 'add-certificate',
            reason: certificate.reason,
            subject: certificateSubjectFor(settings, settings.appId ? app?.displayName : undefined),
            validityDays: settings.certificateValidityDays,
            keySize: settings.keySize,
            replaces: certificate.replaces,
            signWith: proofKey(settings, keys, now),
        });
    }
    const granted = new Set(observed.appRoleAssignments.filter((a) => a.resourceId === observed.exchange.id).map((a) => a.appRoleId));
    for (const p of permissions) {
        if (!granted.has(p.appRoleId))
            grantStage.push({ kind: 'grant-permission', permission: p.permission, appRoleId: p.appRoleId });
    }
    const assigned = new Set(observed.roleAssignments.filter((a) => a.directoryScopeId === '/').map((a) => a.roleDefinitionId));
    const protectionGranted = observed.appRoleAssignments.some((a) => protection && a.resourceId === protection.resourceId && a.appRoleId === protection.appRoleId);
    if (protection && !protectionGranted) {
        const { permission, appRoleId, resourceId, resource } = protection;
        grantStage.push({ kind: 'grant-permission', permission, appRoleId, resourceId, resource });
    }
    for (const role of settings.roles) {
        if (!assigned.has(role.templateId))
            grantStage.push({ kind: 'assign-role', role });
    }
    const tenantChanges = stages.some((stage) => stage.length > 0);
    if (tenantChanges && settings.verify !== 'none')
        verifyStage.push({ kind: 'verify-certificate', mode: settings.verify });
    // trust for token mode: written with the app, but no reason to verify the certificate again
    const trust = settings.trust && planFederatedCredentials(settings.trust, observed.federatedCredentials ?? []);
    if (trust)
        appStage.push(...trust.steps);
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const { writes } = secretsToWrite({
            existing: observed.existingSecrets,
            prefix: settings.secretPrefix,
            certificateChanged: certificate.action === 'rotate',
            passwordChanged: !reusablePassword(settings),
            identityChanged: !app,
        });
        const names = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
        if (names.length)
            publishStage.push({ kind: 'publish-secrets', names });
    }
    const removals = lineageRemovals(settings, certificate, keys, now, observed.certificateWrittenAt);
    if (removals.length)
        cleanupStage.push({
            kind: 'remove-certificates',
            keys: removals,
            signWith: proofKey(settings, keys, now),
        });
    return {
        stages: stages.filter((s) => s.length > 0),
        certificate,
        tenantChanges,
        notes: [
            ...leftoverAccess(settings, observed, permissions.map((p) => p.appRoleId)),
            ...(trust?.notes ?? []),
            ...audienceNotes(Boolean(settings.appId), app),
            ...protectionNotes(settings.permissions, observed),
        ],
    };
}
/**
 * Directory roles and Exchange permissions the app holds beyond the inputs, e.g. Exchange Administrator
 * left after `roles` was narrowed. exo-cba does not take access away; it says what is left.
 */
function leftoverAccess(settings, observed, wantedRoleIds) {
    const notes = [];
    const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
    for (const assignment of observed.roleAssignments) {
        const name = Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === assignment.roleDefinitionId)?.[0];
        if (name && !wantedRoles.has(assignment.roleDefinitionId)) {
            notes.push(`The app also holds the directory role ${name}, which is not in 'roles'. exo-cba does not remove role ` +
                'assignments: if it is no longer needed, remove it in the Entra admin center (Roles and administrators).');
        }
    }
    const extra = observed.appRoleAssignments.filter((a) => a.resourceId === observed.exchange.id && !wantedRoleIds.includes(a.appRoleId));
    for (const assignment of extra) {
        const value = observed.exchange.appRoles.find((r) => r.id === assignment.appRoleId)?.value ?? assignment.appRoleId;
        notes.push(`The app also holds the Exchange permission ${value}, which is not in 'permissions'. exo-cba does not revoke ` +
            "consent: if it is no longer needed, remove it under the app's API permissions in the Entra admin center.");
    }
    return notes;
}
const ROTATION_TEXT = {
    'new-app': 'the app is new',
    'no-certificate-input': 'no certificate input was given',
    'unreadable-input': 'the certificate input does not open with its password',
    'not-registered': 'the input certificate is not registered on the app',
    expiring: 'the input certificate expires soon',
    expired: 'the input certificate has expired',
    forced: 'force-rotate is true',
};
function describeStep(step) {
    switch (step.kind) {
        case 'create-app':
            return `create app '${step.displayName}' (unique name ${step.uniqueName}) requesting ${step.permissions.join(', ')}`;
        case 'update-app-permissions':
            return `add required permission(s) ${step.adds.join(', ')} to the app`;
        case 'rename-app':
            return `rename the app from '${step.from}' to '${step.displayName}'`;
        case 'create-service-principal':
            return 'create the service principal of the app';
        case 'add-certificate':
            return (`add a new certificate (${step.subject}, RSA ${step.keySize}, ${step.validityDays} days) because ${ROTATION_TEXT[step.reason]}` +
                (step.replaces ? `; ${step.replaces} stays registered` : ''));
        case 'grant-permission':
            return `grant admin consent for ${step.resource ?? 'Office 365 Exchange Online'} ${step.permission}`;
        case 'assign-role':
            return `assign directory role ${step.role.name} (${step.role.templateId})`;
        case 'add-federated-credential':
            return (`${step.reason === 'missing' ? 'add' : 'update'} federated credential ${step.name}: jobs with subject ` +
                `${step.subject} (issuer ${step.issuer}, audience ${step.audience}) may sign in as the app`);
        case 'verify-certificate':
            return step.mode === 'exchange'
                ? 'wait until Exchange Online accepts the certificate and role'
                : 'wait until Entra ID issues an Exchange token with the permissions';
        case 'publish-secrets':
            return `write GitHub secrets ${step.names.map((n) => `${n.name} (${n.reason})`).join(', ')}`;
        case 'remove-certificates':
            return `remove exo-cba certificate(s) ${step.keys.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`;
    }
}
function describePlan(p) {
    if (!p.stages.length)
        return ['nothing to change'];
    return p.stages.flatMap((stage, i) => stage.map((step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeStep(step)}`));
}

;// CONCATENATED MODULE: ./src/apply/early-rotation.ts
/**
 * A rotation of an existing app depends only on the inputs and the app's keys, which the first observe
 * round reads: the add-certificate step can then start while the service principal and assignments are
 * still being read (two round trips fewer). The plan decides the same from the same data, and apply's
 * add-certificate step awaits what started here. It starts only when nothing can refuse the run later
 * for want of a Graph permission or a bad input, so a refused run never leaves a key behind.
 */





class EarlyRotation {
    options;
    /** the add-certificate step, when it started early; apply's add-certificate step awaits it */
    added;
    constructor(options) {
        this.options = options;
    }
    /** observe's first round: starts the add-certificate step when the rotation is already certain. */
    onFirstRound = ({ app, exchange }) => {
        if (app && this.isCertain(app, exchange))
            this.added = (0,action_log/* awaitedLater */.kW)(this.add(app));
    };
    isCertain(app, exchange) {
        const { settings, roles, now } = this.options;
        if (settings.dryRun || !holdsEveryWritePermission(roles))
            return false;
        try {
            resolvePermissions(settings.permissions, exchange);
        }
        catch {
            return false; // the plan reports it
        }
        return decideCertificate(settings, app.keyCredentials, true, now()).action === 'rotate';
    }
    add(app) {
        const { settings, graph, now, newKey, log } = this.options;
        const input = settings.certificate;
        const signWith = proofKey(settings, app.keyCredentials, now());
        return addCertificate({
            graph,
            appObjectId: app.id,
            lineage: settings.lineage,
            signer: signWith && input?.thumbprintSha1 === signWith ? input : undefined,
            log,
        }, {
            base: 'read',
            certificate: {
                subject: certificateSubjectFor(settings, settings.appId ? app.displayName : undefined),
                validityDays: settings.certificateValidityDays,
                keySize: settings.keySize,
                now: now(),
                friendlyName: `exo-cba ${app.appId}`,
                password: reusablePassword(settings),
                privateKeyPem: newKey.start(),
            },
            afterCreate: false,
        });
    }
}

// EXTERNAL MODULE: ./src/certificate/rsa-key.ts
var rsa_key = __webpack_require__(3131);
;// CONCATENATED MODULE: ./src/apply/new-key.ts
/**
 * The private key of the certificate a rotation issues. RSA key generation takes 50-500 ms (off the event
 * loop), so it starts as soon as a rotation is certain — from the inputs (main), from the app's keys
 * (early rotation) or from the plan (apply) — and overlaps the round trips before add-certificate.
 */


class NewKey {
    keySize;
    pem;
    constructor(keySize) {
        this.keySize = keySize;
    }
    /** Starts generating the key, once; every later call returns the same key. */
    start() {
        // add-certificate awaits it, and reports its error
        this.pem ??= (0,action_log/* awaitedLater */.kW)((0,rsa_key/* generateRsaKey */.$)(this.keySize));
        return this.pem;
    }
}
/** A key generated early when the inputs already make a rotation certain: no certificate input, or force-rotate. */
function prepareNewKey(settings) {
    const newKey = new NewKey(settings.keySize);
    if (!settings.dryRun && (!settings.certificate || settings.forceRotate))
        newKey.start();
    return newKey;
}

;// CONCATENATED MODULE: ./src/apply/preflight.ts
/**
 * Before the first write: the provisioning app must hold the Graph permissions the plan's writes need
 * (else nothing is changed), and the user learns what the run will do that they may not expect.
 */


/** Throws when a Graph permission the plan needs is missing; warns about what else deserves attention. */
function checkBeforeApplying(plan, roles, clientId, log, unreadable) {
    const permissionWarning = assertGraphPermissions(plan, roles, clientId);
    if (permissionWarning)
        log.warning(permissionWarning);
    if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'unreadable-input') {
        log.warning(`The certificate inputs do not open together (${unreadable}). A run that stopped between writing the certificate ` +
            'secrets leaves such a pair: issuing a new certificate and writing the pair again, so later runs find one that opens.');
    }
    if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'no-certificate-input') {
        log.warning('No certificate input was given, so a new certificate is issued (a private key cannot be read back from Entra ID). ' +
            'Pass the published one next time: certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.');
    }
}
/** A dry run reports what a real run would be refused, as a warning, without failing. */
function warnWhatApplyWouldRefuse(plan, roles, clientId, log) {
    try {
        const warning = assertGraphPermissions(plan, roles, clientId);
        if (warning)
            log.warning(warning);
    }
    catch (error) {
        log.warning((0,action_log/* errorMessage */.gJ)(error).replace('; nothing was changed', ''));
    }
}

// EXTERNAL MODULE: ./src/auth/auth.ts + 1 modules
var auth = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var auth_oidc = __webpack_require__(161);
;// CONCATENATED MODULE: ./src/auth/sign-in.ts


/** Fails at once, before any request, when the runner offers no OIDC token. */
async function signIn(options, http, env) {
    const oidc = new auth_oidc/* GitHubOidcTokenSource */.P(http, options.audience, env);
    oidc.assertAvailable();
    const client = (0,auth/* createTokenClient */.Tf)({
        authorityHost: options.authorityHost,
        tenantId: options.tenantId,
        clientId: options.clientId,
        credential: { kind: 'oidc', source: oidc },
        http,
    });
    const cached = (0,auth/* cachedToken */.KQ)(client, options.cloud.graphResource);
    const graphToken = async () => {
        try {
            return await cached();
        }
        catch (error) {
            throw (0,auth/* signInError */.vE)(error, {
                clientId: options.clientId,
                tenantId: options.tenantId,
                oidc: oidc.lastClaims,
            });
        }
    };
    const signedIn = await graphToken();
    return {
        tenantId: String(signedIn.claims.tid ?? options.tenantId),
        roles: signedIn.claims.roles,
        graphAccessToken: async () => (await graphToken()).accessToken,
        oidc: oidc.lastClaims,
    };
}

;// CONCATENATED MODULE: ./src/auth/app-sign-in.ts
/**
 * The managed app signs in as itself — no provisioning app: with its current certificate (self-rotation)
 * or with the job's GitHub OIDC token through a federated credential the bootstrap added (token mode).
 * It asks for a Graph token (its own keys: no Graph permission needed) and an Exchange token, whose
 * `roles` and `wids` claims show the consent and directory roles without reading anything in Graph.
 */


async function signInAsApp(options, credential, http, describe = {}) {
    const client = (0,auth/* createTokenClient */.Tf)({
        authorityHost: options.authorityHost,
        tenantId: options.tenantId,
        clientId: options.appId,
        credential,
        http,
    });
    const graph = (0,auth/* cachedToken */.KQ)(client, options.cloud.graphResource);
    const explain = (error) => appSignInError(error, options, describe);
    const [graphToken, exchange] = await Promise.all([
        graph().catch((error) => Promise.reject(explain(error))),
        client.acquire(options.cloud.exchangeResource).catch((error) => Promise.reject(explain(error))),
    ]);
    return {
        tenantId: String(graphToken.claims.tid ?? options.tenantId),
        servicePrincipalId: typeof exchange.claims.oid === 'string' ? exchange.claims.oid : undefined,
        graphAccessToken: async () => {
            try {
                return (await graph()).accessToken;
            }
            catch (error) {
                throw explain(error);
            }
        },
        exchange,
    };
}
/** Turns Entra's refusal of the managed app's own sign-in into what to fix, and which workflow fixes it. */
function appSignInError(error, options, describe) {
    if (error instanceof errors/* ActionError */.l)
        return error;
    const code = (0,auth/* aadstsCode */._1)(error);
    const entra = `(Entra: ${(0,auth/* entraText */.gv)(error)})`;
    const bootstrap = 'Run the bootstrap workflow (exo-cba with client-id, the provisioning app) to';
    if (code === 700027 && describe.certificateThumbprint)
        return new errors/* ActionError */.l(`The certificate input ${describe.certificateThumbprint} is not a valid key of app ${options.appId}: it is not registered, ` +
            `has expired or was removed. The app can roll its own certificate only while the current one works. ${bootstrap} ` +
            `register a new certificate, and pass its secrets here. ${entra}`, { cause: error });
    if (code === 700016)
        return new errors/* ActionError */.l(`Entra ID does not know app-id '${options.appId}' in tenant '${options.tenantId}'. Check the 'app-id' input (the ` +
            `managed app's Application (client) ID, secret EXO_APP_ID) and 'tenant-id'. ${entra}`, { cause: error });
    if (code !== undefined && [70021, 700211, 700212, 700213].includes(code)) {
        const oidc = describe.oidc?.();
        const subject = oidc?.sub ?? '<the subject in the log line above>';
        return new errors/* ActionError */.l(`The managed app ${options.appId} has no federated credential that matches this job's GitHub OIDC token (issuer ` +
            `'${oidc?.iss ?? ''}', subject '${subject}', audience '${oidc?.aud ?? ''}'). ${bootstrap} trust it: access-token: true ` +
            `and access-token-subjects: ${subject}. ${entra}`, { cause: error });
    }
    return new errors/* ActionError */.l(`Entra ID refused the sign-in of the managed app ${options.appId}` +
        (code ? `: AADSTS${code}: ${(0,auth/* entraText */.gv)(error).replace(/^AADSTS\d+:\s*/, '')}` : `: ${(0,auth/* entraText */.gv)(error)}`), { cause: error });
}

;// CONCATENATED MODULE: ./src/observe/self-state.ts
/** The self-rotation's view of the tenant, in the shape the shared apply and report phases take. */


/** What the app knows of itself; it cannot read the Exchange service principal or the assignments. */
function selfAsObserved(self, keys, organization) {
    return {
        app: { ...self.app, requiredResourceAccess: [], keyCredentials: keys },
        servicePrincipal: self.servicePrincipalId
            ? {
                id: self.servicePrincipalId,
                appId: self.app.appId,
                displayName: self.app.displayName,
                appRoles: [],
            }
            : undefined,
        exchange: { id: '', appId: cloud/* EXCHANGE_APP_ID */.oD, displayName: 'Office 365 Exchange Online', appRoles: [] },
        appRoleAssignments: [],
        roleAssignments: [],
        organization,
        existingSecrets: self.existingSecrets,
        certificateWrittenAt: self.certificateWrittenAt,
    };
}
function certificateCredential(certificate) {
    return {
        kind: 'certificate',
        privateKeyPem: certificate.privateKeyPem,
        thumbprintSha256: certificate.thumbprintSha256,
        certificatePem: certificate.certificatePem,
    };
}
/** The inputs of self mode hold a certificate (inputs/mode.ts); this states it for the type checker. */
function requireCertificate(settings) {
    if (!settings.certificate)
        throw new errors/* ActionError */.l('internal: self-rotation without a certificate input');
    return settings.certificate;
}
/** Without the provisioning app the organization cannot be read from Graph: the inputs give it (inputs.ts). */
function requireOrganization(settings) {
    if (!settings.organization)
        throw new errors/* ActionError */.l('internal: no organization in a run without client-id');
    return settings.organization;
}

;// CONCATENATED MODULE: ./src/observe/exchange-access.ts
/**
 * What an Exchange token of the managed app shows about its access, without reading anything in Graph:
 * the admin consent (`roles`) and the directory roles (`wids`, when Entra includes them: app-only tokens
 * carry the service principal's directory roles there, though Microsoft documents `wids` for users —
 * unverified). Shared by self-rotation and token mode.
 */

function missingExchangeAccess(claims, wanted) {
    const granted = Array.isArray(claims.roles) ? claims.roles.map((r) => String(r).toLowerCase()) : [];
    const permissions = wanted.permissions.filter((p) => !granted.includes(p.toLowerCase()));
    if (!Array.isArray(claims.wids))
        return { permissions, role: false, rolesUnknown: true };
    // any role Exchange supports for app-only access will do: the bootstrap may have assigned another one
    const wids = new Set(claims.wids.map(String));
    const role = !Object.values(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).some((id) => wids.has(id));
    return { permissions, role, rolesUnknown: false };
}
/** The missing access in words: "the admin consent for X and a directory role Exchange supports (…)". */
function describeMissingAccess(missing, wanted) {
    const parts = missing.permissions.map((p) => `the admin consent for ${p}`);
    if (missing.role)
        parts.push(`a directory role Exchange supports (${wanted.roles.map((r) => r.name).join(', ')} was asked for)`);
    return parts;
}

;// CONCATENATED MODULE: ./src/observe/observe-self.ts
/**
 * What a self-rotating app can learn about itself without any Graph permission:
 * - its keys, if Graph lets an app read its own application object (users report it does — microsoftgraph
 *   /microsoft-graph-docs issues 15879 and 15880 — but Microsoft does not document it, so a refusal is
 *   expected and handled: the object ID then comes from the `app-object-id` input the bootstrap published,
 *   and old keys are left for a run that can read them);
 * - its consent and directory roles, from its own Exchange token (`roles`, `wids`), before any write.
 */







async function observeSelf(graph, session, options) {
    const [app, secrets] = await Promise.all([
        readOwnApplication(graph, options.appId),
        options.listSecrets?.(),
    ]);
    const id = app?.id ?? options.appObjectId;
    if (!id) {
        throw new errors/* ActionError */.l(`App ${options.appId} may not read its own application object here, so its object ID is unknown (the proof of ` +
            'possession names it). Pass app-object-id: ${{ secrets.EXO_APP_OBJECT_ID }} (the bootstrap run writes it, and ' +
            "outputs it as 'app-object-id'). Nothing was changed.");
    }
    if (!app)
        options.log.info('The app may not read its own application object: its old keys stay until they expire or a bootstrap run removes them.');
    return {
        app: { id, appId: options.appId, displayName: app?.displayName ?? '' },
        keys: app ? (app.keyCredentials ?? []).map(observeKey) : undefined,
        servicePrincipalId: session.servicePrincipalId,
        existingSecrets: secrets?.names,
        certificateWrittenAt: secrets?.certificateWrittenAt,
    };
}
async function readOwnApplication(graph, appId) {
    try {
        return await getApplicationByAppId(graph, appId);
    }
    catch (error) {
        // an app-only token without roles: Graph refuses, as documented for every caller without a permission
        if (error instanceof graph_errors/* GraphError */.h9 && error.status === 403)
            return undefined;
        throw error;
    }
}
/** The certificate input as a key of the app: its sign-in proved it registered and valid. */
function inputAsKey(certificate, lineage) {
    return {
        keyId: '',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        displayName: (0,plan_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, lineage),
        customKeyIdentifier: null,
        ...(0,certificate_certificate.keyCredentialDates)(certificate),
        thumbprint: certificate.thumbprintSha1,
        managed: true,
        lineage: lineage.id,
    };
}
/**
 * What only the provisioning app can fix, said before any write: the consent and the directory roles, as
 * the app's Exchange token shows them (exchange-access.ts).
 */
function assertSelfRotationPossible(session, wanted, log) {
    const access = missingExchangeAccess(session.exchange.claims, wanted);
    if (access.rolesUnknown)
        log.info("The Exchange token names no directory roles ('wids'): the roles are checked by verification only.");
    const missing = describeMissingAccess(access, wanted);
    if (missing.length)
        throw new errors/* ActionError */.l(`The app lacks ${missing.join(' and ')}, which only the provisioning app can grant. Run the bootstrap workflow ` +
            '(exo-cba with client-id) once; then this self-rotation works. Nothing was changed.');
}

;// CONCATENATED MODULE: ./src/plan/self-plan.ts
/**
 * The plan of a self-rotation: only what the app may do with its own keys — add a key (addKey, signed by
 * its current certificate), verify it, publish it, remove old keys of its lineage (removeKey, when it could
 * read its keys). Pure, like the bootstrap plan, and built from the same rules.
 */



function planSelfRotation(settings, observed, now) {
    const { keys } = observed;
    const certificate = decideCertificate(settings, keys, true, now);
    const signWith = proofKey(settings, keys, now);
    const stages = [];
    if (certificate.action === 'rotate') {
        stages.push([
            {
                kind: 'add-certificate',
                reason: certificate.reason,
                subject: certificateSubjectFor(settings, observed.app?.displayName),
                validityDays: settings.certificateValidityDays,
                keySize: settings.keySize,
                replaces: certificate.replaces,
                signWith,
            },
        ]);
        if (settings.verify !== 'none')
            stages.push([{ kind: 'verify-certificate', mode: settings.verify }]);
    }
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const { writes } = secretsToWrite({
            existing: observed.existingSecrets,
            prefix: settings.secretPrefix,
            certificateChanged: certificate.action === 'rotate',
            passwordChanged: !reusablePassword(settings),
            identityChanged: false,
        });
        if (writes.length)
            stages.push([
                {
                    kind: 'publish-secrets',
                    names: writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason })),
                },
            ]);
    }
    const removals = observed.keysKnown
        ? lineageRemovals(settings, certificate, keys, now, observed.certificateWrittenAt)
        : [];
    if (removals.length)
        stages.push([{ kind: 'remove-certificates', keys: removals, signWith }]);
    return { stages, certificate, tenantChanges: certificate.action === 'rotate', notes: [] };
}

;// CONCATENATED MODULE: ./src/plan/removal-plan.ts
/**
 * The removal plan (`remove: true`): a pure function from (settings, observed tenant and secrets) to
 * ordered stages of deletions that take away what exo-cba created for the managed app, and the list of
 * what it leaves alone because exo-cba did not create it.
 *
 * - exo-cba's own app (found by its unique name) is deleted (soft delete), after its directory roles and
 *   consent are taken away; its keys and federated credentials go with it.
 * - An adopted app (`app-id`) is never deleted: it is stripped of exo-cba's keys (any lineage), the
 *   federated credentials exo-cba added (`exo-cba…`), the directory roles in `roles` and the consent in
 *   `permissions`.
 * - The prefix's GitHub secrets in the secret scope are deleted last.
 */



/** The name of every federated credential exo-cba adds starts with this. */
const MANAGED_CREDENTIAL_PREFIX = 'exo-cba';
function roleName(templateId, settings) {
    return (settings.roles.find((r) => r.templateId === templateId)?.name ??
        Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === templateId)?.[0] ??
        templateId);
}
/** Directory roles in `roles` and the consent in `permissions` are taken away; the rest is listed as kept. */
function accessSteps(settings, observed, kept) {
    const steps = [];
    const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
    for (const a of observed.roleAssignments) {
        const role = roleName(a.roleDefinitionId, settings);
        if (wantedRoles.has(a.roleDefinitionId) && a.directoryScopeId === '/')
            steps.push({ kind: 'remove-role', assignmentId: a.id, role });
        else
            kept.push(`directory role ${role} (scope ${a.directoryScopeId}): not in 'roles'`);
    }
    const permissions = resolvePermissions(settings.permissions, observed.exchange);
    for (const a of observed.appRoleAssignments) {
        const wanted = permissions.find((p) => p.appRoleId === a.appRoleId);
        if (a.resourceId === observed.exchange.id && wanted)
            steps.push({ kind: 'revoke-permission', assignmentId: a.id, permission: wanted.permission });
        else
            kept.push(`permission ${a.appRoleId} of resource ${a.resourceId}: not in 'permissions'`);
    }
    return steps;
}
function appSteps(settings, app, observed, kept) {
    const foreignKeys = app.keyCredentials.filter((k) => !k.managed);
    const managedCredentials = observed.federatedCredentials.filter((f) => f.name.startsWith(MANAGED_CREDENTIAL_PREFIX));
    if (!settings.appId) {
        // exo-cba created this app: deleting it takes its keys and federated credentials along
        return [
            {
                kind: 'delete-app',
                objectId: app.id,
                appId: app.appId,
                displayName: app.displayName,
                foreignKeys: foreignKeys.length,
            },
        ];
    }
    kept.push(`the app ${app.displayName} (${app.appId}) itself: adopted with 'app-id', never deleted`);
    for (const key of foreignKeys)
        kept.push(`key ${key.thumbprint || key.keyId} ('${key.displayName ?? ''}'): not written by exo-cba`);
    for (const f of observed.federatedCredentials)
        if (!managedCredentials.includes(f))
            kept.push(`federated credential ${f.name}: not added by exo-cba`);
    const steps = managedCredentials.map((f) => ({
        kind: 'remove-federated-credential',
        id: f.id,
        name: f.name,
    }));
    const keys = app.keyCredentials
        .filter((k) => k.managed)
        .map((k) => ({ keyId: k.keyId, thumbprint: k.thumbprint, reason: 'superseded' }));
    if (keys.length)
        steps.push({ kind: 'remove-keys', keys });
    return steps;
}
function planRemoval(settings, observed) {
    const kept = [];
    const access = [];
    const app = [];
    if (observed.app) {
        access.push(...accessSteps(settings, observed, kept));
        const steps = appSteps(settings, observed.app, observed, kept);
        // federated credentials go with the roles; keys and the app itself once the access is taken away
        access.push(...steps.filter((s) => s.kind === 'remove-federated-credential'));
        app.push(...steps.filter((s) => s.kind !== 'remove-federated-credential'));
    }
    const secrets = [];
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const existing = new Set([...observed.existingSecrets].map((n) => n.toUpperCase()));
        const names = SECRET_KEYS.map((k) => secretName(settings.secretPrefix ?? '', k)).filter((n) => existing.has(n));
        if (names.length)
            secrets.push({ kind: 'delete-secrets', names });
    }
    return { stages: [access, app, secrets].filter((s) => s.length > 0), kept };
}
function describeRemovalStep(step) {
    switch (step.kind) {
        case 'remove-federated-credential':
            return `remove federated credential ${step.name}`;
        case 'remove-role':
            return `remove directory role ${step.role}`;
        case 'revoke-permission':
            return `revoke admin consent for Office 365 Exchange Online ${step.permission}`;
        case 'remove-keys':
            return `remove exo-cba certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')}`;
        case 'delete-app':
            return (`delete app '${step.displayName}' (${step.appId}; soft delete, restorable for 30 days) with its keys and federated credentials` +
                (step.foreignKeys ? ` (${step.foreignKeys} key(s) not written by exo-cba go with it)` : ''));
        case 'delete-secrets':
            return `delete GitHub secrets ${step.names.join(', ')}`;
    }
}
function describeRemoval(plan) {
    if (!plan.stages.length)
        return ['nothing to remove: exo-cba left nothing here'];
    return plan.stages.flatMap((stage, i) => stage.map((step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeRemovalStep(step)}`));
}

;// CONCATENATED MODULE: ./src/apply/steps/removal.ts
/**
 * Carries out a removal plan: each stage's deletions concurrently, stages in order. Every deletion is
 * idempotent (Graph's or GitHub's 404 means it is gone already), so a rerun after a failure converges and
 * a second removal changes nothing.
 */






/** One line per change, or none when it was gone already. */
const gone = (outcome, line) => (outcome === 'deleted' ? [line] : []);
function requireApp(ctx) {
    if (!ctx.appObjectId)
        throw new errors/* ActionError */.l('internal: a removal step needs the app');
    return ctx.appObjectId;
}
const HANDLERS = {
    'remove-federated-credential': async (step, ctx) => gone(await deleteFederatedCredential(ctx.graph, requireApp(ctx), step.id), `removed federated credential ${step.name}`),
    'remove-role': async (step, ctx) => gone(await removeDirectoryRole(ctx.graph, step.assignmentId), `removed directory role ${step.role}`),
    'revoke-permission': async (step, ctx) => gone(await revokeAppRole(ctx.graph, ctx.exchangeId, step.assignmentId), `revoked admin consent for ${step.permission}`),
    'remove-keys': async (step, ctx) => {
        // one PATCH from a fresh read: keys anyone added meanwhile stay
        const writer = { graph: ctx.graph, appObjectId: requireApp(ctx), lineage: ctx.lineage, log: ctx.log };
        const removed = await removeKeys(writer, step.keys, {});
        return removed.length
            ? [`removed exo-cba certificate(s) ${removed.map((k) => k.thumbprint).join(', ')}`]
            : [];
    },
    'delete-app': async (step, ctx) => gone(await deleteApplication(ctx.graph, step.objectId), `deleted app '${step.displayName}' (${step.appId}); restorable for 30 days from Entra's deleted applications`),
    'delete-secrets': async (step, ctx) => {
        if (!ctx.secrets)
            throw new errors/* ActionError */.l('internal: no secrets client for delete-secrets');
        const deleted = await ctx.secrets.remove(step.names);
        return deleted.length ? [`deleted GitHub secrets ${deleted.join(', ')}`] : [];
    },
};
function runRemovalStep(step, ctx) {
    // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
    const handler = HANDLERS[step.kind];
    return handler(step, ctx);
}
/** Runs the plan; returns one line per change made. */
async function applyRemoval(plan, ctx) {
    const changes = [];
    for (const stage of plan.stages) {
        const lines = await Promise.all(stage.map((step) => runRemovalStep(step, ctx)));
        changes.push(...lines.flat());
    }
    return changes;
}

// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
;// CONCATENATED MODULE: ./src/publish/report-removal.ts
/** What a removal run tells the user: the plan, what it removed, what it left alone, and the job summary. */



/** Logs the plan and what stays; returns the plan's lines. */
function reportRemovalPlan(plan, log) {
    const lines = describeRemoval(plan);
    log.info(`Removal plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    if (plan.kept.length)
        log.info(`Left alone (exo-cba did not create it):\n${plan.kept.map((k) => `  - ${k}`).join('\n')}`);
    return lines;
}
async function reportRemoval(facts, log) {
    const { plan, changes } = facts;
    core/* setOutput */.uH('changed', String(Boolean(changes?.length)));
    core/* setOutput */.uH('rotated', 'false');
    if (!changes)
        log.info('dry-run: true — nothing was removed.');
    else if (changes.length)
        log.info(`Removed:\n${changes.map((c) => `  - ${c}`).join('\n')}`);
    else
        log.info('Nothing to remove: exo-cba left nothing here (an earlier removal took it away).');
    const summary = core/* summary */.z.addHeading(`Exchange Online app-only access — removal${changes ? '' : ' (dry run)'}`, 2);
    summary.addRaw(`<p>App <code>${(0,html/* escapeHtml */.Z)(facts.appUniqueName)}</code>.</p>`);
    if (!changes)
        summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html/* escapeHtml */.Z));
    else if (changes.length)
        summary.addHeading('Removed', 3).addList(changes.map(html/* escapeHtml */.Z));
    else
        summary.addRaw('<p>Nothing to remove: exo-cba left nothing here.</p>');
    if (plan.kept.length)
        summary.addHeading('Left alone (not created by exo-cba)', 3).addList(plan.kept.map(html/* escapeHtml */.Z));
    await summary.write();
}

// EXTERNAL MODULE: ./src/http/client.ts + 3 modules
var client = __webpack_require__(7583);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/publish/install-certificate.ts
/**
 * `install-certificate: true`: on Windows runners, import the PFX into Cert:\CurrentUser\My so
 * `Connect-ExchangeOnline -CertificateThumbprint` works as on a workstation; the post step removes
 * it again, private key included.
 *
 * The key goes into a legacy CryptoAPI provider (CSP) on purpose: the ExchangeOnlineManagement
 * module cannot sign with a CNG (KSP) key. "Microsoft Enhanced RSA and AES Cryptographic Provider"
 * is the CSP that can make SHA-256 signatures.
 *
 * Command lines are built by pure functions and run through an injected `exec`, so they are
 * testable anywhere. The PFX password is a separate argument and masked by describeCommand().
 */


const KEY_PROVIDER = 'Microsoft Enhanced RSA and AES Cryptographic Provider';
const STORE = 'Cert:\\CurrentUser\\My';
const NON_WINDOWS_WARNING = "install-certificate has no effect on this runner: the Windows certificate store, and with it Connect-ExchangeOnline -CertificateThumbprint, exists only on Windows. Connect with -CertificateFilePath (output 'certificate-path') and -CertificatePassword (ConvertTo-SecureString 'certificate-password' -AsPlainText -Force) instead, or run the job on a Windows runner.";
const THUMBPRINT = /^[0-9A-F]{40}$/;
const EXEC_TIMEOUT_MS = 120_000;
/**
 * certutil [-f] [-user] [-p Password] [-csp Provider] -importPFX [Store] PFXFile [Modifiers]
 * -f replaces an earlier import of the same certificate; -user targets CurrentUser instead of
 * LocalMachine; NoExport keeps the key from being exported again; NoRoot keeps certutil from adding
 * the self-signed certificate to the trusted roots (which would raise a confirmation dialog).
 */
function importCommand(pfxPath, password) {
    return {
        program: 'certutil.exe',
        args: [
            '-f',
            '-user',
            '-p',
            password,
            '-csp',
            KEY_PROVIDER,
            '-importPFX',
            'My',
            pfxPath,
            'NoExport,NoRoot',
        ],
        secrets: [password],
    };
}
/** certutil -user -store My <thumbprint>: lists the certificate with its key provider. */
function verifyCommand(thumbprint) {
    return {
        program: 'certutil.exe',
        args: ['-user', '-store', 'My', normalizeThumbprint(thumbprint)],
        secrets: [],
    };
}
/**
 * Remove-Item -DeleteKey deletes the certificate and its private key container; removing only the
 * certificate (certutil -delstore) is not documented to delete the key, which would leave it on a
 * self-hosted runner's disk. Absent already is fine: the post step may run after a failed import.
 */
function removeCommand(thumbprint) {
    const path = `${STORE}\\${normalizeThumbprint(thumbprint)}`;
    const script = `$p = '${path}'; if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -DeleteKey -ErrorAction Stop }`;
    return {
        program: 'powershell.exe',
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
        secrets: [],
    };
}
/** The command line for logs, every secret replaced by ***. */
function describeCommand(command) {
    return [command.program, ...command.args]
        .map((part) => (command.secrets.includes(part) ? '***' : quote(maskSecrets(part, command.secrets))))
        .join(' ');
}
async function installCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { installed: false, warning: NON_WINDOWS_WARNING };
    const exec = options.exec ?? execCommand;
    const importing = importCommand(options.pfxPath, options.password);
    const imported = await run(exec, importing, 'certutil');
    if (imported.exitCode !== 0) {
        throw new errors/* ActionError */.l(`Importing the certificate into ${STORE} failed: ${describeCommand(importing)} exited with ${imported.exitCode}${details(imported, importing.secrets)}. ` +
            "Check that the runner's user profile is loaded (the job must not run as a service account without one), or set install-certificate: false and connect with -CertificateFilePath.");
    }
    const verifying = verifyCommand(thumbprint);
    const listed = await run(exec, verifying, 'certutil');
    if (listed.exitCode !== 0) {
        throw new errors/* ActionError */.l(`certutil reported success, but certificate ${thumbprint} is not in ${STORE} (${describeCommand(verifying)} exited with ${listed.exitCode}${details(listed, [])}). ` +
            'Set install-certificate: false and connect with -CertificateFilePath instead.');
    }
    const storePath = `${STORE}\\${thumbprint}`;
    if (!listed.stdout.includes(KEY_PROVIDER)) {
        return {
            installed: true,
            storePath,
            warning: `Certificate ${thumbprint} is in ${STORE}, but certutil did not show its key in "${KEY_PROVIDER}". If Connect-ExchangeOnline -CertificateThumbprint fails, connect with -CertificateFilePath instead.`,
        };
    }
    return { installed: true, storePath };
}
async function removeInstalledCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { removed: false, warning: NON_WINDOWS_WARNING };
    const removing = removeCommand(thumbprint);
    const result = await run(options.exec ?? execCommand, removing, 'powershell.exe');
    if (result.exitCode !== 0) {
        throw new ActionError(`Removing certificate ${thumbprint} and its private key from ${STORE} failed (exit code ${result.exitCode}${details(result, [])}). ` +
            `On a self-hosted runner remove it by hand: Remove-Item -LiteralPath '${STORE}\\${thumbprint}' -DeleteKey`);
    }
    return { removed: true };
}
/** execFile without a shell: arguments reach the program as they are, quoting done by Node. */
const execCommand = (program, args) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.execFile)(program, [...args], { windowsHide: true, timeout: EXEC_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error === null)
            return resolve({ exitCode: 0, stdout, stderr });
        const failure = error;
        if (typeof failure.code === 'number')
            return resolve({ exitCode: failure.code, stdout, stderr });
        if (failure.killed) {
            return resolve({
                exitCode: -1,
                stdout,
                stderr: `${stderr}\n(stopped after ${EXEC_TIMEOUT_MS / 1000} s)`,
            });
        }
        reject(error);
    });
    // Nothing is ever typed in: a program that prompts reads end-of-file instead of hanging.
    child.stdin?.end();
});
async function run(exec, command, name) {
    try {
        return await exec(command.program, command.args);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ActionError */.l(code === 'ENOENT'
            ? `${name} was not found on this runner; it ships with Windows. Set install-certificate: false and connect with -CertificateFilePath instead.`
            : `Running ${describeCommand(command)} failed: ${maskSecrets(error instanceof Error ? error.message : String(error), command.secrets)}`);
    }
}
function normalizeThumbprint(thumbprint) {
    const normalized = thumbprint.replace(/[\s:]/g, '').toUpperCase();
    if (!THUMBPRINT.test(normalized)) {
        throw new Error(`'${thumbprint}' is not a SHA-1 certificate thumbprint (40 hexadecimal characters).`);
    }
    return normalized;
}
function details(result, secrets) {
    const output = maskSecrets(`${result.stderr}\n${result.stdout}`, secrets)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(-5)
        .join(' | ');
    return output === '' ? '' : `: ${output}`;
}
function maskSecrets(text, secrets) {
    return secrets
        .filter((secret) => secret !== '')
        .reduce((masked, secret) => masked.split(secret).join('***'), text);
}
function quote(part) {
    return /[\s"]/.test(part) ? `"${part.replace(/"/g, '\\"')}"` : part;
}

// EXTERNAL MODULE: ./src/publish/report.ts
var report = __webpack_require__(6966);
// EXTERNAL MODULE: ./src/action/state-names.ts
var state_names = __webpack_require__(3034);
;// CONCATENATED MODULE: ./src/publish/publish.ts
/**
 * Hands the certificate to the job: the PFX file under RUNNER_TEMP, the outputs and, on Windows with
 * install-certificate, the user's certificate store. Runs once per run, after verification.
 */




function certificatePublisher(settings, env, log) {
    let credential;
    const publish = async (certificate, appId) => {
        if (credential)
            return;
        const path = (0,report/* writePfxFile */.qU)(certificate, env);
        credential = { kind: 'file', path };
        (0,report/* setCertificateOutputs */.U7)(certificate, path);
        if (settings.installCertificate) {
            const installed = await installCertificate({
                pfxPath: path,
                password: certificate.password,
                thumbprint: certificate.thumbprintSha1,
            });
            if (installed.warning)
                log.warning(installed.warning);
            if (installed.installed) {
                core/* saveState */.LZ(state_names/* STATE_INSTALLED_THUMBPRINT */.H, certificate.thumbprintSha1);
                credential = { kind: 'store', thumbprint: certificate.thumbprintSha1 };
            }
        }
        core/* debug */.Yz(`published certificate ${certificate.thumbprintSha1} for app ${appId}`);
    };
    return { publish, credential: () => credential };
}

// EXTERNAL MODULE: ./src/publish/alarm.ts + 1 modules
var alarm = __webpack_require__(423);
;// CONCATENATED MODULE: ./src/publish/connect-line.ts
/**
 * The `Connect-ExchangeOnline` line the job summary ends with, ready to copy into a later step of the job.
 * It names public facts only (client ID, organization, thumbprint, file path); the password and the token
 * are read from environment variables the step sets from the outputs, never written out.
 */
const PASSWORD_VARIABLE = 'EXO_PW';
const TOKEN_VARIABLE = 'EXO_TOKEN';
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
function connectLine(facts) {
    const { credential } = facts;
    const identity = credential.kind === 'token'
        ? `-Organization ${argument(facts.organization)}`
        : `-AppId ${argument(facts.appId)} -Organization ${argument(facts.organization)}`;
    const environment = facts.exchangeEnvironmentName && facts.exchangeEnvironmentName !== PUBLIC_CLOUD
        ? ` -ExchangeEnvironmentName ${argument(facts.exchangeEnvironmentName)}`
        : '';
    const env = credential.kind === 'file'
        ? { [PASSWORD_VARIABLE]: outputExpression(facts.stepId, 'certificate-password') }
        : credential.kind === 'token'
            ? { [TOKEN_VARIABLE]: outputExpression(facts.stepId, 'access-token') }
            : {};
    const shell = facts.runnerOs === 'Windows'
        ? []
        : ['Run it with shell: pwsh (the default shell of this runner is bash).'];
    return {
        command: `Connect-ExchangeOnline ${identity}${environment} ${credentialArguments(credential)}`,
        env,
        notes: [...shell, ...credentialNotes(facts)],
    };
}

// EXTERNAL MODULE: ./src/publish/expiry.ts
var publish_expiry = __webpack_require__(360);
;// CONCATENATED MODULE: ./src/publish/report-run.ts





/** Logs the plan and its notes; returns its lines for the dry run's summary. */
function reportPlan(plan, log) {
    const lines = describePlan(plan);
    log.info(`Plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    for (const note of plan.notes)
        log.warning(note);
    return lines;
}
/** The app's name as the tenant has it: an adopted app (app-id) keeps its own; exo-cba's own follows app-name. */
function appDisplayName(facts) {
    return (facts.settings.appId && facts.observed.app?.displayName) || facts.settings.appName;
}
function identity({ settings, observed, tenantId }, ids) {
    return {
        appId: ids.appId,
        appObjectId: ids.appObjectId,
        servicePrincipalId: ids.servicePrincipalId,
        tenantId,
        organization: observed.organization,
        exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
    };
}
/** Fails the step, once everything else is done and published, when the certificate expires too soon. */
function failIfExpiring(expiry) {
    if (expiry?.level === 'error' && expiry.message)
        throw new publish_expiry/* ExpiryError */.kn(expiry.message);
}
/** A dry run changed nothing: the outputs of what exists, and the plan in the summary. */
async function reportDryRun(facts, planLines) {
    const { settings } = facts;
    const expiry = settings.certificate &&
        (0,publish_expiry/* judgeExpiry */.BF)(settings.certificate, {
            ...settings,
            rotated: false,
            now: new Date(),
            cause: 'dry-run: true changes nothing',
        });
    if (expiry)
        (0,report/* announceExpiry */.pI)(expiry);
    const { observed } = facts;
    facts.log.info('dry-run: true — nothing was changed.');
    if (observed.app)
        (0,report/* setIdentityOutputs */.Dx)(identity(facts, {
            appId: observed.app.appId,
            appObjectId: observed.app.id,
            servicePrincipalId: observed.servicePrincipal?.id,
        }));
    (0,report/* setResultOutputs */.Ge)({ rotated: false, verified: 'unchanged', changed: false });
    await (0,report/* writeDryRunSummary */.M6)(facts.settings, planLines, expiry || undefined, facts.log.warnings);
    failIfExpiring(expiry || undefined);
}
/** The outputs, the log's account of the changes, and the job summary. */
async function reportRun(facts, plan, result, now, credential, env = process.env) {
    const { log } = facts;
    const changed = result.changes.length > 0;
    const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
    const ids = identity(facts, result);
    const expiry = (0,publish_expiry/* judgeExpiry */.BF)(result.certificate, { ...facts.settings, rotated: result.rotated, now: now() });
    (0,report/* setIdentityOutputs */.Dx)(ids);
    (0,report/* announceExpiry */.pI)(expiry);
    (0,report/* setResultOutputs */.Ge)({ rotated: result.rotated, verified, changed });
    if (changed)
        log.info(`Changed:\n${result.changes.map((c) => `  - ${c}`).join('\n')}`);
    else
        log.info(`Nothing changed: app ${result.appId} is set up; certificate ${result.certificate.thumbprintSha1} is valid until ${result.certificate.notAfter.toISOString()}.`);
    // before the summary, so a warning of closing the alarm issue is listed in it
    if (expiry.level !== 'error')
        await (0,alarm/* clearAlarm */.FD)(facts.settings, `${result.certificate.thumbprintSha1} is valid until ${expiry.notAfter.toISOString()}`, { env, log });
    await (0,report/* writeSummary */.Sy)({
        settings: facts.settings,
        appName: appDisplayName(facts),
        identity: ids,
        certificate: result.certificate,
        rotated: result.rotated,
        verified,
        verification: result.verification,
        changes: result.changes,
        secretsWritten: result.secretsWritten,
        expiry,
        warnings: facts.log.warnings,
        connect: credential && connectLine({ ...ids, credential, runnerOs: env.RUNNER_OS, stepId: env.GITHUB_ACTION }),
    });
    failIfExpiring(expiry);
}

;// CONCATENATED MODULE: ./src/secrets/inventory.ts

/** Writes of one run are seconds apart; a thumbprint older than this was left by a failed run. */
const SAME_RUN_MS = 60_000;
function inventoryOf(listed, prefix, context) {
    const ours = new Set(SECRET_KEYS.map((k) => secretName(prefix, k)));
    const found = new Set(listed.map((s) => s.name).filter((n) => ours.has(n)));
    const updated = (key) => listed.find((s) => s.name === secretName(prefix, key))?.updatedAt ?? NaN;
    // a run that failed between writing EXO_CERTIFICATE and EXO_CERTIFICATE_THUMBPRINT left the
    // thumbprint behind; count it as missing so the next run writes it
    const thumbprint = secretName(prefix, 'CERTIFICATE_THUMBPRINT');
    if (updated('CERTIFICATE_THUMBPRINT') < updated('CERTIFICATE') - SAME_RUN_MS) {
        context.log.info(`${thumbprint} is older than ${secretName(prefix, 'CERTIFICATE')}: it will be written again.`);
        found.delete(thumbprint);
    }
    context.log.debug(`Secrets: ${found.size} of ${ours.size} exist in ${context.where}`);
    const written = updated('CERTIFICATE');
    return { names: found, certificateWrittenAt: Number.isNaN(written) ? undefined : new Date(written) };
}

// EXTERNAL MODULE: ./src/secrets/octokit.ts + 1 modules
var octokit = __webpack_require__(7472);
// EXTERNAL MODULE: ./src/secrets/github-failure.ts
var github_failure = __webpack_require__(1185);
// EXTERNAL MODULE: ./src/secrets/target.ts
var secrets_target = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/secrets/token-kind.ts
/**
 * What kind of token the github-token is, told from its form alone (no request), to word a failure.
 */
function tokenKind(token) {
    if (token.startsWith('ghs_'))
        return 'github-app';
    if (token.startsWith('github_pat_'))
        return 'fine-grained';
    if (token.startsWith('ghp_'))
        return 'classic';
    if (token.startsWith('gho_') || token.startsWith('ghu_'))
        return 'oauth';
    return 'unknown';
}
/** The GitHub Actions app on github.com; the workflow's GITHUB_TOKEN is an installation token of it. */
const GITHUB_ACTIONS_APP_ID = '15368';
/**
 * Whether `token` is probably the workflow's own GITHUB_TOKEN (which can never write secrets), as
 * opposed to a GitHub App installation token. Both start with `ghs_`, so the prefix alone cannot tell.
 * The signals, none of which needs a request:
 * - GitHub's stateless installation-token format `ghs_<app id>_<jwt>` (rolled out from April 2026)
 *   carries the app ID, and 15368 is the GitHub Actions app on github.com (not on GHES);
 * - the token equals `GITHUB_TOKEN` in the step's environment (the runner does not set it, but
 *   workflows commonly do with `env: GITHUB_TOKEN: ${{ github.token }}`).
 * It is consulted only to word a 403, and the message still names the alternative.
 */
function isLikelyGitHubToken(token, env = process.env) {
    if (!token.startsWith('ghs_'))
        return false;
    if (token.startsWith(`ghs_${GITHUB_ACTIONS_APP_ID}_`))
        return true;
    return env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '' && env.GITHUB_TOKEN === token;
}

;// CONCATENATED MODULE: ./src/secrets/messages.ts



const SCOPE_FACTS = {
    repository: {
        permission: 'Repository permissions → Secrets: Read and write',
        appPermission: 'secrets: write',
        appInput: 'permission-secrets: write',
        classicScope: 'repo',
    },
    environment: {
        permission: 'Repository permissions → Environments: Read and write',
        appPermission: 'environments: write',
        appInput: 'permission-environments: write',
        classicScope: 'repo',
    },
    organization: {
        permission: 'Organization permissions → Secrets: Read and write',
        appPermission: 'organization_secrets: write',
        appInput: 'permission-organization-secrets: write',
        classicScope: 'admin:org',
    },
};
const GITHUB_TOKEN_CANNOT = 'can never write Actions secrets (no `permissions:` entry grants it): ' +
    'pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained personal access token instead.';
/** `{action} in {where} failed: {status}. GitHub said: “…”. (request id)` followed by what to do. */
function describeFailure(failure, ctx) {
    const accepted = failure.headers['x-accepted-github-permissions'];
    const c = {
        ...ctx,
        failure,
        facts: SCOPE_FACTS[ctx.target.scope],
        kind: tokenKind(ctx.token),
        organization: ctx.target.scope === 'organization',
        needs: accepted ? ` GitHub reports the call needs: ${accepted}.` : '',
    };
    return `${headline(c)} ${advice(c)}`;
}
function headline({ action, target, failure }) {
    const said = failure.message ? ` GitHub said: “${failure.message.replace(/\.$/, '')}”.` : '';
    const id = failure.headers['x-github-request-id'];
    const requestId = id ? ` (x-github-request-id ${id})` : '';
    return `${action} in ${(0,secrets_target/* describeTarget */.ff)(target)} failed: ${failure.status}.${said}${requestId}`;
}
function advice(c) {
    if (c.failure.status === 401)
        return INVALID_TOKEN;
    if ((0,github_failure/* isRateLimit */.a)(c.failure))
        return rateLimitAdvice(c.failure.headers);
    if (c.failure.status === 403)
        return forbiddenAdvice(c);
    if (c.failure.status === 404)
        return `${NOT_FOUND[c.target.scope](c.target)}: ${CHECK_SPELLING}${notFoundFix(c)}.`;
    if (c.failure.status === 422)
        return 'GitHub refused the value; rerun the workflow (the public key is fetched again on every run).';
    return 'Rerun the workflow; every write is idempotent.';
}
const INVALID_TOKEN = 'The github-token is invalid or expired. GitHub App installation tokens expire after one hour: ' +
    'create the token in the same job, right before this step (actions/create-github-app-token). ' +
    'A personal access token may have expired or been revoked: generate a new one and update the secret that holds it.';
function rateLimitAdvice(headers) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `GitHub’s rate limit for this token is exhausted${when}: rerun the workflow later; every write is idempotent.`;
}
/* 403: the token may not do this --------------------------------------------------------------- */
function forbiddenAdvice(c) {
    const sso = c.failure.headers['x-github-sso'];
    if (!sso)
        return FORBIDDEN[c.kind](c);
    const url = /url=(\S+)/.exec(sso)?.[1];
    return `The organization uses SAML single sign-on: authorize the token for it${url ? ` at ${url}` : ''}.`;
}
const FORBIDDEN = {
    'github-app': (c) => isLikelyGitHubToken(c.token, c.env)
        ? `The github-token looks like the workflow’s GITHUB_TOKEN, which ${GITHUB_TOKEN_CANNOT}${c.needs} If it is in fact a GitHub App token: ${appFix(c)}`
        : `The GitHub App token lacks a permission: ${appFix(c)}${c.needs} If this is the workflow’s GITHUB_TOKEN instead: it ${GITHUB_TOKEN_CANNOT}`,
    'fine-grained': (c) => `The fine-grained personal access token lacks “${c.facts.permission}”${c.organization ? '' : ` on ${c.target.repository}`}: ` +
        `edit the token (Settings → Developer settings → Personal access tokens → Fine-grained tokens), ` +
        (c.organization
            ? `choose ${c.target.organization} as resource owner, `
            : `select the repository under Repository access, `) +
        `grant the permission, and make sure an organization administrator approved the token if the organization requires it.${c.needs}`,
    classic: (c) => classicForbidden(c),
    oauth: (c) => classicForbidden(c),
    unknown: (c) => `Use a GitHub App installation token with ${c.facts.appPermission} or a fine-grained personal access token with “${c.facts.permission}”.${c.needs}`,
};
function appFix({ facts, target, organization }) {
    const installOn = organization ? `the organization ${target.organization}` : target.repository;
    return (`give the GitHub App the permission ${facts.appPermission} (“${facts.permission}”), accept the new permission on its installation, ` +
        `and install it on ${installOn} (with actions/create-github-app-token, also set ${facts.appInput} if you list permissions).`);
}
function classicForbidden({ facts, organization }) {
    return (`The token needs the ${facts.classicScope} scope and its user needs admin access to the ${organization ? 'organization' : 'repository'}. ` +
        `A GitHub App token or a fine-grained token with “${facts.permission}” is the safer choice.`);
}
/* 404: the target does not exist, or the token cannot see it ---------------------------------- */
const NOT_FOUND = {
    repository: (t) => `The repository ${t.repository} does not exist or the token cannot see it`,
    environment: (t) => `The repository ${t.repository} or its environment '${t.environment}' does not exist (create it under Settings → Environments), or the token cannot see the repository`,
    organization: (t) => `The organization ${t.organization} does not exist or the token cannot act on it`,
};
const CHECK_SPELLING = 'check the spelling of secret-repository, secret-environment and secret-organization, and ';
function notFoundFix({ kind, organization, facts }) {
    switch (kind) {
        case 'github-app':
            return organization
                ? 'install the GitHub App on that organization'
                : 'install the GitHub App on that repository (or on all repositories) and create the token for the installation that owns it (actions/create-github-app-token: owner/repositories)';
        case 'fine-grained':
            return organization
                ? 'create the token with the organization as resource owner'
                : 'create the token with the repository’s owner as resource owner and select the repository under Repository access';
        case 'classic':
            return `a classic token needs the ${facts.classicScope} scope to see private ${organization ? 'organizations’ secrets' : 'repositories'}`;
        default:
            return 'check the secret-repository / secret-organization inputs and the token’s access';
    }
}
/* Failures without a GitHub answer, and unfinished writes --------------------------------------- */
/** A call that got no answer from GitHub (the detail comes from the HTTP stack, which scrubs it). */
function unansweredMessage(action, target, detail) {
    return `${action} in ${(0,secrets_target/* describeTarget */.ff)(target)} failed: ${detail}`;
}
function noPublicKeyMessage(target) {
    return `GitHub returned no public key for ${(0,secrets_target/* describeTarget */.ff)(target)}.`;
}
/** The first failure of a write, what else was not written and what was, and that nothing was removed. */
function unfinishedWriteMessage(failure) {
    const { firstMessage, alsoFailed, written } = failure;
    const others = alsoFailed.length > 0 ? ` Also not written: ${alsoFailed.join(', ')}.` : '';
    const partial = written.length > 0 ? ` Written before the failure: ${written.join(', ')}.` : '';
    // the 5xx wording already says to rerun; do not say it twice
    const rerun = /rerun/i.test(firstMessage) ? '' : '; rerun the workflow to finish publishing';
    return `${firstMessage}${others}${partial} The old certificate stays registered${rerun}.`;
}

// EXTERNAL MODULE: ./src/http/errors.ts
var http_errors = __webpack_require__(8549);
;// CONCATENATED MODULE: ./src/secrets/secrets-error.ts
/**
 * The one error the secrets client throws, and how any failure of a GitHub call becomes one.
 */





/** A GitHub call failed; the message says what to do. Never carries a secret value. */
class SecretsError extends errors/* ActionError */.l {
    /** HTTP status GitHub answered, when there was one */
    status;
    /** the secret being written, when the failure is about one */
    secret;
    constructor(message, options) {
        super(message, { cause: options?.cause });
        this.name = 'SecretsError';
        this.status = options?.status;
        this.secret = options?.secret;
    }
}
/** Turns whatever a GitHub call threw into a SecretsError that says what to do. */
function toSecretsError(error, ctx) {
    if (error instanceof SecretsError)
        return error;
    const { action, target, secret } = ctx;
    const failure = (0,github_failure/* failureOf */.g)(error);
    if (failure)
        return new SecretsError(describeFailure(failure, ctx), { status: failure.status, secret });
    const cause = error?.cause;
    if (cause instanceof http_errors/* NetworkError */.Dr)
        return new SecretsError(unansweredMessage(action, target, cause.message), { secret, cause });
    // Octokit wraps transport errors; their messages come from the HTTP stack, which scrubs them.
    return new SecretsError(unansweredMessage(action, target, (0,action_log/* errorMessage */.gJ)(error)), { secret });
}

;// CONCATENATED MODULE: ./src/secrets/org-access.ts



/** This repository's numeric id, read once per target (`GET /repos/{owner}/{repo}` → `id`). */
const repositoryIds = new WeakMap();
async function orgAccess(api, name) {
    const org = api.target.organization ?? '';
    const existing = await call(api, `Reading the access policy of secret ${name}`, (o) => readVisibility(o, org, name), name);
    const visibility = existing ?? api.target.visibility ?? 'selected';
    if (visibility !== 'selected')
        return { visibility };
    const ids = existing
        ? await call(api, `Listing the repositories of secret ${name}`, (o) => selectedIds(o, org, name), name)
        : [await repositoryId(api)];
    return { visibility, selected_repository_ids: ids };
}
async function readVisibility(o, org, name) {
    try {
        const { data } = await o.rest.actions.getOrgSecret({ org, secret_name: name });
        return data.visibility;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
async function selectedIds(o, org, name) {
    const repositories = await o.paginate(o.rest.actions.listSelectedReposForOrgSecret, {
        org,
        secret_name: name,
        per_page: 100,
    });
    return repositories.map((r) => r.id);
}
function repositoryId(api) {
    let id = repositoryIds.get(api);
    if (!id) {
        const { owner, repo } = (0,secrets_target/* repositoryOf */._M)(api.target);
        if (!owner || !repo) {
            throw new SecretsError(`A new organization secret is shared with this repository by default, but no repository is known: set ` +
                `'secret-repository' (owner/name), or 'secret-visibility' to private or all.`);
        }
        id = call(api, `Reading the id of repository ${owner}/${repo}`, async (o) => {
            const { data } = await o.rest.repos.get({ owner, repo });
            return data.id;
        });
        id.catch(() => repositoryIds.delete(api));
        repositoryIds.set(api, id);
    }
    return id;
}

;// CONCATENATED MODULE: ./src/secrets/operations.ts






/** Runs one GitHub call, turning every failure into a SecretsError. */
async function call(api, action, fn, secret) {
    try {
        return await fn(await api.octokit());
    }
    catch (error) {
        throw toSecretsError(error, { action, target: api.target, token: api.token, env: api.env, secret });
    }
}
/** The scope's public key, which every value is sealed for. */
function readPublicKey(api) {
    const { target } = api;
    const { owner, repo } = (0,secrets_target/* repositoryOf */._M)(target);
    return call(api, 'Reading the secrets public key', async (o) => {
        const res = target.scope === 'repository'
            ? await o.rest.actions.getRepoPublicKey({ owner, repo })
            : target.scope === 'environment'
                ? await o.rest.actions.getEnvironmentPublicKey({
                    owner,
                    repo,
                    environment_name: target.environment ?? '',
                })
                : await o.rest.actions.getOrgPublicKey({ org: target.organization ?? '' });
        const { key_id, key } = res.data;
        if (typeof key_id !== 'string' || typeof key !== 'string')
            throw new SecretsError(noPublicKeyMessage(target));
        api.log.debug(`Secrets: public key ${key_id} of ${(0,secrets_target/* describeTarget */.ff)(target)}`);
        return { key_id, key };
    });
}
/** Names and last-write times of every secret in the scope (GitHub never returns values). */
function listSecrets(api) {
    const { target } = api;
    const { owner, repo } = (0,secrets_target/* repositoryOf */._M)(target);
    return call(api, 'Listing secrets', async (o) => {
        const page = { per_page: 100 };
        const { actions } = o.rest;
        const listed = target.scope === 'repository'
            ? await o.paginate(checkedPages(actions.listRepoSecrets), { owner, repo, ...page })
            : target.scope === 'environment'
                ? await o.paginate(checkedPages(actions.listEnvironmentSecrets), {
                    owner,
                    repo,
                    environment_name: target.environment ?? '',
                    ...page,
                })
                : await o.paginate(checkedPages(actions.listOrgSecrets), {
                    org: target.organization ?? '',
                    ...page,
                });
        return listed.map((s) => ({ name: s.name.toUpperCase(), updatedAt: Date.parse(s.updated_at) }));
    });
}
/**
 * A list method whose every page is checked before Octokit's paginate reads it: a page that is not
 * `{ total_count, secrets: [{ name, updated_at }] }` (`{}`, a proxy's HTML page) fails naming GitHub,
 * as a list not understood must not read as "no secrets".
 */
function checkedPages(method) {
    const checked = async (params) => {
        const response = await method(params);
        const problem = secretsPageProblem(response.data);
        if (problem) {
            const req = { service: 'github', method: 'GET', url: response.url };
            throw new SecretsError(new unexpected/* UnexpectedResponseError */.dk(req, response, problem).message);
        }
        return response;
    };
    return Object.assign(checked, { endpoint: method.endpoint });
}
function secretsPageProblem(data) {
    const page = data;
    if (typeof page !== 'object' ||
        page === null ||
        !Array.isArray(page.secrets) ||
        typeof page.total_count !== 'number')
        return 'the body is not a list of secrets';
    const bad = page.secrets.some((item) => {
        const { name, updated_at } = (item ?? {});
        return typeof name !== 'string' || typeof updated_at !== 'string' || Number.isNaN(Date.parse(updated_at));
    });
    return bad ? "a listed secret has no string 'name' and date 'updated_at'" : undefined;
}
/** Creates or replaces one secret with a value sealed for the key `keyId`. */
function writeSecret(api, name, sealed, keyId) {
    const { target } = api;
    const { owner, repo } = (0,secrets_target/* repositoryOf */._M)(target);
    const body = { secret_name: name, encrypted_value: sealed, key_id: keyId };
    return call(api, `Writing secret ${name}`, async (o) => {
        if (target.scope === 'repository') {
            await o.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...body });
        }
        else if (target.scope === 'environment') {
            const environment_name = target.environment ?? '';
            await o.rest.actions.createOrUpdateEnvironmentSecret({ owner, repo, environment_name, ...body });
        }
        else {
            // every PUT sends the access policy: GitHub requires it and applies what it is sent
            const access = await orgAccess(api, name);
            await o.rest.actions.createOrUpdateOrgSecret({ org: target.organization ?? '', ...access, ...body });
        }
    }, name);
}
/** Deletes one secret; 'gone' when it did not exist (GitHub answers 404; deleted by an earlier removal). */
function deleteSecret(api, name) {
    const { target } = api;
    const { owner, repo } = (0,secrets_target/* repositoryOf */._M)(target);
    return call(api, `Deleting secret ${name}`, async (o) => {
        try {
            if (target.scope === 'repository')
                await o.rest.actions.deleteRepoSecret({ owner, repo, secret_name: name });
            else if (target.scope === 'environment')
                await o.rest.actions.deleteEnvironmentSecret({
                    owner,
                    repo,
                    environment_name: target.environment ?? '',
                    secret_name: name,
                });
            else
                await o.rest.actions.deleteOrgSecret({ org: target.organization ?? '', secret_name: name });
            return 'deleted';
        }
        catch (error) {
            if ((0,github_failure/* failureOf */.g)(error)?.status === 404)
                return 'gone';
            throw error;
        }
    }, name);
}
/**
 * The public key, read once: the client reads it while observing (in parallel with the list), so a
 * write needs only the PUTs. A failed read is not cached.
 */
function cachedPublicKey(api) {
    let key;
    return {
        current: () => (key ??= readPublicKey(api).catch((error) => {
            key = undefined;
            throw error;
        })),
        forget: () => {
            key = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/secrets/seal.ts
/**
 * Sealing a value for GitHub: libsodium's `crypto_box_seal` with the scope's public key, as GitHub
 * requires. libsodium (WebAssembly) is imported only when a run writes secrets.
 */
async function loadSeal() {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    const base64 = sodium.base64_variants.ORIGINAL;
    return (value, publicKey) => sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(publicKey, base64)), base64);
}

;// CONCATENATED MODULE: ./src/secrets/write.ts
/**
 * Writing secrets: seal each value for the scope's public key and PUT them in three waves, so that
 * whatever fails or crashes in between, the next run finds a pair that opens or repairs it:
 *   1. CERTIFICATE_PASSWORD (with the identity secrets): a rotation keeps exo-cba's password, so this wave
 *      writes it only on the first publication or when it replaces a hand-made one; a run stopped after it
 *      leaves a new password beside the old certificate, and the next run (bootstrap with secrets) issues a
 *      certificate for that password;
 *   2. CERTIFICATE;
 *   3. CERTIFICATE_THUMBPRINT, only once the certificate is written; the old one is deleted before wave 2,
 *      so it never names a certificate the certificate secret does not hold (a run stopped in between
 *      leaves it missing, and the next run writes it).
 * A value refused with 422 (the key rotated since it was read) is resealed for a freshly read key, once.
 * Any failure throws, naming what was and was not written: a partial write is never a success, and
 * nothing of a later wave is written after a failure.
 */






/** Writes the given secrets; returns their names in write order. */
async function writeSecrets(api, key, values, 
/** the thumbprint secret was listed (false: there is none to delete; undefined: not known) */
known = {}) {
    const entries = SECRET_KEYS.filter((k) => values[k] !== undefined).map((k) => ({
        key: k,
        name: secretName(api.target.prefix, k),
        value: values[k],
    }));
    if (entries.length === 0)
        return [];
    // a new certificate: the old thumbprint is deleted before it, so that until the third wave writes the new
    // one it names no certificate at all, never one EXO_CERTIFICATE does not hold
    const replacing = values.CERTIFICATE !== undefined &&
        values.CERTIFICATE_THUMBPRINT !== undefined &&
        known.thumbprintListed !== false;
    const [seal] = await Promise.all([loadSeal(), key.current()]);
    const written = [];
    for (const [i, wave] of WAVES.entries()) {
        // before the certificate, once the first wave went through (a GitHub that refuses writes changes nothing)
        if (i === 1 && replacing)
            await deleteSecret(api, secretName(api.target.prefix, 'CERTIFICATE_THUMBPRINT'));
        const batch = entries.filter((e) => wave.includes(e.key));
        if (batch.length === 0)
            continue;
        // the key is cached: a wave that re-read it after a 422 hands the fresh one to the next
        written.push(...(await writeWave(api, key, seal, await key.current(), batch, written)));
    }
    api.log.info(`Secrets: wrote ${written.join(', ')} to ${(0,secrets_target/* describeTarget */.ff)(api.target)}`);
    return written;
}
const WAVES = [
    ['APP_ID', 'APP_OBJECT_ID', 'TENANT_ID', 'ORGANIZATION', 'CERTIFICATE_PASSWORD'],
    ['CERTIFICATE'],
    ['CERTIFICATE_THUMBPRINT'],
];
/** One wave of concurrent PUTs; throws naming everything written so far when any of them fails. */
async function writeWave(api, key, seal, first, entries, before) {
    let outcomes = await attempt(api, seal, entries, first);
    const stale = outcomes.filter((o) => o.result.status === 'rejected' && o.result.reason.status === 422);
    if (stale.length > 0) {
        api.log.info(`Secrets: GitHub refused the sealed value for ${stale.map((s) => s.name).join(', ')} (422); reading the public key again`);
        key.forget();
        const retried = await attempt(api, seal, stale, await key.current());
        outcomes = outcomes.map((o) => retried.find((r) => r.name === o.name) ?? o);
    }
    const written = outcomes.filter((o) => o.result.status === 'fulfilled').map((o) => o.name);
    const failed = outcomes.filter((o) => o.result.status === 'rejected');
    if (failed.length > 0)
        throw unfinished(failed, [...before, ...written]);
    return written;
}
/**
 * Concurrent PUTs: a rotation writes three secrets, and a round trip each would slow the run.
 * Six small writes stay far below GitHub's secondary limits.
 */
async function attempt(api, seal, batch, key) {
    const results = await Promise.allSettled(batch.map((e) => writeSecret(api, e.name, seal(e.value, key.key), key.key_id)));
    return batch.map((e, i) => ({ ...e, result: results[i] }));
}
function unfinished(failed, written) {
    const firstError = failed[0].result.reason;
    const message = unfinishedWriteMessage({
        firstMessage: firstError.message,
        alsoFailed: failed.slice(1).map((f) => f.name),
        written,
    });
    return new SecretsError(message, {
        status: firstError.status,
        secret: firstError.secret,
        cause: firstError,
    });
}

;// CONCATENATED MODULE: ./src/secrets/client.ts






/** Throws an InputError, before any request, when GitHub would refuse the target. */
function createSecretsClient(options) {
    const { token, target, http } = options;
    const [problem] = (0,secrets_target/* secretTargetProblems */.SU)(target);
    if (problem)
        throw problem;
    const env = options.env ?? process.env;
    const apiUrl = (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const noop = () => { };
    const log = options.log ?? { info: noop, warning: noop, debug: noop };
    const api = { octokit: (0,octokit/* lazyOctokit */.K)({ token, apiUrl, http, log }), target, token, env, log };
    const key = cachedPublicKey(api);
    // whether the thumbprint secret exists, once listed: a rotation deletes it only then
    let thumbprintListed;
    return {
        async existing() {
            const [listed] = await Promise.all([listSecrets(api), key.current()]);
            const thumbprint = secretName(target.prefix, 'CERTIFICATE_THUMBPRINT');
            thumbprintListed = listed.some((s) => s.name === thumbprint);
            return inventoryOf(listed, target.prefix, { log, where: (0,secrets_target/* describeTarget */.ff)(target) });
        },
        write: (values) => writeSecrets(api, key, values, { thumbprintListed }),
        async remove(names) {
            const outcomes = await Promise.all(names.map((name) => deleteSecret(api, name)));
            return names.filter((_, i) => outcomes[i] === 'deleted');
        },
    };
}

;// CONCATENATED MODULE: ./src/verify/verifier.ts
/**
 * The verify callback apply calls after adding a certificate. The verification module loads only when
 * the plan verifies: it starts loading here, while apply's first requests are in flight.
 */


function createVerifier(plan, { settings, organization, permissions, tenantId, http, log }) {
    const planned = plan.stages.flat().some((s) => s.kind === 'verify-certificate');
    const loading = planned ? (0,action_log/* awaitedLater */.kW)(__webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 5468))) : undefined;
    return async (certificate, appId, mode, signal, onKeyNotFound) => {
        if (!loading)
            throw new Error('internal: verification was not planned');
        const { verifyCertificate } = await loading;
        return verifyCertificate({
            // an aborted signal (the new key turned out to be gone) ends the wait between attempts: the run fails anyway
            sleep: (ms) => (0,promises_.setTimeout)(ms, undefined, { signal }),
            mode,
            tenantId,
            authorityHost: settings.authorityHost,
            appId,
            organization,
            exchangeEndpoint: settings.exchangeEndpoint,
            exchangeResource: settings.cloud.exchangeResource,
            permissions,
            roles: settings.roles,
            certificate,
            timeoutSeconds: settings.verifyTimeoutSeconds,
            http,
            log,
            onKeyNotFound,
        });
    };
}

// EXTERNAL MODULE: ./src/verify/backoff.ts
var backoff = __webpack_require__(565);
// EXTERNAL MODULE: ./src/verify/exchange-check.ts + 2 modules
var exchange_check = __webpack_require__(7894);
;// CONCATENATED MODULE: ./src/token/messages.ts
/** What token mode tells the user while it waits for the bootstrap's changes, and when it gives up. */


const BOOTSTRAP = 'the bootstrap workflow (exo-cba with client-id, the provisioning app)';
function roleNames(context) {
    return context.settings.roles.map((r) => r.name).join(' / ') || 'a directory role Exchange supports';
}
function tokenProgress(context, w, seconds) {
    const waited = (0,action_log/* waitedOf */.sV)(seconds, context.settings.verifyTimeoutSeconds);
    switch (w.stage) {
        case 'key':
            return (`waiting for Entra ID to know a federated credential of app ${context.appId} for subject ` +
                `${context.oidc()?.sub ?? '(unknown)'}: ${waited} (AADSTS${w.code}; a credential added moments ago ` +
                `takes minutes to propagate; if none was added, ${BOOTSTRAP} adds it with access-token: true)`);
        case 'consent':
            return (`waiting for the admin consent of ${w.missing.join(', ')} to reach the app's tokens: ${waited} ` +
                `(granted by ${BOOTSTRAP})`);
        case 'role':
            return (`waiting for Exchange to honour the ${roleNames(context)} role of app ${context.appId}: ${waited} ` +
                `(${w.status ? `Exchange answered ${w.status}` : w.text}; assigned by ${BOOTSTRAP})`);
    }
}
function tokenTimeout(context, w, seconds) {
    const waited = `after ${seconds} s ('verify-timeout' is ${context.settings.verifyTimeoutSeconds})`;
    const later = `If the bootstrap ran moments ago, rerun this job later or raise 'verify-timeout'.`;
    switch (w.stage) {
        case 'key': {
            const explained = context.explain(w.cause);
            return new errors/* ActionError */.l(`${explained.message}\nStill refused ${waited}. ${later}`, { cause: w.cause });
        }
        case 'consent':
            return new errors/* ActionError */.l(`App ${context.appId} signs in, but its Exchange token lacks ${w.missing.join(', ')} ${waited} (roles in the ` +
                `token: ${w.granted.join(', ') || 'none'}): the admin consent is missing. Run ${BOOTSTRAP} once; it grants the ` +
                `consent. ${later} No token was output.`);
        case 'role':
            return new errors/* ActionError */.l(`App ${context.appId} signs in and holds the permissions, but Exchange Online does not accept it ${waited}: ` +
                `${w.status ? `Exchange answered ${w.status}: ${w.text}` : w.text}. The ${roleNames(context)} role is missing or ` +
                `has not reached Exchange (often many minutes). Run ${BOOTSTRAP} once; it assigns the role. ${later} ` +
                'No token was output.');
    }
}

;// CONCATENATED MODULE: ./src/token/issue-token.ts







/** Entra's answer while a federated credential added moments ago has not propagated (Entra docs). */
const CREDENTIAL_NOT_PROPAGATED = 70021;
async function issueTokens(settings, http, env, log, now = Date.now) {
    const oidc = new auth_oidc/* GitHubOidcTokenSource */.P(http, settings.audience, env);
    oidc.assertAvailable();
    const start = now();
    // bounds each request's own retries (throttling); the waits for propagation end earlier with verify: none
    const deadline = start + settings.verifyTimeoutSeconds * 1000;
    const appId = settings.appId ?? '';
    const client = (0,auth/* createTokenClient */.Tf)({
        ...settings,
        clientId: appId,
        credential: { kind: 'oidc', source: oidc },
        http,
        deadline,
    });
    const explain = (error) => appSignInError(error, { ...settings, appId }, { oidc: () => oidc.lastClaims });
    let issued;
    let fallbackReason;
    const attempt = async () => {
        let tokens;
        try {
            tokens = await issue_token_signIn(client, settings);
        }
        catch (error) {
            const code = (0,auth/* aadstsCode */._1)(error);
            if (code !== CREDENTIAL_NOT_PROPAGATED)
                throw explain(error);
            return { done: false, stage: 'key', code, text: (0,auth/* entraText */.gv)(error), cause: error };
        }
        const tenantId = String(tokens.exchange.claims.tid ?? settings.tenantId);
        issued = { tenantId, ...tokens };
        const waiting = accessOutcome(tokens.exchange, settings);
        if (waiting || settings.verify !== 'exchange')
            return waiting ?? { done: true };
        const probe = (0,exchange_check/* exchangeCheck */._w)({
            exchangeEndpoint: settings.exchangeEndpoint,
            tenantId,
            organization: settings.organization ?? '',
            http,
            // the roles decide whether Get-OrganizationConfig is a fair check (the module file probe always is)
            roles: settings.roles,
        }, deadline);
        const outcome = await probe(tokens.exchange);
        if (outcome.done)
            fallbackReason = outcome.fallbackReason;
        return outcome;
    };
    const context = { appId, oidc: () => oidc.lastClaims, settings, explain };
    const { outcome } = await (0,backoff/* attemptUntilDone */.O)(attempt, {
        start,
        deadline: settings.verify === 'none' ? start : deadline,
        now,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        onWaiting: (waiting, seconds) => log.info(tokenProgress(context, waiting, seconds)),
        timedOut: (waiting, seconds) => tokenTimeout(context, waiting, seconds),
    });
    if (!issued)
        throw new Error('internal: no token after signing in');
    if (issued.compliance)
        warnComplianceAccess(issued.compliance, log);
    if (fallbackReason)
        log.warning(`${fallbackReason.replace(/\.$/, '')}: the token was checked by its claims only (Exchange's answer is unknown).`);
    const verified = settings.verify === 'none' ? 'none' : outcome.fallbackReason ? 'token' : settings.verify;
    return { ...issued, verified };
}
/** One OIDC token per Entra request (msal asks for the assertion each time); the two requests run together. */
async function issue_token_signIn(client, settings) {
    const [exchange, compliance] = await Promise.all([
        client.acquire(settings.cloud.exchangeResource, true),
        settings.complianceAccessToken ? client.acquire(settings.cloud.complianceResource, true) : undefined,
    ]);
    return { exchange, compliance };
}
/** What the Exchange token's claims show is still missing: the consent, or a supported directory role. */
function accessOutcome(token, settings) {
    if (settings.verify === 'none')
        return undefined;
    const missing = missingExchangeAccess(token.claims, settings);
    if (missing.permissions.length) {
        const granted = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
        return { done: false, stage: 'consent', missing: missing.permissions, granted };
    }
    if (missing.role)
        return {
            done: false,
            stage: 'role',
            status: 0,
            text: "the token's directory roles ('wids') hold none Exchange supports for app-only access",
        };
    return undefined;
}
/**
 * Security & Compliance PowerShell wants Exchange.ManageAsApp of Microsoft Exchange Online Protection
 * (office-docs-powershell PR #13783), a consent the bootstrap does not grant: said, not enforced, as the
 * service's own check of this token is not publicly documented.
 */
function warnComplianceAccess(token, log) {
    const roles = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
    if (!roles.includes('Exchange.ManageAsApp'))
        log.warning("The Security & Compliance token carries no Exchange.ManageAsApp: Microsoft's docs ask for that permission of " +
            "'Microsoft Exchange Online Protection' for Connect-IPPSSession. Grant it: Entra admin center → App registrations → " +
            'the managed app → API permissions → Add a permission → APIs my organization uses → Microsoft Exchange Online ' +
            "Protection → Application permissions → Exchange.ManageAsApp, then 'Grant admin consent'.");
}

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
    (0,report/* setIdentityOutputs */.Dx)({
        appId: settings.appId ?? '',
        tenantId: tokens.tenantId,
        organization: settings.organization ?? '',
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

// EXTERNAL MODULE: ./src/publish/summary-sections.ts
var summary_sections = __webpack_require__(1624);
;// CONCATENATED MODULE: ./src/token/summary.ts
/** Token mode's job summary: what was issued, the run's warnings, and the line that connects with the token. */





async function writeTokenSummary(tokens, settings, warnings, env) {
    const connect = connectLine({
        runnerOs: env.RUNNER_OS,
        stepId: env.GITHUB_ACTION,
        appId: settings.appId ?? '',
        organization: settings.organization ?? '',
        exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
        credential: { kind: 'token' },
    });
    await core/* summary */.z
        .addHeading('Exchange Online access token', 2)
        .addRaw(`<p>${(0,html/* escapeHtml */.Z)(issuedText(tokens, settings))}</p>\n`)
        .addRaw((0,summary_sections/* warningsSection */.x)(warnings))
        .addRaw((0,summary_sections/* connectSection */.w)(connect))
        .write();
}

;// CONCATENATED MODULE: ./src/main.ts
/** run(): sign in → observe → plan → apply (verify, publish) → report. The pipeline, nothing else. */






























// one run per process: the warnings it records are this run's, for its job summary
const log = (0,action_log/* recordWarnings */.DT)({ info: core/* info */.pq, warning: core/* warning */.$e, debug: core/* debug */.Yz });
async function main_run(options) {
    const { settings } = options;
    const env = options.env ?? process.env;
    const now = options.now ?? (() => new Date());
    assertTrustedEvent(env);
    // owned by the run: once it has failed, requests still in flight end instead of retrying
    const runFailed = new AbortController();
    const http = new client/* HttpClient */.Qq({ env, log, signal: runFailed.signal });
    log.info(`Signing in: ${SIGN_IN_TEXT[settings.mode]}.`);
    try {
        if (settings.remove)
            await removeAccess(settings, http, env);
        else if (settings.mode === 'self')
            await rotateOwnCertificate(settings, http, env, now);
        else if (settings.mode === 'token')
            await issueAccessToken(settings, http, env);
        else
            await provision(settings, http, env, now);
    }
    catch (error) {
        runFailed.abort();
        throw error;
    }
    finally {
        http.close();
    }
}
async function provision(settings, http, env, now) {
    const budget = waitBudget(settings.verifyTimeoutSeconds);
    // generating a key takes 50-500 ms: when the inputs make a rotation certain, it overlaps signing in
    const newKey = prepareNewKey(settings);
    // sign in
    const signingIn = signIn(settings, http, env);
    if (settings.secrets)
        preloadGitHubClient();
    const session = await signingIn;
    const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
    const secrets = settings.secrets &&
        createSecretsClient({ token: settings.secrets.token, target: settings.secrets.target, http, log, env });
    // observe; a rotation certain from the app's keys starts adding its certificate meanwhile
    const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
    const early = new EarlyRotation({ settings: planSettings, roles: session.roles, graph, now, newKey, log });
    const observed = await observe(graph, {
        appUniqueName: settings.appUniqueName,
        appId: settings.appId,
        organization: settings.organization,
        protectionAppId: settings.cloud.protectionResource?.appId,
        readPolicies: Array.isArray(session.roles) && session.roles.includes(POLICY_READ),
        listSecrets: secrets ? () => secrets.existing() : undefined,
        federatedCredentials: settings.accessToken,
        // a rotation the tenant's app management policy refuses must not start before the plan refuses it
        onFirstRound: (first) => {
            if (tenantAllowsLifetime(settings.certificateValidityDays, first.tenantPolicy))
                early.onFirstRound(first);
        },
    });
    // plan
    const plan = plan_plan({ ...planSettings, trust: tokenTrust(settings, session.oidc) }, observed, now());
    const planLines = reportPlan(plan, log);
    const facts = { settings, observed, tenantId: session.tenantId, log };
    if (settings.dryRun) {
        warnWhatApplyWouldRefuse(plan, session.roles, settings.clientId, log);
        return reportDryRun(facts, planLines);
    }
    // apply, verifying before publishing
    checkBeforeApplying(plan, session.roles, settings.clientId, log, settings.certificateUnreadable);
    const publisher = certificatePublisher(settings, env, log);
    const result = await apply(plan, {
        graph,
        observed,
        tenantId: session.tenantId,
        inputCertificate: settings.certificate,
        lineage: settings.lineage,
        reusablePassword: reusablePassword(settings),
        now,
        log,
        secrets,
        onCertificate: publisher.publish,
        newKey,
        earlyCertificate: early.added,
        verify: createVerifier(plan, {
            settings,
            organization: observed.organization,
            permissions: resolvePermissions(settings.permissions, observed.exchange).map((p) => p.permission),
            tenantId: session.tenantId,
            http,
            log,
        }),
    });
    // publish and report
    await publisher.publish(result.certificate, result.appId);
    await reportRun(facts, plan, result, now, publisher.credential(), env);
}
const SIGN_IN_TEXT = {
    bootstrap: 'bootstrap — the provisioning app (client-id) with the job’s GitHub OIDC token',
    self: 'self — the managed app (app-id) with its current certificate; it rolls its own keys',
    token: 'token — the managed app (app-id) with the job’s GitHub OIDC token',
};
/**
 * Self-rotation: the managed app signs in with its current certificate and rolls its own keys (addKey,
 * removeKey: no Graph permission). What only the provisioning app can do is checked before any write.
 */
async function rotateOwnCertificate(settings, http, env, now) {
    const input = requireCertificate(settings);
    const budget = waitBudget(settings.verifyTimeoutSeconds);
    const newKey = prepareNewKey(settings);
    if (settings.secrets)
        preloadGitHubClient();
    // sign in as the app itself; its Exchange token shows the consent and roles the bootstrap granted
    const session = await signInAsApp({ ...settings, appId: settings.appId ?? '' }, certificateCredential(input), http, { certificateThumbprint: input.thumbprintSha1 });
    assertSelfRotationPossible(session, settings, log);
    const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
    const secrets = settings.secrets && createSecretsClient({ ...settings.secrets, http, log, env });
    // observe what the app may see of itself
    const self = await observeSelf(graph, session, {
        appId: settings.appId ?? '',
        appObjectId: settings.appObjectId,
        listSecrets: secrets ? () => secrets.existing() : undefined,
        log,
    });
    // plan
    const keys = self.keys ?? [inputAsKey(input, settings.lineage)];
    const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
    const plan = planSelfRotation(planSettings, { ...self, keys, keysKnown: Boolean(self.keys) }, now());
    const planLines = reportPlan(plan, log);
    const observed = selfAsObserved(self, keys, requireOrganization(settings));
    const facts = { settings, observed, tenantId: session.tenantId, log };
    if (settings.dryRun)
        return reportDryRun(facts, planLines);
    // apply, verifying before publishing
    const publisher = certificatePublisher(settings, env, log);
    const result = await apply(plan, {
        graph,
        observed,
        tenantId: session.tenantId,
        inputCertificate: input,
        keysReadable: Boolean(self.keys),
        lineage: settings.lineage,
        reusablePassword: reusablePassword(settings),
        now,
        log,
        secrets,
        onCertificate: publisher.publish,
        newKey,
        verify: createVerifier(plan, {
            settings,
            organization: observed.organization,
            permissions: settings.permissions,
            tenantId: session.tenantId,
            http,
            log,
        }),
    });
    // publish and report
    await publisher.publish(result.certificate, result.appId);
    await reportRun(facts, plan, result, now, publisher.credential(), env);
}
/**
 * Token mode: the job signs in as the managed app with its own OIDC token and gets its Exchange Online
 * (and, if asked, Security & Compliance) token. Nothing is written: no Graph call, no secret, no file.
 */
async function issueAccessToken(settings, http, env) {
    const tokens = await issueTokens(settings, http, env, log);
    setTokenOutputs(tokens, settings, log);
    await writeTokenSummary(tokens, settings, log.warnings, env);
}
/**
 * Removal (`remove: true`, bootstrap only): the provisioning app takes away what exo-cba created for the
 * managed app — its roles, consent, federated credentials, keys, the app itself when exo-cba created it —
 * and the GitHub secrets it wrote. Idempotent; a dry run only shows the plan.
 */
async function removeAccess(settings, http, env) {
    const budget = waitBudget(settings.verifyTimeoutSeconds);
    if (settings.secrets)
        preloadGitHubClient();
    const session = await signIn(settings, http, env);
    const graph = new GraphClient(http, settings.graphEndpoint, session.graphAccessToken, budget);
    const secrets = settings.secrets && createSecretsClient({ ...settings.secrets, http, log, env });
    // observe
    const observed = await observe(graph, {
        appUniqueName: settings.appUniqueName,
        appId: settings.appId,
        // the tenant's domain is not needed to remove anything: skip its read
        organization: settings.organization || '-',
        listSecrets: secrets ? () => secrets.existing() : undefined,
    });
    const federatedCredentials = (observed.app && (await listFederatedCredentials(graph, { appId: observed.app.appId }))) || [];
    // plan
    const plan = planRemoval({ ...settings, secretPrefix: settings.secrets?.target.prefix }, { ...observed, federatedCredentials });
    const planLines = reportRemovalPlan(plan, log);
    const facts = { appUniqueName: settings.appId ?? settings.appUniqueName, plan, planLines };
    if (settings.dryRun)
        return reportRemoval(facts, log);
    // apply, report
    const changes = await applyRemoval(plan, {
        graph,
        appObjectId: observed.app?.id,
        exchangeId: observed.exchange.id,
        lineage: settings.lineage,
        secrets,
        log,
    });
    await reportRemoval({ ...facts, changes }, log);
}
/**
 * The secrets client loads its GitHub client (a chunk of its own) on first use, which is listing the
 * secrets in the first observe round: load it while signing in instead. The client reports any failure.
 */
function preloadGitHubClient() {
    (0,action_log/* awaitedLater */.kW)(__webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)));
}


/***/ }),

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_DELAY_MS),
/* harmony export */   O: () => (/* binding */ attemptUntilDone)
/* harmony export */ });
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8902);
/**
 * The wait between verification attempts: the propagation schedule (http/retry.ts), 1 s at first, then
 * within a quarter of the time already waited more, up to 10 s, never past the deadline. Entra ID and
 * Exchange take seconds to minutes to see a change; this notices it soon and does not hammer them.
 */

const MAX_DELAY_MS = _http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .PROPAGATION_CAP_MS */ .zM;
/** Runs `attempt` until it is done or the deadline has passed. */
async function attemptUntilDone(attempt, options) {
    const { start, deadline, now } = options;
    const random = options.random ?? Math.random;
    for (let attempts = 1;; attempts++) {
        const outcome = await attempt();
        const elapsedMs = now() - start;
        if (outcome.done)
            return { outcome, attempts, elapsedMs };
        const seconds = Math.round(elapsedMs / 1000);
        options.onWaiting(outcome, seconds);
        const remaining = deadline - now();
        if (remaining <= 0)
            throw options.timedOut(outcome, seconds, attempts);
        await options.sleep(Math.min((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .propagationDelayMs */ .ii)(elapsedMs, random), remaining));
    }
}


/***/ }),

/***/ 7894:
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
// EXTERNAL MODULE: ./src/http/unexpected.ts
var unexpected = __webpack_require__(3217);
// EXTERNAL MODULE: ./src/action/scrub.ts
var scrub = __webpack_require__(3817);
;// CONCATENATED MODULE: ./src/verify/exchange-answers.ts
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

;// CONCATENATED MODULE: ./src/verify/exchange-redirect.ts
/** More hops than any public client has needed (go-exoscc allows 8). */
const MAX_EXCHANGE_REDIRECTS = 5;
/** The port regional `Location`s carry; the service answers on the front door's port. */
const REGIONAL_PORT = '446';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
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
    return candidate.endsWith(`.${domain}`);
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
    for (let hop = 0;; hop++) {
        const response = await http.request({ ...req, url, service: 'exchange', followRedirects: false });
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
            return await sendToExchange(options.http, endpoint, {
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
        const why = `Exchange's admin API answered 200 with a body that is not an admin API answer: ${(0,unexpected/* bodyExcerpt */.kG)(res.data)}`;
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


/***/ })

};
