export const id = 705;
export const ids = [705];
export const modules = {

/***/ 9806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YD: () => (/* binding */ readDefaultPolicy),
/* harmony export */   _u: () => (/* binding */ POLICY_READ),
/* harmony export */   ih: () => (/* binding */ readAppPolicy)
/* harmony export */ });
/* unused harmony export durationDays */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5840);


const POLICY_READ = 'Policy.Read.All';
function readDefaultPolicy(graph) {
    return graph
        .get('/policies/defaultAppManagementPolicy', { permission: POLICY_READ, schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .policySchema */ .wh })
        .then((p) => limitOf(p, p.applicationRestrictions));
}
/** The app's own policy: undefined when none is assigned ("Only one policy object can be assigned"). */
async function readAppPolicy(graph, appObjectId) {
    // Graph documents Application.Read.All next to Policy.Read.All for it: without it, the default decides
    let policies;
    try {
        policies = await graph.get(`/applications/${appObjectId}/appManagementPolicies`, {
            permission: `${POLICY_READ} (with Application.Read.All)`,
            schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .policiesSchema */ .gB,
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphError */ .h9 && error.status === 403)
            return undefined;
        throw error;
    }
    const own = policies[0];
    // an assigned policy without a certificate rule overrides the default with "no limit"
    return own ? (limitOf(own, own.restrictions) ?? null) : undefined;
}
function limitOf(policy, rules) {
    if (policy.isEnabled === false)
        return undefined;
    // `state` is absent in older payloads: treat absent as enabled
    const rule = rules?.find((r) => r.restrictionType === 'asymmetricKeyLifetime' && r.state !== 'disabled');
    const maxDays = rule?.maxLifetime ? durationDays(rule.maxLifetime) : undefined;
    if (!rule?.maxLifetime || maxDays === undefined)
        return undefined;
    return {
        policy: policy.displayName ?? policy.id,
        policyId: policy.id,
        maxLifetime: rule.maxLifetime,
        maxDays,
        appliesAfter: Date.parse(rule.restrictForAppsCreatedAfterDateTime ?? '') || 0,
    };
}
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Whole days in an ISO 8601 duration, rounded down (a year as 365 days, a month as 30: the safe side). */
function durationDays(iso) {
    const m = DURATION.exec(iso);
    if (!m)
        return undefined;
    const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
    const hours = (y * 365 + mo * 30 + w * 7 + d) * 24 + h + mi / 60 + s / 3600;
    return Math.floor(hours / 24);
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ getInitialDomain)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5840);
/** The tenant's initial `.onmicrosoft.com` domain, for `Connect-ExchangeOnline -Organization`. */



async function getInitialDomain(graph) {
    try {
        const domains = await graph.get('/organization?$select=verifiedDomains', {
            permission: 'Organization.Read.All',
            schema: _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .organizationDomainsSchema */ .MZ,
        });
        const initial = domains.find((d) => d.isInitial)?.name;
        if (!initial)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('Graph /organization listed no initial domain. Set the organization input (e.g. contoso.onmicrosoft.com).');
        return initial;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphError */ .h9 && error.status === 403) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ("The organization could not be read: the provisioning app lacks Graph's Organization.Read.All. Either set the " +
                "'organization' input to the tenant's .onmicrosoft.com domain (or pass it as tenant-id), or grant Organization.Read.All " +
                'to the provisioning app and admin-consent it.', { cause: error });
        }
        throw error;
    }
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _graph_applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/* harmony import */ var _graph_app_role_assignments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6331);
/* harmony import */ var _graph_app_policies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9806);
/* harmony import */ var _graph_organization_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97);
/* harmony import */ var _graph_federated_credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9915);
/* harmony import */ var _graph_role_assignments_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1461);
/* harmony import */ var _graph_service_principals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4879);
/* harmony import */ var _keys_key_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8947);









