export const id = 809;
export const ids = [809];
export const modules = {

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ signInWithCertificate),
/* harmony export */   JK: () => (/* binding */ signInAsProvisioningApp),
/* harmony export */   z$: () => (/* binding */ certificateCredential)
/* harmony export */ });
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(161);
/* harmony import */ var _refusals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8501);
/* harmony import */ var _token_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);



/** Fails at once, before any request, when the runner offers no OIDC token. */
async function signInAsProvisioningApp(settings, http, env) {
    const oidc = new _oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubOidcTokenSource */ .P(http, settings.audience, env);
    oidc.assertAvailable();
    const client = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createTokenClient */ .Tf)({ ...settings, credential: { kind: 'oidc', source: oidc }, http });
    const cached = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedToken */ .KQ)(client, settings.cloud.graphResource);
    const graph = async () => {
        try {
            return await cached();
        }
        catch (error) {
            throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_1__/* .signInRefusal */ .nF)(error, { app: 'provisioning', ...settings, oidc: oidc.lastClaims });
        }
    };
    const token = await graph();
    return {
        tenantId: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .stringClaim */ .Ev)(token.claims, 'tid') || settings.tenantId,
        roles: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .claimList */ .B$)(token, 'roles'),
        graphToken: async () => (await graph()).accessToken,
        oidc: oidc.lastClaims,
    };
}
/** The certificate a job holds, as msal-node's client credential. */
function certificateCredential(certificate) {
    return {
        kind: 'certificate',
        privateKeyPem: certificate.privateKeyPem,
        thumbprintSha256: certificate.thumbprintSha256,
        certificatePem: certificate.certificatePem,
    };
}
/** The managed app signs in with its current certificate (the rotate entry). */
async function signInWithCertificate(settings, certificate, http) {
    const client = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createTokenClient */ .Tf)({
        ...settings,
        clientId: settings.appId,
        credential: certificateCredential(certificate),
        http,
    });
    const explain = (error) => (0,_refusals_js__WEBPACK_IMPORTED_MODULE_1__/* .signInRefusal */ .nF)(error, { app: 'managed', ...settings, certificateThumbprint: certificate.thumbprintSha1 });
    const cached = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedToken */ .KQ)(client, settings.cloud.graphResource);
    const graph = async () => {
        try {
            return await cached();
        }
        catch (error) {
            throw explain(error);
        }
    };
    const [graphToken, exchange] = await Promise.all([
        graph(),
        client.acquire(settings.cloud.exchangeResource).catch((error) => Promise.reject(explain(error))),
    ]);
    return {
        tenantId: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .stringClaim */ .Ev)(graphToken.claims, 'tid') || settings.tenantId,
        servicePrincipalId: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .stringClaim */ .Ev)(exchange.claims, 'oid') || undefined,
        graphToken: async () => (await graph()).accessToken,
        exchange,
    };
}


/***/ }),

/***/ 1100:
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

// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/github/client.ts


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
            request: { fetch: createFetch(http, 'github', { retryWhen: failure/* isRateLimit */.a }) },
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


/***/ }),

/***/ 8881:
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

/***/ 6331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ grantAppRole),
/* harmony export */   go: () => (/* binding */ revokeAppRole),
/* harmony export */   yZ: () => (/* binding */ listAppRoleAssignments)
/* harmony export */ });
/* unused harmony export CONSENT_PERMISSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5840);


/** Microsoft documents both for the grant; reading assignments needs only an application read permission. */
const CONSENT_PERMISSION = 'AppRoleAssignment.ReadWrite.All (with Application.Read.All)';
const READ_PERMISSION = 'Application.Read.All (or AppRoleAssignment.ReadWrite.All)';
async function listAppRoleAssignments(graph, servicePrincipalId) {
    return graph.get(`/servicePrincipals/${servicePrincipalId}/appRoleAssignments`, {
        permission: READ_PERMISSION,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .appRoleAssignmentsSchema */ .jH,
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isDuplicate */ .KD)(error, ALREADY_GRANTED))
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


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ updateApplication),
/* harmony export */   M3: () => (/* binding */ upsertApplication),
/* harmony export */   MS: () => (/* binding */ SINGLE_TENANT),
/* harmony export */   Tt: () => (/* binding */ EXO_CBA_TAG),
/* harmony export */   WS: () => (/* binding */ deleteApplication),
/* harmony export */   i$: () => (/* binding */ getApplicationByUniqueName),
/* harmony export */   kx: () => (/* binding */ getApplicationByAppId),
/* harmony export */   wY: () => (/* binding */ APP_PERMISSION),
/* harmony export */   yO: () => (/* binding */ getKeyCredentials)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2561);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5840);
/** Graph `application` objects: the managed app registration. */


const APP_PERMISSION = 'Application.ReadWrite.OwnedBy (or Application.ReadWrite.All for an app it does not own)';
const SELECT = '$select=id,appId,displayName,uniqueName,signInAudience,createdDateTime,tags,requiredResourceAccess,keyCredentials';
/**
 * exo-cba's app is single-tenant. Graph's own upsert sample answers `AzureADandPersonalMicrosoftAccount` for a
 * body without it (microsoft-graph-docs-contrib application-upsert.md), while the application resource page now
 * says `AzureADMyOrg` is the default: which one the service applies today is UNVERIFIED, so it is always sent.
 */
const SINGLE_TENANT = 'AzureADMyOrg';
/**
 * The tag (Graph application `tags`: "custom strings that can be used to categorize and identify the
 * application") exo-cba gives the apps it creates: a removal deletes only those, and strips an adopted one.
 */
