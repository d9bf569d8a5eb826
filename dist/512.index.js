export const id = 512;
export const ids = [512];
export const modules = {

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

/***/ 9615:
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

;// CONCATENATED MODULE: ./src/exchange/redirects.ts
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
