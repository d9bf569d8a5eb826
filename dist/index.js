import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7032:
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

/***/ 5431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ maskCertificate)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6825);
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

/***/ 6825:
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

/***/ 8244:
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

/***/ 4158:
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

/***/ 7928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ parseSubject),
/* harmony export */   QV: () => (/* binding */ subjectValueTag),
/* harmony export */   j7: () => (/* binding */ escapeDnValue)
/* harmony export */ });
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

/***/ 1549:
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

/***/ 5388:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3518);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9681);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6825);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8244);
/**
 * Entry point of the main step: validates the inputs, runs the pipeline, and turns any failure into a
 * clear error and exit code 1. Only light modules load before the inputs are known to be valid (DESIGN §9:
 * cold start); the pipeline (@actions/core, msal-node, axios, node-forge) is imported after that.
 */




try {
    // `npm run bench` reads this line (in-process time, DESIGN §9): from reading the inputs to the end of
    // the run, without the time spent loading the pipeline's modules. It carries durations only.
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
            await load(Promise.all(/* import() */[__nccwpck_require__.e(900), __nccwpck_require__.e(134)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6134)));
        const settings = await (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readSettings */ .s)();
        const { run } = await load(Promise.all(/* import() */[__nccwpck_require__.e(900), __nccwpck_require__.e(624), __nccwpck_require__.e(134), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2558)));
        await run({ settings });
    }
    finally {
        (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz)(`exo-cba run() took ${Math.round(performance.now() - started - loading)} ms (started ${Math.round(started)} ms after process start)`);
    }
}
catch (error) {
    const message = (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_3__/* .scrub */ ._I)(error instanceof Error ? error.message : String(error));
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1)(message);
    // the job summary is where people look first: say there what failed
    const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe)(`## Exchange Online app-only access: failed\n\n<pre>${escaped}</pre>\n`);
    if (error instanceof Error && error.stack)
        (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz)((0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_3__/* .scrub */ ._I)(error.stack));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readSettings)
});

// EXTERNAL MODULE: ./src/cloud.ts
var src_cloud = __nccwpck_require__(1549);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __nccwpck_require__(9681);
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
    const appName = check.string('app-name') || 'Exchange Online Automation';
    if (appName.length > 120)
        check.fail('app-name', `is ${appName.length} characters long; Entra allows at most 120.`);
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
    const permissions = parseList(check.string('permissions') || 'Exchange.ManageAsApp');
    return { appName, appUniqueName, appId, permissions, roles: readRoles(check) };
}
/** The `roles` input, resolved and deduplicated; an unknown role is an error naming the supported ones. */
function readRoles(check) {
    const roles = [];
    for (const value of parseList(check.string('roles') || 'Exchange Administrator')) {
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
var limits = __nccwpck_require__(4158);
// EXTERNAL MODULE: ./src/certificate/subject.ts
var certificate_subject = __nccwpck_require__(7928);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __nccwpck_require__(7032);
// EXTERNAL MODULE: ./src/action/mask.ts
var mask = __nccwpck_require__(5431);
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
        certificateValidityDays,
        rotateBeforeDays,
        failBeforeDays,
        keySize: knownKeySize ? keySize : 2048,
    };
}
/** The subject input, else CN=<app name>; checked now, so a bad one fails before any request. */
function readSubject(check, appName) {
    const subject = check.string('certificate-subject') || `CN=${(0,certificate_subject/* escapeDnValue */.j7)(appName)}`;
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
    const { openPfx } = await Promise.all(/* import() */[__nccwpck_require__.e(900), __nccwpck_require__.e(134)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6134));
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
var runner = __nccwpck_require__(6825);
// EXTERNAL MODULE: ./src/secrets/target.ts
var secrets_target = __nccwpck_require__(8013);
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
        if (check.string('secret-environment') || check.string('secret-scope')) {
            (0,runner/* warning */.$e)('secret-scope / secret-environment are set but github-token is empty: no GitHub secrets will be written.');
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
function readVerification(check) {
    const verify = check.choice('verify', 'exchange', ['exchange', 'token', 'none']);
    const verifyTimeoutSeconds = check.integer('verify-timeout', 600, 0, 3600, 'seconds');
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
var plan_lineage = __nccwpck_require__(9655);
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

/***/ 9681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ GUID),
/* harmony export */   V2: () => (/* binding */ DOMAIN),
/* harmony export */   ax: () => (/* binding */ runnerInputs),
/* harmony export */   p0: () => (/* binding */ InputCheck),
/* harmony export */   q: () => (/* binding */ maskSecretInputs)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7032);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6825);
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
/** Reads typed inputs and collects every error instead of stopping at the first. */
class InputCheck {
    read;
    errors = [];
    constructor(read) {
        this.read = read;
    }
    fail(input, message) {
        this.errors.push(new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, message));
        return undefined;
    }
    /** the value exactly as passed, for a password */
    raw(name) {
        return this.read(name);
    }
    string(name) {
        return this.read(name).trim();
    }
    required(name, what) {
        const value = this.string(name);
        if (!value)
            this.fail(name, `is required: ${what}.`);
        return value;
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

/***/ 9655:
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

/***/ 8013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ secretTargetProblems),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   ff: () => (/* binding */ describeTarget)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7032);
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
/******/ var __webpack_exports__ = __nccwpck_require__(5388);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