function settled(result) {
    if ('error' in result)
        throw result.error;
    return result.found;
}
async function observe(graph, options) {
    // With the app-id input the app's service principal does not wait for the app: one round trip fewer.
    const [app, exchange, organization, secrets, knownServicePrincipal, protection, tenantPolicy, federatedCredentials,] = await Promise.all([
        options.appId
            ? (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .getApplicationByAppId */ .kx)(graph, options.appId)
            : (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .getApplicationByUniqueName */ .i$)(graph, options.appUniqueName),
        (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_7__/* .getExchangeServicePrincipal */ .dC)(graph),
        options.organization || options.organizationNeeded === false
            ? (options.organization ?? '')
            : (0,_graph_organization_js__WEBPACK_IMPORTED_MODULE_4__/* .getInitialDomain */ .B)(graph),
        options.listSecrets?.(),
        // settled, not thrown: when the app itself is missing, that is the error to report
        options.appId
            ? (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_7__/* .getServicePrincipalByAppId */ .zb)(graph, options.appId).then((found) => ({ found }), (error) => ({ error }))
            : undefined,
        options.protectionAppId
            ? (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_7__/* .getServicePrincipalByAppId */ .zb)(graph, options.protectionAppId).then((sp) => sp ?? null)
            : undefined,
        options.readPolicies ? (0,_graph_app_policies_js__WEBPACK_IMPORTED_MODULE_3__/* .readDefaultPolicy */ .YD)(graph) : undefined,
        options.federatedCredentials
            ? (0,_graph_federated_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .listFederatedCredentials */ .f8)(graph, options.appId ? { appId: options.appId } : { uniqueName: options.appUniqueName })
            : undefined,
    ]);
    if (!exchange) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('The Office 365 Exchange Online service principal (appId 00000002-0000-0ff1-ce00-000000000000) does not exist in this ' +
            'tenant. Exchange Online must be licensed and provisioned in the tenant before app-only access can be set up.');
    }
    if (options.appId && !app && !options.appMayBeGone) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`No application with client ID ${options.appId} is visible to the provisioning app. Check the 'app-id' input; to manage ` +
            'an app it did not create, the provisioning app needs Application.ReadWrite.All (OwnedBy only sees its own apps). ' +
            'Leave app-id empty to let exo-cba create and manage its own app.');
    }
    const [servicePrincipal, appPolicy] = await Promise.all([
        !app
            ? undefined
            : knownServicePrincipal
                ? settled(knownServicePrincipal)
                : (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_7__/* .getServicePrincipalByAppId */ .zb)(graph, app.appId),
        app && options.readPolicies ? (0,_graph_app_policies_js__WEBPACK_IMPORTED_MODULE_3__/* .readAppPolicy */ .ih)(graph, app.id) : undefined,
    ]);
    // the last round reads the keys again: the plan decides from the freshest list, and a run that changes
    // nothing has then looked at its certificate's key last
    const [appRoleAssignments, roleAssignments, keys] = await Promise.all([
        servicePrincipal ? (0,_graph_app_role_assignments_js__WEBPACK_IMPORTED_MODULE_2__/* .listAppRoleAssignments */ .yZ)(graph, servicePrincipal.id) : [],
        servicePrincipal ? (0,_graph_role_assignments_js__WEBPACK_IMPORTED_MODULE_6__/* .listRoleAssignments */ .FE)(graph, servicePrincipal.id) : [],
        app && servicePrincipal ? (0,_graph_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .getKeyCredentials */ .yO)(graph, app.id) : app?.keyCredentials,
    ]);
    return {
        app: app && keys && { ...app, keyCredentials: keys.map(_keys_key_js__WEBPACK_IMPORTED_MODULE_8__/* .observeKey */ .c) },
        servicePrincipal,
        exchange,
        ...(protection !== undefined ? { protection } : {}),
        ...(options.readPolicies ? { policies: { tenant: tenantPolicy, app: appPolicy } } : {}),
        appRoleAssignments,
        roleAssignments,
        organization,
        existingSecrets: secrets?.names,
        legacySecrets: secrets?.legacy,
        certificateWrittenAt: secrets?.certificateWrittenAt,
        federatedCredentials,
    };
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bootstrap: () => (/* binding */ bootstrap)
});

// EXTERNAL MODULE: ./src/action/log.ts
var action_log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/plan/permissions.ts
var permissions = __webpack_require__(3579);
;// CONCATENATED MODULE: ./src/apply/preflight.ts
/**
 * Before the first write: the provisioning app must hold the Graph permissions the plan's writes need
 * (else nothing is changed), and the user learns what the run will do that they may not expect.
 */