const EXO_CBA_TAG = 'exo-cba';
function getApplicationByUniqueName(graph, uniqueName) {
    return graph.get(`/applications(uniqueName=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(uniqueName)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationSchema */ .Kv,
    });
}
function getApplicationByAppId(graph, appId) {
    return graph.get(`/applications(appId=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(appId)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationSchema */ .Kv,
    });
}
/** Creates the app if no app has this unique name (race-free: the unique name is the key), else updates it. */
async function upsertApplication(graph, uniqueName, body) {
    return graph.patch(`/applications(uniqueName=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(uniqueName)})`, 
    // only an app observed missing is upserted: the tags of an app that exists are not replaced
    { ...body, signInAudience: SINGLE_TENANT, tags: [EXO_CBA_TAG] }, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationSchema */ .Kv,
    });
}
/** The key credentials, with their `key` values (Graph returns keys only on `$select`). */
async function getKeyCredentials(graph, id, afterCreate = false) {
    return graph.get(`/applications/${id}?$select=keyCredentials`, {
        permission: APP_PERMISSION,
        afterCreate,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .keyCredentialsSchema */ .tA,
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


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ waitBudget),
/* harmony export */   TW: () => (/* binding */ odataString),
/* harmony export */   oh: () => (/* binding */ GraphClient)
/* harmony export */ });
/* unused harmony export isReplicationError */
/* harmony import */ var _http_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);


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
        // a GET answers its schema or throws, except a 404 with allowNotFound
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
            if (!options.schema)
                return undefined;
            return (0,_http_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readBody */ .x8)({ service: 'graph', method, url }, res, options.schema);
        }
        if (res.status === 404 && options.allowNotFound) {
            onNotFound?.();
            return undefined;
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .graphErrorFrom */ .$I)(res, { method, path, permission: options.permission });
    }
}
/** Quotes a value for an OData key segment or filter: `'` doubles. */
function odataString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ graphErrorFrom),
/* harmony export */   KD: () => (/* binding */ isDuplicate),
/* harmony export */   h9: () => (/* binding */ GraphError)
/* harmony export */ });
/* unused harmony export forbiddenHint */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3817);
/** Graph error responses as errors a user can act on: OData code, message, request id, and for a 403 the permission to grant. */


/** What to do about a 403 from Graph: name the application permission and how to grant it. */
function forbiddenHint(permission) {
    return (`The provisioning app lacks the Microsoft Graph application permission ${permission}. ` +
        `Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → ` +
        `Microsoft Graph → Application permissions → ${permission}, then 'Grant admin consent'.`);
}
/** A Graph call answered with an error status; the message is safe to show (scrubbed). */
class GraphError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    status;
    /** OData error code, e.g. `Authorization_RequestDenied`, `Request_ResourceNotFound`; '' when the body was not OData. */
    code;
    innerCode;
    graphMessage;
    requestId;
    clientRequestId;
    date;
    method;
    path;
    /** What the user should do, when the caller knows (also appended to `message`). */
    hint;
    constructor(fields) {
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
    withHint(hint) {
        this.hint = this.hint ? `${this.hint} ${hint}` : hint;
        this.message = `${this.message}\n${hint}`;
        return this;
    }
}
/**
 * What to do about Graph error codes a user can fix, each with its source. A 403 is handled by
 * `forbiddenHint` (Authorization_RequestDenied "Insufficient privileges to complete the operation.", the body
 * many public clients quote; Graph docs "Microsoft Graph error responses").
 */
const CODE_HINTS = {
    // 400 "Credential lifetime exceeds the max value allowed as per assigned policy '<id>'." — observed for
    // password credentials (OfficeDev/microsoft-365-agents-toolkit aadAppClient.ts, Azure CLI output); that
    // certificates get the same code is UNVERIFIED.
    CredentialInvalidLifetimeAsPerAppPolicy: "The tenant's app management policy limits certificate lifetimes below 'certificate-validity-days'. Lower " +
        "certificate-validity-days to the policy's maximum (Entra admin center → Enterprise applications → App management " +
        'policies, or the tenant default policy), or grant the provisioning app Policy.Read.All so exo-cba reads the ' +
        'limit and refuses before any change.',
    // the sibling code for a credential type the policy blocks (same sources; UNVERIFIED for certificates)
    CredentialTypeNotAllowedAsPerAppPolicy: "The tenant's app management policy does not allow this credential type on the app; ask an admin to exempt " +
        'the app from the policy or to allow certificates.',
};
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * Maps a Graph error response (OData body `{"error":{"code","message","innerError":{…}}}`) to a
 * GraphError. With `permission`, a 403 carries `forbiddenHint(permission)`.
 */
function graphErrorFrom(res, ctx) {
    let body = res.data;
    if (typeof body === 'string' && body.trimStart().startsWith('{')) {
        try {
            body = JSON.parse(body);
        }
        catch {
            // not JSON after all
        }
    }
    const error = typeof body === 'object' && body !== null ? body.error : undefined;
    const inner = error?.innerError ?? error?.innererror ?? {};
    const text = typeof body === 'string' ? body.trim() : '';
    const graphMessage = str(error?.message) ?? (text ? text.slice(0, 500) : 'no error details in the response');
    const err = new GraphError({
        status: res.status,
        code: str(error?.code) ?? '',
        innerCode: str(inner.code),
        graphMessage: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(graphMessage),
        requestId: str(inner['request-id']) ?? str(res.headers['request-id']),
        clientRequestId: str(inner['client-request-id']) ?? str(res.headers['client-request-id']),
        date: str(inner.date) ?? str(res.headers['date']),
        method: ctx.method.toUpperCase(),
        path: ctx.path,
    });
    if (res.status === 403 && ctx.permission)
        err.withHint(forbiddenHint(ctx.permission));
    const hint = CODE_HINTS[err.code];
    if (hint)
        err.withHint(hint);
    return err;
}
/** Graph's 400 for a create whose object exists already ("already exists" means the state is as wanted). */
function isDuplicate(error, text) {
    return error instanceof GraphError && error.status === 400 && text.test(error.graphMessage);
}


