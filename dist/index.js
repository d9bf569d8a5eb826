import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors the action reports to the user. Every message says what is wrong and what to do; none may
 * carry a secret value (callers pass names and public facts only).
 */
/** A bad input value: raised before the first request to the tenant. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Something outside the inputs stops the run (permissions, tenant state, a service). */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ActionError';
    }
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ recordWarnings),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   kW: () => (/* binding */ awaitedLater),
/* harmony export */   sV: () => (/* binding */ waitedOf)
/* harmony export */ });
/** How long a wait has lasted of its budget ('verify-timeout'): the same words in every progress line. */
function waitedOf(elapsedSeconds, budgetSeconds) {
    return `${Math.round(elapsedSeconds)} s of ${Math.round(budgetSeconds)} s`;
}
/** The message of anything thrown, for wording an error or a warning around it. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Starts work now whose result a later step awaits (an RSA key, a read overlapping the next stage).
 * Until that step awaits it, a rejection would have no handler and Node would end the process as an
 * unhandled rejection; the no-op handler defers the error to the awaiting step, which reports it.
 */
function awaitedLater(work) {
    work.catch(() => { });
    return work;
}
function recordWarnings(log) {
    const warnings = [];
    return {
        info: (message) => log.info(message),
        debug: (message) => log.debug(message),
        warning: (message) => {
            warnings.push(message);
            log.warning(message);
        },
        warnings,
    };
}


/***/ }),

/***/ 1368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ maskCertificate)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5242);
/** Registers secret values with the runner so its log masking hides them, before anything could print them. */

function maskCertificate(certificate) {
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(certificate.pfxBase64);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(certificate.password);
    // the runner masks line by line; register each line of the key's body
    for (const line of certificate.privateKeyPem.split(/\r?\n/)) {
        if (line && !line.startsWith('-----'))
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(line);
    }
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony exports info, getState */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The few runner commands the entry needs before the pipeline is loaded: reading an input, masking a
 * value, log lines and annotations. Written as GitHub documents them ("Workflow commands for GitHub
 * Actions") and byte for byte as @actions/core writes them, without loading @actions/core (~45 ms: it
 * pulls undici in for OIDC, which exo-cba does itself), so `node dist/index.js` fails fast on bad inputs.
 */


/** `%`, CR and LF would end or corrupt a command: the runner decodes these escapes. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/** An input as the runner passes it: INPUT_<NAME> (spaces as `_`, hyphens kept), trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Registers a value with the runner's log masking (`::add-mask::`). */
function setSecret(value) {
    command('add-mask', value);
}
function info(message) {
    process.stdout.write(`${message}${EOL}`);
}
function debug(message) {
    command('debug', message);
}
function warning(message) {
    command('warning', message);
}
/** An error annotation; the step fails with exit code 1 once the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    command('error', message);
}
/** State saved by the main step (`core.saveState`), as the runner passes it to the post step: STATE_<name>. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), when the runner provides one. */
function appendSummary(markdown, env = process.env) {
    if (env.GITHUB_STEP_SUMMARY)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}


/***/ }),

/***/ 3817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Ng: () => (/* binding */ describeRequest),
/* harmony export */   _I: () => (/* binding */ scrub)
/* harmony export */ });
/**
 * Removes secret values from text that may reach an error message or a debug log: response and
 * request bodies, URLs, header dumps. It is a safety net behind `core.setSecret` and the `sensitive`
 * flag of requests, so it errs on the side of redacting too much.
 */
const REDACTED = '[REDACTED]';
/** JSON string literal body, escapes included. */
const JSON_STRING = String.raw `"(?:[^"\\]|\\.)*"`;
/** JSON keys whose string value is always a secret (case-insensitive, matched anywhere in the key). */
const SECRET_JSON_KEY = String.raw `[^"]*(?:password|passwd|secret|passphrase|assertion|access_token|refresh_token|id_token|private_?key|encrypted_value)[^"]*`;
/** Form / query parameters whose value is always a secret. */
const SECRET_FORM_PARAM = String.raw `(?:client_assertion|client_secret|assertion|access_token|refresh_token|id_token|password|code)`;
const RULES = [
    // PEM blocks (private keys, certificates): their base64 lines are short, so the long-run rule misses them.
    [/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g, '[REDACTED PEM]'],
    // JWTs: header `{"` is always base64url "eyJ"; the signature may be empty (unsigned tokens).
    [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[REDACTED JWT]'],
    // Anything else shaped like a token: three long base64url segments.
    [/\b[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g, '[REDACTED JWT]'],
    // Authorization header values, in header dumps and in JSON.
    [/\b(Bearer|Basic|PoP)\s+[A-Za-z0-9._~+/=-]+/gi, (_m, scheme) => `${scheme} ${REDACTED}`],
    // keyCredentials[].key (base64 DER of a certificate) and other key material.
    [new RegExp(String.raw `("key"\s*:\s*)${JSON_STRING}`, 'g'), `$1"${REDACTED}"`],
    // password-, secret-, token-named JSON fields.
    [new RegExp(String.raw `("${SECRET_JSON_KEY}"\s*:\s*)${JSON_STRING}`, 'gi'), `$1"${REDACTED}"`],
    // A "value" that is an opaque blob (encrypted secrets, tokens); Graph's collections are arrays, not strings.
    [/("value"\s*:\s*)"[A-Za-z0-9+/_=-]{32,}"/g, `$1"${REDACTED}"`],
    // x-www-form-urlencoded bodies and query strings.
    [new RegExp(String.raw `(\b${SECRET_FORM_PARAM}=)[^&\s"']*`, 'gi'), `$1${REDACTED}`],
    // Long base64 runs: PFX, DER, encrypted blobs.
    [/[A-Za-z0-9+/_-]{200,}={0,2}/g, (m) => `[REDACTED ${m.length} base64 chars]`],
];
/** Returns `text` with every value that looks like a key, token, password or certificate replaced. */
function scrub(text) {
    let out = text;
    for (const [pattern, replacement] of RULES) {
        out = out.replace(pattern, replacement);
    }
    return out;
}
/** Query parameter names whose values are never logged, whatever they look like. */
const SECRET_QUERY_NAME = /token|secret|password|passwd|pwd|assertion|^sig$|signature|^code$|^key$|credential|^auth/i;
/**
 * The URL fit for a log line: user info dropped, secret-looking query values replaced by `***`.
 * The rest of the query is kept byte for byte so OData filters stay readable.
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return scrub(url);
    }
    const queryStart = url.indexOf('?');
    const hashStart = url.indexOf('#');
    const base = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    if (queryStart < 0)
        return base;
    const query = url.slice(queryStart + 1, hashStart > queryStart ? hashStart : undefined);
    const params = query.split('&').map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        let decoded = value;
        try {
            decoded = decodeURIComponent(value.replace(/\+/g, ' '));
        }
        catch {
            // keep the raw value
        }
        const secret = SECRET_QUERY_NAME.test(name) ||
            scrub(decoded) !== decoded ||
            /^[A-Za-z0-9+/_-]{40,}={0,2}$/.test(decoded);
        return secret ? `${name}=***` : pair;
    });
    return `${base}?${params.join('&')}`;
}
/** One request attempt as a debug line: `GET https://… → 200 in 53 ms (attempt 1)`. */
function describeRequest(d) {
    const outcome = d.status !== undefined ? String(d.status) : (d.error ?? 'no response');
    const took = d.durationMs !== undefined ? ` in ${Math.round(d.durationMs)} ms` : '';
    const attempt = d.attempt !== undefined ? ` (attempt ${d.attempt})` : '';
    return `${d.method} ${redactUrl(d.url)} → ${outcome}${took}${attempt}`;
}


/***/ }),

