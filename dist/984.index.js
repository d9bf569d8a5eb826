export const id = 984;
export const ids = [984];
export const modules = {

/***/ 8984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   use: () => (/* binding */ use)
/* harmony export */ });
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8770);
/* harmony import */ var _publish_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(360);
/* harmony import */ var _publish_connect_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6732);
/* harmony import */ var _publish_hand_over_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(960);
/* harmony import */ var _publish_html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3638);
/* harmony import */ var _publish_outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _publish_summary_sections_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1624);







async function use(settings, run) {
    const { certificate } = settings;
    const credential = await (0,_publish_hand_over_js__WEBPACK_IMPORTED_MODULE_3__/* .handToJob */ .I)(certificate, { ...settings, pfxOutputs: false }, run.env, run.log);
    const expiry = (0,_publish_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeExpiry */ .BF)(certificate, {
        ...settings,
        rotated: false,
        now: run.now(),
        cause: 'the rotation workflow has not replaced it yet',
    });
    (0,_publish_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .announceExpiry */ .pI)(expiry);
    run.log.info(`Certificate ${certificate.thumbprintSha1} (${certificate.subject}): ${(0,_publish_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryLine */ .c$)(expiry)}; ` +
        (credential.kind === 'store'
            ? `imported into Cert:\\CurrentUser\\My.`
            : `PFX file ${credential.kind === 'file' ? credential.path : ''}.`));
    await (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .writeJobSummary */ .j)((s) => s
        .addHeading('Exchange Online certificate', 2)
        .addRaw(`<p>Certificate <code>${certificate.thumbprintSha1}</code> (${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .Z)(certificate.subject)}), ${(0,_publish_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryLine */ .c$)(expiry)}` +
        (credential.kind === 'store'
            ? ', in <code>Cert:\\CurrentUser\\My</code>'
            : ', as a PFX file (output certificate-path)') +
        '; removed at the end of the job.</p>\n')
        .addRaw((0,_publish_summary_sections_js__WEBPACK_IMPORTED_MODULE_6__/* .warningsSection */ .x)(run.log.warnings))
        .addRaw((0,_publish_summary_sections_js__WEBPACK_IMPORTED_MODULE_6__/* .connectSection */ .w)((0,_publish_connect_line_js__WEBPACK_IMPORTED_MODULE_2__/* .connectLine */ .$o)({
        runnerOs: run.env.RUNNER_OS,
        stepId: run.env.GITHUB_ACTION,
        appId: { fromSecrets: true },
        organization: { fromSecrets: true },
        // the cloud is not the use entry's concern: sovereign clouds add -ExchangeEnvironmentName themselves
        exchangeEnvironmentName: '',
        credential,
    }))));
    if (expiry.level === 'error' && expiry.message)
        throw new _publish_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpiryError */ .kn(expiry.message);
}


/***/ }),

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

/***/ 360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ judgeExpiry),
/* harmony export */   c$: () => (/* binding */ expiryLine),
/* harmony export */   kn: () => (/* binding */ ExpiryError)
/* harmony export */ });
/* unused harmony export daysLeft */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/**
 * Expiry you cannot miss: every run with a certificate says in how many whole days the published one
 * expires (output, summary); a warning when it is due for rotation and was not rotated; an error and a
 * failed step when it is within `fail-before-days`. Pure apart from the annotations it is handed.
 */

const DAY = 86_400_000;
/** The step fails because the published certificate expires too soon; everything else was done first. */
class ExpiryError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    constructor(message) {
        super(message);
        this.name = 'ExpiryError';
    }
}
function daysLeft(notAfter, now) {
    return Math.floor((notAfter.getTime() - now.getTime()) / DAY);
}
function when(days, notAfter) {
    const date = notAfter.toISOString();
    if (days < 0)
        return `expired on ${date}`;
    return `expires on ${date} (in ${days} day${days === 1 ? '' : 's'})`;
}
/**
 * Judges the certificate published at the end of a run. `rotated`: this run issued it (then it is
 * fresh). `cause`: why it was not rotated, when the run knows (e.g. a dry run, or the run failed).
 */
