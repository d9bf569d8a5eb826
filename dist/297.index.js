export const id = 297;
export const ids = [297];
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
    const cachedExchange = (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedToken */ .KQ)(client, settings.cloud.exchangeResource);
    return {
        tenantId: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .stringClaim */ .Ev)(token.claims, 'tid') || settings.tenantId,
        roles: (0,_token_client_js__WEBPACK_IMPORTED_MODULE_2__/* .claimList */ .B$)(token, 'roles'),
        graphToken: async () => (await graph()).accessToken,
        exchangeToken: async () => {
            try {
                return (await cachedExchange()).accessToken;
            }
            catch (error) {
                throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_1__/* .signInRefusal */ .nF)(error, { app: 'provisioning', ...settings, oidc: oidc.lastClaims });
            }
        },
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
  i: () => (/* binding */ UndocumentedAnswerError),
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
            // a redirect is answered as it is: the caller decides (GitHub's API does not redirect these calls)
            followRedirects: false,
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
/**
 * The answers GitHub documents for success, by method (REST docs of every call exo-cba makes: list and get
 * 200; create an issue or a label 201; update an issue 200; create or update a secret 201 when created, 204
 * when updated; set a secret's repositories and delete a secret 204). Any other answer — a 200 with a body
 * to a PUT, a redirect, a 202 — is a failure, as a proxy or captive portal answering in GitHub's place
 * stored nothing: a write not stored must never count as stored, nor a page not understood as a list.
 */
const DOCUMENTED = {
    GET: [200],
    POST: [201],
    PATCH: [200],
    PUT: [201, 204],
    DELETE: [204],
};
/** GitHub (or what answered in its place) gave an answer it does not document for the call. */
class UndocumentedAnswerError extends Error {
    method;
    status;
    constructor(method, status) {
        super(`GitHub answered ${status}, which is not an answer it documents for this ${method} ` +
            `(${DOCUMENTED[method]?.join(' or ') ?? '200'}): something between the runner and GitHub (a proxy, a ` +
            'captive portal) may have answered in its place, so nothing is taken as done');
        this.method = method;
        this.status = status;
        this.name = 'UndocumentedAnswerError';
    }
}
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
        client.hook.after('request', (response, request) => {
            const method = request.method.toUpperCase();
            if (!(DOCUMENTED[method] ?? [200]).includes(response.status))
                throw new UndocumentedAnswerError(method, response.status);
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

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ waitBudget),
/* harmony export */   TW: () => (/* binding */ odataString),
/* harmony export */   oh: () => (/* binding */ GraphClient)
/* harmony export */ });
/* unused harmony exports isReplicationError, isConcurrencyViolation */
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
/**
 * Entra's refusal of a write made too close to another one to the same object: `409 Directory_ConcurrencyViolation`
 * "Error due to concurrent requests being made to the tenant. Please wait briefly and retry." (observed on
 * application credential writes, nais/azurerator#448). Nothing was written: asked again after a backoff.
 */
function isConcurrencyViolation(res) {
    const error = res.data?.error;
    return res.status === 409 && error?.code === 'Directory_ConcurrencyViolation';
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
            retryWhen: (r) => isConcurrencyViolation(r) ||
                (Boolean(options.afterCreate) &&
                    isReplicationError(r) &&
                    !(method === 'GET' && options.allowNotFound)),
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
/**
 * A federated identity credential of the managed app (token mode's trust). A flexible one (entra-docs
 * workload-identities-flexible-federated-identity-credentials.md, Graph beta federatedIdentityCredential) has
 * `subject: null` and a `claimsMatchingExpression` instead; what Graph v1.0 lists for it is not documented (the
 * subject null, with or without the expression), so both are read, counted toward the 20, and never touched.
 */
const federatedCredentialSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    issuer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    subject: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    claimsMatchingExpression: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullish(),
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

/***/ 8043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zf: () => (/* binding */ asProvisioningApp),
  rp: () => (/* binding */ exchangeTarget),
  qK: () => (/* binding */ graphClient),
  Zc: () => (/* binding */ secretsClient)
});

