export const id = 308;
export const ids = [308];
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

/***/ 3308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  remove: () => (/* binding */ remove)
});

// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/exchange/cmdlets.ts
var cmdlets = __webpack_require__(6407);
// EXTERNAL MODULE: ./src/graph/applications.ts
var applications = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/graph/app-role-assignments.ts
var app_role_assignments = __webpack_require__(6331);
// EXTERNAL MODULE: ./src/graph/federated-credentials.ts
var federated_credentials = __webpack_require__(9915);
// EXTERNAL MODULE: ./src/graph/role-assignments.ts
var role_assignments = __webpack_require__(1461);
// EXTERNAL MODULE: ./src/keys/key-ring.ts + 2 modules
var key_ring = __webpack_require__(9510);
;// CONCATENATED MODULE: ./src/apply/removal.ts
/**
 * Carries out a removal plan: each stage's deletions concurrently, stages in order. Every deletion is
 * idempotent (Graph's or GitHub's 404 means it is gone already), so a rerun after a failure converges and
 * a second removal changes nothing.
 */







/** One line per change, or none when it was gone already. */
const gone = (outcome, line) => (outcome === 'deleted' ? [line] : []);
function requireApp(ctx) {
    if (!ctx.appObjectId)
        throw new errors/* InternalError */.Gd('a removal step needs the app');
    return ctx.appObjectId;
}
const HANDLERS = {
    'remove-federated-credential': async (step, ctx) => gone(await (0,federated_credentials/* deleteFederatedCredential */.Dq)(ctx.graph, requireApp(ctx), step.id), `removed federated credential ${step.name}`),
    'remove-role': async (step, ctx) => gone(await (0,role_assignments/* removeDirectoryRole */.mU)(ctx.graph, step.assignmentId), `removed directory role ${step.role}`),
    'revoke-permission': async (step, ctx) => gone(await (0,app_role_assignments/* revokeAppRole */.go)(ctx.graph, ctx.exchangeId, step.assignmentId), `revoked admin consent for ${step.permission}`),
    'remove-keys': async (step, ctx) => {
        // one PATCH from a fresh read: keys anyone added meanwhile stay (exo-cba's keys of every lineage go)
        const ring = new key_ring/* KeyRing */.qB({
            graph: ctx.graph,
            appObjectId: requireApp(ctx),
            appCreated: false,
            callerIsApp: false,
            clock: ctx.clock,
            log: ctx.log,
        });
        const removed = await ring.remove(step.keys);
        return removed.length
            ? [`removed exo-cba certificate(s) ${removed.map((k) => k.thumbprint).join(', ')}`]
            : [];
    },
    'delete-app': async (step, ctx) => gone(await (0,applications/* deleteApplication */.WS)(ctx.graph, step.objectId), `deleted app '${step.displayName}' (${step.appId}); restorable for 30 days from Entra's deleted applications`),
    'leave-role-group': async (step, ctx) => {
        const done = await exchangeCleanup(ctx, 'Remove-RoleGroupMember', {
            Identity: step.group,
            Member: step.servicePrincipalId,
            BypassSecurityGroupManagerCheck: true,
            Confirm: false,
        });
        return done ? [`took the app out of Exchange role group ${step.group}`] : [];
    },
    'unregister-exchange-service-principal': async (step, ctx) => {
        const done = await exchangeCleanup(ctx, 'Remove-ServicePrincipal', {
            Identity: step.servicePrincipalId,
            Confirm: false,
        });
        return done ? ["removed the app's service principal from Exchange Online"] : [];
    },
    'delete-secrets': async (step, ctx) => {
        if (!ctx.secrets)
            throw new errors/* InternalError */.Gd('no secrets client for delete-secrets');
        const deleted = await ctx.secrets.remove(step.names);
        return deleted.length ? [`deleted GitHub secrets ${deleted.join(', ')}`] : [];
    },
};
/** Runs a cmdlet that takes something away; false when it was gone already (not found, not a member). */
async function exchangeCleanup(ctx, cmdlet, parameters) {
    if (!ctx.exchangeAdmin)
        throw new errors/* InternalError */.Gd('no Exchange access for the role group removal');
    try {
        await (0,cmdlets/* invokeCmdlet */.Yp)(ctx.exchangeAdmin, cmdlet, parameters);
        return true;
    }
    catch (error) {
        if (error instanceof cmdlets/* CmdletError */.AU && (error.notFound || error.notMember))
            return false;
        throw error;
    }
}
function runRemovalStep(step, ctx) {
    // the table pairs each kind with its handler; TypeScript cannot correlate the two through the union
    const handler = HANDLERS[step.kind];
    return handler(step, ctx);
}
/** Runs the plan; returns one line per change made. */
async function applyRemoval(plan, ctx) {
    const changes = [];
    for (const stage of plan.stages) {
        const lines = await Promise.all(stage.map((step) => runRemovalStep(step, ctx)));
        changes.push(...lines.flat());
    }
    return changes;
}