/***/ 8140:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ userMessage)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(869);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8549);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8055);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8592);
/**
 * What the user reads when the run fails. Errors exo-cba raises on purpose already say what happened and what to do; anything else (a TypeError, a library's error) is a bug
 * and is said to be one, so no internal message reaches the user unexplained.
 */




/** Errors worded for the user: a service's answer (GraphError), no answer (NetworkError), or exo-cba's own. */
function isWorded(error) {
    return (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l ||
        error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d ||
        error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 ||
        error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr);
}
function userMessage(error) {
    if (isWorded(error))
        return error.message;
    return (`exo-cba hit an unexpected error: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}. This is a bug; please report it with the ` +
        'debug log (re-run the job with debug logging enabled).');
}


/***/ }),

/***/ 171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ MIN_PASSWORD_LENGTH),
/* harmony export */   KZ: () => (/* binding */ MAX_VALIDITY_DAYS),
/* harmony export */   Ne: () => (/* binding */ isKeySize),
/* harmony export */   UN: () => (/* binding */ MIN_VALIDITY_DAYS),
/* harmony export */   rn: () => (/* binding */ CLOCK_SKEW_MS)
/* harmony export */ });
/* unused harmony export KEY_SIZES */
/**
 * What a certificate exo-cba issues or reuses must meet. Plain constants without any crypto import, so the
 * inputs and the plan can check them without loading node-forge.
 */
const KEY_SIZES = [2048, 3072, 4096];
const MIN_VALIDITY_DAYS = 1;
const MAX_VALIDITY_DAYS = 730;
/** the shortest password a new PFX may reuse (exo-cba's own are 43 characters) */
const MIN_PASSWORD_LENGTH = 32;
/** notBefore lies this far before "now" so a verifier whose clock runs behind still accepts it. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function isKeySize(value) {
    return KEY_SIZES.includes(value);
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ parseSubject),
/* harmony export */   QV: () => (/* binding */ subjectValueTag),
/* harmony export */   h: () => (/* binding */ commonNameSubject)
/* harmony export */ });
/* unused harmony export escapeDnValue */
/**
 * Certificate subject names (`CN=Exchange Online Automation, O=Contoso`): parsed and checked without any
 * crypto library, so the inputs can be validated before node-forge is loaded.
 */
// ASN.1 universal tags of the string types a subject attribute is written as (X.680)
const UTF8_STRING = 12;
const PRINTABLE_STRING = 19;
const IA5_STRING = 22;
// Upper bounds from RFC 5280 Appendix A.
const SUBJECT_ATTRIBUTES = {
    CN: { shortName: 'CN', maxLength: 64, valueTagClass: UTF8_STRING },
    O: { shortName: 'O', maxLength: 64, valueTagClass: UTF8_STRING },
    OU: { shortName: 'OU', maxLength: 64, valueTagClass: UTF8_STRING },
    L: { shortName: 'L', maxLength: 128, valueTagClass: UTF8_STRING },
    ST: { shortName: 'ST', maxLength: 128, valueTagClass: UTF8_STRING },
    C: { shortName: 'C', maxLength: 2, valueTagClass: PRINTABLE_STRING },
    E: { shortName: 'E', maxLength: 255, valueTagClass: IA5_STRING },
};
const SUBJECT_ALIASES = { S: 'ST', EMAIL: 'E', EMAILADDRESS: 'E' };
const SUBJECT_EXAMPLE = 'e.g. CN=Exchange Online Automation, O=Contoso';
/**
 * Parse a distinguished name such as `CN=Exchange Online Automation, O=Contoso` (RFC 4514 style:
 * `\,` escapes a comma, a value may be double-quoted). Throws an Error saying what is wrong.
 */
