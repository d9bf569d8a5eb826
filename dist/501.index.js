export const id = 501;
export const ids = [501];
export const modules = {

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ GitHubOidcTokenSource),
/* harmony export */   c: () => (/* binding */ jwtPayload)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _http_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9662);
/**
 * The job's GitHub OIDC token, fetched as `core.getIDToken` does (same variables, `&audience=`, masked) but
 * through the one HTTP stack, so proxies, the CA bundle and the retry policy apply to it as to every call.
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
/** The endpoint's `{ "value": "<jwt>" }`; never shown (error excerpts are scrubbed). */
const oidcTokenSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine((v) => v.split('.').length === 3, 'not a JWT') })
    .transform((body) => body.value);
class GitHubOidcTokenSource {
    http;
    audience;
    env;
    /** the claims of the last token fetched: the user matches them against the federated credential */
    lastClaims;
    constructor(http, audience, env = process.env) {
        this.http = http;
        this.audience = audience;
        this.env = env;
    }
    /** Fails with what to do when the runner offers no OIDC token (checked before anything is requested). */
    assertAvailable() {
        if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('The GitHub OIDC token is not available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add\n' +
                '  permissions:\n    id-token: write\n    contents: read\n' +
                'to the workflow or job that runs exo-cba. Pull requests from forks never get an OIDC token.');
        }
    }
    async getToken() {
        this.assertAvailable();
        const base = this.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
        const req = {
            method: 'GET',
            url: `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(this.audience)}`,
            service: 'oidc',
        };
        const res = await this.http.request({
            ...req,
            headers: { authorization: `Bearer ${this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}` },
            sensitive: true,
        });
        if (res.status !== 200)
            throw oidcRefusal(res.status);
        const token = (0,_http_body_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(req, res, oidcTokenSchema);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        const claims = jwtPayload(token);
        const first = !this.lastClaims;
        const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
        this.lastClaims = { iss: text('iss'), sub: text('sub'), aud: text('aud') };
        if (first)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub OIDC token: iss=${this.lastClaims.iss} sub=${this.lastClaims.sub} aud=${this.lastClaims.aud}`);
        return token;
    }
}
/** What a non-200 answer of GitHub's OIDC endpoint means for the user. */
function oidcRefusal(status) {
    if (status >= 500)
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`GitHub's OIDC token endpoint is unavailable (HTTP ${status}); nothing was changed. This is an outage on ` +
            "GitHub's side: run the workflow again later.");
    if (status === 401 || status === 403)
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`GitHub's OIDC token endpoint refused the token request (HTTP ${status}). Check that the job has ` +
            "'permissions: id-token: write'.");
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`GitHub's OIDC token endpoint answered HTTP ${status} without a token.`);
}


/***/ }),

/***/ 8501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yv: () => (/* binding */ NO_MATCHING_CREDENTIAL),
/* harmony export */   nF: () => (/* binding */ signInRefusal)
/* harmony export */ });
/* unused harmony export SUBJECT_FORMS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _http_msal_network_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6148);
/* harmony import */ var _token_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/**
 * Entra ID's refusal of a sign-in, turned into what the user has to fix. One translator for both identities:
 * the provisioning app (client-id, with the job's OIDC token) and the managed app (app-id, with its certificate
 * or the job's OIDC token). Sources of each code: Microsoft's error-code reference (MicrosoftDocs/entra-docs
 * reference-error-codes.md) for 700016, 90002, 7000112; workload-identity-federation-considerations.md for
 * 70021; 700211/700212/700213, 700024 and 700027 from Entra's own texts quoted in public logs.
 */



/**
 * The two forms GitHub's OIDC `sub` takes: repositories created, renamed or transferred since the 2026 cutover
 * (or opted in) present the immutable one (github/docs PR #45221 "Immutable subject claims"; Entra doc
 * "Migrate GitHub Actions federated credentials to immutable subjects").
 */
const SUBJECT_FORMS = "'repo:OWNER/REPO:…' or, for repositories created, renamed or transferred since mid-2026 (or opted in), " +
    "'repo:OWNER@OWNER_ID/REPO@REPO_ID:…'";