// EXTERNAL MODULE: ./src/auth/sign-in.ts
var sign_in = __webpack_require__(8022);
// EXTERNAL MODULE: ./src/graph/client.ts
var client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/secrets/names.ts
var secrets_names = __webpack_require__(6533);
;// CONCATENATED MODULE: ./src/secrets/inventory.ts

function inventoryOf(listed, prefix, context) {
    const listedNames = new Set(listed.map((s) => s.name));
    const names = new Set(secrets_names/* SECRET_KEYS */.GR.map((k) => (0,secrets_names/* secretName */.Gf)(prefix, k)).filter((n) => listedNames.has(n)));
    const legacy = secrets_names/* LEGACY_KEYS */.Hi.map((k) => (0,secrets_names/* secretName */.Gf)(prefix, k)).filter((n) => listedNames.has(n));
    context.log.debug(`Secrets: ${names.size} of ${secrets_names/* SECRET_KEYS */.GR.length} exist in ${context.where}`);
    const written = listed.find((s) => s.name === (0,secrets_names/* secretName */.Gf)(prefix, 'CERTIFICATE'))?.updatedAt;
    return { names, legacy, certificateWrittenAt: written === undefined ? undefined : new Date(written) };
}

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(1100);
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
    if (error instanceof github_client/* UndocumentedAnswerError */.i)
        return new SecretsError(`${unansweredMessage(action, target, error.message)}. Rerun once GitHub answers normally.`, {
            status: error.status,
            secret,
        });
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
        let status;
        if (target.scope === 'repository') {
            ({ status } = await o.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...body }));
        }
        else if (target.scope === 'environment') {
            const environment_name = target.environment ?? '';
            ({ status } = await o.rest.actions.createOrUpdateEnvironmentSecret({
                owner,
                repo,
                environment_name,
                ...body,
            }));
        }
        else {
            // every PUT sends the access policy: GitHub requires it and applies what it is sent
            const access = await orgAccess(api, name);
            ({ status } = await o.rest.actions.createOrUpdateOrgSecret({
                org: target.organization ?? '',
                ...access,
                ...body,
            }));
        }
        // only 201 and 204 get here (github/client.ts refuses any other answer)
        return status === 201 ? 'created' : 'updated';
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
 * Writing secrets: seal each value for the scope's public key and PUT them in two waves, so that whatever fails
 * or crashes in between, the published certificate opens with the published password:
 *   1. the identity secrets and CERTIFICATE_PASSWORD — the password only on a destination's first publication
 *      (or when it replaces a hand-made one): a rotation keeps it, so it writes CERTIFICATE alone;
 *   2. CERTIFICATE. A first publication stopped in between leaves a password and no certificate, and the next
 *      run issues a certificate for that password.
 * A value refused with 422 (the key rotated since it was read) is resealed for a freshly read key, once.
 * Any failure throws, naming what was and was not written: a partial write is never a success, and nothing of
 * a later wave is written after a failure. Each written secret says whether GitHub created it (201) or
 * updated it (204).
 */