function parseSubject(dn) {
    const text = trimUnescaped(dn);
    if (text === '')
        throw new Error(`The certificate subject is empty: give a distinguished name, ${SUBJECT_EXAMPLE}.`);
    const result = [];
    for (const part of splitUnescaped(text)) {
        const eq = part.indexOf('=');
        if (eq <= 0) {
            throw new Error(`The certificate subject '${dn}' has a part '${part.trim()}' that is not NAME=value: write it as ${SUBJECT_EXAMPLE} (escape a comma inside a value as \\,).`);
        }
        const rawName = part.slice(0, eq).trim().toUpperCase();
        const name = SUBJECT_ALIASES[rawName] ?? rawName;
        const spec = SUBJECT_ATTRIBUTES[name];
        if (spec === undefined) {
            throw new Error(`The certificate subject '${dn}' uses the attribute '${part.slice(0, eq).trim()}', which exo-cba does not support: use ${Object.keys(SUBJECT_ATTRIBUTES).join(', ')}.`);
        }
        const value = unescapeValue(part.slice(eq + 1), dn);
        if (value === '')
            throw new Error(`The certificate subject '${dn}' has an empty ${name} value.`);
        if (name === 'C' && !/^[A-Za-z]{2}$/.test(value)) {
            throw new Error(`The certificate subject '${dn}' has C=${value}: C must be a two-letter country code such as US.`);
        }
        if ([...value].length > spec.maxLength) {
            throw new Error(`The certificate subject '${dn}' has a ${name} of ${[...value].length} characters; the limit is ${spec.maxLength}.`);
        }
        if (name === 'E' && !/^[\x21-\x7e]+@[\x21-\x7e]+$/.test(value)) {
            throw new Error(`The certificate subject '${dn}' has E=${value}, which is not an ASCII e-mail address.`);
        }
        result.push({ shortName: name, value: name === 'C' ? value.toUpperCase() : value });
    }
    if (!result.some((attribute) => attribute.shortName === 'CN')) {
        throw new Error(`The certificate subject '${dn}' has no CN (common name); certificate stores and the Entra admin center show the CN, so give one, ${SUBJECT_EXAMPLE}.`);
    }
    return result;
}
/** Escape a value for use inside a DN string, e.g. an app name with a comma: `CN=${escapeDnValue(name)}`. */
function escapeDnValue(value) {
    return value
        .replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`)
        .replace(/^ /, '\\ ')
        .replace(/ $/, '\\ ');
}
/**
 * The default subject, `CN=<name>`: the name cut to CN's 64 characters (RFC 5280), so a long app name
 * still makes a valid subject.
 */
function commonNameSubject(name) {
    const maxLength = SUBJECT_ATTRIBUTES.CN?.maxLength ?? 64;
    return `CN=${escapeDnValue([...name.trim()].slice(0, maxLength).join(''))}`;
}
/** Surrounding spaces are separators, unless escaped: "\\ " keeps a trailing space. */
function trimUnescaped(raw) {
    let text = raw.replace(/^\s+/, '');
    while (/\s$/.test(text) && !/(^|[^\\])(\\\\)*\\\s$/.test(text))
        text = text.slice(0, -1);
    return text;
}
function splitUnescaped(text) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            current += c + text[i + 1];
            i++;
        }
        else if (c === '"') {
            quoted = !quoted;
            current += c;
        }
        else if (c === ',' && !quoted) {
            parts.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    parts.push(current);
    return parts;
}
function unescapeValue(raw, dn) {
    let text = trimUnescaped(raw);
    if (text.startsWith('"')) {
        if (text.length < 2 || !text.endsWith('"') || text.endsWith('\\"')) {
            throw new Error(`The certificate subject '${dn}' has an unterminated quoted value.`);
        }
        text = text.slice(1, -1);
    }
    let value = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                throw new Error(`The certificate subject '${dn}' ends with a lone backslash.`);
            value += next;
            i++;
        }
        else if (c === '+' || c === '"') {
            throw new Error(`The certificate subject '${dn}' has an unescaped '${c}' in a value; multi-valued names are not supported. Escape it as \\${c}.`);
        }
        else {
            value += c;
        }
    }
    return value;
}
/** The ASN.1 string tag to write an attribute parsed by `parseSubject` with. */
function subjectValueTag(shortName) {
    const spec = SUBJECT_ATTRIBUTES[shortName];
    if (spec === undefined)
        throw new Error(`Unsupported subject attribute ${shortName}.`);
    return spec.valueTagClass;
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ PROTECTION_PERMISSION),
/* harmony export */   JJ: () => (/* binding */ CLOUDS),
/* harmony export */   _M: () => (/* binding */ EXCHANGE_ONLINE_PROTECTION),
/* harmony export */   lz: () => (/* binding */ EXCHANGE_SUPPORTED_ROLES),
/* harmony export */   oD: () => (/* binding */ EXCHANGE_APP_ID),
/* harmony export */   rd: () => (/* binding */ MICROSOFT_LOGIN_HOSTS),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
const CLOUD_NAMES = ['public', 'usgov', 'usgovdod', 'china'];
const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
const EXCHANGE_ONLINE_PROTECTION = {
    appId: '00000007-0000-0ff1-ce00-000000000000',
    name: 'Microsoft Exchange Online Protection',
};
/** The permission requested of the protection resource (role id 455e5cd2-84e8-4751-8344-5672145dfa17 in the guide). */
const PROTECTION_PERMISSION = 'Exchange.ManageAsApp';
const CLOUDS = {
    public: {
        name: 'public',
        loginHost: 'https://login.microsoftonline.com',
        graphEndpoint: 'https://graph.microsoft.com',
        graphResource: 'https://graph.microsoft.com',
        exchangeEndpoint: 'https://outlook.office365.com',
        exchangeResource: 'https://outlook.office365.com',
        exchangeEnvironmentName: 'O365Default',
        complianceResource: 'https://ps.compliance.protection.outlook.com',
    },
    usgov: {
        name: 'usgov',
        loginHost: 'https://login.microsoftonline.us',
        graphEndpoint: 'https://graph.microsoft.us',
        graphResource: 'https://graph.microsoft.us',
        exchangeEndpoint: 'https://outlook.office365.us',
        exchangeResource: 'https://outlook.office365.us',
        exchangeEnvironmentName: 'O365USGovGCCHigh',
        complianceResource: 'https://ps.compliance.protection.office365.us',
        protectionResource: EXCHANGE_ONLINE_PROTECTION,
    },
    usgovdod: {
        name: 'usgovdod',
        loginHost: 'https://login.microsoftonline.us',
        graphEndpoint: 'https://dod-graph.microsoft.us',
        graphResource: 'https://dod-graph.microsoft.us',
        // the REST admin API and its token audience; webmail.apps.mil is DoD's Outlook on the web / RPS host
        exchangeEndpoint: 'https://outlook-dod.office365.us',
        exchangeResource: 'https://outlook-dod.office365.us',
        exchangeEnvironmentName: 'O365USGovDoD',
        complianceResource: 'https://ps.compliance.protection.office365.us',
        protectionResource: EXCHANGE_ONLINE_PROTECTION,
    },
    china: {
        name: 'china',
        loginHost: 'https://login.chinacloudapi.cn',
        graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
        graphResource: 'https://microsoftgraph.chinacloudapi.cn',
        exchangeEndpoint: 'https://partner.outlook.cn',
        exchangeResource: 'https://partner.outlook.cn',
        exchangeEnvironmentName: 'O365China',
        complianceResource: 'https://ps.compliance.protection.partner.outlook.cn',
    },
};
/** Hosts msal-node knows as Microsoft clouds; any other authority host is configured as a known authority. */
const MICROSOFT_LOGIN_HOSTS = new Set([
    'login.microsoftonline.com',
    'login.microsoftonline.us',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
    'login.windows.net',
    'login.microsoft.com',
    'sts.windows.net',
]);
/** Directory roles Exchange Online supports for app-only access (template ID = built-in role definition ID). */
const EXCHANGE_SUPPORTED_ROLES = {
    'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
    'Exchange Recipient Administrator': '31392ffb-586c-42d1-9346-e59415a2cc4e',
    'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
    'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509',
    'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
    'Compliance Administrator': '17315797-102d-40b4-93e0-432062caca18',
    'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
};


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ graphErrorFrom),
/* harmony export */   KD: () => (/* binding */ isDuplicate),
/* harmony export */   h9: () => (/* binding */ GraphError)
/* harmony export */ });
/* unused harmony export forbiddenHint */
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3817);
/** Graph error responses as errors a user can act on: OData code, message, request id, and for a 403 the permission to grant. */

/** What to do about a 403 from Graph: name the application permission and how to grant it. */
function forbiddenHint(permission) {
    return (`The provisioning app lacks the Microsoft Graph application permission ${permission}. ` +
        `Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → ` +
        `Microsoft Graph → Application permissions → ${permission}, then 'Grant admin consent'.`);
}
/** A Graph call answered with an error status; the message is safe to show (scrubbed). */
class GraphError extends Error {
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
        graphMessage: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(graphMessage),
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

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   fX: () => (/* binding */ SERVICE_LABEL),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8592);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3817);
/** The transport failure callers catch, worded with what to check (proxy, CA trust, DNS). */


/** Transport failure (no HTTP response) after the retries the deadline and attempt budget allowed. */
class NetworkError extends Error {
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
        return ` Requests go through the proxy ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(proxy)} (HTTPS_PROXY); check it, or list the host in NO_PROXY.`;
    return ' Check the runner’s network access to this host; behind a proxy, set HTTPS_PROXY.';
}
/** The NetworkError for a request's last transport failure, with the hint that fits it. */
function networkFailure(req, error, attempts, proxy, unsafeToRepeat = false) {
    const code = errorCode(error);
    const message = (0,_action_log_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    const notRepeated = unsafeToRepeat
        ? ' It was not sent again: the service may have applied it before the connection failed. Run the workflow again; exo-cba finds what was done.'
        : networkHint(code, proxy);
    return new NetworkError(`Could not reach ${SERVICE_LABEL[req.service]}: ${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(req.url)} failed: ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(message)}${code && !message.includes(code) ? ` (${code})` : ''}` +
        ` after ${attempts} attempt(s).${notRepeated}`, 
    // Not the axios error as `cause`: its config holds the request headers (tokens) and body.
    { url: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(req.url), code, attempts });
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(263);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9066);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5242);
/* harmony import */ var _action_unexpected_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8140);
/* harmony import */ var _publish_html_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3638);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3817);
/**
 * Entry point of the main step: validates the inputs, runs the pipeline, and turns any failure into a
 * clear error and exit code 1. Only light modules load before the inputs are known to be valid, so a
 * run with bad inputs starts and ends fast; the pipeline (@actions/core, msal-node, axios, node-forge)
 * is imported after that.
 */






/** known once the inputs are valid: a failed run then reports the certificate's expiry and the alarm */
let settings;
try {
    // `npm run bench` reads this line (in-process time): from reading the inputs to the end of the run,
    // without the time spent loading the pipeline's modules. It carries durations only.
    const started = performance.now();
    let loading = 0;
    const load = async (module) => {
        const from = performance.now();
        try {
            return await module;
        }
        finally {
            loading += performance.now() - from;
        }
    };
    try {
        // readSettings opens a given PFX with node-forge: load it here, so its loading is not counted either
        if ((0,_inputs_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerInputs */ .ax)('certificate'))
            await load(Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8793)));
        settings = await (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readSettings */ .s)();
        const { run } = await load(Promise.all(/* import() */[__nccwpck_require__.e(232), __nccwpck_require__.e(542), __nccwpck_require__.e(669), __nccwpck_require__.e(498), __nccwpck_require__.e(793), __nccwpck_require__.e(954)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6954)));
        await run({ settings });
    }
    finally {
        (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz)(`exo-cba run() took ${Math.round(performance.now() - started - loading)} ms (started ${Math.round(started)} ms after process start)`);
    }
}
catch (error) {
    const message = (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)((0,_action_unexpected_error_js__WEBPACK_IMPORTED_MODULE_3__/* .userMessage */ .R)(error));
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1)(message);
    // the job summary is where people look first: say there what failed
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe)(`## Exchange Online app-only access: failed\n\n<pre>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .Z)(message)}</pre>\n`);
    if (error instanceof Error && error.stack)
        (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz)((0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(error.stack));
    if (settings)
        await (await Promise.all(/* import() */[__nccwpck_require__.e(232), __nccwpck_require__.e(498), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 593))).afterFailure(settings, error, message);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readSettings)
});

