import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports waitedOf, awaitedLater, recordWarnings */
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

/***/ 53:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: appendSummary, debug, getInput, setFailed, setSecret

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/action/runner.ts
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
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
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
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
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
        appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`);
}


/***/ }),

/***/ 34:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ STATE_INSTALLED_THUMBPRINT),
/* harmony export */   X: () => (/* binding */ STATE_PFX_PATH)
/* harmony export */ });
/** Names of the state the main step saves for the post step. */
const STATE_PFX_PATH = 'pfx-path';
const STATE_INSTALLED_THUMBPRINT = 'installed-thumbprint';


/***/ }),

/***/ 661:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _publish_install_certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(651);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(592);
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(53);
/* harmony import */ var _action_state_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(34);
/**
 * Post step: deletes the PFX file and removes the certificate installed into the Windows store. Light on
 * purpose (no @actions/core): it runs after every job that used exo-cba.
 */






async function post() {
    const path = (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getState */ .Gu)(_action_state_names_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_PFX_PATH */ .X);
    // only the folder the main step made (exo-cba-XXXXXX) is removed, whatever the state says
    if (path && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)).startsWith('exo-cba-')) {
        // a main step killed before it wrote the file left only the (empty) folder, or nothing
        const existed = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, force: true });
        if (existed)
            (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Deleted ${path}.`);
    }
    const thumbprint = (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .getState */ .Gu)(_action_state_names_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_INSTALLED_THUMBPRINT */ .H);
    if (thumbprint) {
        const removed = await (0,_publish_install_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .removeInstalledCertificate */ .uS)({ thumbprint });
        if (removed.removed)
            (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Removed certificate ${thumbprint} from Cert:\\CurrentUser\\My.`);
        if (removed.warning)
            (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(removed.warning);
    }
}
try {
    await post();
}
catch (error) {
    (0,_action_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`exo-cba cleanup: ${(0,_action_log_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 651:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uS: () => (/* binding */ removeInstalledCertificate)
});

// UNUSED EXPORTS: KEY_PROVIDER, NON_WINDOWS_WARNING, STORE, describeCommand, execCommand, importCommand, installCertificate, removeCommand, verifyCommand

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/action/errors.ts
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
class errors_ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ActionError';
    }
}

;// CONCATENATED MODULE: ./src/publish/install-certificate.ts
/**
 * `install-certificate: true`: on Windows runners, import the PFX into Cert:\CurrentUser\My so
 * `Connect-ExchangeOnline -CertificateThumbprint` works as on a workstation; the post step removes
 * it again, private key included.
 *
 * The key goes into a legacy CryptoAPI provider (CSP) on purpose: the ExchangeOnlineManagement
 * module cannot sign with a CNG (KSP) key. "Microsoft Enhanced RSA and AES Cryptographic Provider"
 * is the CSP that can make SHA-256 signatures.
 *
 * Command lines are built by pure functions and run through an injected `exec`, so they are
 * testable anywhere. The PFX password is a separate argument and masked by describeCommand().
 */


const KEY_PROVIDER = 'Microsoft Enhanced RSA and AES Cryptographic Provider';
const STORE = 'Cert:\\CurrentUser\\My';
const NON_WINDOWS_WARNING = "install-certificate has no effect on this runner: the Windows certificate store, and with it Connect-ExchangeOnline -CertificateThumbprint, exists only on Windows. Connect with -CertificateFilePath (output 'certificate-path') and -CertificatePassword (ConvertTo-SecureString 'certificate-password' -AsPlainText -Force) instead, or run the job on a Windows runner.";
const THUMBPRINT = /^[0-9A-F]{40}$/;
const EXEC_TIMEOUT_MS = 120_000;
/**
 * certutil [-f] [-user] [-p Password] [-csp Provider] -importPFX [Store] PFXFile [Modifiers]
 * -f replaces an earlier import of the same certificate; -user targets CurrentUser instead of
 * LocalMachine; NoExport keeps the key from being exported again; NoRoot keeps certutil from adding
 * the self-signed certificate to the trusted roots (which would raise a confirmation dialog).
 */
function importCommand(pfxPath, password) {
    return {
        program: 'certutil.exe',
        args: [
            '-f',
            '-user',
            '-p',
            password,
            '-csp',
            KEY_PROVIDER,
            '-importPFX',
            'My',
            pfxPath,
            'NoExport,NoRoot',
        ],
        secrets: [password],
    };
}
/** certutil -user -store My <thumbprint>: lists the certificate with its key provider. */
function verifyCommand(thumbprint) {
    return {
        program: 'certutil.exe',
        args: ['-user', '-store', 'My', normalizeThumbprint(thumbprint)],
        secrets: [],
    };
}
/**
 * Remove-Item -DeleteKey deletes the certificate and its private key container; removing only the
 * certificate (certutil -delstore) is not documented to delete the key, which would leave it on a
 * self-hosted runner's disk. Absent already is fine: the post step may run after a failed import.
 */