/** Writes the given secrets; returns them in write order. */
async function writeSecrets(api, key, values) {
    const entries = secrets_names/* SECRET_KEYS */.GR.filter((k) => values[k] !== undefined).map((k) => ({
        key: k,
        name: (0,secrets_names/* secretName */.Gf)(api.target.prefix, k),
        value: values[k],
    }));
    if (entries.length === 0)
        return [];
    const [seal] = await Promise.all([loadSeal(), key.current()]);
    const written = [];
    for (const wave of WAVES) {
        const batch = entries.filter((e) => wave.includes(e.key));
        if (batch.length === 0)
            continue;
        // the key is cached: a wave that re-read it after a 422 hands the fresh one to the next
        written.push(...(await writeWave(api, key, seal, await key.current(), batch, written)));
    }
    api.log.info(`Secrets: wrote ${written.map((w) => w.name).join(', ')} to ${(0,secrets_target/* describeTarget */.ff)(api.target)}`);
    return written;
}
const WAVES = [
    ['APP_ID', 'APP_OBJECT_ID', 'TENANT_ID', 'ORGANIZATION', 'CERTIFICATE_PASSWORD'],
    ['CERTIFICATE'],
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
    const written = outcomes.flatMap((o) => o.result.status === 'fulfilled' ? [{ key: o.key, name: o.name, outcome: o.result.value }] : []);
    const failed = outcomes.filter((o) => o.result.status === 'rejected');
    if (failed.length > 0)
        throw unfinished(failed, [...before, ...written].map((w) => w.name));
    return written;
}
/** Concurrent PUTs: a first publication writes five secrets at once, far below GitHub's secondary limits. */
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
    const api = { octokit: (0,github_client/* lazyOctokit */.K)({ token, apiUrl, http, log }), target, token, env, log };
    const key = cachedPublicKey(api);
    return {
        async existing() {
            const [listed] = await Promise.all([listSecrets(api), key.current()]);
            return inventoryOf(listed, target.prefix, { log, where: (0,secrets_target/* describeTarget */.ff)(target) });
        },
        write: (values) => writeSecrets(api, key, values),
        async remove(names) {
            const outcomes = await Promise.all(names.map((name) => deleteSecret(api, name)));
            return names.filter((_, i) => outcomes[i] === 'deleted');
        },
    };
}

;// CONCATENATED MODULE: ./src/pipelines/clients.ts
/** The clients a pipeline builds from its settings and its run: Graph with the run's wait budget, and secrets. */



/** A Graph client whose waits (throttling, replication) end `budgetSeconds` after now. */
function graphClient(run, endpoint, token, budgetSeconds) {
    return new client/* GraphClient */.oh(run.http, endpoint, token, (0,client/* waitBudget */.Fg)(budgetSeconds, run.clock.now()));
}
/** The provisioning app signed in with the job's GitHub OIDC token, and its Graph client. */
async function asProvisioningApp(settings, run, budgetSeconds) {
    const session = await (0,sign_in/* signInAsProvisioningApp */.JK)(settings, run.http, run.env);
    return { session, graph: graphClient(run, settings.graphEndpoint, session.graphToken, budgetSeconds) };
}
/** Exchange's admin API as the provisioning app (its own Exchange token), for the managed app's role groups. */
function exchangeTarget(run, settings, session, organization) {
    return {
        http: run.http,
        endpoint: settings.exchangeEndpoint,
        tenantId: session.tenantId,
        organization,
        token: session.exchangeToken,
        deadline: run.clock.now() + settings.verifyTimeoutSeconds * 1000,
    };
}
/** The secrets client of a run that writes secrets. */
function secretsClient(target, run) {
    return target && createSecretsClient({ ...target, http: run.http, log: run.log, env: run.env });
}


/***/ }),

/***/ 6533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ SECRET_KEYS),
/* harmony export */   Gf: () => (/* binding */ secretName),
/* harmony export */   Hi: () => (/* binding */ LEGACY_KEYS),
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
];
/**
 * Written by earlier versions, deleted by the bootstrap: the thumbprint is derived from the certificate (an
 * output of every entry that has the certificate), and a secret of its own could disagree with it.
 */
const LEGACY_KEYS = ['CERTIFICATE_THUMBPRINT'];
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
 * What to write: every secret whose value changed this run (certificate rotated → CERTIFICATE, and
 * CERTIFICATE_PASSWORD only when the run could not keep the published password; app created → APP_ID,
 * APP_OBJECT_ID, TENANT_ID, ORGANIZATION) plus every secret that does not exist yet.
 */
function secretsToWrite(input) {
    const existing = new Set([...input.existing].map((n) => n.toUpperCase()));
    const writes = [];
    for (const key of SECRET_KEYS) {
        const name = secretName(input.prefix, key);
        const changed = key === 'CERTIFICATE_PASSWORD'
            ? input.certificateChanged && (input.passwordChanged ?? true)
            : key === 'CERTIFICATE'
                ? input.certificateChanged
                : input.identityChanged && IDENTITY_KEYS.has(key);
        if (!existing.has(name))
            writes.push({ name, key, reason: 'missing' });
        else if (changed)
            writes.push({ name, key, reason: 'changed' });
    }
    return { writes };
}


/***/ })

};