// EXTERNAL MODULE: ./src/observe/observe.ts
var observe = __webpack_require__(4847);
// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/secrets/names.ts
var secrets_names = __webpack_require__(6533);
// EXTERNAL MODULE: ./src/plan/exchange-rbac.ts
var exchange_rbac = __webpack_require__(5955);
// EXTERNAL MODULE: ./src/plan/plan.ts + 5 modules
var plan = __webpack_require__(795);
;// CONCATENATED MODULE: ./src/plan/removal-plan.ts
/**
 * The removal plan (the remove entry): a pure function from (settings, observed tenant and secrets) to
 * ordered stages of deletions that take away what exo-cba created for the managed app, and the list of
 * what it leaves alone because exo-cba did not create it.
 *
 * - exo-cba's own app (tagged `exo-cba` when it created it) is deleted (soft delete), after its directory roles
 *   and consent are taken away; its keys and federated credentials go with it.
 * - An adopted app (no tag) is never deleted: it is stripped of exo-cba's keys (any lineage), the
 *   federated credentials exo-cba added (`exo-cba…`), the directory roles in `roles` and the consent in
 *   `permissions`.
 * - The prefix's GitHub secrets in the secret scope are deleted last.
 */





/** The name of every federated credential exo-cba adds starts with this. */
const MANAGED_CREDENTIAL_PREFIX = 'exo-cba';
function roleName(templateId, settings) {
    return (settings.roles.find((r) => r.templateId === templateId)?.name ??
        Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === templateId)?.[0] ??
        templateId);
}
/** Directory roles in `roles` and the consent in `permissions` are taken away; the rest is listed as kept. */
function accessSteps(settings, observed, kept) {
    const steps = [];
    const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
    for (const a of observed.roleAssignments) {
        const role = roleName(a.roleDefinitionId, settings);
        if (wantedRoles.has(a.roleDefinitionId) && a.directoryScopeId === '/')
            steps.push({ kind: 'remove-role', assignmentId: a.id, role });
        else
            kept.push(`directory role ${role} (scope ${a.directoryScopeId}): not in 'roles'`);
    }
    const permissions = (0,plan/* resolvePermissions */.jX)(settings.permissions, observed.exchange);
    for (const a of observed.appRoleAssignments) {
        const wanted = permissions.find((p) => p.appRoleId === a.appRoleId);
        if (a.resourceId === observed.exchange.id && wanted)
            steps.push({ kind: 'revoke-permission', assignmentId: a.id, permission: wanted.permission });
        else
            kept.push(`permission ${a.appRoleId} of resource ${a.resourceId}: not in 'permissions'`);
    }
    return steps;
}
function appSteps(settings, app, observed, kept) {
    const foreignKeys = app.keyCredentials.filter((k) => !k.managed);
    const managedCredentials = observed.federatedCredentials.filter((f) => f.name.startsWith(MANAGED_CREDENTIAL_PREFIX));
    if (app.tags.includes(applications/* EXO_CBA_TAG */.Tt)) {
        // exo-cba created this app: deleting it takes its keys and federated credentials along
        return [
            {
                kind: 'delete-app',
                objectId: app.id,
                appId: app.appId,
                displayName: app.displayName,
                foreignKeys: foreignKeys.length,
            },
        ];
    }
    kept.push(`the app ${app.displayName} (${app.appId}) itself: exo-cba did not create it, so it is never deleted`);
    for (const key of foreignKeys)
        kept.push(`key ${key.thumbprint || key.keyId} ('${key.displayName ?? ''}'): not written by exo-cba`);
    for (const f of observed.federatedCredentials)
        if (!managedCredentials.includes(f))
            kept.push(`federated credential ${f.name}: not added by exo-cba`);
    const steps = managedCredentials.map((f) => ({
        kind: 'remove-federated-credential',
        id: f.id,
        name: f.name,
    }));
    const keys = app.keyCredentials
        .filter((k) => k.managed)
        .map((k) => ({ keyId: k.keyId, thumbprint: k.thumbprint, reason: 'superseded' }));
    if (keys.length)
        steps.push({ kind: 'remove-keys', keys });
    return steps;
}
/**
 * The Exchange side exo-cba gave the app (exchange-role-groups): the role groups it recorded on the app (tags),
 * then the service principal's registration in Exchange. A group someone else gave the app is never recorded, so
 * never left.
 */