/***/ }),

/***/ 9915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ deleteFederatedCredential),
/* harmony export */   d3: () => (/* binding */ MAX_FEDERATED_CREDENTIALS),
/* harmony export */   ey: () => (/* binding */ isDuplicateSubjectError),
/* harmony export */   f8: () => (/* binding */ listFederatedCredentials),
/* harmony export */   g: () => (/* binding */ isLimitError),
/* harmony export */   v4: () => (/* binding */ upsertFederatedCredential)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2561);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5840);
/**
 * Federated identity credentials of the managed app: the trust that lets GitHub Actions jobs sign in as
 * it with their OIDC token (token mode). Graph v1.0 docs application-list-federatedidentitycredentials and
 * federatedidentitycredential-upsert: `PATCH …/federatedIdentityCredentials(name='…')` with
 * `Prefer: create-if-missing` creates (201) or updates (204) by name, so a rerun converges.
 */




/** Entra's limit per application (Entra docs, federated credential configuration considerations). */
const MAX_FEDERATED_CREDENTIALS = 20;
/**
 * The app's credentials, addressed like the app itself (`appId` or `uniqueName`, so they can be read in the
 * same round as the app); undefined when there is no such app.
 */
async function listFederatedCredentials(graph, app) {
    const address = 'appId' in app ? `appId=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(app.appId)}` : `uniqueName=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(app.uniqueName)}`;
    return graph.get(`/applications(${address})/federatedIdentityCredentials`, {
        permission: _applications_js__WEBPACK_IMPORTED_MODULE_1__/* .APP_PERMISSION */ .wY,
        allowNotFound: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .federatedCredentialsSchema */ .k3,
    });
}
/** Creates the credential if the app has none of this name, else sets its issuer, subject and audience. */
async function upsertFederatedCredential(graph, appObjectId, credential, afterCreate) {
    // `name` is the key in the URL and immutable: the body leaves it out (the update doc's example sends it)
    const created = await graph.patch(`/applications/${appObjectId}/federatedIdentityCredentials(name=${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(credential.name)})`, {
        issuer: credential.issuer,
        subject: credential.subject,
        audiences: [credential.audience],
        description: credential.description,
    }, {
        permission: _applications_js__WEBPACK_IMPORTED_MODULE_1__/* .APP_PERMISSION */ .wY,
        headers: { prefer: 'create-if-missing' },
        afterCreate,
        // 201 with the new credential when it was created; 204 without a body when it existed
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .federatedCredentialSchema */ .Pj,
    });
    return created ? 'created' : 'updated';
}
/** Graph's 400 for a credential beyond the limit (its wording is not public: matched loosely). */
function isLimitError(error) {
    return (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9 &&
        error.status === 400 &&
        /at most|maximum|limit|exceed/i.test(error.graphMessage) &&
        /federated/i.test(error.graphMessage));
}
/** Graph's 400 for an issuer and subject another credential of the app already holds. */
function isDuplicateSubjectError(error) {
    return (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphError */ .h9 &&
        error.status === 400 &&
        (error.code === 'InvalidFederatedIdentityCredentialValue' ||
            /issuer and subject/i.test(error.graphMessage)));
}
/** Deletes one federated credential by its id (removal); 'gone' when it was deleted already. */
function deleteFederatedCredential(graph, appObjectId, id) {
    return graph.delete(`/applications/${appObjectId}/federatedIdentityCredentials/${id}`, {
        permission: _applications_js__WEBPACK_IMPORTED_MODULE_1__/* .APP_PERMISSION */ .wY,
    });
}


/***/ }),

/***/ 1461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ listRoleAssignments),
/* harmony export */   Xe: () => (/* binding */ assignDirectoryRole),
/* harmony export */   mU: () => (/* binding */ removeDirectoryRole)
/* harmony export */ });
/* unused harmony export ROLE_PERMISSION */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2561);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5840);
/** Directory role assignments (Exchange Administrator or a narrower role) of the managed app's service principal. */



const ROLE_PERMISSION = 'RoleManagement.ReadWrite.Directory';
async function listRoleAssignments(graph, principalId) {
    const filter = encodeURIComponent(`principalId eq ${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .odataString */ .TW)(principalId)}`);
    return graph.get(`/roleManagement/directory/roleAssignments?$filter=${filter}`, {
        permission: ROLE_PERMISSION,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .roleAssignmentsSchema */ .wI,
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isDuplicate */ .KD)(error, ALREADY_ASSIGNED))
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


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ applicationSchema),
/* harmony export */   MZ: () => (/* binding */ organizationDomainsSchema),
/* harmony export */   Pj: () => (/* binding */ federatedCredentialSchema),
/* harmony export */   gB: () => (/* binding */ policiesSchema),
/* harmony export */   gg: () => (/* binding */ keyCredentialSchema),
/* harmony export */   jH: () => (/* binding */ appRoleAssignmentsSchema),
/* harmony export */   jR: () => (/* binding */ servicePrincipalSchema),
/* harmony export */   k3: () => (/* binding */ federatedCredentialsSchema),
/* harmony export */   tA: () => (/* binding */ keyCredentialsSchema),
/* harmony export */   wI: () => (/* binding */ roleAssignmentsSchema),
/* harmony export */   wh: () => (/* binding */ policySchema)
/* harmony export */ });
/* unused harmony exports requiredResourceAccessSchema, appRoleSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/**
 * Every Graph answer the planner or a write relies on, declared once: the schema is the check and its type
 * (`z.infer`). A field missing or of the wrong type fails the run, never reads as an empty list: an empty
 * keyCredentials list would make a rotation drop every other key.
 */