// EXTERNAL MODULE: ./src/cloud.ts
var src_cloud = __nccwpck_require__(1486);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __nccwpck_require__(9066);
;// CONCATENATED MODULE: ./src/inputs/app.ts
/** The inputs about the Exchange app: its names, and the permissions and roles it is to hold. */


/** `Exchange Online Automation` → `exchange-online-automation` */
function slug(text) {
    return text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 100);
}
/** Splits a list input on commas and/or newlines. */
function parseList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** Resolves a role given by display name (any case) or template ID against the roles Exchange supports. */
function resolveRole(value) {
    for (const [name, templateId] of Object.entries(src_cloud/* EXCHANGE_SUPPORTED_ROLES */.lz)) {
        if (name.toLowerCase() === value.toLowerCase() || templateId === value.toLowerCase())
            return { name, templateId };
    }
    return undefined;
}
function readApp(check) {
    // at most 120 characters (Entra's limit) and no control character: InputCheck refuses others
    const appName = check.string('app-name') || 'Exchange Online Automation';
    const uniqueInput = check.string('app-unique-name');
    const appUniqueName = uniqueInput || slug(appName);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(appUniqueName)) {
        check.fail(uniqueInput ? 'app-unique-name' : 'app-name', uniqueInput
            ? `'${uniqueInput}' may hold only letters, digits, '.', '_' and '-' (at most 120, starting with a letter or digit).`
            : `'${appName}' gives no usable unique name; set app-unique-name, e.g. exchange-automation.`);
    }
    const appId = check.string('app-id') || undefined;
    if (appId && !reader/* GUID */.Sm.test(appId))
        check.fail('app-id', `'${appId}' is not a GUID. Use the Application (client) ID of the app to manage.`);
    return { appName, appUniqueName, appId, permissions: readPermissions(check), roles: readRoles(check) };
}
/** A list input: its items, or the default when unset; a list that holds no item (`,,,`) is an error. */
function readList(check, name, fallback) {
    const value = check.string(name);
    const items = parseList(value || fallback);
    if (value && items.length === 0) {
        check.fail(name, `holds no value (only commas and blanks). Leave it unset for ${fallback}, or list values.`);
        return parseList(fallback);
    }
    return items;
}
/** Exchange app role values, e.g. Exchange.ManageAsApp: letters, digits, '.', '_' and '-'. */
function readPermissions(check) {
    const permissions = readList(check, 'permissions', 'Exchange.ManageAsApp');
    for (const permission of permissions) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(permission)) {
            check.fail('permissions', `'${permission}' is not an Exchange Online application permission name, like Exchange.ManageAsApp.`);
        }
    }
    return permissions;
}
/** The `roles` input, resolved and deduplicated; an unknown role is an error naming the supported ones. */
function readRoles(check) {
    const roles = [];
    for (const value of readList(check, 'roles', 'Exchange Administrator')) {
        const role = resolveRole(value);
        if (!role) {
            check.fail('roles', `'${value}' is not a directory role Exchange Online supports for app-only access. Use one of: ${Object.keys(src_cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).join(', ')} (names or template IDs).`);
        }
        else if (!roles.some((known) => known.templateId === role.templateId)) {
            roles.push(role);
        }
    }
    return roles;
}

