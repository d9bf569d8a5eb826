export const id = 973;
export const ids = [973];
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

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUED_TOKENS_LIVE: () => (/* binding */ ISSUED_TOKENS_LIVE),
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _auth_sign_in_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8022);
/* harmony import */ var _graph_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2561);
/* harmony import */ var _graph_service_principals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4879);
/* harmony import */ var _publish_html_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3638);
/**
 * The revoke entry, for an emergency (a leaked certificate or token): the provisioning app disables the managed
 * app's service principal, so Entra issues no new token to it — certificate or federated — from that moment.
 * Tokens issued before stay valid until they expire; the run says how long, and how to restore the app.
 */







/**
 * How long tokens issued before the revoke may live: access tokens last 60–90 minutes ("a random value ranging
 * between 60-90 minutes (75 minutes on average)", Entra access-tokens.md), and continuous access evaluation for
 * workload identities covers only Microsoft Graph (concept-continuous-access-evaluation-workload.md), not Exchange.
 */
const ISSUED_TOKENS_LIVE = 'up to 90 minutes (Entra issues app-only access tokens for 60–90 minutes)';
const REVOKE_BUDGET_SECONDS = 120;
async function revoke(settings, run) {
    const { http, env, clock, log } = run;
    const session = await (0,_auth_sign_in_js__WEBPACK_IMPORTED_MODULE_3__/* .signInAsProvisioningApp */ .JK)(settings, http, env);
    const graph = new _graph_client_js__WEBPACK_IMPORTED_MODULE_4__/* .GraphClient */ .oh(http, settings.graphEndpoint, session.graphToken, (0,_graph_client_js__WEBPACK_IMPORTED_MODULE_4__/* .waitBudget */ .Fg)(REVOKE_BUDGET_SECONDS, clock.now()));
    const sp = await (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_5__/* .getServicePrincipalByAppId */ .zb)(graph, settings.appId);
    if (!sp)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`App ${settings.appId} has no service principal in tenant ${session.tenantId}: no token can be issued to it. ` +
            "Check the 'app-id' input (the managed app's client ID, secret EXO_APP_ID). Nothing was changed.");
    const restore = 'To restore the app once the leak is dealt with, enable it again (Entra admin center → Enterprise applications → ' +
        'the app → Properties → Enabled for users to sign-in: Yes), then run the bootstrap with force-rotate: true so the ' +
        'leaked certificate is replaced.';
    const wasEnabled = sp.accountEnabled;
    if (wasEnabled && !settings.dryRun)
        await (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_5__/* .setServicePrincipalEnabled */ .hQ)(graph, sp.id, false);
    const done = !wasEnabled
        ? `App ${sp.displayName} (${settings.appId}) was already disabled: Entra issues it no token.`
        : settings.dryRun
            ? `dry-run: true — app ${sp.displayName} (${settings.appId}) would be disabled; nothing was changed.`
            : `Disabled app ${sp.displayName} (${settings.appId}): from now on Entra issues it no token, with a certificate or a GitHub OIDC token.`;
    const lifetime = `Tokens issued to it before live ${ISSUED_TOKENS_LIVE}: Exchange Online accepts them until they expire.`;
    log.info(`${done}\n${lifetime}\n${restore}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(wasEnabled && !settings.dryRun));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('service-principal-id', sp.id);
    await (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJobSummary */ .j)((s) => s
        .addHeading('Exchange Online app revoked', 2)
        .addRaw(`<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(done)}</p>\n<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(lifetime)}</p>\n<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .Z)(restore)}</p>\n`));
}


/***/ })

};
