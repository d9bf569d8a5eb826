export const id = 468;
export const ids = [468];
export const modules = {

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_DELAY_MS: () => (/* reexport */ backoff/* MAX_DELAY_MS */.M),
  VerificationError: () => (/* reexport */ VerificationError),
  verifyCertificate: () => (/* binding */ verifyCertificate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/verify/backoff.ts
var backoff = __webpack_require__(565);
// EXTERNAL MODULE: ./src/verify/exchange-check.ts + 2 modules
var exchange_check = __webpack_require__(7894);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/auth/auth.ts + 1 modules
var auth = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
;// CONCATENATED MODULE: ./src/verify/types.ts
/** What verification is asked to do, what an attempt can find, and how it ends. */

/** Verification gave up: `stage` names what has not propagated, `observed` the last answer seen. */
class VerificationError extends errors/* ActionError */.l {
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
    const waited = (0,log/* waitedOf */.sV)(seconds, options.timeoutSeconds);
    switch (w.stage) {
        case 'key':
            return `waiting for Entra ID to accept the new key: ${waited} (AADSTS${w.code})`;
        case 'consent':
            return `waiting for admin consent of ${w.missing.join(', ')} to reach tokens: ${waited}`;
        case 'role':
            return `waiting for Exchange to honour the ${roleLabel(options)}: ${waited} (Exchange answered ${w.status})`;
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
    const how = result.method === 'exchange' ? `Exchange (${result.proof ?? exchange_check/* MODULE_FILE */.sn})` : 'Exchange token';
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
const KEY_NOT_FOUND = 700027;
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
            if (code === KEY_NOT_FOUND)
                await options.onKeyNotFound?.();
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
    const askExchange = (0,exchange_check/* exchangeCheck */._w)(options, deadline);
    const attempt = async () => {
        const signedIn = await signIn();
        if (!('token' in signedIn))
            return signedIn;
        return options.mode === 'token' ? { done: true } : askExchange(signedIn.token);
    };
    const { outcome, attempts, elapsedMs } = await (0,backoff/* attemptUntilDone */.O)(attempt, {
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
