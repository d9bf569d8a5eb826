export const id = 116;
export const ids = [116];
export const modules = {

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ missingExchangeAccess),
/* harmony export */   c: () => (/* binding */ describeMissingAccess)
/* harmony export */ });
/* harmony import */ var _auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1486);
/**
 * What an Exchange token of the managed app shows about its access, without reading anything in Graph:
 * the admin consent (`roles`) and the directory roles (`wids`, when Entra includes them: app-only tokens
 * carry the service principal's directory roles there, though Microsoft documents `wids` for users —
 * unverified). Shared by self-rotation and token mode.
 */


function missingExchangeAccess(token, wanted) {
    const granted = (0,_auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__/* .claimList */ .B$)(token, 'roles').map((r) => r.toLowerCase());
    const permissions = wanted.permissions.filter((p) => !granted.includes(p.toLowerCase()));
    if (!Array.isArray(token.claims.wids))
        return { permissions, role: false, rolesUnknown: true };
    // any role Exchange supports for app-only access will do: the bootstrap may have assigned another one
    const wids = new Set((0,_auth_token_client_js__WEBPACK_IMPORTED_MODULE_0__/* .claimList */ .B$)(token, 'wids'));
    const role = !Object.values(_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCHANGE_SUPPORTED_ROLES */ .lz).some((id) => wids.has(id));
    return { permissions, role, rolesUnknown: false };
}
/** The missing access in words: "the admin consent for X and a directory role Exchange supports (…)". */
function describeMissingAccess(missing) {
    const parts = missing.permissions.map((p) => `the admin consent for ${p}`);
    if (missing.role)
        parts.push('a directory role Exchange supports for app-only access (e.g. Exchange Administrator)');
    return parts;
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotate: () => (/* binding */ rotate)
});

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/publish/expiry.ts
var expiry = __webpack_require__(360);
// EXTERNAL MODULE: ./src/auth/sign-in.ts
var sign_in = __webpack_require__(8022);
// EXTERNAL MODULE: ./src/certificate/certificate.ts + 4 modules
var certificate_certificate = __webpack_require__(943);
// EXTERNAL MODULE: ./src/keys/lineage.ts
var keys_lineage = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/observe/exchange-access.ts
var exchange_access = __webpack_require__(3186);
// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/keys/key.ts
var key = __webpack_require__(8947);
;// CONCATENATED MODULE: ./src/observe/observe-self.ts
/**
 * What a self-rotating app can learn about itself without any Graph permission:
 * - its keys, if Graph lets an app read its own application object (users report it does — microsoftgraph
 *   /microsoft-graph-docs issues 15879 and 15880 — but Microsoft does not document it, so a refusal is expected
 *   and handled: the object ID then comes from the `app-object-id` input the bootstrap published, and old keys
 *   are left for a run that can read them);
 * - its consent and directory roles, from its own Exchange token (`roles`, `wids`), before any write.
 */