/** Graph omits or nulls optional fields. */
const optionalText = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish();
const keyCredentialSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    keyId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    usage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    displayName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullish()
        .transform((v) => v ?? null),
    customKeyIdentifier: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullish()
        .transform((v) => v ?? null),
    startDateTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    endDateTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** base64 DER; present only when keyCredentials is `$select`ed */
    key: optionalText,
});
/** `{ keyCredentials: [...] }` of `$select=keyCredentials`. */
const keyCredentialsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ keyCredentials: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(keyCredentialSchema) })
    .transform((app) => app.keyCredentials);
const requiredResourceAccessSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    resourceAppId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    resourceAccess: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
});
const applicationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    appId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    displayName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    uniqueName: optionalText,
    /** who may sign in: `AzureADMyOrg` is this tenant only; the others make the app multi-tenant */
    signInAudience: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullish()
        .transform((v) => v ?? undefined),
    /** when the app was created: app management policies apply to apps created after a date */
    createdDateTime: optionalText,
    /** exo-cba tags the apps it creates (a removal deletes only those) */
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .nullish()
        .transform((v) => v ?? []),
    requiredResourceAccess: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(requiredResourceAccessSchema),
    keyCredentials: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(keyCredentialSchema),
});
const appRoleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullish()
        .transform((v) => v ?? null),
    allowedMemberTypes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    isEnabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const servicePrincipalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    appId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    displayName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** false once the app was revoked: Entra issues it no token */
    accountEnabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .nullish()
        .transform((v) => v ?? true),
    appRoles: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(appRoleSchema),
});
const page = (item) => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item) }).transform((p) => p.value);
const appRoleAssignmentsSchema = page(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), appRoleId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), principalId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), resourceId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }));
const roleAssignmentsSchema = page(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    principalId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    roleDefinitionId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    directoryScopeId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
}));
/** The verified domains of the organization (one item in `value`). */
const organizationDomainsSchema = page(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ verifiedDomains: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), isInitial: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })) }))
    .refine((organizations) => organizations.length > 0, 'it lists no organization')
    .transform((organizations) => organizations[0].verifiedDomains);
/** A federated identity credential of the managed app (token mode's trust). */
const federatedCredentialSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    issuer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    subject: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    audiences: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    description: optionalText,
});
const federatedCredentialsSchema = page(federatedCredentialSchema);
const keyRestrictionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    restrictionType: optionalText,
    state: optionalText,
    maxLifetime: optionalText,
    restrictForAppsCreatedAfterDateTime: optionalText,
});
const restrictionsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ keyCredentials: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(keyRestrictionSchema).nullish() })
    .nullish()
    .transform((r) => r?.keyCredentials ?? undefined);
/** An app management policy: a limit is decided from it, so a body not understood is an error, never "no limit". */
const policySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    displayName: optionalText,
    isEnabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().nullish(),
    applicationRestrictions: restrictionsSchema,
    restrictions: restrictionsSchema,
});
const policiesSchema = page(policySchema);


/***/ }),

/***/ 4879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dC: () => (/* binding */ getExchangeServicePrincipal),
/* harmony export */   hQ: () => (/* binding */ setServicePrincipalEnabled),
/* harmony export */   nl: () => (/* binding */ upsertServicePrincipal),
/* harmony export */   zb: () => (/* binding */ getServicePrincipalByAppId)
/* harmony export */ });
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1486);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2561);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5840);
/** Graph `servicePrincipal` objects: the managed app's, and Exchange Online's (whose appRoles name the permissions). */



const READ = 'Application.ReadWrite.OwnedBy (or Application.Read.All)';
const SELECT = '$select=id,appId,displayName,accountEnabled,appRoles';
function getServicePrincipalByAppId(graph, appId) {
    return graph.get(`/servicePrincipals(appId=${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .odataString */ .TW)(appId)})?${SELECT}`, {
        permission: READ,
        allowNotFound: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePrincipalSchema */ .jR,
    });
}
async function getExchangeServicePrincipal(graph) {
    return getServicePrincipalByAppId(graph, _cloud_js__WEBPACK_IMPORTED_MODULE_0__/* .EXCHANGE_APP_ID */ .oD);
}
/** Creates the service principal of an app (or finds it, when a concurrent run made it first). */
async function upsertServicePrincipal(graph, appId) {
    const created = await graph.patch(`/servicePrincipals(appId=${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .odataString */ .TW)(appId)})`, {}, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
        afterCreate: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePrincipalSchema */ .jR,
    });
    if (created?.id)
        return created;
    // 204: it existed already; read it (it may still be replicating)
    return graph.get(`/servicePrincipals(appId=${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .odataString */ .TW)(appId)})?${SELECT}`, {
        permission: READ,
        afterCreate: true,
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePrincipalSchema */ .jR,
    });
}
/**
 * Enables or disables the service principal (`accountEnabled`): disabled, Entra issues no token to the app from
 * that moment, whatever its credential (Graph v1.0 serviceprincipal-update; Entra "disable user sign-in for an
 * application": "prevents all tokens from being issued for that application"). 204 No Content.
 */
async function setServicePrincipalEnabled(graph, id, enabled) {
    await graph.patch(`/servicePrincipals/${id}`, { accountEnabled: enabled }, {
        permission: 'Application.ReadWrite.OwnedBy (as owner of the service principal) or Application.ReadWrite.All',
    });
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qB: () => (/* binding */ KeyRing)
});