// EXTERNAL MODULE: ./src/certificate/limits.ts
var limits = __nccwpck_require__(171);
// EXTERNAL MODULE: ./src/certificate/subject.ts
var certificate_subject = __nccwpck_require__(323);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __nccwpck_require__(8055);
// EXTERNAL MODULE: ./src/action/mask.ts
var mask = __nccwpck_require__(1368);
;// CONCATENATED MODULE: ./src/inputs/certificate.ts




async function readCertificateSettings(check, appName, 
/** a pair that does not open is repaired, not refused: the run can issue a key and write both secrets */
repairable = false) {
    const certificateSubject = readSubject(check, appName);
    const certificateValidityDays = check.integer('certificate-validity-days', 365, limits/* MIN_VALIDITY_DAYS */.UN, limits/* MAX_VALIDITY_DAYS */.KZ, 'days');
    const rotateBeforeDays = check.integer('rotate-before-days', 30, 0, limits/* MAX_VALIDITY_DAYS */.KZ - 1, 'days');
    if (rotateBeforeDays >= certificateValidityDays) {
        check.fail('rotate-before-days', `${rotateBeforeDays} must be less than certificate-validity-days (${certificateValidityDays}), or every run would rotate.`);
    }
    const failBeforeDays = check.integer('fail-before-days', 7, 0, limits/* MAX_VALIDITY_DAYS */.KZ - 1, 'days');
    if (failBeforeDays > rotateBeforeDays) {
        check.fail('fail-before-days', `${failBeforeDays} must not exceed rotate-before-days (${rotateBeforeDays}): the step would fail before a rotation is due.`);
    }
    const keySizeText = check.string('key-size') || '2048';
    const keySize = Number(keySizeText);
    const knownKeySize = String(keySize) === keySizeText && (0,limits/* isKeySize */.Ne)(keySize);
    if (!knownKeySize)
        check.fail('key-size', `'${keySizeText}' is not 2048, 3072 or 4096.`);
    const { certificate, problem } = await openCertificateInput(check);
    const password = check.raw('certificate-password');
    // only a pair exo-cba wrote (its passwords have 32+ characters) is repaired: a mistyped one is an input error
    const exoCbaPair = password === '' || password.length >= limits/* MIN_PASSWORD_LENGTH */.AG;
    const repair = Boolean(problem) && repairable && exoCbaPair;
    if (problem && !repair)
        check.errors.push(problem);
    return {
        certificate,
        certificateUnreadable: repair ? problem?.message : undefined,
        publishedPassword: password.length >= limits/* MIN_PASSWORD_LENGTH */.AG ? password : undefined,
        certificateSubject,
        certificateSubjectDefaulted: !check.string('certificate-subject'),
        certificateValidityDays,
        rotateBeforeDays,
        failBeforeDays,
        keySize: knownKeySize ? keySize : 2048,
    };
}
/** The subject input, else CN=<app name>; checked now, so a bad one fails before any request. */
function readSubject(check, appName) {
    const subject = check.string('certificate-subject') || (0,certificate_subject/* commonNameSubject */.h)(appName);
    try {
        (0,certificate_subject/* parseSubject */.Ci)(subject);
    }
    catch (error) {
        check.fail('certificate-subject', `'${subject}' is not a distinguished name (${error.message}). Use e.g. CN=Exchange Automation, O=Contoso.`);
    }
    return subject;
}
/** Opens the `certificate` input with `certificate-password`, if one is given: the pair, or what is wrong with it. */
async function openCertificateInput(check) {
    const pfxBase64 = check.string('certificate');
    if (!pfxBase64)
        return {};
    const password = check.raw('certificate-password');
    if (!password) {
        const problem = new errors/* InputError */.d('certificate-password', 'is required when certificate is set. Pass ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.');
        return { problem };
    }
    // node-forge is loaded only here, to open a PFX
    const { openPfx } = await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8793));
    try {
        const certificate = openPfx(pfxBase64, password);
        (0,mask/* maskCertificate */.w)(certificate); // its key in PEM is a new form of the secret: mask it before anything prints
        return { certificate };
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            return { problem: error };
        const problem = new errors/* InputError */.d('certificate', 'could not be read as a base64 PKCS#12 (PFX). Pass ${{ secrets.EXO_CERTIFICATE }} as written by exo-cba.');
        return { problem };
    }
}

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __nccwpck_require__(5242);
// EXTERNAL MODULE: ./src/secrets/target.ts
var secrets_target = __nccwpck_require__(2676);
;// CONCATENATED MODULE: ./src/inputs/secret-target.ts
/**
 * The GitHub secrets inputs: where to write the certificate and its password, when a github-token is given.
 */


