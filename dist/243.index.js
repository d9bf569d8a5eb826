export const id = 243;
export const ids = [243];
export const modules = {

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
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

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   afterFailure: () => (/* binding */ afterFailure)
/* harmony export */ });
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8592);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8770);
/* harmony import */ var _keys_lineage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8793);
/* harmony import */ var _alarm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2804);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(360);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/**
 * After a failed run (the entry's catch): the expiry of the certificate still published (the input, as nothing
 * new was published) — output, annotation, summary line — and, for the runs that keep the certificate up to date,
 * the alarm issue. Never throws: the step has failed already, with its own message.
 */






async function afterFailure(settings, error, message, env, log) {
    if (settings.intent !== 'bootstrap' && settings.intent !== 'rotate' && settings.intent !== 'use')
        return;
    try {
        const input = settings.certificate;
        // an ExpiryError is this very judgement, announced by the run that threw it
        if (input && !(error instanceof _expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .ExpiryError */ .kn)) {
            const expiry = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeExpiry */ .BF)(input, {
                ...settings,
                rotated: false,
                now: new Date(),
                cause: 'this run failed (see the error above)',
            });
            (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .announceExpiry */ .pI)(expiry);
            await (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJobSummary */ .j)((s) => s.addRaw(`<p>Published certificate <code>${input.thumbprintSha1}</code>: ${(0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .expiryLine */ .c$)(expiry)}.</p>`));
        }
        if (settings.intent !== 'use')
            await (0,_alarm_js__WEBPACK_IMPORTED_MODULE_3__/* .raiseAlarm */ .ye)({
                secrets: settings.secrets,
                tenantId: settings.tenantId,
                lineage: (0,_keys_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageOfRun */ .M7)(settings.secrets, env),
            }, message, { env, log });
    }
    catch (failure) {
        log.warning(`exo-cba could not report the failure further: ${(0,_action_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(failure)}`);
    }
}


/***/ }),

/***/ 8182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ getProxyForUrl)
/* harmony export */ });


var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
};

function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}

/**
 * @param {string|object|URL} url - The URL as a string or URL instance, or a
 *   compatible object (such as the result from legacy url.parse).
 * @return {string} The URL of the proxy that should handle the request to the
 *  given URL. If no proxy is set, this will be an empty string.
 */
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === 'string' ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== 'string' || !hostname || typeof proto !== 'string') {
    return '';  // Don't proxy URLs without a valid scheme or host.
  }

  proto = proto.split(':', 1)[0];
  // Stripping ports in this way instead of using parsedUrl.hostname to make
  // sure that the brackets around IPv6 addresses are kept.
  hostname = hostname.replace(/:\d*$/, '');
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return '';  // Don't proxy URLs that match NO_PROXY.
  }

  var proxy = getEnv(proto + '_proxy') || getEnv('all_proxy');
  if (proxy && proxy.indexOf('://') === -1) {
    // Missing scheme in proxy, default to the requested URL's scheme.
    proxy = proto + '://' + proxy;
  }
  return proxy;
}

/**
 * Determines whether a given URL should be proxied.
 *
 * @param {string} hostname - The host name of the URL.
 * @param {number} port - The effective port of the URL.
 * @returns {boolean} Whether the given URL should be proxied.
 * @private
 */
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv('no_proxy').toLowerCase();
  if (!NO_PROXY) {
    return true;  // Always proxy if NO_PROXY is not set.
  }
  if (NO_PROXY === '*') {
    return false;  // Never proxy if wildcard is set.
  }

  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;  // Skip zero-length hosts.
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;  // Skip if ports don't match.
    }

    if (!/^[.*]/.test(parsedProxyHostname)) {
      // No wildcards, so stop proxying if there is an exact match.
      return hostname !== parsedProxyHostname;
    }

    if (parsedProxyHostname.charAt(0) === '*') {
      // Remove leading wildcard.
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    // Stop proxying if the hostname ends with the no_proxy host.
    return !hostname.endsWith(parsedProxyHostname);
  });
}

/**
 * Get the value for an environment variable.
 *
 * @param {string} key - The name of the environment variable.
 * @return {string} The value of the environment variable.
 * @private
 */
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || '';
}


/***/ })

};