// UNUSED EXPORTS: CONCURRENCY_HINT, PATCH_SETTLE_MS

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
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

// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/schemas.ts
var schemas = __webpack_require__(5840);
;// CONCATENATED MODULE: ./src/graph/key-roll.ts

const ROLL_PERMISSION = 'none when the app rolls its own keys; Application.ReadWrite.OwnedBy (as owner) or Application.ReadWrite.All otherwise';
async function addKey(graph, appObjectId, newKey, proof, afterCreate = false) {
    // 200 with the new keyCredential (application-addkey); its displayName is not documented to be kept
    return graph.post(`/applications/${appObjectId}/addKey`, {
        keyCredential: {
            type: 'AsymmetricX509Cert',
            usage: 'Verify',
            key: newKey.key,
            displayName: newKey.displayName,
        },
        passwordCredential: null,
        proof,
    }, { permission: ROLL_PERMISSION, afterCreate, schema: schemas/* keyCredentialSchema */.gg });
}
async function removeKey(graph, appObjectId, keyId, proof) {
    await graph.post(`/applications/${appObjectId}/removeKey`, { keyId, proof }, { permission: ROLL_PERMISSION });
}

// EXTERNAL MODULE: ./src/keys/key.ts
var key = __webpack_require__(8947);
// EXTERNAL MODULE: ./src/keys/lineage.ts
var keys_lineage = __webpack_require__(8793);
;// CONCATENATED MODULE: ./src/keys/key-ring.ts
/**
 * The one owner of the managed app's keys in a run: it adds the run's key, tells whether it is still registered,
 * keeps it registered once published, and removes old keys of the run's lineage.
 *
 * With a signer (the certificate input, registered and valid) keys are added and removed one by one with
 * `addKey`/`removeKey` and a proof of possession: atomic, so parallel runs cannot drop each other's keys, and no
 * Graph permission when the app does it itself. Without one — the first key, or recovery once every key has
 * expired — only `PATCH /applications/{id}` can write, and it replaces the whole list: every PATCH starts from
 * a fresh read taken right before it (so it can drop only a key added within that round trip), and a kept key
 * a concurrent PATCH removed meanwhile makes Graph refuse it: read again and retry.
 *
 * Writes to the app go one at a time. The time is the injected clock's.
 */







/** How many times a key lost to a concurrent PATCH is put back before the run gives up. */
const READD_ATTEMPTS = 4;
/**
 * How long after its own key write a run looks at the keys for the last time: a PATCH another run computed
 * from a read taken before that write lands within a round trip or two, and is then seen and repaired.
 */
const PATCH_SETTLE_MS = 2000;
const CONCURRENCY_HINT = 'Put exo-cba runs for one app in a `concurrency:` group so they cannot overlap.';
class KeyRing {
    options;
    own = { state: 'none' };
    /** how often the run's key was put back after a concurrent change dropped it */
    restored = 0;
    constructor(options) {
        this.options = options;
    }
    /** How keys are written: with proofs signed by the certificate input, or by PATCH. */
    get via() {
        return this.options.signer ? 'addKey' : 'PATCH';
    }
    /** The app's keys as Graph lists them now. */
    async read() {
        const { graph, appObjectId, appCreated } = this.options;
        return (await (0,applications/* getKeyCredentials */.yO)(graph, appObjectId, appCreated)).map(key/* observeKey */.c);
    }
    /** Whether the certificate's key is registered now; true when the keys cannot be read (nothing says otherwise). */
    async isRegistered(certificate) {
        if (this.options.readable === false)
            return true;
        return (await this.read()).some((k) => k.thumbprint === certificate.thumbprintSha1);
    }
    /** Adds the certificate's key: addKey with a proof when a signer is known, else a PATCH from a fresh read. */
    async add(certificate) {
        if (this.own.state !== 'none')
            throw new errors/* InternalError */.Gd('a run adds one key');
        await this.write(certificate);
        this.own = { state: 'added', certificate, via: this.via, at: this.options.clock.now() };
        return this.via;
    }
    /**
     * Verification saw Entra refuse the run's new key: if a concurrent change dropped it, it is added again (the
     * same way) and true returned; a key that keeps disappearing ends the run, with nothing published.
     */
    async restoreBeforePublishing() {
        return this.restore('while this run verified it');
    }
    /** Right before the run hands its new key to anyone: it is registered, or put back until it is. */
    async confirmBeforePublishing() {
        if (this.options.readable === false)
            return;
        while (await this.restore('before this run published it'))
            ;
    }
    /**
     * The last look before the run exits 0 with its key published: once a concurrent PATCH based on an older read
     * can no longer land, read the keys; a key it dropped is added again (the same way) and the read repeated.
     */
    async keepRegistered() {
        if (this.own.state !== 'added' || this.options.readable === false)
            return;
        const { clock } = this.options;
        const wait = this.own.at + PATCH_SETTLE_MS - clock.now();
        if (wait > 0)
            await clock.sleep(wait);
        while (await this.restore('after this run published it'))
            ;
    }
    /** Adds the run's key again when it is gone; false when it is registered. */
    async restore(when) {
        if (this.own.state !== 'added' || (await this.isRegistered(this.own.certificate)))
            return false;
        const { certificate } = this.own;
        if (++this.restored > READD_ATTEMPTS)
            throw new errors/* ActionError */.lZ(`Certificate ${certificate.thumbprintSha1} keeps disappearing from the app: another run keeps rewriting its ` +
                `keys${when.startsWith('after') ? '' : '. Nothing was published: the previous certificate, if any, stays in use'}. ` +
                `${CONCURRENCY_HINT} Then rerun the job.`);
        this.options.log.warning(`Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change ${when}; ` +
            `registering it again. ${CONCURRENCY_HINT}`);
        await this.write(certificate);
        return true;
    }
    /**
     * Removes keys of the run's lineage, never `protect` (the certificate the run leaves published). With a signer,
     * one `removeKey` after the other; else one PATCH based on a fresh read (keys added meanwhile stay).
     */
    async remove(removals, protect) {
        const doomed = removals.filter((r) => r.thumbprint !== protect);
        const { graph, appObjectId } = this.options;
        if (this.options.signer) {
            for (const removal of doomed)
                await removeKey(graph, appObjectId, removal.keyId, this.proof());
            return doomed;
        }
        let removed = [];
        await this.patch((current) => {
            removed = doomed.filter((r) => current.some((k) => k.keyId === r.keyId && k.managed));
            return removed.length
                ? current.filter((k) => !removed.some((r) => r.keyId === k.keyId)).map(key/* keptKey */._I)
                : undefined;
        });
        return removed;
    }
    async write(certificate) {
        const { graph, appObjectId, lineage, appCreated } = this.options;
        if (!lineage)
            throw new errors/* InternalError */.Gd('a key is added for a lineage');
        if (this.options.signer) {
            const key = {
                key: certificate.certificateDerBase64,
                displayName: (0,keys_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, lineage),
            };
            await addKey(graph, appObjectId, key, this.proof(), appCreated);
            return;
        }
        await this.patch((current) => current.some((k) => k.thumbprint === certificate.thumbprintSha1)
            ? undefined
            : [...current.map(key/* keptKey */._I), (0,key/* newKey */.uM)(certificate, lineage)]);
    }
    /**
     * PATCHes the key list `build` makes of a fresh read (undefined: nothing to write). When a key the body keeps
     * was removed by a concurrent PATCH since that read, Graph refuses it (400 KeyCredentialsInvalidValue,
     * UNVERIFIED: its use for a vanished keyId is not public): read again and retry.
     */
    async patch(build) {
        const { graph, appObjectId, appCreated } = this.options;
        for (let attempt = 1;; attempt++) {
            const keyCredentials = build(await this.read());
            if (!keyCredentials)
                return;
            try {
                await (0,applications/* updateApplication */.K3)(graph, appObjectId, { keyCredentials }, appCreated);
                return;
            }
            catch (error) {
                const keptKeyVanished = error instanceof graph_errors/* GraphError */.h9 && error.status === 400 && error.code === 'KeyCredentialsInvalidValue';
                if (!keptKeyVanished || attempt > READD_ATTEMPTS)
                    throw error;
            }
        }
    }
    proof() {
        const { signer, appObjectId, clock } = this.options;
        if (!signer)
            throw new errors/* InternalError */.Gd('no certificate signs the proof of possession');
        return proofOfPossession(appObjectId, signer, clock.now());
    }
}


