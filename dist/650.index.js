export const id = 650;
export const ids = [650];
export const modules = {

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ rotate),
  z: () => (/* binding */ verificationOf)
});

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/plan/permissions.ts
var permissions = __webpack_require__(3579);
// EXTERNAL MODULE: ./src/keys/key-ring.ts + 2 modules
var key_ring = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/auth/sign-in.ts
var sign_in = __webpack_require__(8022);
// EXTERNAL MODULE: ./src/auth/token-client.ts
var token_client = __webpack_require__(3855);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/verify/exchange-check.ts + 1 modules
var exchange_check = __webpack_require__(4432);
;// CONCATENATED MODULE: ./src/verify/types.ts
/** What verification is asked to do, what an attempt can find, and how it ends. */

/** Verification gave up: `stage` names what has not propagated, `observed` the last answer seen. */
class VerificationError extends errors/* ActionError */.lZ {
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
    const text = (0,token_client/* entraText */.gv)(error);
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
function tokenCheck(options, deadline) {
    const client = (0,token_client/* createTokenClient */.Tf)({
        authorityHost: options.authorityHost,
        tenantId: options.tenantId,
        clientId: options.appId,
        credential: (0,sign_in/* certificateCredential */.z$)(options.certificate),
        http: options.http,
        // bounds each token request's own retries (throttling), like the waits between attempts
        deadline,
    });
    return async () => {
        let token;
        try {
            token = await client.acquire(options.exchangeResource, true);
        }
        catch (error) {
            const code = (0,token_client/* aadstsCode */._1)(error);
            if (code === undefined || !REPLICATION_AADSTS.has(code))
                throw signInRefusal(options, error, code);
            return { done: false, stage: 'key', code, text: (0,token_client/* entraText */.gv)(error), cause: error };
        }
        const granted = (0,token_client/* claimList */.B$)(token, 'roles');
        const missing = options.permissions.filter((p) => !granted.includes(p));
        if (missing.length)
            return { done: false, stage: 'consent', missing, granted };
        return { token };
    };
}

;// CONCATENATED MODULE: ./src/apply/context.ts



/** What the run has created, added and learnt so far. */
class RunState {
    ctx;
    app;
    servicePrincipalId;
    /** the app was created in this run: later writes wait out Entra's replication errors */
    appCreated = false;
    /** the service principal was created in this run */
    spCreated = false;
    /** the certificate to publish: the input one, or the one this run added */
    certificate;
    rotated = false;
    verification;
    secretsWritten = [];
    /** one line per change made, for the log and the summary */
    changes = [];
    keyRing;
    constructor(ctx) {
        this.ctx = ctx;
        const { app, servicePrincipal } = ctx.observed;
        this.app = app && { id: app.id, appId: app.appId };
        this.servicePrincipalId = servicePrincipal?.id;
        this.certificate = ctx.inputCertificate;
    }
    requireApp() {
        if (!this.app)
            throw new errors/* InternalError */.Gd('the app is not known yet');
        return this.app;
    }
    requireServicePrincipal() {
        if (!this.servicePrincipalId)
            throw new errors/* InternalError */.Gd('the service principal is not known yet');
        return this.servicePrincipalId;
    }
    requireCertificate() {
        if (!this.certificate)
            throw new errors/* InternalError */.Gd('no certificate to publish');
        return this.certificate;
    }
    /** The one owner of the app's keys in this run, made once the app is known. */
    keys() {
        this.keyRing ??= new key_ring/* KeyRing */.qB({
            graph: this.ctx.graph,
            appObjectId: this.requireApp().id,
            lineage: this.ctx.lineage,
            signer: this.ctx.signer,
            appCreated: this.appCreated,
            readable: this.ctx.keysReadable ?? true,
            callerIsApp: this.ctx.callerIsApp ?? false,
            probe: this.ctx.keysReadable === false ? this.signInProbe() : undefined,
            clock: this.ctx.clock,
            log: this.ctx.log,
        });
        return this.keyRing;
    }
    /** Entra's answer to a fresh sign-in of the app with a certificate: AADSTS700027 means its key is gone. */
    signInProbe() {
        const { ctx } = this;
        return {
            keyNotFound: async (certificate) => {
                const check = tokenCheck({
                    ...ctx.verification,
                    mode: 'token',
                    tenantId: ctx.tenantId,
                    appId: this.requireApp().appId,
                    organization: ctx.observed.organization,
                    certificate,
                    http: ctx.http,
                }, ctx.clock.now() + ctx.verification.timeoutSeconds * 1000);
                const outcome = await check();
                return 'stage' in outcome && outcome.stage === 'key' && outcome.code === KEY_NOT_FOUND;
            },
        };
    }
}

// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/apply/steps/app.ts
/** The steps that create and change the app registration. */


async function createApp(step, state) {
    const { graph } = state.ctx;
    const created = await (0,applications/* upsertApplication */.M3)(graph, step.uniqueName, {
        displayName: step.displayName,
        requiredResourceAccess: step.requiredResourceAccess,
        tags: step.tags,
    });
    // 204: a concurrent run created it first; both then manage the same app
    const found = created?.id ? created : await (0,applications/* getApplicationByUniqueName */.i$)(graph, step.uniqueName);
    if (!found)
        throw new errors/* ActionError */.lZ(`The app '${step.uniqueName}' was created but cannot be read back yet; rerun the job.`);
    state.app = { id: found.id, appId: found.appId };
    state.appCreated = true;
    state.changes.push(`created app '${step.displayName}' (client ID ${found.appId})`);
}
async function updateAppPermissions(step, state) {
    await (0,applications/* updateApplication */.K3)(state.ctx.graph, state.requireApp().id, { requiredResourceAccess: step.requiredResourceAccess }, state.appCreated);
    state.changes.push(`requested ${step.adds.join(', ')}`);
}
async function renameApp(step, state) {
    await (0,applications/* updateApplication */.K3)(state.ctx.graph, state.requireApp().id, { displayName: step.displayName });
    state.changes.push(`renamed the app from '${step.from}' to '${step.displayName}'`);
}

// EXTERNAL MODULE: ./src/action/mask.ts
var mask = __webpack_require__(1368);
// EXTERNAL MODULE: ./src/certificate/certificate.ts + 4 modules
var certificate = __webpack_require__(943);
// EXTERNAL MODULE: ./src/keys/lineage.ts
var lineage = __webpack_require__(8793);
;// CONCATENATED MODULE: ./src/verify/certificate-check.ts
/**
 * Verification: exo-cba hands over a certificate only once Exchange accepts it. After a change, Entra ID and
 * Exchange take a while to see a new key, a new admin consent and a new directory role; until they do,
 * `Connect-ExchangeOnline` fails with AADSTS700027 or "The role assigned to application … isn't supported in
 * this scenario".
 *
 * One attempt runs the token check (token-check.ts) and, for `verify: exchange`, the Exchange check
 * (exchange-check.ts); the caller repeats attempts on the propagation schedule (wait.ts), bounded by
 * `verify-timeout`, and messages.ts words what the user sees.
 */


function certificateCheck(options, deadline) {
    const signIn = tokenCheck(options, deadline);
    const askExchange = (0,exchange_check/* exchangeCheck */._w)(options, deadline);
    return {
        async attempt() {
            const signedIn = await signIn();
            if (!('token' in signedIn))
                return signedIn;
            return options.mode === 'token' ? { done: true } : askExchange(signedIn.token);
        },
    };
}
/** How the certificate was verified, once an attempt was done. */
function verificationResult(options, done, wait) {
    return {
        method: done.fallbackReason ? 'token' : options.mode,
        seconds: Math.round(wait.elapsedMs() / 100) / 10,
        attempts: wait.attempts,
        ...(done.fallbackReason ? { fallbackReason: done.fallbackReason } : {}),
        ...(done.proof ? { proof: done.proof } : {}),
    };
}

// EXTERNAL MODULE: ./src/verify/wait.ts
var verify_wait = __webpack_require__(5636);
;// CONCATENATED MODULE: ./src/apply/steps/certificate.ts
/** The steps that add, verify and remove the app's certificates, through the run's key ring. */








async function addCertificate(step, state) {
    const { ctx } = state;
    const app = state.requireApp();
    const issued = await (0,certificate/* generateCertificate */.BQ)({
        subject: step.subject,
        validityDays: step.validityDays,
        keySize: step.keySize,
        now: new Date(ctx.clock.now()),
        friendlyName: `exo-cba ${app.appId}`,
        password: ctx.reusablePassword,
        mark: (0,lineage/* certificateMark */.p2)(ctx.lineage),
    });
    (0,mask/* maskCertificate */.w)(issued);
    const via = await state.keys().add(issued);
    state.certificate = issued;
    state.rotated = true;
    state.changes.push(`added certificate ${issued.thumbprintSha1} (expires ${issued.notAfter.toISOString()}, ${via})`);
}
/**
 * Waits until Entra ID (and Exchange) accept the certificate. When Entra answers "key not found", the app is
 * looked at at once: a key a concurrent change dropped will not propagate, so it is put back within seconds.
 */
async function verifyCertificate(step, state) {
    const { ctx } = state;
    const certificate = state.requireCertificate();
    const options = {
        ...ctx.verification,
        mode: step.mode,
        tenantId: ctx.tenantId,
        appId: state.requireApp().appId,
        organization: ctx.observed.organization,
        certificate,
        http: ctx.http,
    };
    const wait = new verify_wait/* PropagationWait */.g(ctx.clock, options.timeoutSeconds);
    const check = certificateCheck(options, wait.deadline);
    for (;;) {
        wait.attempted();
        const outcome = await check.attempt();
        if (outcome.done) {
            const result = verificationResult(options, outcome, wait);
            if (outcome.fallbackReason)
                ctx.log.warning(fallbackWarning(options, outcome.fallbackReason));
            if (outcome.note)
                ctx.log.info(outcome.note);
            ctx.log.info(verifiedMessage(options, result));
            state.verification = result;
            return;
        }
        // a key a concurrent change dropped will never propagate: put it back now, not after verify-timeout
        const restored = state.rotated &&
            outcome.stage === 'key' &&
            outcome.code === KEY_NOT_FOUND &&
            (await state.keys().restoreBeforePublishing());
        if (restored)
            continue;
        ctx.log.info(progressMessage(options, outcome, wait.seconds()));
        await wait.pause(() => timeoutError(options, outcome, wait.seconds(), wait.attempts));
    }
}
async function removeCertificates(step, state) {
    const { ctx, certificate } = state;
    try {
        const removed = await state.keys().remove(step.keys, certificate?.thumbprintSha1);
        if (removed.length)
            state.changes.push(`removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`);
    }
    catch (error) {
        // the published certificate works and is in place; failing the job now would only stop the jobs that need it
        ctx.log.warning(`Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
            `${(0,log/* errorMessage */.gJ)(error)}. They stay registered (nothing breaks); the next run removes them.`);
    }
}

// EXTERNAL MODULE: ./src/graph/federated-credentials.ts
var federated_credentials = __webpack_require__(9915);
// EXTERNAL MODULE: ./src/plan/federated-trust.ts
var federated_trust = __webpack_require__(9100);
;// CONCATENATED MODULE: ./src/apply/steps/federated-credential.ts
/** The step that lets the consumer jobs' GitHub OIDC tokens sign in as the managed app (token mode). */



async function addFederatedCredential(step, state) {
    try {
        const outcome = await (0,federated_credentials/* upsertFederatedCredential */.v4)(state.ctx.graph, state.requireApp().id, { ...step, description: federated_trust/* FEDERATED_CREDENTIAL_DESCRIPTION */._I }, state.appCreated);
        state.changes.push(`${outcome === 'created' ? 'added' : 'updated'} federated credential ${step.name} for subject ${step.subject}`);
    }
    catch (error) {
        // another run or person wrote the app's credentials since they were read
        if ((0,federated_credentials/* isLimitError */.g)(error))
            throw new errors/* ActionError */.lZ(`Entra ID refused federated credential ${step.name} for ${step.subject}: the app has ${federated_credentials/* MAX_FEDERATED_CREDENTIALS */.d3} ` +
                'already (its limit). Remove ones no longer used (App registrations → the app → Certificates & secrets → ' +
                'Federated credentials), or list fewer access-token-subjects.', { cause: error });
        if ((0,federated_credentials/* isDuplicateSubjectError */.ey)(error))
            throw new errors/* ActionError */.lZ(`Another federated credential of the app already trusts subject ${step.subject} (issuer ${step.issuer}); it was ` +
                'added since this run read the app. exo-cba leaves it as it is: rerun to see whether its audience fits.', { cause: error });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/exchange/cmdlets.ts
var cmdlets = __webpack_require__(6407);
// EXTERNAL MODULE: ./src/graph/role-assignments.ts
var role_assignments = __webpack_require__(1461);
// EXTERNAL MODULE: ./src/graph/service-principals.ts
var service_principals = __webpack_require__(4879);
;// CONCATENATED MODULE: ./src/apply/steps/exchange-rbac.ts
/**
 * The steps that give the managed app its Exchange role groups, run as the provisioning app through Exchange's
 * admin API: record them on the application (tags), register the service principal in Exchange, add it to a
 * group, take it out of one. "Already exists" and "already a member" are the state wanted; a service principal
 * Exchange does not know yet (it learns of new Entra service principals after a delay) is waited for.
 */






function admin(state) {
    if (!state.ctx.exchangeAdmin)
        throw new errors/* InternalError */.Gd('no Exchange access for the role group steps');
    return state.ctx.exchangeAdmin;
}
async function tagApp(step, state) {
    await (0,applications/* updateApplication */.K3)(state.ctx.graph, state.requireApp().id, { tags: step.tags }, state.appCreated);
}
async function enableServicePrincipal(_step, state) {
    await (0,service_principals/* setServicePrincipalEnabled */.hQ)(state.ctx.graph, state.requireServicePrincipal(), true);
    state.changes.push('enabled the app again (enable-app: true)');
}
async function registerExchangeServicePrincipal(_step, state) {
    const { ctx } = state;
    const app = state.requireApp();
    const objectId = state.requireServicePrincipal();
    const wait = new verify_wait/* PropagationWait */.g(ctx.clock, ctx.verification.timeoutSeconds);
    for (;;) {
        try {
            await (0,cmdlets/* invokeCmdlet */.Yp)(admin(state), 'New-ServicePrincipal', {
                AppId: app.appId,
                ObjectId: objectId,
                DisplayName: `exo-cba ${app.appId}`,
            });
            state.changes.push(`registered the app's service principal ${objectId} in Exchange Online`);
            return;
        }
        catch (error) {
            if (error instanceof cmdlets/* CmdletError */.AU && error.alreadyExists)
                return;
            if (!(error instanceof cmdlets/* CmdletError */.AU) || !error.notFound)
                throw explain(error);
            ctx.log.info(`Exchange does not know the app's service principal ${objectId} yet (${error.exchangeMessage}); waiting ` +
                `(${wait.seconds()} s of ${ctx.verification.timeoutSeconds} s).`);
            await wait.pause(() => new errors/* ActionError */.lZ(`Exchange Online did not learn of the app's service principal ${objectId} within ${wait.seconds()} s ` +
                `('verify-timeout'): ${error.exchangeMessage}. Rerun the workflow; the app and its other grants are in place.`));
        }
    }
}
async function addRoleGroupMember(step, state) {
    try {
        await (0,cmdlets/* invokeCmdlet */.Yp)(admin(state), 'Add-RoleGroupMember', {
            Identity: step.group,
            Member: state.requireServicePrincipal(),
            BypassSecurityGroupManagerCheck: true,
            Confirm: false,
        });
        state.changes.push(`added the app to Exchange role group ${step.group}`);
    }
    catch (error) {
        if (error instanceof cmdlets/* CmdletError */.AU && error.alreadyMember)
            return;
        if (error instanceof cmdlets/* CmdletError */.AU && error.notFound)
            throw new errors/* ActionError */.lZ(`Exchange has no role group '${step.group}' ('exchange-role-groups'): ${error.exchangeMessage} Use the name of ` +
                'a built-in role group (e.g. Recipient Management, View-Only Organization Management) or of a custom one ' +
                '(Get-RoleGroup lists them).', { cause: error });
        throw explain(error);
    }
}
async function removeRoleGroupMember(step, state) {
    try {
        await (0,cmdlets/* invokeCmdlet */.Yp)(admin(state), 'Remove-RoleGroupMember', {
            Identity: step.group,
            Member: state.requireServicePrincipal(),
            BypassSecurityGroupManagerCheck: true,
            Confirm: false,
        });
        state.changes.push(`took the app out of Exchange role group ${step.group}`);
    }
    catch (error) {
        if (error instanceof cmdlets/* CmdletError */.AU && (error.notMember || error.notFound))
            return;
        throw explain(error);
    }
}
async function unassignRole(step, state) {
    const outcome = await (0,role_assignments/* removeDirectoryRole */.mU)(state.ctx.graph, step.assignmentId);
    if (outcome === 'deleted')
        state.changes.push(`removed directory role ${step.role} (no longer in 'roles')`);
}
/** A refusal for want of rights is the provisioning app's setup, said so. */
function explain(error) {
    const refused = error instanceof cmdlets/* CmdletError */.AU && (error.notAllowed || error.status === 401 || error.status === 403);
    if (!refused)
        return error;
    return new errors/* ActionError */.lZ(`Exchange refused the provisioning app's ${error.cmdlet} (${error.exchangeMessage}): it runs the role group ` +
        "cmdlets itself, so it needs the admin consent for Office 365 Exchange Online's Exchange.ManageAsApp and the " +
        'Exchange Administrator role (scripts/bootstrap.sh --exchange-role-groups; docs/permissions.md).', { cause: error });
}

;// CONCATENATED MODULE: ./src/apply/steps/secrets.ts
/**
 * How long after its own writes a run that raced another first publication writes its certificate again: the
 * other run writes its certificate right after its password, within a round trip or two.
 */
const PAIR_SETTLE_MS = 2000;
async function publishSecrets(step, state) {
    const { ctx } = state;
    const certificate = state.requireCertificate();
    if (!ctx.secrets)
        return;
    const values = {
        APP_ID: state.requireApp().appId,
        APP_OBJECT_ID: state.requireApp().id,
        TENANT_ID: ctx.tenantId,
        ORGANIZATION: ctx.observed.organization,
        CERTIFICATE: certificate.pfxBase64,
        CERTIFICATE_PASSWORD: certificate.password,
    };
    const subset = Object.fromEntries(step.names.map((n) => [n.value, values[n.value]]));
    const written = await ctx.secrets.write(subset);
    // The run found no password and wrote one, but GitHub says it replaced one: another run is publishing a
    // first pair right now, and this run's password was written after its. Its certificate follows its password
    // within a round trip; writing this run's certificate again after that leaves the last pair written whole.
    const planned = step.names.find((n) => n.value === 'CERTIFICATE_PASSWORD');
    const password = written.find((w) => w.key === 'CERTIFICATE_PASSWORD');
    if (planned?.reason === 'missing' && password?.outcome === 'updated' && subset.CERTIFICATE) {
        ctx.log.warning(`Another run published ${password.name} at the same time as this one; writing this run's certificate ` +
            'again so that the certificate and password secrets stay a pair. Put exo-cba runs for one destination ' +
            'in a `concurrency:` group so they cannot overlap.');
        await ctx.clock.sleep(PAIR_SETTLE_MS);
        written.push(...(await ctx.secrets.write({ CERTIFICATE: subset.CERTIFICATE })));
    }
    state.secretsWritten = [...new Set(written.map((w) => w.name))];
    state.changes.push(`wrote GitHub secrets ${state.secretsWritten.join(', ')}`);
}
async function deleteSecrets(step, state) {
    const deleted = (await state.ctx.secrets?.remove(step.names)) ?? [];
    if (deleted.length)
        state.changes.push(`deleted GitHub secret(s) ${deleted.join(', ')} (${step.reason})`);
}

// EXTERNAL MODULE: ./src/graph/app-role-assignments.ts
var app_role_assignments = __webpack_require__(6331);
;// CONCATENATED MODULE: ./src/apply/steps/service-principal.ts
/** The steps that create the app's service principal and give it access to Exchange Online. */




async function createServicePrincipal(_step, state) {
    const sp = await (0,service_principals/* upsertServicePrincipal */.nl)(state.ctx.graph, state.requireApp().appId);
    state.servicePrincipalId = sp.id;
    state.spCreated = true;
    state.changes.push('created the service principal');
}
async function grantPermission(step, state) {
    const { graph, observed } = state.ctx;
    const outcome = await (0,app_role_assignments/* grantAppRole */.EH)(graph, {
        principalId: state.requireServicePrincipal(),
        resourceId: step.resourceId ?? requireExchange(observed.exchange),
        appRoleId: step.appRoleId,
    }, state.spCreated);
    const what = `${step.resource ? `${step.resource} ` : ''}${step.permission}`;
    if (outcome === 'already')
        state.ctx.log.info(`Admin consent for ${what}: already in place.`);
    else
        state.changes.push(`granted admin consent for ${what}`);
}
async function assignRole(step, state) {
    const principalId = state.requireServicePrincipal();
    const outcome = await (0,role_assignments/* assignDirectoryRole */.Xe)(state.ctx.graph, principalId, step.role.templateId, state.spCreated);
    if (outcome === 'already')
        state.ctx.log.info(`Directory role ${step.role.name}: already in place.`);
    else
        state.changes.push(`assigned directory role ${step.role.name}`);
}
function requireExchange(exchange) {
    if (!exchange)
        throw new errors/* InternalError */.Gd('consent is granted only by a run that read Exchange Online');
    return exchange.id;
}

;// CONCATENATED MODULE: ./src/apply/steps/index.ts






const STEP_HANDLERS = {
    'create-app': createApp,
    'update-app-permissions': updateAppPermissions,
    'rename-app': renameApp,
    'create-service-principal': createServicePrincipal,
    'add-certificate': addCertificate,
    'grant-permission': grantPermission,
    'assign-role': assignRole,
    'add-federated-credential': addFederatedCredential,
    'verify-certificate': verifyCertificate,
    'tag-app': tagApp,
    'untag-app': tagApp,
    'enable-service-principal': enableServicePrincipal,
    'register-exchange-service-principal': registerExchangeServicePrincipal,
    'add-role-group-member': addRoleGroupMember,
    'remove-role-group-member': removeRoleGroupMember,
    'unassign-role': unassignRole,
    'publish-secrets': publishSecrets,
    'delete-secrets': deleteSecrets,
    'remove-certificates': removeCertificates,
};
function runStep(step, state) {
    // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
    const handler = STEP_HANDLERS[step.kind];
    return handler(step, state);
}

;// CONCATENATED MODULE: ./src/apply/apply.ts
/**
 * Carries out a plan: each stage's steps concurrently, stages in order, except that writes to the app object
 * itself go one at a time (Entra refuses writes to one application made too close together). Every step is
 * idempotent and re-reads where a concurrent run could have changed things, so a rerun after any failure
 * converges. A run applies its plan in two parts, so the certificate is handed to the job in between:
 * `applyChanges` (the tenant, then verification) and `applyPublication` (secrets, pruning, the last look at
 * the run's own key).
 */





/** The steps that come once the certificate is verified and handed to the job. */
const PUBLICATION = new Set([
    'publish-secrets',
    'delete-secrets',
    'remove-certificates',
    'remove-role-group-member',
    'unassign-role',
    'untag-app',
]);
/** Steps that write the application object: never two at once. */
const APP_WRITES = new Set([
    'update-app-permissions',
    'rename-app',
    'add-certificate',
    'add-federated-credential',
    'tag-app',
    'untag-app',
]);
/** The tenant's changes and the verification of the certificate; returns the state for the publication. */
async function applyChanges(plan, ctx) {
    const state = new RunState(ctx);
    await runStages(plan.stages.map((stage) => stage.filter((s) => !PUBLICATION.has(s.kind))), state);
    // a new key is handed to the job only once it was seen registered
    if (state.rotated)
        await state.keys().confirmBeforePublishing();
    return state;
}
/** Secrets, then old keys; the last thing is a look at the run's own key, put back if a concurrent run dropped it. */
async function applyPublication(plan, state) {
    await runStages(plan.stages.map((stage) => stage.filter((s) => PUBLICATION.has(s.kind))), state);
    if (state.rotated)
        await state.keys().keepRegistered({ verified: state.verification !== undefined });
    const app = state.requireApp();
    return {
        appObjectId: app.id,
        appId: app.appId,
        servicePrincipalId: state.servicePrincipalId,
        certificate: state.requireCertificate(),
        rotated: state.rotated,
        verification: state.verification,
        secretsWritten: state.secretsWritten,
        changes: state.changes,
    };
}
async function runStages(stages, state) {
    for (const stage of stages) {
        const appWrites = stage.filter((s) => APP_WRITES.has(s.kind));
        const others = stage.filter((s) => !APP_WRITES.has(s.kind));
        await Promise.all([
            (async () => {
                for (const step of appWrites)
                    await run(step, state);
            })(),
            ...others.map((step) => run(step, state)),
        ]);
    }
}
async function run(step, state) {
    try {
        await runStep(step, state);
    }
    catch (error) {
        throw apply_explain(error, step, state);
    }
}
/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function apply_explain(error, step, state) {
    if (!(error instanceof graph_errors/* GraphError */.h9) ||
        error.status !== 403 ||
        !permissions/* EXISTING_APP_WRITES */.P.has(step.kind) ||
        state.appCreated)
        return error;
    return new errors/* ActionError */.lZ(`Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
        'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
        "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
        'or add its service principal as an owner of the app. Nothing in this step was changed.', { cause: error });
}

// EXTERNAL MODULE: ./src/publish/hand-over.ts + 1 modules
var hand_over = __webpack_require__(960);
// EXTERNAL MODULE: ./src/plan/plan.ts + 5 modules
var plan_plan = __webpack_require__(795);
// EXTERNAL MODULE: ./src/publish/alarm.ts + 1 modules
var alarm = __webpack_require__(2804);
// EXTERNAL MODULE: ./src/publish/connect-line.ts
var connect_line = __webpack_require__(6732);
// EXTERNAL MODULE: ./src/publish/expiry.ts
var publish_expiry = __webpack_require__(360);
// EXTERNAL MODULE: ./src/publish/outputs.ts
var outputs = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
// EXTERNAL MODULE: ./src/publish/summary-sections.ts
var summary_sections = __webpack_require__(1624);
;// CONCATENATED MODULE: ./src/publish/summary.ts
/** The job summary of a run that provisions or rotates: what it found, did and published. Never a secret value. */




function verificationText(verified, verification) {
    switch (verified) {
        case 'exchange':
            return `Exchange Online accepted the certificate (${verification?.seconds ?? 0} s)`;
        case 'token':
            return (`Entra ID issued an Exchange token with the permissions (${verification?.seconds ?? 0} s)` +
                (verification?.fallbackReason
                    ? `; the Exchange check was skipped: ${verification.fallbackReason}`
                    : ''));
        case 'none':
            return 'not verified (verify: none)';
        case 'unchanged':
            return 'nothing changed, nothing to verify';
    }
}
/** The expiry's warning or error, where the summary's reader sees it first. */
function expiryAlert(expiry) {
    if (expiry.level === 'ok' || !expiry.message)
        return '';
    return `<p><strong>${expiry.level === 'error' ? 'Error' : 'Warning'}:</strong> ${expiry.message}</p>`;
}
async function writeSummary(facts) {
    const { access, identity, certificate } = facts;
    await (0,summary/* writeJobSummary */.j)((s) => {
        const summary = s
            .addHeading('Exchange Online app-only access', 2)
            .addRaw(facts.changes.length
            ? `<p>${facts.changes.length} change(s) made.</p>`
            : '<p>Nothing changed: everything was already in place.</p>')
            .addRaw(expiryAlert(facts.expiry))
            .addTable([
            [
                { data: 'What', header: true },
                { data: 'Value', header: true },
            ],
            ['App', `${(0,html/* escapeHtml */.Z)(facts.appName)} — client ID <code>${(0,html/* escapeHtml */.Z)(identity.appId)}</code>`],
            ['Tenant', `<code>${(0,html/* escapeHtml */.Z)(identity.tenantId)}</code>`],
            [
                'Organization',
                `<code>${(0,html/* escapeHtml */.Z)(identity.organization)}</code> (${(0,html/* escapeHtml */.Z)(identity.exchangeEnvironmentName)})`,
            ],
            ['Permissions', (0,html/* escapeHtml */.Z)(access.permissions.join(', '))],
            ['Directory roles', (0,html/* escapeHtml */.Z)(access.roles.join(', ') || 'none')],
            [
                'Certificate',
                `<code>${certificate.thumbprintSha1}</code>, ${(0,publish_expiry/* expiryLine */.c$)(facts.expiry)}` +
                    (facts.rotated ? ' — <strong>new in this run</strong>' : ''),
            ],
            ['Verified', (0,html/* escapeHtml */.Z)(verificationText(facts.verified, facts.verification))],
            [
                'GitHub secrets written',
                facts.secretsWritten.length ? (0,html/* escapeHtml */.Z)(facts.secretsWritten.join(', ')) : 'none',
            ],
        ]);
        // the thumbprint has no secret of its own: it is derived from the certificate
        if (facts.secretsWritten.length)
            summary.addRaw('<p>The thumbprint has no secret: a job gets it from the <code>use</code> entry (output ' +
                '<code>certificate-thumbprint</code>) or from the PFX — Linux: <code>openssl pkcs12 -in exo.pfx -passin ' +
                'env:EXO_CERTIFICATE_PASSWORD -nokeys | openssl x509 -noout -fingerprint -sha1</code>; Windows: ' +
                '<code>(New-Object System.Security.Cryptography.X509Certificates.X509Certificate2(' +
                '[Convert]::FromBase64String($env:EXO_CERTIFICATE), $env:EXO_CERTIFICATE_PASSWORD)).Thumbprint</code>.</p>\n');
        if (facts.changes.length)
            summary.addHeading('Changes', 3).addList(facts.changes.map(html/* escapeHtml */.Z));
        if (facts.planLines)
            summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html/* escapeHtml */.Z));
        summary.addRaw((0,summary_sections/* warningsSection */.x)(facts.warnings));
        if (facts.connect)
            summary.addRaw((0,summary_sections/* connectSection */.w)(facts.connect));
        return summary;
    });
}
async function writeDryRunSummary(app, certificate, planLines, expiry, warnings) {
    await (0,summary/* writeJobSummary */.j)((s) => s
        .addHeading('Exchange Online app-only access — dry run', 2)
        .addRaw(expiry ? expiryAlert(expiry) : '')
        .addRaw(certificate && expiry
        ? `<p>Certificate <code>${certificate.thumbprintSha1}</code> (the certificate input): ${(0,publish_expiry/* expiryLine */.c$)(expiry)}.</p>`
        : '')
        .addRaw(`<p>App <code>${(0,html/* escapeHtml */.Z)(app)}</code>: nothing was changed. The plan:</p>`)
        .addList(planLines.map(html/* escapeHtml */.Z))
        .addRaw((0,summary_sections/* warningsSection */.x)(warnings)));
}

;// CONCATENATED MODULE: ./src/publish/report-run.ts






/** Logs the plan and its notes; returns its lines for the dry run's summary. */
function reportPlan(plan, log) {
    const lines = (0,plan_plan/* describePlan */.df)(plan);
    log.info(`Plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    for (const note of plan.notes)
        log.warning(note);
    return lines;
}
/** Fails the step, once everything else is done and published, when the certificate expires too soon. */
function failIfExpiring(expiry) {
    if (expiry?.level === 'error' && expiry.message)
        throw new publish_expiry/* ExpiryError */.kn(expiry.message);
}
/** A dry run changed nothing: the outputs of what exists, and the plan in the summary. */
async function reportDryRun(facts, planLines, input) {
    const expiry = input &&
        (0,publish_expiry/* judgeExpiry */.BF)(input, {
            ...facts.expiryPolicy,
            rotated: false,
            now: facts.now(),
            cause: 'dry-run: true changes nothing',
        });
    if (expiry)
        (0,outputs/* announceExpiry */.pI)(expiry);
    facts.log.info('dry-run: true — nothing was changed.');
    const { appId, ...identity } = facts.identity;
    if (appId)
        (0,outputs/* setIdentityOutputs */.Dx)({ ...identity, appId });
    (0,outputs/* setResultOutputs */.Ge)({ rotated: false, verified: 'unchanged', changed: false });
    await writeDryRunSummary(facts.appName, input, planLines, expiry, facts.log.warnings);
    failIfExpiring(expiry);
}
/** The outputs, the log's account of the changes, and the job summary. */
async function reportRun(facts, plan, result, credential) {
    const { log, env } = facts;
    const changed = result.changes.length > 0;
    const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
    const identity = {
        ...facts.identity,
        appId: result.appId,
        appObjectId: result.appObjectId,
        servicePrincipalId: result.servicePrincipalId ?? facts.identity.servicePrincipalId,
    };
    const expiry = (0,publish_expiry/* judgeExpiry */.BF)(result.certificate, {
        ...facts.expiryPolicy,
        rotated: result.rotated,
        now: facts.now(),
    });
    (0,outputs/* setIdentityOutputs */.Dx)(identity);
    (0,outputs/* announceExpiry */.pI)(expiry);
    (0,outputs/* setResultOutputs */.Ge)({ rotated: result.rotated, verified, changed });
    if (changed)
        log.info(`Changed:\n${result.changes.map((c) => `  - ${c}`).join('\n')}`);
    else
        log.info(`Nothing changed: app ${result.appId} is set up; certificate ${result.certificate.thumbprintSha1} is valid until ${result.certificate.notAfter.toISOString()}.`);
    // before the summary, so a warning of closing the alarm issue is listed in it
    if (expiry.level !== 'error')
        await (0,alarm/* clearAlarm */.FD)(facts.alarm, `${result.certificate.thumbprintSha1} is valid until ${expiry.notAfter.toISOString()}`, {
            env,
            log,
        });
    await writeSummary({
        access: facts.access,
        appName: facts.appName,
        identity,
        certificate: result.certificate,
        rotated: result.rotated,
        verified,
        verification: result.verification,
        changes: result.changes,
        secretsWritten: result.secretsWritten,
        expiry,
        warnings: log.warnings,
        connect: (0,connect_line/* connectLine */.$o)({ ...identity, credential, runnerOs: env.RUNNER_OS, stepId: env.GITHUB_ACTION }),
    });
    failIfExpiring(expiry);
}

;// CONCATENATED MODULE: ./src/pipelines/rotation.ts
/**
 * The one rotation pipeline the bootstrap and the rotate entry share: plan → (dry run: report and stop) → the
 * tenant's changes and the verification → the certificate handed to the job → secrets, pruning and the last
 * look at the run's key → the report. What differs — who signs in, what it may observe, which plan it makes,
 * what it checks before the first write — each entry prepares and passes in.
 */




/** What the verification of a new certificate needs from the settings: where to sign in, what to expect. */
function verificationOf(settings, permissions, roles) {
    return {
        authorityHost: settings.authorityHost,
        exchangeEndpoint: settings.exchangeEndpoint,
        exchangeResource: settings.cloud.exchangeResource,
        permissions,
        roles,
        timeoutSeconds: settings.verifyTimeoutSeconds,
    };
}
async function rotate(prepared, run) {
    const { plan } = prepared;
    const { http, clock, log, env } = run;
    const context = { ...prepared.context, http, clock, log };
    const facts = { ...prepared.facts, log, env, now: () => new Date(clock.now()) };
    const planLines = reportPlan(plan, run.log);
    if (prepared.dryRun) {
        const refused = prepared.check('dry-run');
        await reportDryRun(facts, planLines, prepared.input);
        // the dry run is the check the README tells admins to run: what the real run would be refused fails it
        if (refused)
            throw new errors/* ActionError */.lZ(`dry-run: true — the real run would fail: ${refused}. Nothing was changed.`);
        return;
    }
    prepared.check('apply');
    const state = await applyChanges(plan, context);
    const credential = await (0,hand_over/* handToJob */.I)(state.requireCertificate(), { installCertificate: false, pfxOutputs: true }, run.env, run.log);
    const result = await applyPublication(plan, state);
    await reportRun(facts, plan, result, credential);
}


/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ assertGraphPermissions),
/* harmony export */   P: () => (/* binding */ EXISTING_APP_WRITES)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/**
 * Checks, before the first write, that the provisioning app's Graph token carries every application
 * permission the plan's writes need. A missing one fails the run with nothing changed, instead of a 403
 * half way through.
 */

/**
 * Steps that change an app that already exists, or its service principal and certificates. With
 * Application.ReadWrite.OwnedBy, Graph allows them only on apps the provisioning app owns.
 */
const EXISTING_APP_WRITES = new Set([
    'update-app-permissions',
    'rename-app',
    'create-service-principal',
    'add-certificate',
    'remove-certificates',
    'add-federated-credential',
]);
/** Every step that needs Application.ReadWrite.OwnedBy or .All. */
const APP_WRITES = new Set(['create-app', ...EXISTING_APP_WRITES]);
function needs(plan) {
    const kinds = new Set(plan.stages.flat().map((s) => s.kind));
    const result = [];
    if ([...kinds].some((k) => APP_WRITES.has(k))) {
        result.push({
            permissions: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
            for: 'creating and updating the app, its service principal, certificates and federated credentials',
        });
    }
    if (kinds.has('grant-permission'))
        result.push({ permissions: ['AppRoleAssignment.ReadWrite.All'], for: 'granting admin consent' });
    if (kinds.has('assign-role'))
        result.push({ permissions: ['RoleManagement.ReadWrite.Directory'], for: 'assigning the directory role' });
    return result;
}
const APP_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'];
/**
 * Throws when a needed permission is missing. Returns a warning when the plan grants consent without an
 * application read permission: Microsoft documents Application.Read.All next to
 * AppRoleAssignment.ReadWrite.All for that call, and some tenants answer 403 without it.
 */
function assertGraphPermissions(plan, roles, clientId) {
    const granted = new Set(roles);
    const missing = needs(plan).filter((n) => !n.permissions.some((p) => granted.has(p)));
    if (!missing.length) {
        const grants = plan.stages.flat().some((s) => s.kind === 'grant-permission');
        if (grants && !APP_READ.some((p) => granted.has(p))) {
            return (`The provisioning app (client-id ${clientId}) has no Application.Read.All; Microsoft documents it alongside ` +
                'AppRoleAssignment.ReadWrite.All for granting admin consent. If the consent step fails with 403, grant Application.Read.All.');
        }
        return undefined;
    }
    const lines = missing.map((n) => `  - ${n.permissions.join(' or ')} (for ${n.for})`);
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The provisioning app (client-id ${clientId}) lacks Microsoft Graph application permission(s) this run needs; nothing was changed:\n` +
        `${lines.join('\n')}\n` +
        `Its token carries: ${granted.size ? [...granted].sort().join(', ') : 'no application permissions'}.\n` +
        'Grant them: Entra admin center → App registrations → the provisioning app → API permissions → Add a permission → ' +
        "Microsoft Graph → Application permissions, then 'Grant admin consent'. New consent reaches tokens within minutes.");
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

/***/ 4432:
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

// EXTERNAL MODULE: ./src/exchange/redirects.ts
var redirects = __webpack_require__(4468);
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
            return await (0,redirects/* sendToExchange */.Tg)(options.http, endpoint, {
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