async function observeSelf(graph, session, options) {
    const [app, secrets] = await Promise.all([
        readOwnApplication(graph, options.appId),
        options.listSecrets?.(),
    ]);
    const id = app?.id ?? options.appObjectId;
    if (!id) {
        throw new errors/* ActionError */.lZ(`App ${options.appId} may not read its own application object here, so its object ID is unknown (the proof of ` +
            'possession names it). Pass app-object-id: ${{ secrets.EXO_APP_OBJECT_ID }} (the bootstrap run writes it, and ' +
            "outputs it as 'app-object-id'). Nothing was changed.");
    }
    if (!app)
        options.log.info('The app may not read its own application object: its old keys stay until they expire or a bootstrap run removes them.');
    return {
        app: { id, appId: options.appId, displayName: app?.displayName ?? '' },
        keys: app?.keyCredentials.map(key/* observeKey */.c),
        servicePrincipalId: session.servicePrincipalId,
        existingSecrets: secrets?.names,
        legacySecrets: secrets?.legacy,
        certificateWrittenAt: secrets?.certificateWrittenAt,
    };
}
async function readOwnApplication(graph, appId) {
    try {
        return await (0,applications/* getApplicationByAppId */.kx)(graph, appId);
    }
    catch (error) {
        // an app-only token without roles: Graph refuses, as documented for every caller without a permission
        if (error instanceof graph_errors/* GraphError */.h9 && error.status === 403)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/plan/keys.ts
var plan_keys = __webpack_require__(5111);
// EXTERNAL MODULE: ./src/plan/plan.ts + 5 modules
var plan = __webpack_require__(795);
;// CONCATENATED MODULE: ./src/plan/self-plan.ts


function planSelfRotation(settings, observed, now) {
    const { keys } = observed;
    const certificate = (0,plan_keys/* decideCertificate */.q2)(settings, keys, true, now);
    const stages = [];
    if (certificate.action === 'rotate') {
        stages.push([
            {
                kind: 'add-certificate',
                reason: certificate.reason,
                subject: settings.certificateSubject,
                validityDays: settings.certificateValidityDays,
                keySize: settings.keySize,
                replaces: certificate.replaces,
            },
        ]);
        if (settings.verify !== 'none')
            stages.push([{ kind: 'verify-certificate', mode: settings.verify }]);
    }
    const secrets = (0,plan/* secretSteps */.E3)(observed, settings, {
        certificateChanged: certificate.action === 'rotate',
        identityChanged: false,
    });
    if (secrets.length)
        stages.push(secrets);
    const removals = observed.keysKnown
        ? (0,plan_keys/* lineageRemovals */.Zx)(settings, certificate, keys, now, observed.certificateWrittenAt)
        : [];
    if (removals.length)
        stages.push([{ kind: 'remove-certificates', keys: removals }]);
    return {
        stages,
        certificate,
        signer: (0,plan_keys/* proofKey */.CU)(settings, keys, now),
        tenantChanges: certificate.action === 'rotate',
        notes: [],
    };
}

// EXTERNAL MODULE: ./src/pipelines/clients.ts + 9 modules
var clients = __webpack_require__(8043);
// EXTERNAL MODULE: ./src/pipelines/rotation.ts + 15 modules
var rotation = __webpack_require__(650);
;// CONCATENATED MODULE: ./src/pipelines/rotate.ts
/**
 * The rotate entry: the managed app signs in with its current certificate and rolls its own keys (addKey,
 * removeKey: no Graph permission). What only the provisioning app could fix is checked before any write.
 * Everything after the plan is the shared rotation pipeline.
 */











async function rotate(settings, run) {
    const { http, env, clock, log } = run;
    const input = settings.certificate;
    if (input.notAfter.getTime() <= clock.now())
        throw expired(input, settings.appId);
    // its Exchange token shows the consent and roles the bootstrap granted: checked before any write
    const session = await (0,sign_in/* signInWithCertificate */.Io)(settings, input, http);
    assertRotationPossible(session, settings, log);
    const graph = (0,clients/* graphClient */.qK)(run, settings.graphEndpoint, session.graphToken, settings.verifyTimeoutSeconds);
    const secrets = (0,clients/* secretsClient */.Zc)(settings.secrets, run);
    const lineage = (0,keys_lineage/* lineageOfRun */.M7)(settings.secrets, env);
    const self = await observeSelf(graph, session, {
        appId: settings.appId,
        appObjectId: settings.appObjectId,
        listSecrets: secrets ? () => secrets.existing() : undefined,
        log,
    });
    // an app that may not read itself knows one key: the certificate input, which its sign-in proved valid
    const keys = self.keys ?? [inputAsKey(input, lineage)];
    const plan = planSelfRotation({ ...settings, lineage: lineage.id, secretPrefix: settings.secrets?.target.prefix }, { ...self, keys, keysKnown: Boolean(self.keys) }, new Date(clock.now()));
    await (0,rotation/* rotate */.e)({
        plan,
        dryRun: settings.dryRun,
        input,
        check: () => { },
        context: {
            graph,
            observed: { app: self.app, organization: settings.organization },
            tenantId: session.tenantId,
            inputCertificate: input,
            signer: plan.signer === input.thumbprintSha1 ? input : undefined,
            keysReadable: Boolean(self.keys),
            callerIsApp: true,
            lineage,
            reusablePassword: (0,plan_keys/* reusablePassword */.vl)(settings),
            verification: (0,rotation/* verificationOf */.z)(settings, settings.permissions, []),
            secrets,
        },
        facts: {
            appName: self.app.displayName || settings.appId,
            identity: {
                appId: settings.appId,
                appObjectId: self.app.id,
                servicePrincipalId: self.servicePrincipalId,
                tenantId: session.tenantId,
                organization: settings.organization,
                exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
            },
            access: { permissions: settings.permissions, roles: [] },
            expiryPolicy: settings,
            alarm: { secrets: settings.secrets, tenantId: settings.tenantId, lineage },
        },
    }, run);
}
/**
 * An expired certificate signs no proof and no sign-in: the app cannot roll its own keys any more, and no input
 * of this entry changes that. One message, the only way out.
 */
function expired(input, appId) {
    return new expiry/* ExpiryError */.kn(`The certificate input ${input.thumbprintSha1} expired on ${input.notAfter.toISOString()}. App ${appId} rolls its ` +
        'own certificate only while the current one is valid, so only the bootstrap can register a new one now: run ' +
        'the bootstrap workflow (examples/bootstrap.yml) once, with github-token, so that it publishes a new ' +
        'certificate to the secrets this workflow reads; the next scheduled rotation then works again. Nothing was ' +
        'changed.');
}
/** The certificate input as a key of the app: its sign-in proved it registered and valid. */
function inputAsKey(certificate, lineage) {
    return {
        keyId: '',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        displayName: (0,keys_lineage/* managedKeyName */.KX)(certificate.thumbprintSha1, lineage),
        customKeyIdentifier: null,
        ...(0,certificate_certificate/* keyCredentialDates */.gs)(certificate),
        thumbprint: certificate.thumbprintSha1,
        managed: true,
        lineage: lineage.id,
    };
}
/** What only the provisioning app can fix, said before any write: the consent and the directory role. */
function assertRotationPossible(session, settings, log) {
    const access = (0,exchange_access/* missingExchangeAccess */.G)(session.exchange, settings);
    if (access.rolesUnknown)
        log.info("The Exchange token names no directory roles ('wids'): the roles are checked by verification only.");
    const missing = (0,exchange_access/* describeMissingAccess */.c)(access);
    if (missing.length)
        throw new errors/* ActionError */.lZ(`The app lacks ${missing.join(' and ')}, which only the provisioning app can grant. Run the bootstrap workflow ` +
            '(exo-cba/exo-cba with client-id) once; then this self-rotation works. Nothing was changed.');
}


/***/ })

};