function readSecretTarget(check, env) {
    const githubToken = check.string('github-token');
    const scope = check.choice('secret-scope', 'repository', [
        'repository',
        'environment',
        'organization',
    ]);
    const repository = check.string('secret-repository') || env.GITHUB_REPOSITORY || '';
    const prefix = check.string('secret-prefix') || 'EXO_';
    const visibility = check.choice('secret-visibility', 'selected', [
        'selected',
        'private',
        'all',
    ]);
    if (!githubToken) {
        // the runner passes action.yml's default (secret-scope: repository) as an input: only other values were chosen
        const chosen = [
            scope !== 'repository' && 'secret-scope',
            check.string('secret-environment') && 'secret-environment',
            check.string('secret-organization') && 'secret-organization',
            check.string('secret-repository') && 'secret-repository',
            check.string('secret-prefix') && check.string('secret-prefix') !== 'EXO_' && 'secret-prefix',
        ].filter(Boolean);
        if (chosen.length) {
            (0,runner/* warning */.$e)(`${chosen.join(', ')} ${chosen.length > 1 ? 'are' : 'is'} set but github-token is empty: no GitHub secrets will be written.`);
        }
        return undefined;
    }
    const environment = check.string('secret-environment') || undefined;
    const organization = check.string('secret-organization') || repository.split('/')[0] || env.GITHUB_REPOSITORY_OWNER || '';
    const target = { scope, repository, environment, organization, prefix, visibility };
    check.errors.push(...(0,secrets_target/* secretTargetProblems */.SU)(target));
    return { token: githubToken, target };
}

;// CONCATENATED MODULE: ./src/inputs/sign-in.ts
/** The sign-in inputs: which tenant, which provisioning app, and which cloud's endpoints. */


