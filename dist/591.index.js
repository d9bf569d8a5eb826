export const id = 591;
export const ids = [591];
export const modules = {

/***/ 9591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_DELAY_MS: () => (/* reexport */ MAX_DELAY_MS),
  VerificationError: () => (/* reexport */ VerificationError),
  verifyCertificate: () => (/* binding */ verifyCertificate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/verify/backoff.ts
/**
 * The wait between verification attempts: the propagation schedule (http/retry.ts), 1 s at first, then
 * within a quarter of the time already waited more, up to 10 s, never past the deadline. Entra ID and
 * Exchange take seconds to minutes to see a change; this notices it soon and does not hammer them.
 */

const MAX_DELAY_MS = retry/* PROPAGATION_CAP_MS */.zM;
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
        await options.sleep(Math.min((0,retry/* propagationDelayMs */.ii)(elapsedMs, random), remaining));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
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
    if (res.status === 200)
        return { response: res, url: answer.url };
    const text = exchangeText(res);
    if (res.status === 401 || res.status === 403)
        return { outcome: { done: false, stage: 'role', status: res.status, text } };
    return { outcome: { done: true, fallbackReason: `Exchange's admin API answered ${res.status} (${text})` } };
}
/** Whether the module file lets the app run the cmdlet: its list when it has one (else assume so). */
function listsCmdlet(moduleFile) {
    return exportedCmdlets(moduleFile.data)?.has(CMDLET.toLowerCase()) ?? true;
}

// EXTERNAL MODULE: ./src/auth/auth.ts + 1 modules
var auth = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/action/errors.ts
var action_errors = __webpack_require__(8055);
;// CONCATENATED MODULE: ./src/verify/types.ts
/** What verification is asked to do, what an attempt can find, and how it ends. */

/** Verification gave up: `stage` names what has not propagated, `observed` the last answer seen. */
class VerificationError extends action_errors/* ActionError */.l {
    stage;
    observed;
    constructor(stage, observed, message, options) {
        super(message, options);
        this.stage = stage;
        this.observed = observed;
        this.name = 'VerificationError';
    }
}

;// CONCATENATED MODULE: ./src/verify/messages.ts
/** What verification tells the user: its progress, its result, and what to do when it gives up. */



const list = (items) => (items.length ? items.join(', ') : '(none)');
function roleLabel(options) {
    const names = options.roles.map((r) => r.name);
    return names.length ? `${names.join(' / ')} role` : 'directory role';
}
/** A sign-in failure that waiting will not cure (wrong tenant, disabled app, network). */
function signInRefusal(options, error, code) {
    const text = (0,auth/* entraText */.gv)(error);
    const who = `app ${options.appId} with the new certificate (thumbprint ${options.certificate.thumbprintSha1})`;
    return new VerificationError('key', text, code === undefined
        ? `Signing in ${who} failed: ${text}`
        : `Entra ID refused to sign in ${who}: ${text}\nThis is not a propagation delay, so exo-cba does not wait for it. ` +
            `Check the 'tenant-id' input and that app ${options.appId} exists and is enabled in that tenant.`, { cause: error });
}
function progressMessage(options, w, seconds) {
    switch (w.stage) {
        case 'key':
            return `waiting for Entra ID to accept the new key: ${seconds} s so far (AADSTS${w.code})`;
        case 'consent':
            return `waiting for admin consent of ${w.missing.join(', ')} to reach tokens: ${seconds} s so far`;
        case 'role':
            return `waiting for Exchange to honour the ${roleLabel(options)}: ${seconds} s so far (Exchange answered ${w.status})`;
    }
}
function timeoutError(options, w, seconds, attempts) {
    const head = `The new certificate (thumbprint ${options.certificate.thumbprintSha1}) was not verified within ` +
        `${options.timeoutSeconds} s ('verify-timeout'; ${attempts} attempts over ${seconds} s): `;
    // exo-cba publishes only after verification, so the user knows consumers still use what they had
    const raise = `or raise 'verify-timeout' (now ${options.timeoutSeconds}).\n` +
        'Nothing was published: no output, PFX file or GitHub secret carries this certificate, and the previous one, if any, stays in use.';
    switch (w.stage) {
        case 'key': {
            const observed = w.text;
            return new VerificationError('key', observed, head +
                `Entra ID still refuses to sign in app ${options.appId} with it: the new key has not propagated.\n` +
                `Last answer from Entra ID: ${observed}\n` +
                `What to do: check that app ${options.appId} lists a certificate with thumbprint ${options.certificate.thumbprintSha1} ` +
                `(SHA-256 ${options.certificate.thumbprintSha256}) ` +
                `under Certificates & secrets; new keys usually propagate within minutes, so rerun the workflow later, ${raise}`, { cause: w.cause });
        }
        case 'consent': {
            const observed = `roles in the token: ${list(w.granted)}`;
            return new VerificationError('consent', observed, head +
                `Entra ID issues Exchange tokens for app ${options.appId} without ${w.missing.join(', ')}: the admin consent ` +
                `has not reached tokens.\nLast token: ${observed}\n` +
                `What to do: in the Entra admin center, Enterprise applications → ${options.appId} → Permissions must list ` +
                `${w.missing.join(', ')} of Office 365 Exchange Online as granted for the organization; consent usually reaches ` +
                `tokens within minutes, so rerun the workflow later, ${raise}`);
        }
        case 'role': {
            const observed = `Exchange answered ${w.status}: ${w.text}`;
            return new VerificationError('role', observed, head +
                `Entra ID accepts the certificate and the token carries ${list(options.permissions)}, but Exchange Online ` +
                `still refuses app ${options.appId}: the ${roleLabel(options)} assignment has not reached Exchange.\n` +
                `Last answer: ${observed}\n` +
                `What to do: in the Entra admin center, Roles and administrators → ${options.roles[0]?.name ?? 'the role'} → Assignments must ` +
                `list app ${options.appId}. Exchange picks up new role assignments more slowly than Entra ID (often many minutes), ` +
                `so rerun the workflow later, ${raise}`);
        }
    }
}
/** `verify: exchange` settled for the token check: say what was and was not checked. */
function fallbackWarning(options, fallbackReason) {
    return (`${fallbackReason.replace(/\.$/, '')}. That API is the undocumented one the ExchangeOnlineManagement module uses, so exo-cba ` +
        `verified the certificate by token instead: Entra ID accepts it and issues Exchange tokens with ` +
        `${list(options.permissions)}. Exchange's acceptance of the ${roleLabel(options)} was not checked.`);
}
function verifiedMessage(options, result) {
    const how = result.method === 'exchange' ? `Exchange (${result.proof ?? MODULE_FILE})` : 'Exchange token';
    return (`Verified the certificate (thumbprint ${options.certificate.thumbprintSha1}) by ${how} ` +
        `in ${result.seconds} s, ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}.`);
}

;// CONCATENATED MODULE: ./src/verify/token-check.ts
/**
 * The token check: signs in as the managed app with the new certificate (fresh from Entra, never msal's
 * cache) and checks that the Exchange token's `roles` carry the permissions.
 */


/**
 * Entra ID errors that mean "not replicated yet" right after a change; any other refusal (wrong tenant,
 * disabled app, …) will not go away by waiting.
 * - 700016 app not found: reference-error-codes.md (MicrosoftDocs/entra-docs); that a just-created app
 *   answers it until it replicates is an inference from Microsoft's eventual-consistency guidance.
 * - 700027 "The key was not found" / "certificate … is not registered on application": Entra's texts quoted
 *   in Microsoft's troubleshooting docs and MSAL issues; a new key answers it until it replicates.
 * - 7000229 "missing service principal in the tenant": public texts only (UNVERIFIED in the reference).
 * Not 7000215: it is "Invalid client secret is provided" (reference-error-codes.md), never a certificate's.
 */
const REPLICATION_AADSTS = new Set([700016, 700027, 7000229]);
function tokenCheck(options) {
    const client = (0,auth/* createTokenClient */.Tf)({
        authorityHost: options.authorityHost,
        tenantId: options.tenantId,
        clientId: options.appId,
        credential: {
            kind: 'certificate',
            privateKeyPem: options.certificate.privateKeyPem,
            thumbprintSha256: options.certificate.thumbprintSha256,
            certificatePem: options.certificate.certificatePem,
        },
        http: options.http,
        // wall-clock bound on each token request's own retries (throttling), like the waits between attempts
        deadline: Date.now() + options.timeoutSeconds * 1000,
    });
    return async () => {
        let token;
        try {
            token = await client.acquire(options.exchangeResource, true);
        }
        catch (error) {
            const code = (0,auth/* aadstsCode */._1)(error);
            if (code === undefined || !REPLICATION_AADSTS.has(code))
                throw signInRefusal(options, error, code);
            return { done: false, stage: 'key', code, text: (0,auth/* entraText */.gv)(error), cause: error };
        }
        const granted = Array.isArray(token.claims.roles) ? token.claims.roles.map(String) : [];
        const missing = options.permissions.filter((p) => !granted.includes(p));
        if (missing.length)
            return { done: false, stage: 'consent', missing, granted };
        return { token };
    };
}

;// CONCATENATED MODULE: ./src/verify/verify.ts
/**
 * Verification: exo-cba hands over a certificate only once Exchange accepts it. After a change, Entra ID
 * and Exchange take a while to see a new key, a new admin consent and a new directory role; until they
 * do, `Connect-ExchangeOnline` fails with AADSTS700027 or "The role assigned to application … isn't
 * supported in this scenario". This module waits that out, bounded by `verify-timeout`, and says exactly
 * what has not propagated when it gives up.
 *
 * Each attempt runs the token check (token-check.ts) and, for `verify: exchange`, the Exchange check
 * (exchange-check.ts); backoff.ts spaces the attempts, messages.ts words what the user sees.
 */







const defaultLog = {
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    debug: (m) => core/* debug */.Yz(m),
};
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function verifyCertificate(options) {
    const log = options.log ?? defaultLog;
    const now = options.now ?? Date.now;
    const start = now();
    const deadline = start + options.timeoutSeconds * 1000;
    const signIn = tokenCheck(options);
    const askExchange = exchangeCheck(options, deadline);
    const attempt = async () => {
        const signedIn = await signIn();
        if (!('token' in signedIn))
            return signedIn;
        return options.mode === 'token' ? { done: true } : askExchange(signedIn.token);
    };
    const { outcome, attempts, elapsedMs } = await attemptUntilDone(attempt, {
        start,
        deadline,
        now,
        sleep: options.sleep ?? defaultSleep,
        random: options.random,
        onWaiting: (waiting, seconds) => log.info(progressMessage(options, waiting, seconds)),
        timedOut: (waiting, seconds, count) => timeoutError(options, waiting, seconds, count),
    });
    const { fallbackReason, proof, note } = outcome;
    const result = {
        method: fallbackReason ? 'token' : options.mode,
        seconds: Math.round(elapsedMs / 100) / 10,
        attempts,
        ...(fallbackReason ? { fallbackReason } : {}),
        ...(proof ? { proof } : {}),
    };
    if (fallbackReason)
        log.warning(fallbackWarning(options, fallbackReason));
    if (note)
        log.info(note);
    log.info(verifiedMessage(options, result));
    return result;
}


/***/ })

};