/***/ }),

/***/ 8947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _I: () => (/* binding */ keptKey),
/* harmony export */   c: () => (/* binding */ observeKey),
/* harmony export */   uM: () => (/* binding */ newKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificate_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(943);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8793);
/**
 * An app's key credential as the run sees it: its thumbprint, whether exo-cba wrote it and for which lineage;
 * and the bodies a keyCredentials PATCH sends.
 */



function observeKey(key) {
    let thumbprint = '';
    if (key.key)
        thumbprint = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
    else if (key.customKeyIdentifier)
        thumbprint = Buffer.from(key.customKeyIdentifier, 'base64').toString('hex').toUpperCase();
    return { ...key, thumbprint, ...(0,_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManagedKeyName */ .Te)(key.displayName) };
}
/** A key to keep in a keyCredentials PATCH: as Graph returned it, without `key` (Graph keeps it by keyId). */
function keptKey(key) {
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
/** A new key in a keyCredentials PATCH: the certificate's DER, named for its lineage. */
function newKey(certificate, lineage) {
    return {
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        displayName: (0,_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .managedKeyName */ .KX)(certificate.thumbprintSha1, lineage),
        key: certificate.certificateDerBase64,
        ...(0,_certificate_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .keyCredentialDates */ .gs)(certificate),
    };
}


/***/ }),

/***/ 8793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ managedKeyName),
/* harmony export */   M7: () => (/* binding */ lineageOfRun),
/* harmony export */   Te: () => (/* binding */ parseManagedKeyName)
/* harmony export */ });
/* unused harmony exports MANAGED_KEY_PREFIX, lineageOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Key lineage: every key exo-cba adds belongs to the destination that publishes its certificate — a
 * GitHub secret destination (scope, repository / environment / organization, prefix), or, for runs that
 * write no secrets, the step outputs of one repository's jobs. The lineage is written into the key's
 * `displayName` (`exo-cba <thumbprint> <lineage>`), so a run can tell its own keys from the keys another
 * environment, repository or a person published on the same app, and prunes only its own.
 *
 * Keys written before lineages existed (`exo-cba <thumbprint>`) carry none: such a key is adopted by the
 * lineage whose certificate input it is; once expired it serves nobody and any run may remove it.
 */