const ONMICROSOFT = /\.(onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$/i;
function readSignIn(check) {
    const tenantId = check.required('tenant-id', 'the Entra tenant ID (a GUID) or its .onmicrosoft.com domain');
    if (tenantId && !reader/* GUID */.Sm.test(tenantId) && !reader/* DOMAIN */.V2.test(tenantId)) {
        check.fail('tenant-id', `'${tenantId}' is neither a GUID nor a domain. Use the Directory (tenant) ID from Entra ID → Overview, or contoso.onmicrosoft.com.`);
    }
    // empty: the managed app signs in itself (see mode.ts)
    const clientId = check.string('client-id');
    if (clientId && !reader/* GUID */.Sm.test(clientId)) {
        check.fail('client-id', `'${clientId}' is not a GUID. Use the provisioning app's Application (client) ID from its Overview page.`);
    }
    const audience = check.string('audience') || 'api://AzureADTokenExchange';
    const endpoints = readCloudEndpoints(check);
    const organization = readOrganization(check, tenantId);
    return { tenantId, clientId, audience, ...endpoints, organization };
}
function readCloudEndpoints(check) {
    const cloud = src_cloud/* CLOUDS */.JJ[check.choice('cloud', 'public', src_cloud/* CLOUD_NAMES */.vD)];
    const authorityHost = check.url('authority-host', cloud.loginHost, cloud.loginHost);
    // a pasted /v1.0 or /beta is dropped: this is the base URL, without an API version
    const graphEndpoint = check
        .url('graph-endpoint', cloud.graphEndpoint, cloud.graphEndpoint)
        .replace(/\/(v1\.0|beta)$/i, '');
    const exchangeEndpoint = check.url('exchange-endpoint', cloud.exchangeEndpoint, cloud.exchangeEndpoint);
    return { cloud, authorityHost, graphEndpoint, exchangeEndpoint };
}
/** The input, else a tenant-id that is an initial domain; otherwise Graph tells later. */
function readOrganization(check, tenantId) {
    const organization = check.string('organization').toLowerCase();
    if (organization && !reader/* DOMAIN */.V2.test(organization)) {
        check.fail('organization', `'${organization}' is not a domain. Use the tenant's initial domain, like contoso.onmicrosoft.com.`);
    }
    else if (organization) {
        return organization;
    }
    return ONMICROSOFT.test(tenantId) ? tenantId.toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/inputs/verification.ts
const MIN_VERIFY_TIMEOUT_SECONDS = 30;
function readVerification(check) {
    const verify = check.choice('verify', 'exchange', ['exchange', 'token', 'none']);
    // below 30 s no replication delay could be waited out: every run would fail or skip its retries
    const verifyTimeoutSeconds = check.integer('verify-timeout', 600, MIN_VERIFY_TIMEOUT_SECONDS, 3600, 'seconds');
    return { verify, verifyTimeoutSeconds };
}

;// CONCATENATED MODULE: ./src/inputs/mode.ts


/** GitHub OIDC `sub` claims: `repo:`-prefixed, or a customized template; never blank or multi-line. */
const SUBJECT = /^[^\s,]{1,600}$/;
function readMode(check, given) {
    const accessToken = check.boolean('access-token', false);
    const accessTokenSubjects = parseList(check.string('access-token-subjects'));
    for (const subject of accessTokenSubjects) {
        if (!SUBJECT.test(subject))
            check.fail('access-token-subjects', `'${subject}' is not a GitHub OIDC subject, like repo:contoso/automation:environment:exchange.`);
    }
    const appObjectId = check.string('app-object-id') || undefined;
    if (appObjectId && !reader/* GUID */.Sm.test(appObjectId))
        check.fail('app-object-id', `'${appObjectId}' is not a GUID. Pass \${{ secrets.EXO_APP_OBJECT_ID }} as the bootstrap run wrote it.`);
    const complianceAccessToken = check.boolean('compliance-access-token', false);
    if (complianceAccessToken && (given.clientId || given.certificate || !accessToken))
        check.fail('compliance-access-token', 'true needs token mode: client-id empty, app-id set, no certificate and access-token: true.');
    const settings = { accessToken, accessTokenSubjects, appObjectId, complianceAccessToken };
    if (given.clientId)
        return { mode: 'bootstrap', ...settings };
    if (!given.appId) {
        check.fail('client-id', 'is required unless app-id is given: set client-id to the provisioning app (bootstrap), or app-id with certificate ' +
            '(the app rotates its own certificate) or with access-token: true (the job signs in as the app with its OIDC token).');
        return { mode: 'bootstrap', ...settings };
    }
    if (given.certificate) {
        if (accessToken)
            check.fail('access-token', 'true signs the job in with its OIDC token, which needs no certificate: remove the certificate inputs, or set access-token: false to rotate the certificate.');
        return { mode: 'self', ...settings };
    }
    if (accessToken)
        return { mode: 'token', ...settings };
    check.fail('certificate', 'is required when client-id is empty and access-token is false: pass ${{ secrets.EXO_CERTIFICATE }} (and its password) ' +
        'so the app rotates its own certificate, or set access-token: true for a token, or client-id for the provisioning app.');
    return { mode: 'self', ...settings };
}

// EXTERNAL MODULE: ./src/plan/lineage.ts
var plan_lineage = __nccwpck_require__(6578);
;// CONCATENATED MODULE: ./src/inputs/inputs.ts
/**
 * Every input of action.yml, read and validated into one typed Settings object before the first request.
 * All problems are reported together, each naming the input, the value and the fix.
 *
 * The entry validates inputs before it loads the pipeline, so these modules' imports stay light: no
 * @actions/core, and node-forge only (dynamically) when a `certificate` input is to be opened.
 */








/** Reads and validates every input. Throws an ActionError listing every bad input; changes nothing. */
async function readSettings(read = reader/* runnerInputs */.ax, env = process.env) {
    (0,reader/* maskSecretInputs */.q)(read);
    const check = new reader/* InputCheck */.p0(read);
    // one fixed order, close to action.yml's: the errors are listed in it
    const signIn = readSignIn(check);
    const app = readApp(check);
    const mode = readMode(check, {
        clientId: signIn.clientId,
        appId: app.appId,
        certificate: Boolean(check.string('certificate')),
    });
    if (mode.mode !== 'bootstrap' && !signIn.organization)
        check.fail('organization', "is required when client-id is empty and tenant-id is a GUID (the app may not read the tenant's domains): pass " +
            '${{ secrets.EXO_ORGANIZATION }} or the .onmicrosoft.com domain, or give tenant-id as that domain.');
    // bootstrap with secrets can repair a certificate/password pair that does not open (see certificate.ts)
    const repairable = mode.mode === 'bootstrap' && Boolean(check.string('github-token'));
    const certificate = await readCertificateSettings(check, app.appName, repairable);
    const verification = readVerification(check);
    const forceRotate = check.boolean('force-rotate', false);
    const installCertificate = check.boolean('install-certificate', false);
    const dryRun = check.boolean('dry-run', false);
    const remove = check.boolean('remove', false);
    if (remove && mode.mode !== 'bootstrap')
        check.fail('remove', 'true needs client-id: only the provisioning app may take away roles, consent and the app. Run the removal with ' +
            'client-id set to the provisioning app (and app-id for an app exo-cba adopted).');
    if (remove && forceRotate)
        check.fail('force-rotate', 'true contradicts remove: true, which takes the certificates away: set one of them.');
    const secrets = readSecretTarget(check, env);
    check.throwIfInvalid();
    const lineage = (0,plan_lineage/* lineageOf */.bQ)(secrets
        ? { kind: 'secrets', ...secrets.target }
        : { kind: 'outputs', repository: env.GITHUB_REPOSITORY || 'this repository' });
    return {
        ...signIn,
        ...mode,
        ...app,
        ...certificate,
        ...verification,
        forceRotate,
        secrets,
        installCertificate,
        dryRun,
        remove,
        lineage,
    };
}


/***/ }),

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ GUID),
/* harmony export */   V2: () => (/* binding */ DOMAIN),
/* harmony export */   ax: () => (/* binding */ runnerInputs),
/* harmony export */   p0: () => (/* binding */ InputCheck),
/* harmony export */   q: () => (/* binding */ maskSecretInputs)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8055);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5242);
/**
 * Raw inputs and their basic types. `InputCheck` reads one input at a time, turns a bad value into an
 * InputError naming the input, the value and the fix, and keeps going, so every problem is reported at once.
 */