/** Throws when a Graph permission the plan needs is missing; warns about what else deserves attention. */
function checkBeforeApplying(plan, roles, clientId, log, unreadable) {
    const permissionWarning = (0,permissions/* assertGraphPermissions */.F)(plan, roles, clientId);
    if (permissionWarning)
        log.warning(permissionWarning);
    if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'unreadable-input') {
        log.warning(`The certificate inputs do not open together (${unreadable}). A run that stopped between writing the certificate ` +
            'secrets leaves such a pair: issuing a new certificate and writing the pair again, so later runs find one that opens.');
    }
    if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'no-certificate-input') {
        log.warning('No certificate input was given, so a new certificate is issued (a private key cannot be read back from Entra ID). ' +
            'Pass the published one next time: certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.');
    }
}
/**
 * A dry run is a check: what a real run would be refused (a missing Graph permission) is returned, to fail the dry
 * run once its whole plan is printed; what deserves attention only is a warning.
 */
function whatApplyWouldRefuse(plan, roles, clientId, log) {
    try {
        const warning = (0,permissions/* assertGraphPermissions */.F)(plan, roles, clientId);
        if (warning)
            log.warning(warning);
        return undefined;
    }
    catch (error) {
        return (0,action_log/* errorMessage */.gJ)(error).replace('; nothing was changed', '');
    }
}

// EXTERNAL MODULE: ./src/graph/app-policies.ts
var app_policies = __webpack_require__(9806);
// EXTERNAL MODULE: ./src/keys/lineage.ts
var keys_lineage = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/exchange/cmdlets.ts
var cmdlets = __webpack_require__(6407);
;// CONCATENATED MODULE: ./src/observe/exchange-rbac.ts
/**
 * The managed app's side of Exchange's RBAC for service principals (exchange-role-groups): whether its service
 * principal is registered in Exchange (New-ServicePrincipal) and which of the role groups that matter it is a
 * member of. Read with the provisioning app's Exchange token; the identity is always the service principal's
 * object id, and results are matched on it, never trusted by name (Get-ServicePrincipal.md: a non-existent
 * identity may return every object).
 */


/** What the provisioning app needs to run the role group cmdlets, for the messages. */
const EXCHANGE_ADMIN_NEEDS = 'the provisioning app runs the Exchange role group cmdlets itself: it needs the admin consent for Office 365 ' +
    "Exchange Online's Exchange.ManageAsApp and the Exchange Administrator directory role (scripts/bootstrap.sh " +
    '--exchange-role-groups grants both; docs/permissions.md)';
