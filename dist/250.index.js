export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ CmdletError),
/* harmony export */   Yp: () => (/* binding */ invokeCmdlet)
/* harmony export */ });
/* unused harmony export APP_ONLY_ANCHOR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _redirects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4468);
/**
 * Running an Exchange cmdlet through the admin API (`POST {exchange}/adminapi/beta/{tenant}/InvokeCommand`, the
 * REST call ExchangeOnlineManagement, CIPP, ScubaGear and go-exoscc make), with the regional redirect followed by
 * hand. A cmdlet error comes back in the OData envelope with the real text and exception type in
 * `error.details[].message`, itself JSON (go-exoscc invoke.go); a 2xx may still carry `error` (go-exoscc).
 */



/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
/** A cmdlet Exchange refused: its status, exception type and message. */
class CmdletError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ {
    cmdlet;
    status;
    typeName;
    exchangeMessage;
    constructor(cmdlet, status, typeName, exchangeMessage) {
        super(`Exchange refused ${cmdlet} (${status}${typeName ? ` ${typeName}` : ''}): ${exchangeMessage}`);
        this.cmdlet = cmdlet;
        this.status = status;
        this.typeName = typeName;
        this.exchangeMessage = exchangeMessage;
        this.name = 'CmdletError';
    }
    /** "already exists" (New-ServicePrincipal twice): the state is as wanted. */
    get alreadyExists() {
        return /AlreadyExists/.test(this.typeName) || /already exist/i.test(this.exchangeMessage);
    }
    /** "already a member" (Add-RoleGroupMember twice). */
    get alreadyMember() {
        return /MemberAlreadyExists/.test(this.typeName) || /already a member/i.test(this.exchangeMessage);
    }
    /** not a member (Remove-RoleGroupMember of one who is not): the state is as wanted. */
    get notMember() {
        return (/MemberNotFound/.test(this.typeName) || /isn't a member|is not a member/i.test(this.exchangeMessage));
    }
    /** the object named does not exist (yet): 404, ManagementObjectNotFoundException, "couldn't be found". */
    get notFound() {
        return (this.status === 404 ||
            /ObjectNotFound/.test(this.typeName) ||
            /couldn't be found|not found/i.test(this.exchangeMessage));
    }
    /** RBAC does not let the caller run this cmdlet (401 in 2021, 403 in go-exoscc's fixture). */
    get notAllowed() {
        return ((this.status === 401 || this.status === 403) &&
            /is not allowed to call|not present in the role definition|isn't supported in this scenario/i.test(this.exchangeMessage));
    }
}
/** The cmdlet's error text and exception type, from `details[].message` (JSON) first, as CIPP reads it. */
function errorOf(envelope) {
    const detail = envelope.error?.details?.[0]?.message;
    if (typeof detail === 'string') {
        try {
            const inner = JSON.parse(detail);
            return {
                message: typeof inner.Message === 'string' ? inner.Message : detail,
                typeName: typeof inner.TypeName === 'string' ? inner.TypeName : '',
            };
        }
        catch {
            return { message: detail, typeName: '' };
        }
    }
    return {
        message: envelope.error?.innererror?.message ?? envelope.error?.message ?? 'no error details',
        typeName: '',
    };
}
/** Runs `cmdlet` with `parameters`; returns its output objects, or throws a CmdletError. */
async function invokeCmdlet(target, cmdlet, parameters) {
    const endpoint = target.endpoint.replace(/\/+$/, '');
    const answer = await (0,_redirects_js__WEBPACK_IMPORTED_MODULE_2__/* .sendToExchange */ .Tg)(target.http, endpoint, {
        method: 'POST',
        url: `${endpoint}/adminapi/beta/${encodeURIComponent(target.tenantId)}/InvokeCommand`,
        headers: {
            authorization: `Bearer ${await target.token()}`,
            'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${target.organization}`,
            'client-request-id': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            'x-cmdletname': cmdlet,
            'x-clientapplication': 'ExoManagementModule',
            'x-responseformat': 'json',
            prefer: 'odata.maxpagesize=1000',
        },
        json: { CmdletInput: { CmdletName: cmdlet, Parameters: parameters } },
        deadline: target.deadline,
    });
    if (answer.refused !== undefined)
        throw new CmdletError(cmdlet, 0, '', answer.refused);
    const { response } = answer;
    const envelope = (typeof response.data === 'object' && response.data ? response.data : {});
    if (response.status >= 300 || envelope.error) {
        const { message, typeName } = errorOf(envelope);
        throw new CmdletError(cmdlet, response.status, typeName, message);
    }
    return Array.isArray(envelope.value) ? envelope.value : [];
}


/***/ }),

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
    { ...body, signInAudience: SINGLE_TENANT, tags: [EXO_CBA_TAG, ...body.tags] }, {
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
    /** Graph refused the provisioning app's proof of possession: its keys are written by PATCH from then on */
    proofRefused = false;
    /** how often the run's key was put back after a concurrent change dropped it */
    restored = 0;
    constructor(options) {
        this.options = options;
    }
    /** How keys are written: with proofs signed by the certificate input, or by PATCH. */
    get via() {
        return this.options.signer && !this.proofRefused ? 'addKey' : 'PATCH';
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
    async keepRegistered({ verified }) {
        if (this.own.state !== 'added')
            return;
        const { clock, readable, probe } = this.options;
        const wait = this.own.at + PATCH_SETTLE_MS - clock.now();
        if (wait > 0)
            await clock.sleep(wait);
        if (readable !== false) {
            while (await this.restore('after this run published it'))
                ;
            return;
        }
        // The keys cannot be read: a sign-in Entra refuses as "key not found" shows the verified key was removed.
        // It is added once more, and addKey's answer trusted, as for the first add: a sign-in right after would
        // be refused until the key replicates, whether or not it is registered.
        if (verified && probe && (await probe.keyNotFound(this.own.certificate))) {
            this.warnRestored(this.own.certificate, 'after this run published it');
            await this.write(this.own.certificate);
        }
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
        this.warnRestored(certificate, when);
        await this.write(certificate);
        return true;
    }
    warnRestored(certificate, when) {
        this.options.log.warning(`Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change ${when}; ` +
            `registering it again. ${CONCURRENCY_HINT}`);
    }
    /**
     * Removes keys of the run's lineage, never `protect` (the certificate the run leaves published). With a signer,
     * one `removeKey` after the other; else one PATCH based on a fresh read (keys added meanwhile stay).
     */
    async remove(removals, protect) {
        const doomed = removals.filter((r) => r.thumbprint !== protect);
        const { graph, appObjectId } = this.options;
        if (this.via === 'addKey') {
            try {
                for (const removal of doomed)
                    await removeKey(graph, appObjectId, removal.keyId, this.proof());
                return doomed;
            }
            catch (error) {
                // removeKey fails one key at a time: the rest goes by PATCH, which removes only what is still there
                this.handleProofRefusal(error, 'removeKey');
            }
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
        if (this.via === 'addKey') {
            const key = {
                key: certificate.certificateDerBase64,
                displayName: (0,keys_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, lineage),
            };
            try {
                await addKey(graph, appObjectId, key, this.proof(), appCreated);
                return;
            }
            catch (error) {
                this.handleProofRefusal(error, 'addKey');
            }
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
    /**
     * Graph's 401 to a proof of possession. For the provisioning app it may be Graph's reading of `iss`: addKey's page
     * says the proof names "the application that is making the call", removeKey's "the application on which the call
     * is made", and exo-cba sends the latter. Then the key is written by PATCH, which the provisioning app may do.
     * For the app itself, the proof names the wrong object or is signed by a certificate Graph does not take.
     */
    handleProofRefusal(error, action) {
        const refused = error instanceof graph_errors/* GraphError */.h9 && error.status === 401;
        if (!refused)
            throw error;
        const { signer, appObjectId, callerIsApp, log } = this.options;
        if (!callerIsApp) {
            this.proofRefused = true;
            log.info(`Graph refused the provisioning app's proof of possession for ${action} (401 ${error.code}): writing the ` +
                "app's keys with a keyCredentials PATCH instead.");
            return;
        }
        throw new errors/* ActionError */.lZ(`Graph refused the proof of possession for ${action} (401 ${error.code}, request-id ${error.requestId ?? 'n/a'}). ` +
            `The proof names object ID ${appObjectId} ('app-object-id') as the app and is signed by certificate ` +
            `${signer?.thumbprintSha1 ?? '(none)'} ('certificate'): check that app-object-id is the app's Object ID ` +
            '(secret EXO_APP_OBJECT_ID, not its client ID) and that the certificate is registered on the app and valid.', { cause: error });
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
    const named = (0,_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManagedKeyName */ .Te)(key.displayName);
    // Graph may not keep the displayName addKey was given: exo-cba's certificates carry their lineage too
    const marked = !named.managed && key.key ? (0,_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageFromCertificate */ .J6)(Buffer.from(key.key, 'base64')) : undefined;
    return { ...key, thumbprint, ...(marked ? { managed: true, lineage: marked } : named) };
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
/* harmony export */   J6: () => (/* binding */ lineageFromCertificate),
/* harmony export */   KX: () => (/* binding */ managedKeyName),
/* harmony export */   M7: () => (/* binding */ lineageOfRun),
/* harmony export */   Te: () => (/* binding */ parseManagedKeyName),
/* harmony export */   p2: () => (/* binding */ certificateMark)
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
/** The URI exo-cba writes into its certificates' subjectAltName: its lineage, readable from the certificate. */
function certificateMark(lineage) {
    return `${MARK_URI}${lineage.id}`;
}
const MARK_URI = 'urn:exo-cba:lineage:';
/** The lineage a certificate's DER names in exo-cba's mark, for a key whose displayName Graph did not keep. */
function lineageFromCertificate(der) {
    return new RegExp(`${MARK_URI}([0-9a-f]{${LINEAGE_ID_LENGTH}})`).exec(der.toString('latin1'))?.[1];
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

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ ROLE_TAG),
/* harmony export */   FQ: () => (/* binding */ roleGroupsTagged),
/* harmony export */   SW: () => (/* binding */ planAccess)
/* harmony export */ });
/* unused harmony export ROLE_GROUP_TAG */
/** The tags exo-cba writes on the application for each role group it added its service principal to. */
const ROLE_GROUP_TAG = 'exo-cba:role-group:';
/** … and for each directory role it assigned. */
const ROLE_TAG = 'exo-cba:role:';
const tagged = (tags, prefix) => tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
const roleGroupsTagged = (tags) => tagged(tags, ROLE_GROUP_TAG);
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
const includes = (list, item) => list.some((x) => same(x, item));
const union = (a, b) => [...a, ...b.filter((x) => !includes(a, x))];
function planAccess(wanted, observed, roleName) {
    const { tags } = observed;
    const groupsTagged = tagged(tags, ROLE_GROUP_TAG);
    const rolesTagged = tagged(tags, ROLE_TAG);
    const wantedRoles = wanted.roles.map((r) => r.templateId);
    const memberOf = observed.exchangeRbac?.memberOf ?? [];
    const others = tags.filter((t) => !t.startsWith(ROLE_GROUP_TAG) && !t.startsWith(ROLE_TAG));
    const tagsFor = (groups, roles) => [
        ...others,
        ...groups.map((g) => `${ROLE_GROUP_TAG}${g}`),
        ...roles.map((r) => `${ROLE_TAG}${r}`),
    ];
    const register = wanted.roleGroups.length && !observed.exchangeRbac?.registered
        ? [{ kind: 'register-exchange-service-principal' }]
        : [];
    const add = wanted.roleGroups
        .filter((group) => !includes(memberOf, group))
        .map((group) => ({ kind: 'add-role-group-member', group }));
    const remove = [
        ...groupsTagged
            .filter((g) => !includes(wanted.roleGroups, g) && includes(memberOf, g))
            .map((group) => ({ kind: 'remove-role-group-member', group })),
        ...observed.roleAssignments
            .filter((a) => includes(rolesTagged, a.roleDefinitionId) && !includes(wantedRoles, a.roleDefinitionId))
            .map((a) => ({
            kind: 'unassign-role',
            assignmentId: a.id,
            role: roleName(a.roleDefinitionId),
        })),
    ];
    // only what this run gives is recorded as exo-cba's: a role or group the app held before stays someone else's
    const assigned = observed.roleAssignments.map((a) => a.roleDefinitionId);
    const allGroups = union(groupsTagged, wanted.roleGroups.filter((g) => !includes(memberOf, g)));
    const allRoles = union(rolesTagged, wantedRoles.filter((r) => !includes(assigned, r)));
    const grows = allGroups.length !== groupsTagged.length || allRoles.length !== rolesTagged.length;
    const before = grows
        ? [
            {
                kind: 'tag-app',
                tags: tagsFor(allGroups, allRoles),
                reason: 'record the access exo-cba gives the app',
            },
        ]
        : [];
    const shrinks = groupsTagged.some((g) => !includes(wanted.roleGroups, g)) ||
        rolesTagged.some((r) => !includes(wantedRoles, r));
    const after = shrinks
        ? [
            {
                kind: 'untag-app',
                tags: tagsFor(allGroups.filter((g) => includes(wanted.roleGroups, g)), allRoles.filter((r) => includes(wantedRoles, r))),
                reason: 'forget the access exo-cba took away',
            },
        ]
        : [];
    const notes = memberOf
        .filter((g) => !includes(wanted.roleGroups, g) && !includes(groupsTagged, g))
        .map((g) => `Exchange role group ${g}: the app's service principal is a member, which exo-cba did not make it: left alone.`);
    return { before, register, add, remove, after, notes };
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
            `${existing.map((f) => `'${f.name}' (${f.subject ?? `flexible: ${f.claimsMatchingExpression?.value ?? 'a claims expression'}`})`).join(', ')}. Remove ones no longer used (App registrations → ` +
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

/***/ 795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* reexport */ describePlan),
  et: () => (/* binding */ plan),
  jX: () => (/* binding */ resolvePermissions),
  E3: () => (/* binding */ secretSteps)
});

// UNUSED EXPORTS: describeStep

// EXTERNAL MODULE: ./src/plan/exchange-rbac.ts
var exchange_rbac = __webpack_require__(5955);
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
;// CONCATENATED MODULE: ./src/plan/describe.ts
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
        case 'enable-service-principal':
            return 'enable the app again (enable-app: true): Entra issues it tokens from then on';
        case 'tag-app':
        case 'untag-app':
            return `${step.reason} (application tags)`;
        case 'register-exchange-service-principal':
            return "register the app's service principal in Exchange Online (New-ServicePrincipal)";
        case 'add-role-group-member':
            return `add the app's service principal to Exchange role group ${step.group}`;
        case 'unassign-role':
            return `remove directory role ${step.role} from the app (exo-cba assigned it; no longer in 'roles')`;
        case 'remove-role-group-member':
            return `take the app's service principal out of Exchange role group ${step.group} (exo-cba added it; no longer asked for)`;
        case 'delete-secrets':
            return `delete GitHub secret(s) ${step.names.join(', ')}: ${step.reason}`;
        case 'remove-certificates':
            return `remove exo-cba certificate(s) ${step.keys.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`;
    }
}
function describePlan(p) {
    if (!p.stages.length)
        return ['nothing to change'];
    return p.stages.flatMap((stage, i) => stage.map((step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeStep(step)}`));
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * The bootstrap's plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps
 * in one stage do not depend on each other (writes to the app itself still go one at a time); stages run in
 * order. The order encodes the rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */










/**
 * The secrets a run writes, and the leftovers of earlier versions it deletes. The published password stays for
 * the life of a destination, so that a rotation writes the certificate alone and the pair can never split: a
 * run that would have to replace it because it was not given it stops here, before any change.
 */
function secretSteps(observed, settings, change) {
    const existing = observed.existingSecrets;
    const prefix = settings.secretPrefix;
    if (!existing || prefix === undefined)
        return [];
    const passwordChanged = !(0,plan_keys/* reusablePassword */.vl)(settings);
    const password = (0,secrets_names/* secretName */.Gf)(prefix, 'CERTIFICATE_PASSWORD');
    const passwordGiven = Boolean(settings.certificate) || settings.publishedPassword !== undefined;
    if (change.certificateChanged && passwordChanged && existing.has(password) && !passwordGiven)
        throw new errors/* InputError */.dz('certificate-password', `is empty, but secret ${password} exists: a new certificate keeps the published password, so that a rotation ` +
            `writes ${(0,secrets_names/* secretName */.Gf)(prefix, 'CERTIFICATE')} alone and the two secrets can never disagree. Pass ` +
            `certificate: \${{ secrets.${(0,secrets_names/* secretName */.Gf)(prefix, 'CERTIFICATE')} }} and certificate-password: ` +
            `\${{ secrets.${password} }} (examples/bootstrap.yml), or delete the secret ${password} to start a new pair. ` +
            'Nothing was changed.');
    const { writes } = (0,secrets_names/* secretsToWrite */.QO)({ existing, prefix, passwordChanged, ...change });
    const names = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
    const steps = names.length ? [{ kind: 'publish-secrets', names }] : [];
    if (observed.legacySecrets?.length)
        steps.push({
            kind: 'delete-secrets',
            names: observed.legacySecrets,
            reason: 'an earlier version wrote it; the thumbprint is derived from the certificate',
        });
    return steps;
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
    const stages = [[], [], [], [], [], [], [], []];
    const [createStage, appStage, grantStage, rbacStage, verifyStage, publishStage, cleanupStage, finalStage] = stages;
    if (observed.servicePrincipal?.accountEnabled === false) {
        // revoked: only an explicit input enables it again, never a plain (scheduled) bootstrap
        if (!settings.enableApp)
            throw new errors/* ActionError */.lZ(disabledMessage(app?.appId ?? settings.appId ?? ''));
        appStage.push({ kind: 'enable-service-principal' });
    }
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
            tags: [],
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
    const groups = (0,exchange_rbac/* planAccess */.SW)({ roleGroups: settings.exchangeRoleGroups, roles: settings.roles }, {
        tags: app?.tags ?? [],
        roleAssignments: observed.roleAssignments.filter((a) => a.directoryScopeId === '/'),
        exchangeRbac: observed.exchangeRbac,
    }, roleNameOf);
    // a new app is created with its tags; an existing one gets them in a write of their own
    const create = createStage.find((s) => s.kind === 'create-app');
    if (create)
        create.tags = groups.before.flatMap((s) => (s.kind === 'tag-app' ? s.tags : []));
    else
        appStage.push(...groups.before);
    grantStage.push(...groups.register);
    rbacStage.push(...groups.add);
    cleanupStage.push(...groups.remove);
    finalStage.push(...groups.after);
    const tenantChanges = stages.some((stage) => stage.length > 0);
    if (tenantChanges && settings.verify !== 'none')
        verifyStage.push({ kind: 'verify-certificate', mode: settings.verify });
    // trust for token mode: written with the app, but no reason to verify the certificate again
    const trust = settings.trust && (0,federated_trust/* planFederatedCredentials */.IZ)(settings.trust, observed.federatedCredentials ?? []);
    if (trust)
        appStage.push(...trust.steps);
    publishStage.push(...secretSteps(observed, settings, {
        certificateChanged: certificate.action === 'rotate',
        identityChanged: !app,
    }));
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
            ...groups.notes,
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
    // the roles exo-cba assigned itself are taken away by the plan; these are someone else's
    const assignedByExoCba = new Set((observed.app?.tags ?? []).filter((t) => t.startsWith(exchange_rbac/* ROLE_TAG */.Cl)).map((t) => t.slice(exchange_rbac/* ROLE_TAG */.Cl.length)));
    for (const assignment of observed.roleAssignments) {
        const name = Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === assignment.roleDefinitionId)?.[0];
        if (name &&
            !wantedRoles.has(assignment.roleDefinitionId) &&
            !assignedByExoCba.has(assignment.roleDefinitionId)) {
            notes.push(`The app also holds the directory role ${name}, which is not in 'roles' and which exo-cba did not assign: ` +
                'it is left as it is. If it is no longer needed, remove it in the Entra admin center (Roles and administrators).');
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
/** A directory role's name, from its template ID. */
function roleNameOf(templateId) {
    return Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === templateId)?.[0] ?? templateId;
}
/** The bootstrap found the app's service principal disabled: the revoke entry, or an admin, disabled it. */
function disabledMessage(appId) {
    return (`App ${appId} is disabled (its service principal's "Enabled for users to sign-in" is off: exo-cba's revoke entry, ` +
        'or an admin, disabled it), so Entra issues it no token. A bootstrap does not enable it on its own: once the ' +
        'leak is dealt with, run the bootstrap once with enable-app: true and force-rotate: true (a new certificate ' +
        'replaces the leaked one). Nothing was changed.');
}



/***/ })

};