function removeCommand(thumbprint) {
    const path = `${STORE}\\${normalizeThumbprint(thumbprint)}`;
    const script = `$p = '${path}'; if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -DeleteKey -ErrorAction Stop }`;
    return {
        program: 'powershell.exe',
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
        secrets: [],
    };
}
/** The command line for logs, every secret replaced by ***. */
function describeCommand(command) {
    return [command.program, ...command.args]
        .map((part) => (command.secrets.includes(part) ? '***' : quote(maskSecrets(part, command.secrets))))
        .join(' ');
}
async function installCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { installed: false, warning: NON_WINDOWS_WARNING };
    const exec = options.exec ?? execCommand;
    const importing = importCommand(options.pfxPath, options.password);
    const imported = await run(exec, importing, 'certutil');
    if (imported.exitCode !== 0) {
        throw new ActionError(`Importing the certificate into ${STORE} failed: ${describeCommand(importing)} exited with ${imported.exitCode}${details(imported, importing.secrets)}. ` +
            "Check that the runner's user profile is loaded (the job must not run as a service account without one), or set install-certificate: false and connect with -CertificateFilePath.");
    }
    const verifying = verifyCommand(thumbprint);
    const listed = await run(exec, verifying, 'certutil');
    if (listed.exitCode !== 0) {
        throw new ActionError(`certutil reported success, but certificate ${thumbprint} is not in ${STORE} (${describeCommand(verifying)} exited with ${listed.exitCode}${details(listed, [])}). ` +
            'Set install-certificate: false and connect with -CertificateFilePath instead.');
    }
    const storePath = `${STORE}\\${thumbprint}`;
    if (!listed.stdout.includes(KEY_PROVIDER)) {
        return {
            installed: true,
            storePath,
            warning: `Certificate ${thumbprint} is in ${STORE}, but certutil did not show its key in "${KEY_PROVIDER}". If Connect-ExchangeOnline -CertificateThumbprint fails, connect with -CertificateFilePath instead.`,
        };
    }
    return { installed: true, storePath };
}
async function removeInstalledCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { removed: false, warning: NON_WINDOWS_WARNING };
    const removing = removeCommand(thumbprint);
    const result = await run(options.exec ?? execCommand, removing, 'powershell.exe');
    if (result.exitCode !== 0) {
        throw new errors_ActionError(`Removing certificate ${thumbprint} and its private key from ${STORE} failed (exit code ${result.exitCode}${details(result, [])}). ` +
            `On a self-hosted runner remove it by hand: Remove-Item -LiteralPath '${STORE}\\${thumbprint}' -DeleteKey`);
    }
    return { removed: true };
}
/** execFile without a shell: arguments reach the program as they are, quoting done by Node. */
const execCommand = (program, args) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.execFile)(program, [...args], { windowsHide: true, timeout: EXEC_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error === null)
            return resolve({ exitCode: 0, stdout, stderr });
        const failure = error;
        if (typeof failure.code === 'number')
            return resolve({ exitCode: failure.code, stdout, stderr });
        if (failure.killed) {
            return resolve({
                exitCode: -1,
                stdout,
                stderr: `${stderr}\n(stopped after ${EXEC_TIMEOUT_MS / 1000} s)`,
            });
        }
        reject(error);
    });
    // Nothing is ever typed in: a program that prompts reads end-of-file instead of hanging.
    child.stdin?.end();
});
async function run(exec, command, name) {
    try {
        return await exec(command.program, command.args);
    }
    catch (error) {
        const code = error.code;
        throw new errors_ActionError(code === 'ENOENT'
            ? `${name} was not found on this runner; it ships with Windows. Set install-certificate: false and connect with -CertificateFilePath instead.`
            : `Running ${describeCommand(command)} failed: ${maskSecrets(error instanceof Error ? error.message : String(error), command.secrets)}`);
    }
}
function normalizeThumbprint(thumbprint) {
    const normalized = thumbprint.replace(/[\s:]/g, '').toUpperCase();
    if (!THUMBPRINT.test(normalized)) {
        throw new Error(`'${thumbprint}' is not a SHA-1 certificate thumbprint (40 hexadecimal characters).`);
    }
    return normalized;
}
function details(result, secrets) {
    const output = maskSecrets(`${result.stderr}\n${result.stdout}`, secrets)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(-5)
        .join(' | ');
    return output === '' ? '' : `: ${output}`;
}
function maskSecrets(text, secrets) {
    return secrets
        .filter((secret) => secret !== '')
        .reduce((masked, secret) => masked.split(secret).join('***'), text);
}
function quote(part) {
    return /[\s"]/.test(part) ? `"${part.replace(/"/g, '\\"')}"` : part;
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(661);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