/** The service principal an Exchange object names: ObjectId, else Identity (public clients read both). */
const idOf = (o) => [o.ObjectId, o.Identity].find((v) => typeof v === 'string')?.toLowerCase() ?? '';
async function observeExchangeRbac(target, servicePrincipalId, groups) {
    const id = servicePrincipalId.toLowerCase();
    try {
        const found = await (0,cmdlets/* invokeCmdlet */.Yp)(target, 'Get-ServicePrincipal', { Identity: id }).catch((error) => {
            if (error instanceof cmdlets/* CmdletError */.AU && error.notFound)
                return [];
            throw error;
        });
        const registered = found.some((sp) => idOf(sp) === id);
        if (!registered)
            return { registered, memberOf: [] };
        const memberOf = [];
        for (const group of groups) {
            const members = await (0,cmdlets/* invokeCmdlet */.Yp)(target, 'Get-RoleGroupMember', { Identity: group }).catch((error) => {
                // a group that does not exist: its add will say so, with the name
                if (error instanceof cmdlets/* CmdletError */.AU && error.notFound)
                    return [];
                throw error;
            });
            if (members.some((m) => idOf(m) === id))
                memberOf.push(group);
        }
        return { registered, memberOf };
    }
    catch (error) {
        if (error instanceof cmdlets/* CmdletError */.AU && (error.notAllowed || error.status === 401 || error.status === 403))
            throw new errors/* ActionError */.lZ(`Exchange refused the provisioning app's ${error.cmdlet} (${error.status}: ${error.exchangeMessage}): ` +
                `${EXCHANGE_ADMIN_NEEDS}. Nothing was changed.`, { cause: error });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/observe/observe.ts
var observe = __webpack_require__(4847);
// EXTERNAL MODULE: ./src/plan/exchange-rbac.ts
var exchange_rbac = __webpack_require__(5955);
// EXTERNAL MODULE: ./src/plan/federated-trust.ts
var federated_trust = __webpack_require__(9100);
// EXTERNAL MODULE: ./src/plan/keys.ts
var keys = __webpack_require__(5111);
// EXTERNAL MODULE: ./src/plan/plan.ts + 5 modules
var plan_plan = __webpack_require__(795);
// EXTERNAL MODULE: ./src/pipelines/clients.ts + 9 modules
var clients = __webpack_require__(8043);
// EXTERNAL MODULE: ./src/pipelines/rotation.ts + 15 modules
var rotation = __webpack_require__(650);
;// CONCATENATED MODULE: ./src/pipelines/bootstrap.ts
/**
 * The bootstrap (the root entry): the provisioning app signs in with the job's GitHub OIDC token, observes the
 * tenant, and creates or repairs the managed app, its consent, roles, certificate, federated credentials and
 * the secrets. Everything after the plan is the shared rotation pipeline.
 */











async function bootstrap(settings, run) {
    const { env, clock, log } = run;
    const { session, graph } = await (0,clients/* asProvisioningApp */.Zf)(settings, run, settings.verifyTimeoutSeconds);
    const secrets = (0,clients/* secretsClient */.Zc)(settings.secrets, run);
    const lineage = (0,keys_lineage/* lineageOfRun */.M7)(settings.secrets, env);
    const observed = await (0,observe/* observe */.l)(graph, {
        appUniqueName: settings.appUniqueName,
        appId: settings.appId,
        organization: settings.organization,
        protectionAppId: settings.cloud.protectionResource?.appId,
        readPolicies: session.roles.includes(app_policies/* POLICY_READ */._u),
        listSecrets: secrets ? () => secrets.existing() : undefined,
        federatedCredentials: settings.accessToken,
    });
    // Exchange's side of the app's rights, when role groups are asked for or exo-cba added some before
    const groups = [...settings.exchangeRoleGroups, ...(0,exchange_rbac/* roleGroupsTagged */.FQ)(observed.app?.tags ?? [])];
    const exchangeAdmin = groups.length
        ? (0,clients/* exchangeTarget */.rp)(run, settings, session, observed.organization)
        : undefined;
    if (exchangeAdmin && observed.servicePrincipal)
        observed.exchangeRbac = await observeExchangeRbac(exchangeAdmin, observed.servicePrincipal.id, groups);
    const now = new Date(clock.now());
    const plan = (0,plan_plan/* plan */.et)({
        ...settings,
        lineage: lineage.id,
        secretPrefix: settings.secrets?.target.prefix,
        trust: (0,federated_trust/* tokenTrust */.S2)(settings, session.oidc),
    }, observed, now);
    const input = settings.certificate;
    const permissions = (0,plan_plan/* resolvePermissions */.jX)(settings.permissions, observed.exchange).map((p) => p.permission);
    await (0,rotation/* rotate */.e)({
        plan,
        dryRun: settings.dryRun,
        input,
        check: (mode) => mode === 'dry-run'
            ? whatApplyWouldRefuse(plan, session.roles, settings.clientId, log)
            : checkBeforeApplying(plan, session.roles, settings.clientId, log, settings.certificateUnreadable),
        context: {
            graph,
            observed,
            tenantId: session.tenantId,
            inputCertificate: input,
            signer: plan.signer && input?.thumbprintSha1 === plan.signer ? input : undefined,
            lineage,
            reusablePassword: (0,keys/* reusablePassword */.vl)(settings),
            verification: (0,rotation/* verificationOf */.z)(settings, permissions, settings.roles),
            secrets,
            exchangeAdmin,
        },
        facts: {
            // an adopted app (app-id) keeps its own name; exo-cba's own follows app-name
            appName: (settings.appId && observed.app?.displayName) || settings.appName,
            identity: {
                appId: observed.app?.appId,
                appObjectId: observed.app?.id,
                servicePrincipalId: observed.servicePrincipal?.id,
                tenantId: session.tenantId,
                organization: observed.organization,
                exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
            },
            access: { permissions: settings.permissions, roles: settings.roles.map((r) => r.name) },
            expiryPolicy: settings,
            alarm: { secrets: settings.secrets, tenantId: settings.tenantId, lineage },
        },
    }, run);
}


/***/ })

};