const MANAGED_KEY_PREFIX = 'exo-cba ';
/** Graph keeps a key credential's displayName short; ours stays well below any limit (59 characters). */
const LINEAGE_ID_LENGTH = 10;
function destinationText(destination) {
    if (destination.kind === 'outputs')
        return `step outputs of ${destination.repository}`;
    const where = destination.scope === 'organization'
        ? `organization ${destination.organization}`
        : destination.scope === 'environment'
            ? `environment ${destination.environment} of ${destination.repository}`
            : `repository ${destination.repository}`;
    return `${destination.prefix}* secrets of ${where}`;
}
/** GitHub names (owners, repositories, secrets) are case-insensitive: so is the lineage. */
function lineageOf(destination) {
    const label = destinationText(destination);
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(label.toLowerCase()).digest('hex').slice(0, LINEAGE_ID_LENGTH);
    return { id, label };
}
function managedKeyName(thumbprint, lineage) {
    return `${MANAGED_KEY_PREFIX}${thumbprint} ${lineage.id}`;
}
/** `exo-cba <thumbprint> [<lineage>]`: written by exo-cba; anything else is foreign and never touched. */
function parseManagedKeyName(displayName) {
    const match = /^exo-cba ([0-9A-F]{40})(?: ([0-9a-f]{6,64}))?$/.exec(displayName ?? '');
    if (!match)
        return { managed: false };
    return match[2] ? { managed: true, lineage: match[2] } : { managed: true };
}
/** The lineage of a run: its secret destination, or the step outputs of the repository it runs in. */
function lineageOfRun(secrets, env) {
    return lineageOf(secrets
        ? { kind: 'secrets', ...secrets.target }
        : { kind: 'outputs', repository: env.GITHUB_REPOSITORY || 'this repository' });
}


/***/ }),

/***/ 9100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ planFederatedCredentials),
/* harmony export */   S2: () => (/* binding */ tokenTrust),
/* harmony export */   _I: () => (/* binding */ FEDERATED_CREDENTIAL_DESCRIPTION)
/* harmony export */ });
/* unused harmony export federatedCredentialName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _graph_federated_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9915);
/**
 * Which federated credentials the managed app needs so the consumer jobs (token mode) can sign in as it:
 * one per GitHub OIDC subject, named `exo-cba-<hash of the subject>` so every run finds its own, and
 * never touching a credential of anyone else. Pure: the plan calls it.
 */



/** Predictable, URL-friendly and within Entra's 3–120 characters, whatever the subject. */
function federatedCredentialName(subject) {
    return `exo-cba-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(subject).digest('hex').slice(0, 16)}`;
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
    if (existing.length + adding > _graph_federated_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FEDERATED_CREDENTIALS */ .d3) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The managed app has ${existing.length} federated credential(s) and access-token-subjects needs ${adding} more, ` +
            `but Entra ID allows at most ${_graph_federated_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FEDERATED_CREDENTIALS */ .d3} per app. Nothing was changed. Its credentials: ` +
            `${existing.map((f) => `'${f.name}' (${f.subject})`).join(', ')}. Remove ones no longer used (App registrations → ` +
            'the app → Certificates & secrets → Federated credentials), or list fewer subjects (a GitHub environment ' +
            'subject, repo:<owner>/<repo>:environment:<name>, covers every job of that environment).');
    }
    return { steps, notes };
}


/***/ }),

/***/ 5111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ proofKey),
/* harmony export */   Zx: () => (/* binding */ lineageRemovals),
/* harmony export */   q2: () => (/* binding */ decideCertificate),
/* harmony export */   vl: () => (/* binding */ reusablePassword)
/* harmony export */ });
/* unused harmony export keysToRemove */
/* harmony import */ var _certificate_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(171);
/**
 * The rules of a run's keys, pure: reuse or rotate the certificate, which key signs the proofs of possession,
 * which keys of the run's lineage to prune, which password a new certificate keeps. The bootstrap's and the
 * self-rotation's plans both decide with them, so each rule is tested once, without a tenant.
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
        return input.password.length >= _certificate_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_PASSWORD_LENGTH */ .AG ? input.password : undefined;
    // no usable certificate input, but exo-cba's published password: keep it, so a pair split by a crash heals
    return settings.publishedPassword;
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
        lineage: settings.lineage,
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


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* binding */ describePlan),
  et: () => (/* binding */ plan),
  jX: () => (/* binding */ resolvePermissions)
});

// UNUSED EXPORTS: describeStep

// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/plan/app-audience.ts
/** The managed app is single-tenant; an app that is not is left as it is, with a warning. */

function audienceNotes(adopted, app) {
    const audience = app?.signInAudience;
    if (!app || audience === undefined || audience === applications/* SINGLE_TENANT */.MS)
        return [];
    const whose = adopted ? `The app ${app.appId} ('app-id')` : `exo-cba's app ${app.appId}`;
    return [
        `${whose} is multi-tenant (signInAudience ${audience}): other organizations' admins could consent to it in their ` +
            'tenants. exo-cba leaves it as it is. Unless it must be multi-tenant, set "Supported account types" to ' +
            `"Accounts in this organizational directory only" (signInAudience ${applications/* SINGLE_TENANT */.MS}) under the app's Authentication page.`,
    ];
}

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
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
    throw new errors/* InputError */.dz('certificate-validity-days', `is ${validityDays}, but the app management policy '${limit.policy}' (id ${limit.policyId}) allows certificates ` +
        `of at most ${limit.maxLifetime} (${limit.maxDays} days). Set certificate-validity-days to ${limit.maxDays} or ` +
        'less; nothing was changed.');
}

// EXTERNAL MODULE: ./src/plan/keys.ts
var plan_keys = __webpack_require__(5111);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
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