function exchangeSteps(observed) {
    const sp = observed.servicePrincipal;
    const groups = (0,exchange_rbac/* roleGroupsTagged */.FQ)(observed.app?.tags ?? []);
    if (!sp || !groups.length)
        return [];
    return [
        ...groups.map((group) => ({ kind: 'leave-role-group', group, servicePrincipalId: sp.id })),
        { kind: 'unregister-exchange-service-principal', servicePrincipalId: sp.id },
    ];
}
function planRemoval(settings, observed) {
    const kept = [];
    const access = [];
    const app = [];
    if (observed.app) {
        access.push(...accessSteps(settings, observed, kept));
        // memberships go with the roles; the registration once they are gone
        const exchange = exchangeSteps(observed);
        access.push(...exchange.filter((s) => s.kind === 'leave-role-group'));
        app.push(...exchange.filter((s) => s.kind !== 'leave-role-group'));
        const steps = appSteps(settings, observed.app, observed, kept);
        // federated credentials go with the roles; keys and the app itself once the access is taken away
        access.push(...steps.filter((s) => s.kind === 'remove-federated-credential'));
        app.push(...steps.filter((s) => s.kind !== 'remove-federated-credential'));
    }
    const secrets = [];
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const existing = new Set([...observed.existingSecrets].map((n) => n.toUpperCase()));
        const names = [
            ...secrets_names/* SECRET_KEYS */.GR.map((k) => (0,secrets_names/* secretName */.Gf)(settings.secretPrefix ?? '', k)).filter((n) => existing.has(n)),
            ...(observed.legacySecrets ?? []),
        ];
        if (names.length)
            secrets.push({ kind: 'delete-secrets', names });
    }
    return { stages: [access, app, secrets].filter((s) => s.length > 0), kept };
}
function describeRemovalStep(step) {
    switch (step.kind) {
        case 'remove-federated-credential':
            return `remove federated credential ${step.name}`;
        case 'remove-role':
            return `remove directory role ${step.role}`;
        case 'revoke-permission':
            return `revoke admin consent for Office 365 Exchange Online ${step.permission}`;
        case 'remove-keys':
            return `remove exo-cba certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')}`;
        case 'delete-app':
            return (`delete app '${step.displayName}' (${step.appId}; soft delete, restorable for 30 days) with its keys and federated credentials` +
                (step.foreignKeys ? ` (${step.foreignKeys} key(s) not written by exo-cba go with it)` : ''));
        case 'leave-role-group':
            return `take the app out of Exchange role group ${step.group}`;
        case 'unregister-exchange-service-principal':
            return "remove the app's service principal from Exchange Online (Remove-ServicePrincipal)";
        case 'delete-secrets':
            return `delete GitHub secrets ${step.names.join(', ')}`;
    }
}
function describeRemoval(plan) {
    if (!plan.stages.length)
        return ['nothing to remove: exo-cba left nothing here'];
    return plan.stages.flatMap((stage, i) => stage.map((step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeRemovalStep(step)}`));
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/publish/html.ts
var html = __webpack_require__(3638);
;// CONCATENATED MODULE: ./src/publish/report-removal.ts
/** What a removal run tells the user: the plan, what it removed, what it left alone, and the job summary. */




/** Logs the plan and what stays; returns the plan's lines. */
function reportRemovalPlan(plan, log) {
    const lines = describeRemoval(plan);
    log.info(`Removal plan:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    if (plan.kept.length)
        log.info(`Left alone (exo-cba did not create it):\n${plan.kept.map((k) => `  - ${k}`).join('\n')}`);
    return lines;
}
async function reportRemoval(facts, log) {
    const { plan, changes } = facts;
    core/* setOutput */.uH('changed', String(Boolean(changes?.length)));
    core/* setOutput */.uH('rotated', 'false');
    if (!changes)
        log.info('dry-run: true — nothing was removed.');
    else if (changes.length)
        log.info(`Removed:\n${changes.map((c) => `  - ${c}`).join('\n')}`);
    else
        log.info('Nothing to remove: exo-cba left nothing here (an earlier removal took it away).');
    await (0,summary/* writeJobSummary */.j)((summary) => {
        summary.addHeading(`Exchange Online app-only access — removal${changes ? '' : ' (dry run)'}`, 2);
        summary.addRaw(`<p>App <code>${(0,html/* escapeHtml */.Z)(facts.app)}</code>.</p>`);
        if (!changes)
            summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines.map(html/* escapeHtml */.Z));
        else if (changes.length)
            summary.addHeading('Removed', 3).addList(changes.map(html/* escapeHtml */.Z));
        else
            summary.addRaw('<p>Nothing to remove: exo-cba left nothing here.</p>');
        if (plan.kept.length)
            summary.addHeading('Left alone (not created by exo-cba)', 3).addList(plan.kept.map(html/* escapeHtml */.Z));
        return summary;
    });
}

// EXTERNAL MODULE: ./src/graph/organization.ts
var organization = __webpack_require__(97);
// EXTERNAL MODULE: ./src/pipelines/clients.ts + 9 modules
var clients = __webpack_require__(8043);
;// CONCATENATED MODULE: ./src/pipelines/remove.ts
/**
 * The remove entry: the provisioning app takes away what exo-cba set up for the managed app — its roles, consent,
 * federated credentials and keys, the app itself when exo-cba created it — and the GitHub secrets it wrote.
 * Idempotent; a dry run only shows the plan.
 */








/** How long a removal's Graph calls may wait out throttling and replication. */
const REMOVAL_BUDGET_SECONDS = 300;
async function remove(settings, run) {
    const { clock, log } = run;
    const { session, graph } = await (0,clients/* asProvisioningApp */.Zf)(settings, run, REMOVAL_BUDGET_SECONDS);
    const secrets = (0,clients/* secretsClient */.Zc)(settings.secrets, run);
    const observed = await (0,observe/* observe */.l)(graph, {
        appUniqueName: '',
        appId: settings.appId,
        organizationNeeded: false,
        appMayBeGone: true,
        listSecrets: secrets ? () => secrets.existing() : undefined,
    });
    const federatedCredentials = (observed.app && (await (0,federated_credentials/* listFederatedCredentials */.f8)(graph, { appId: observed.app.appId }))) || [];
    const plan = planRemoval({ ...settings, secretPrefix: settings.secrets?.target.prefix }, { ...observed, federatedCredentials });
    const planLines = reportRemovalPlan(plan, log);
    const facts = { app: observed.app?.displayName ?? settings.appId, plan, planLines };
    if (settings.dryRun)
        return reportRemoval(facts, log);
    // role groups exo-cba gave the app are taken away in Exchange, as the provisioning app
    const exchangeAdmin = (0,exchange_rbac/* roleGroupsTagged */.FQ)(observed.app?.tags ?? []).length
        ? (0,clients/* exchangeTarget */.rp)(run, { ...settings, verifyTimeoutSeconds: REMOVAL_BUDGET_SECONDS }, session, await (0,organization/* getInitialDomain */.B)(graph))
        : undefined;
    const changes = await applyRemoval(plan, {
        graph,
        appObjectId: observed.app?.id,
        exchangeId: observed.exchange.id,
        secrets,
        exchangeAdmin,
        clock,
        log,
    });
    await reportRemoval({ ...facts, changes }, log);
}


/***/ })

};