/** Entra's answers when no federated credential matches the OIDC token (issuer, audience or subject). */
const NO_MATCHING_CREDENTIAL = new Set([70021, 700211, 700212, 700213]);
const BOOTSTRAP = 'Run the bootstrap workflow (exo-cba/exo-cba with client-id, the provisioning app) to';
function signInRefusal(error, who) {
    // our own errors (no OIDC token, network failures) already say what to do
    if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return error;
    const outage = outageError(error);
    if (outage)
        return outage;
    const code = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .aadstsCode */ ._1)(error);
    const entra = `(Entra: ${(0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error)})`;
    const id = who.app === 'provisioning' ? who.clientId : who.appId;
    const input = who.app === 'provisioning' ? 'client-id' : 'app-id';
    if (code !== undefined && NO_MATCHING_CREDENTIAL.has(code))
        return noCredential(who, entra, error);
    switch (code) {
        case 700016: // UnauthorizedClient_DoesNotMatchRequest
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID does not know ${input} '${id}' in tenant '${who.tenantId}'. Check the '${input}' input (the ` +
                `${who.app === 'provisioning' ? 'provisioning app' : 'managed app, secret EXO_APP_ID'}'s Application (client) ID)` +
                ` and 'tenant-id'. ${entra}`, { cause: error });
        case 90002: // InvalidTenantName
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID does not know tenant '${who.tenantId}'. Check the 'tenant-id' input. ${entra}`, {
                cause: error,
            });
        case 7000112: // UnauthorizedClientApplicationDisabled (troubleshooting article "Error AADSTS7000112")
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(who.app === 'managed'
                ? `App ${id} is disabled: Entra ID issues it no token (AADSTS7000112; exo-cba's revoke entry, or an admin, ` +
                    'disabled its service principal). Nothing was written. Once the leak is dealt with, run the bootstrap with ' +
                    'enable-app: true and force-rotate: true, which enables it and replaces the certificate.'
                : `The provisioning app (client-id ${id}) is disabled in tenant '${who.tenantId}' (AADSTS7000112): enable it ` +
                    'in the Entra admin center (Enterprise applications → the app → Properties → Enabled for users to sign-in).', { cause: error });
        case 700024: // "Client assertion is not within its valid time range"
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID refused the GitHub OIDC token as expired or not yet valid; check the runner's clock. ${entra}`, { cause: error });
        case 700027: // the certificate is not a valid key of the app
            if (who.app === 'managed' && who.certificateThumbprint)
                return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The certificate input ${who.certificateThumbprint} is not a valid key of app ${id}: it is not registered, ` +
                    `has expired or was removed. The app can roll its own certificate only while the current one works. ` +
                    `${BOOTSTRAP} register a new certificate, and pass its secrets here. ${entra}`, { cause: error });
    }
    const whose = who.app === 'provisioning' ? `the provisioning app (client-id ${id})` : `the managed app ${id}`;
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID refused the sign-in of ${whose}` +
        (code ? `: AADSTS${code}: ${(0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error).replace(/^AADSTS\d+:\s*/, '')}` : `: ${(0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error)}`), { cause: error });
}
/** No federated credential matches the job's OIDC token: which one to add, and where. */
function noCredential(who, entra, error) {
    const oidc = who.oidc;
    if (who.app === 'managed') {
        const subject = oidc?.sub ?? '<the subject in the log line above>';
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The managed app ${who.appId} has no federated credential that matches this job's GitHub OIDC token (issuer ` +
            `'${oidc?.iss ?? ''}', subject '${subject}', audience '${oidc?.aud ?? ''}'). ${BOOTSTRAP} trust it: access-token: true ` +
            `and access-token-subjects: ${subject}. ${entra}`, { cause: error });
    }
    const claims = oidc
        ? `issuer '${oidc.iss}', subject '${oidc.sub}', audience '${oidc.aud}'`
        : 'the OIDC token';
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID found no federated credential on the provisioning app (client-id ${who.clientId}) that matches this ` +
        `workflow's token: ${claims}. Add one: Entra admin center → App registrations → the provisioning app → ` +
        `Certificates & secrets → Federated credentials → Add credential → "GitHub Actions deploying Azure resources", ` +
        `or "Other issuer" with exactly issuer '${oidc?.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
        `'${oidc?.sub ?? '<sub>'}', audience '${oidc?.aud ?? 'api://AzureADTokenExchange'}'. The subject is ${SUBJECT_FORMS}: ` +
        `copy it from this run's 'GitHub OIDC token: … sub=…' log line rather than typing it. If '${who.clientId}' is ` +
        "the managed app's client ID (secret EXO_APP_ID), pass the provisioning app's instead (variable " +
        'EXO_CBA_CLIENT_ID): the bootstrap signs in as the provisioning app, never as the managed one. ' +
        `${entra}`, { cause: error });
}
/**
 * An Entra 5xx, an unreachable Entra or an answer that is not JSON as what it is: an outage or a proxy in the
 * way, not a refusal of the sign-in.
 */