// EXTERNAL MODULE: ./src/secrets/names.ts
var secrets_names = __webpack_require__(6533);
// EXTERNAL MODULE: ./src/plan/federated-trust.ts
var federated_trust = __webpack_require__(9100);
;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * The bootstrap's plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps
 * in one stage do not depend on each other (writes to the app itself still go one at a time); stages run in
 * order. The order encodes the rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */









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
            throw new errors/* InputError */.dz('permissions', `'${name}' is not an application permission of Office 365 Exchange Online. Use one of: ${known.join(', ')}.`);
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
function plan(settings, observed, now) {
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
    const certificate = (0,plan_keys/* decideCertificate */.q2)(settings, keys, Boolean(app), now);
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
    const trust = settings.trust && (0,federated_trust/* planFederatedCredentials */.IZ)(settings.trust, observed.federatedCredentials ?? []);
    if (trust)
        appStage.push(...trust.steps);
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const { writes } = (0,secrets_names/* secretsToWrite */.QO)({
            existing: observed.existingSecrets,
            prefix: settings.secretPrefix,
            certificateChanged: certificate.action === 'rotate',
            passwordChanged: !(0,plan_keys/* reusablePassword */.vl)(settings),
            identityChanged: !app,
        });
        const names = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
        if (names.length)
            publishStage.push({ kind: 'publish-secrets', names });
    }
    const removals = (0,plan_keys/* lineageRemovals */.Zx)(settings, certificate, keys, now, observed.certificateWrittenAt);
    if (removals.length)
        cleanupStage.push({ kind: 'remove-certificates', keys: removals });
    return {
        stages: stages.filter((s) => s.length > 0),
        certificate,
        signer: (0,plan_keys/* proofKey */.CU)(settings, keys, now),
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


/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ createSecretsClient)
});

// EXTERNAL MODULE: ./src/secrets/names.ts
var names = __webpack_require__(6533);
;// CONCATENATED MODULE: ./src/secrets/inventory.ts

/** Writes of one run are seconds apart; a thumbprint older than this was left by a failed run. */
const SAME_RUN_MS = 60_000;
function inventoryOf(listed, prefix, context) {
    const ours = new Set(names/* SECRET_KEYS */.GR.map((k) => (0,names/* secretName */.Gf)(prefix, k)));
    const found = new Set(listed.map((s) => s.name).filter((n) => ours.has(n)));
    const updated = (key) => listed.find((s) => s.name === (0,names/* secretName */.Gf)(prefix, key))?.updatedAt ?? NaN;
    // a run that failed between writing EXO_CERTIFICATE and EXO_CERTIFICATE_THUMBPRINT left the
    // thumbprint behind; count it as missing so the next run writes it
    const thumbprint = (0,names/* secretName */.Gf)(prefix, 'CERTIFICATE_THUMBPRINT');
    if (updated('CERTIFICATE_THUMBPRINT') < updated('CERTIFICATE') - SAME_RUN_MS) {
        context.log.info(`${thumbprint} is older than ${(0,names/* secretName */.Gf)(prefix, 'CERTIFICATE')}: it will be written again.`);
        found.delete(thumbprint);
    }
    context.log.debug(`Secrets: ${found.size} of ${ours.size} exist in ${context.where}`);
    const written = updated('CERTIFICATE');
    return { names: found, certificateWrittenAt: Number.isNaN(written) ? undefined : new Date(written) };
}

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(1100);
// EXTERNAL MODULE: ./src/github/failure.ts
var github_failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/http/body.ts
var body = __webpack_require__(9662);
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

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/http/errors.ts
var http_errors = __webpack_require__(8549);
;// CONCATENATED MODULE: ./src/secrets/secrets-error.ts
/**
 * The one error the secrets client throws, and how any failure of a GitHub call becomes one.
 */





/** A GitHub call failed; the message says what to do. Never carries a secret value. */
class SecretsError extends errors/* ActionError */.lZ {
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
    return new SecretsError(unansweredMessage(action, target, (0,log/* errorMessage */.gJ)(error)), { secret });
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
        const parsed = publicKeySchema.safeParse(res.data);
        if (!parsed.success)
            throw new SecretsError(noPublicKeyMessage(target));
        const { key_id, key } = parsed.data;
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
            throw new SecretsError(new body/* UnexpectedResponseError */.dk(req, response, problem).message);
        }
        return response;
    };
    return Object.assign(checked, { endpoint: method.endpoint });
}
/** A page of GitHub's secrets list: a page not understood must not read as "no secrets". */
const secretsPageSchema = schemas/* object */.Ikc({
    total_count: schemas/* number */.aig(),
    secrets: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        updated_at: schemas/* string */.YjP().refine((d) => !Number.isNaN(Date.parse(d)), 'not a date'),
    })),
});
function secretsPageProblem(data) {
    const parsed = secretsPageSchema.safeParse(data);
    return parsed.success ? undefined : (0,body/* describeIssue */.n6)(parsed.error);
}
/** The scope's public key as GitHub answers it. */
const publicKeySchema = schemas/* object */.Ikc({ key_id: schemas/* string */.YjP(), key: schemas/* string */.YjP() });
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
    const entries = names/* SECRET_KEYS */.GR.filter((k) => values[k] !== undefined).map((k) => ({
        key: k,
        name: (0,names/* secretName */.Gf)(api.target.prefix, k),
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
            await deleteSecret(api, (0,names/* secretName */.Gf)(api.target.prefix, 'CERTIFICATE_THUMBPRINT'));
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
    const api = { octokit: (0,client/* lazyOctokit */.K)({ token, apiUrl, http, log }), target, token, env, log };
    const key = cachedPublicKey(api);
    // whether the thumbprint secret exists, once listed: a rotation deletes it only then
    let thumbprintListed;
    return {
        async existing() {
            const [listed] = await Promise.all([listSecrets(api), key.current()]);
            const thumbprint = (0,names/* secretName */.Gf)(target.prefix, 'CERTIFICATE_THUMBPRINT');
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


/***/ }),

/***/ 6533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ SECRET_KEYS),
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   QO: () => (/* binding */ secretsToWrite)
/* harmony export */ });
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


/***/ })

};