const runnerInputs = (name) => (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)(name);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SECRET_INPUTS = ['certificate', 'certificate-password', 'github-token'];
/** Masks the secret inputs before anything could print them (the runner masks secrets it passed, not other values). */
function maskSecretInputs(read) {
    for (const name of SECRET_INPUTS) {
        const value = read(name).trim();
        if (value)
            (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(value);
    }
}
/**
 * The longest value each input may hold, so an absurd one fails before the first request; inputs not
 * listed allow DEFAULT_MAX_LENGTH. GitHub secret names are limited, so the prefix is too.
 */
const MAX_LENGTH = {
    'tenant-id': 253,
    audience: 600,
    organization: 253,
    'app-name': 120,
    'app-unique-name': 120,
    permissions: 4000,
    roles: 2000,
    certificate: 200_000,
    'certificate-password': 1024,
    'certificate-subject': 1024,
    'authority-host': 2048,
    'graph-endpoint': 2048,
    'exchange-endpoint': 2048,
    'github-token': 2000,
    'secret-repository': 140,
    'secret-environment': 255,
    'secret-organization': 39,
    'secret-prefix': 40,
    // up to 20 federated credentials of up to 600 characters each (Entra's limits)
    'access-token-subjects': 20 * 601,
};
const DEFAULT_MAX_LENGTH = 100;
/** Inputs that are lists or base64 and may span lines; any other control character is still refused. */
const MULTILINE = new Set(['permissions', 'roles', 'certificate', 'access-token-subjects']);
/** C0 and C1 control characters and DEL: a newline in a value that reaches the log starts a workflow command. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Reads typed inputs and collects every error instead of stopping at the first. */
class InputCheck {
    read;
    errors = [];
    /** inputs already reported, so a refused value is not reported again as missing */
    refused = new Set();
    constructor(read) {
        this.read = read;
    }
    fail(input, message) {
        this.errors.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, message));
        return undefined;
    }
    /** the value exactly as passed, for a password (only its length is checked: it never reaches a log) */
    raw(name) {
        return this.checked(name, this.read(name), false);
    }
    /** the trimmed value; '' when it is refused (control characters, too long), with the error recorded */
    string(name) {
        return this.checked(name, this.read(name).trim(), true);
    }
    required(name, what) {
        const value = this.string(name);
        if (!value && !this.refused.has(name))
            this.fail(name, `is required: ${what}.`);
        return value;
    }
    checked(name, value, refuseControls) {
        if (this.refused.has(name))
            return '';
        const max = MAX_LENGTH[name] ?? DEFAULT_MAX_LENGTH;
        const controls = MULTILINE.has(name) ? CONTROL_BUT_LINE_BREAKS : CONTROL;
        let problem;
        if (value.length > max)
            problem = `is ${value.length} characters long; at most ${max} are allowed.`;
        else if (refuseControls && controls.test(value))
            problem =
                'holds a control character (a line break, carriage return or another): it would reach the log and could ' +
                    'inject workflow commands. Remove it.';
        if (problem === undefined)
            return value;
        this.refused.add(name);
        this.fail(name, problem);
        return '';
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (!value)
            return fallback;
        if (/^(true|yes|on)$/i.test(value))
            return true;
        if (/^(false|no|off)$/i.test(value))
            return false;
        this.fail(name, `'${value}' is not a boolean. Use true or false.`);
        return fallback;
    }
    integer(name, fallback, min, max, unit) {
        const value = this.string(name);
        if (!value)
            return fallback;
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            this.fail(name, `'${value}' is not a whole number of ${unit} from ${min} to ${max}.`);
            return fallback;
        }
        return Number(value);
    }
    choice(name, fallback, choices) {
        const value = this.string(name).toLowerCase();
        if (!value)
            return fallback;
        if (choices.includes(value))
            return value;
        this.fail(name, `'${value}' is not one of ${choices.join(', ')}.`);
        return fallback;
    }
    url(name, fallback, example) {
        const value = this.string(name);
        if (!value)
            return fallback;
        const url = httpsEndpoint(value);
        if (!url) {
            this.fail(name, `'${value}' is not an https URL without query or fragment, like ${example}.`);
            return fallback;
        }
        return url.toString().replace(/\/+$/, '');
    }
    /** Throws one ActionError listing every bad input, if there is any. */
    throwIfInvalid() {
        if (this.errors.length === 0)
            return;
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Invalid input${this.errors.length > 1 ? 's' : ''}; nothing was changed:\n` +
            this.errors.map((e) => `  - ${e.message}`).join('\n'), { cause: this.errors[0] });
    }
}
function httpsEndpoint(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' && !url.search && !url.hash ? url : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ managedKeyName),
/* harmony export */   Te: () => (/* binding */ parseManagedKeyName),
/* harmony export */   bQ: () => (/* binding */ lineageOf)
/* harmony export */ });
/* unused harmony export MANAGED_KEY_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/**
 * Text for the job summary, which is HTML: a value from an input or a service must not become markup.
 * Values go only into element content (never attributes), where `&`, `<` and `>` are what must be escaped.
 */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ secretTargetProblems),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   ff: () => (/* binding */ describeTarget)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8055);
/**
 * Where the secrets go: the scope, its repository, environment or organization, and the name prefix.
 * The inputs and the secrets client check a target with the same rules, before any request.
 */

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const ORGANIZATION = /^[A-Za-z0-9-]+$/;
/** GitHub refuses names outside this form and names starting with GITHUB_. */
const SECRET_PREFIX = /^[A-Z_][A-Z0-9_]*$/;
/** Every reason GitHub would refuse the target, each naming its input; empty when it is usable. */
function secretTargetProblems(target) {
    const problems = [];
    const { scope, repository, environment, organization, prefix } = target;
    if (scope !== 'organization' && !REPOSITORY.test(repository)) {
        const message = repository
            ? `'${repository}' is not owner/name.`
            : 'is needed: GITHUB_REPOSITORY is not set; pass owner/name.';
        problems.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-repository', message));
    }
    if (scope === 'environment' && !environment) {
        problems.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-environment', 'is required when secret-scope is environment: name the environment, e.g. production.'));
    }
    if (scope === 'organization' && !ORGANIZATION.test(organization ?? '')) {
        const message = organization
            ? `'${organization}' is not a GitHub organization login.`
            : 'is required for organization scope.';
        problems.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-organization', message));
    }
    if (prefix !== '' && (!SECRET_PREFIX.test(prefix) || prefix.startsWith('GITHUB_'))) {
        problems.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-prefix', `'${prefix}' is not a valid start of a secret name: use upper-case letters, digits and '_', not starting with a digit or GITHUB_.`));
    }
    return problems;
}
/** owner and repo of a repository or environment target (checked by `secretTargetProblems`). */
function repositoryOf(target) {
    const [owner = '', repo = ''] = target.repository.split('/');
    return { owner, repo };
}
/** Describes the target for messages: names and places only. */
function describeTarget(target) {
    switch (target.scope) {
        case 'repository':
            return `repository ${target.repository}`;
        case 'environment':
            return `environment '${target.environment}' of ${target.repository}`;
        case 'organization':
            return `organization ${target.organization}`;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