function outageError(error) {
    const { errorCode, status } = error;
    if (errorCode === _http_msal_network_js__WEBPACK_IMPORTED_MODULE_1__/* .ENTRA_UNREACHABLE */ .uJ || errorCode === _http_msal_network_js__WEBPACK_IMPORTED_MODULE_1__/* .ENTRA_UNREADABLE */ .fm) {
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ((0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error), { cause: error });
    }
    if (errorCode === _http_msal_network_js__WEBPACK_IMPORTED_MODULE_1__/* .ENTRA_UNAVAILABLE */ .a$ || (typeof status === 'number' && status >= 500)) {
        const what = errorCode === _http_msal_network_js__WEBPACK_IMPORTED_MODULE_1__/* .ENTRA_UNAVAILABLE */ .a$ ? (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error) : `HTTP ${String(status)}: ${(0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .entraText */ .gv)(error)}`;
        return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Entra ID is unavailable (${what}); nothing was changed. This is an outage on Microsoft's side, not a ` +
            'refusal of the sign-in: run the workflow again later.', { cause: error });
    }
    return undefined;
}


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ claimList),
/* harmony export */   Ev: () => (/* binding */ stringClaim),
/* harmony export */   KQ: () => (/* binding */ cachedToken),
/* harmony export */   Tf: () => (/* binding */ createTokenClient),
/* harmony export */   _1: () => (/* binding */ aadstsCode),
/* harmony export */   gv: () => (/* binding */ entraText)
/* harmony export */ });
/* unused harmony export msalAuthority */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _azure_msal_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2669);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1486);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8055);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3817);
/* harmony import */ var _http_msal_network_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6148);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(161);
/**
 * App-only tokens from Entra ID through msal-node, on the one HTTP stack: a confidential client signing in with
 * a GitHub OIDC token as its client assertion (no stored secret) or with a certificate.
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
        knownAuthorities: _cloud_js__WEBPACK_IMPORTED_MODULE_2__/* .MICROSOFT_LOGIN_HOSTS */ .rd.has(host) ? undefined : [host],
        authorityMetadata: JSON.stringify(metadata),
        cloudDiscoveryMetadata: JSON.stringify(discovery),
        tokenEndpoint,
    };
}
/** A string claim (`tid`, `oid`); '' when the token does not carry it as a string. */
function stringClaim(claims, name) {
    const value = claims[name];
    return typeof value === 'string' ? value : '';
}
/** An array claim (`roles`, `wids`) as strings; none when the token does not carry it. */
function claimList(token, claim) {
    const value = token.claims[claim];
    return Array.isArray(value) ? value.map(String) : [];
}
/** A confidential client for one app, signing in with a GitHub OIDC assertion or a certificate. */
function createTokenClient(options) {
    const { tokenEndpoint: _tokenEndpoint, ...auth } = msalAuthority(options);
    const credential = options.credential;
    const app = new _azure_msal_node__WEBPACK_IMPORTED_MODULE_1__/* .ConfidentialClientApplication */ .WR({
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
            networkClient: (0,_http_msal_network_js__WEBPACK_IMPORTED_MODULE_6__/* .createMsalNetworkClient */ .zN)(options.http, options.deadline),
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
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Entra ID returned no access token for ${resource}.`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(result.accessToken);
            return {
                accessToken: result.accessToken,
                claims: (0,_oidc_js__WEBPACK_IMPORTED_MODULE_7__/* .jwtPayload */ .c)(result.accessToken),
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
    const raw = error?.errorMessage || (0,_action_log_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
    const description = /AADSTS\d+:[\s\S]*/.exec(raw)?.[0] ?? raw;
    return (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_5__/* .scrub */ ._I)(description.split(/\r?\n|\s+Trace ID:|\s+-\s+Correlation ID:/)[0].trim());
}


/***/ }),

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt),
/* harmony export */   n6: () => (/* binding */ describeIssue),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3817);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8549);



/** Longest body excerpt shown in the message. */
const SHOWN_CHARS = 300;
/** What came back, fit for an error message: scrubbed, on one line, at most ~300 characters. */
function bodyExcerpt(body) {
    const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
    if (text.trim() === '')
        return '(an empty body)';
    const clean = (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text).replace(/\s+/g, ' ').trim();
    return clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}… (${clean.length} chars)` : clean;
}
class UnexpectedResponseError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    service;
    status;
    constructor(req, res, problem) {
        super(`${_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_LABEL */ .fX[req.service]} answered ${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(req.url)} with ${res.status} but ${problem}: ` +
            `${bodyExcerpt(res.data)}. Nothing was decided from this answer. A proxy or a service outage may be ` +
            'in between: run the workflow again, and if it persists check the proxy (HTTPS_PROXY) and the endpoints.');
        this.name = 'UnexpectedResponseError';
        this.service = req.service;
        this.status = res.status;
    }
}
/** The first thing wrong with a body, in words: `keyCredentials.0.keyId: expected string, received undefined`. */
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'its body is not what the call expects';
    const where = issue.path.length ? issue.path.join('.') : 'the body';
    return `${where} is not as expected (${issue.message})`;
}
/** The body checked against `schema`, or an UnexpectedResponseError naming the service. */
function readBody(req, res, schema) {
    if (res.malformed)
        throw new UnexpectedResponseError(req, res, 'its JSON body does not parse (cut short?)');
    const parsed = schema.safeParse(res.data);
    if (!parsed.success)
        throw new UnexpectedResponseError(req, res, describeIssue(parsed.error));
    return parsed.data;
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

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a$: () => (/* binding */ ENTRA_UNAVAILABLE),
/* harmony export */   fm: () => (/* binding */ ENTRA_UNREADABLE),
/* harmony export */   uJ: () => (/* binding */ ENTRA_UNREACHABLE),
/* harmony export */   zN: () => (/* binding */ createMsalNetworkClient)
/* harmony export */ });
/* harmony import */ var _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2669);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3817);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8549);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9662);
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
                throw new _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__/* .AuthError */ .lR(ENTRA_UNAVAILABLE, options?.correlationId ?? '', `HTTP ${res.status} from ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} after ${res.attempts} attempt(s)`);
            }
            if (res.malformed || typeof res.data !== 'object' || res.data === null) {
                // msal would fail on it with an error of its own wording: say what came back instead
                const unexpected = new _body_js__WEBPACK_IMPORTED_MODULE_3__/* .UnexpectedResponseError */ .dk({ service: 'entra', method, url }, res, 'its body is not JSON');
                throw new _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__/* .AuthError */ .lR(ENTRA_UNREADABLE, options?.correlationId ?? '', unexpected.message);
            }
            return { status: res.status, headers: res.headers, body: res.data };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NetworkError */ .Dr))
                throw error;
            lastNetworkError = error;
            throw new _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__/* .AuthError */ .lR(ENTRA_UNREACHABLE, options?.correlationId ?? '', error.message);
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


/***/ })

};