function judgeExpiry(certificate, facts) {
    const { notAfter, thumbprintSha1 } = certificate;
    const remaining = notAfter.getTime() - facts.now.getTime();
    const days = daysLeft(notAfter, facts.now);
    const base = `The published certificate ${thumbprintSha1} ${when(days, notAfter)}`;
    const why = facts.cause ? ` and was not rotated: ${facts.cause}` : ' and was not rotated';
    if (remaining <= facts.failBeforeDays * DAY)
        return {
            notAfter,
            days,
            level: 'error',
            message: `${base}, within fail-before-days (${facts.failBeforeDays})${why}. Jobs signing in with it will fail once it ` +
                'expires: run the rotation workflow (it rotates within rotate-before-days) with a github-token that may write ' +
                'the secrets, or rotate with force-rotate: true, and check its log for what stopped the last rotation.',
        };
    if (!facts.rotated && remaining <= facts.rotateBeforeDays * DAY)
        return {
            notAfter,
            days,
            level: 'warning',
            message: `${base}, within rotate-before-days (${facts.rotateBeforeDays})${why}. The next run that can write the secrets rotates it.`,
        };
    return { notAfter, days, level: 'ok' };
}
/** The summary's line for the certificate's expiry. */
function expiryLine(expiry) {
    return `expires ${expiry.notAfter.toISOString()} (in ${expiry.days} days)`;
}


/***/ }),

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ handToJob)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/action/state-names.ts
var state_names = __webpack_require__(3034);
// EXTERNAL MODULE: ./src/publish/install-certificate.ts + 1 modules
var install_certificate = __webpack_require__(1413);
// EXTERNAL MODULE: ./src/publish/outputs.ts
var outputs = __webpack_require__(6689);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/publish/pfx-file.ts
/** The PFX file a job connects with: under RUNNER_TEMP, mode 0600, deleted by the post step. */





/**
 * Writes the PFX under RUNNER_TEMP (mode 0600); the post step deletes it. Its path is saved for the
 * post step before the file exists, so a main step killed while or after writing it leaves the post
 * step what to delete.
 */
function writePfxFile(certificate, env = process.env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'exo-cba-'));
    const path = (0,external_node_path_.join)(dir, 'exchange-online.pfx');
    core/* saveState */.LZ(state_names/* STATE_PFX_PATH */.X, path);
    (0,external_node_fs_.writeFileSync)(path, Buffer.from(certificate.pfxBase64, 'base64'), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
    return path;
}

;// CONCATENATED MODULE: ./src/publish/hand-over.ts
/**
 * Hands a certificate to the job: the PFX file under RUNNER_TEMP, the certificate outputs and, on Windows with
 * install-certificate, the user's certificate store. A provisioning or rotating run does it once the certificate
 * is registered and verified, before any secret carries it.
 */





/** Returns how a later step signs in with it: the store when the import worked, else the file. */
async function handToJob(certificate, 
/** `pfxOutputs`: the PFX and its password as outputs too (the use entry's job has them as secrets already) */
options, env, log) {
    const path = writePfxFile(certificate, env);
    (0,outputs/* setCertificateOutputs */.U7)(certificate, path, options.pfxOutputs);
    core/* debug */.Yz(`published certificate ${certificate.thumbprintSha1} to ${path}`);
    if (!options.installCertificate)
        return { kind: 'file', path };
    const installed = await (0,install_certificate/* installCertificate */.LG)({
        pfxPath: path,
        password: certificate.password,
        thumbprint: certificate.thumbprintSha1,
    });
    if (installed.warning)
        log.warning(installed.warning);
    if (!installed.installed)
        return { kind: 'file', path };
    core/* saveState */.LZ(state_names/* STATE_INSTALLED_THUMBPRINT */.H, certificate.thumbprintSha1);
    return { kind: 'store', thumbprint: certificate.thumbprintSha1 };
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ setIdentityOutputs),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   U7: () => (/* binding */ setCertificateOutputs),
/* harmony export */   pI: () => (/* binding */ announceExpiry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/** The step outputs: the app's identity, the certificate, and what the run did. Secret values are masked. */

function setIdentityOutputs(identity) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('app-id', identity.appId);
    if (identity.appObjectId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('app-object-id', identity.appObjectId);
    if (identity.servicePrincipalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('service-principal-id', identity.servicePrincipalId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tenant-id', identity.tenantId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('organization', identity.organization);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('exchange-environment-name', identity.exchangeEnvironmentName);
}
/** The certificate's public facts and path; with `pfx`, also the PFX and its password (masked). */
function setCertificateOutputs(certificate, path, pfx) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint', certificate.thumbprintSha1);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-thumbprint-sha256', certificate.thumbprintSha256);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-on', certificate.notAfter.toISOString());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-path', path);
    if (!pfx)
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate', certificate.pfxBase64);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-password', certificate.password);
}
function setResultOutputs(result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('rotated', String(result.rotated));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', result.verified);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(result.changed));
}
/** The expiry output and, when due, its annotation (the error's failed step is the caller's). */
function announceExpiry(expiry) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('certificate-expires-in-days', String(expiry.days));
    if (expiry.level === 'warning' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(expiry.message);
    if (expiry.level === 'error' && expiry.message)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(expiry.message);
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


/***/ })

};
