/**
 * The Graph v1.0 calls the action makes, one function per resource and verb. Every call is checked against
 * the caller's application permissions (graph-permissions.ts) and sees the directory through its
 * replicas: objects younger than `replication.objectMs` are not found, the way Entra answers right after
 * a create.
 */
import { routeLifecycle } from './graph-lifecycle.js';
import { routeFederatedCredentials } from './graph-fic.js';
import { routeKeyActions } from './graph-key-actions.js';
import { replaceKeyCredentials } from './graph-keys.js';
import { checkKeyLifetime, routePolicies } from './graph-policies.js';
import { mayWrite, permitted, type GraphOperation } from './graph-permissions.js';
import {
  applicationJson,
  appRoleAssignmentJson,
  GRAPH_METADATA,
  odataContext,
  organizationJson,
  parseSelect,
  project,
  roleAssignmentJson,
  selects,
  servicePrincipalJson,
} from './graph-shapes.js';
import {
  badRequest,
  denied,
  GUID,
  isObject,
  LITERAL,
  methodNotAllowed,
  notFound,
  ok,
  unquote,
  withDetails,
  type Caller,
  type GraphCall,
} from './graph-http.js';
import { odataError } from './odata.js';
import {
  DIRECTORY_ROLES,
  type Application,
  type RequiredResourceAccess,
  type ServicePrincipal,
} from './state.js';
import type { EmulatorContext, EmulatorResponse } from './types.js';

export type { Caller, GraphCall } from './graph-http.js';

const unknownProperty = (name: string, type: string) =>
  odataError(
    400,
    'BadRequest',
    `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
  );

/** Properties of an application the emulator lets a PATCH write (others answer 400 so a test notices). */
const WRITABLE_APPLICATION = [
  'displayName',
  'requiredResourceAccess',
  'keyCredentials',
  'signInAudience',
  'tags',
  'uniqueName',
];
const SIGN_IN_AUDIENCES = [
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
];

/** Route modules tried before the ones below; each answers undefined for a path that is not its own. */
const MORE_ROUTES = [routeKeyActions, routeFederatedCredentials, routeLifecycle, routePolicies];

export class GraphRoutes {
  constructor(private readonly ctx: EmulatorContext) {}

  private get state() {
    return this.ctx.state;
  }

  private visible(createdAt: number): boolean {
    return this.state.replicated(createdAt, this.state.replication.objectMs);
  }

  dispatch(call: GraphCall, caller: Caller): EmulatorResponse {
    for (const route of MORE_ROUTES) {
      const answer = route(this.ctx, call, caller);
      if (answer) return answer;
    }
    const p = call.path;
    let m: RegExpMatchArray | null;
    if ((m = p.match(new RegExp(`^/applications\\((uniqueName|appId)=${LITERAL}\\)$`, 'i')))) {
      const byUniqueName = m[1].toLowerCase() === 'uniquename';
      const key = unquote(m[2]);
      const find = () =>
        byUniqueName ? this.state.applicationByUniqueName(key) : this.state.applicationByAppId(key);
      if (call.method === 'GET') return this.getApplication(call, caller, find(), key);
      if (call.method === 'PATCH')
        return this.patchApplication(call, caller, find(), key, byUniqueName ? key : undefined);
      return methodNotAllowed();
    }
    if ((m = p.match(/^\/applications\/([^/()]+)$/i))) {
      const app = this.state.applications.get(m[1]);
      if (call.method === 'GET') return this.getApplication(call, caller, app, m[1]);
      if (call.method === 'PATCH') return this.patchApplication(call, caller, app, m[1], undefined);
      return methodNotAllowed();
    }
    if (
      (m = p.match(
        new RegExp(
          `^/servicePrincipals(?:/([^/()]+)|\\(appId=${LITERAL}\\))(/appRoleAssignments|/appRoleAssignedTo)?$`,
          'i',
        ),
      ))
    ) {
      const appId = m[2] === undefined ? undefined : unquote(m[2]);
      const key = m[1] ?? appId ?? '';
      const sp = m[1] ? this.state.servicePrincipals.get(m[1]) : this.state.servicePrincipalByAppId(key);
      const nav = m[3]?.toLowerCase();
      if (nav === '/approleassignments') {
        return call.method === 'GET'
          ? this.listAppRoleAssignments(call, caller, sp, key, 'principal')
          : methodNotAllowed();
      }
      if (nav === '/approleassignedto') {
        if (call.method === 'GET') return this.listAppRoleAssignments(call, caller, sp, key, 'resource');
        if (call.method === 'POST') return this.grantAppRole(call, caller, sp, key);
        return methodNotAllowed();
      }
      if (call.method === 'GET') return this.getServicePrincipal(call, caller, sp, key);
      if (call.method === 'PATCH' && appId !== undefined)
        return this.upsertServicePrincipal(call, caller, appId);
      if (call.method === 'PATCH') return this.patchServicePrincipal(call, caller, sp, key);
      return methodNotAllowed();
    }
    if (/^\/servicePrincipals$/i.test(p)) {
      return call.method === 'POST' ? this.postServicePrincipal(call, caller) : methodNotAllowed();
    }
    if (/^\/roleManagement\/directory\/roleAssignments$/i.test(p)) {
      if (call.method === 'GET') return this.listRoleAssignments(call, caller);
      if (call.method === 'POST') return this.assignRole(call, caller);
      return methodNotAllowed();
    }
    if (/^\/organization$/i.test(p)) {
      return call.method === 'GET' ? this.getOrganization(call, caller) : methodNotAllowed();
    }
    const segment = p.split('/').filter(Boolean)[0] ?? '';
    return odataError(
      400,
      'BadRequest',
      `Resource not found for the segment '${segment.replace(/\(.*$/, '')}'.`,
    );
  }

  private check(caller: Caller, operation: GraphOperation): EmulatorResponse | undefined {
    return permitted(caller.roles, operation) ? undefined : denied();
  }

  // ---- applications ------------------------------------------------------------------------------

  private getApplication(
    call: GraphCall,
    caller: Caller,
    app: Application | undefined,
    key: string,
  ): EmulatorResponse {
    const self = this.state.selfRead && app !== undefined && app.appId === caller.appId;
    const refused = self ? undefined : this.check(caller, 'application.read');
    if (refused) return refused;
    if (!app || !this.visible(app.createdAt)) return notFound(key);
    const select = parseSelect(call.query);
    // `key` is returned only when keyCredentials is $select-ed on a single object.
    const projected = project(applicationJson(app, this.state, selects(select, 'keyCredentials')), select);
    if ('unknown' in projected) return unknownProperty(projected.unknown, 'application');
    return ok(200, { '@odata.context': odataContext('applications', select, true), ...projected.body });
  }

  private patchApplication(
    call: GraphCall,
    caller: Caller,
    app: Application | undefined,
    key: string,
    uniqueName: string | undefined,
  ): EmulatorResponse {
    // Upsert needs the same permissions as create; a plain PATCH those of update.
    const refused = this.check(caller, 'application.update');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const upsert =
      uniqueName !== undefined && /(^|[,;\s])create-if-missing($|[,;\s])/i.test(call.headers.prefer ?? '');
    // An upsert writes to the primary replica, where the alternate key is unique: it finds the app even
    // before reads do. Reads and plain updates go through replicas.
    if (!app || (!upsert && !this.visible(app.createdAt))) {
      if (!upsert) return notFound(key);
      return this.createApplication(call, caller, uniqueName);
    }
    if (!mayWrite(caller.roles, app.owners, caller.servicePrincipalId)) return denied();
    const error = this.updateApplication(app, call.body);
    return error ?? ok(204);
  }

  private createApplication(call: GraphCall, caller: Caller, uniqueName: string): EmulatorResponse {
    const body = call.body as Record<string, unknown>;
    if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
      return badRequest("Property 'displayName' is required when creating an application.");
    }
    const app = this.state.addApplication({
      displayName: body.displayName,
      uniqueName,
      // Without signInAudience Graph's upsert sample answers AzureADandPersonalMicrosoftAccount
      // (application-upsert.md @028b8e35); the current resource page says AzureADMyOrg is the default.
      // Which one the service uses today is unverified: the sample's value makes a missing one visible.
      signInAudience: 'AzureADandPersonalMicrosoftAccount',
      // The caller becomes an owner, which is what lets Application.ReadWrite.OwnedBy manage it later.
      owners: caller.servicePrincipalId ? [caller.servicePrincipalId] : [],
    });
    const error = this.updateApplication(app, body);
    if (error) {
      this.state.applications.delete(app.id);
      return error;
    }
    return ok(201, {
      '@odata.context': odataContext('applications', undefined, true),
      ...applicationJson(app, this.state, false),
    });
  }

  /** Validates the whole body first, then writes: a 400 leaves the app unchanged. */
  private updateApplication(app: Application, body: Record<string, unknown>): EmulatorResponse | undefined {
    for (const name of Object.keys(body)) {
      if (name.startsWith('@odata.')) continue;
      if (name === 'passwordCredentials')
        return badRequest('New password credentials must be generated using service actions.');
      if (!WRITABLE_APPLICATION.includes(name)) {
        return badRequest(
          `Property '${name}' is not modelled by the emulator's application (writable: ${WRITABLE_APPLICATION.join(', ')}).`,
        );
      }
    }
    if ('uniqueName' in body && body.uniqueName !== app.uniqueName) {
      return badRequest(
        "Property 'uniqueName' is immutable: it can be set only when the application is created.",
      );
    }
    if ('displayName' in body && (typeof body.displayName !== 'string' || body.displayName.trim() === '')) {
      return badRequest("Invalid value specified for property 'displayName' of resource 'Application'.");
    }
    if ('signInAudience' in body && !SIGN_IN_AUDIENCES.includes(String(body.signInAudience))) {
      return badRequest("Invalid value specified for property 'signInAudience' of resource 'Application'.");
    }
    if ('tags' in body && (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))) {
      return badRequest("Invalid value specified for property 'tags' of resource 'Application'.");
    }
    let access: RequiredResourceAccess[] | undefined;
    if ('requiredResourceAccess' in body) {
      access = parseRequiredResourceAccess(body.requiredResourceAccess);
      if (!access)
        return badRequest(
          "Invalid value specified for property 'requiredResourceAccess' of resource 'Application'.",
        );
    }
    let keys: Application['keyCredentials'] | undefined;
    if ('keyCredentials' in body) {
      const replaced = replaceKeyCredentials(app.keyCredentials, body.keyCredentials);
      if ('error' in replaced) return replaced.error;
      const added = replaced.keys.filter((k) => !app.keyCredentials.includes(k));
      const refused = added.map((k) => checkKeyLifetime(this.state, app, k)).find(Boolean);
      if (refused) return refused;
      keys = replaced.keys;
    }
    if (typeof body.displayName === 'string') app.displayName = body.displayName;
    if (typeof body.signInAudience === 'string') app.signInAudience = body.signInAudience;
    if (Array.isArray(body.tags)) app.tags = body.tags.map(String);
    if (access) app.requiredResourceAccess = access;
    if (keys) app.keyCredentials = keys;
    return undefined;
  }

  // ---- service principals ------------------------------------------------------------------------

  private getServicePrincipal(
    call: GraphCall,
    caller: Caller,
    sp: ServicePrincipal | undefined,
    key: string,
  ): EmulatorResponse {
    const self = this.state.selfRead && sp !== undefined && sp.appId === caller.appId;
    const refused = self ? undefined : this.check(caller, 'servicePrincipal.read');
    if (refused) return refused;
    if (!sp || !this.visible(sp.createdAt)) return notFound(key);
    const select = parseSelect(call.query);
    const projected = project(servicePrincipalJson(sp, this.state), select);
    if ('unknown' in projected) return unknownProperty(projected.unknown, 'servicePrincipal');
    return ok(200, { '@odata.context': odataContext('servicePrincipals', select, true), ...projected.body });
  }

  private postServicePrincipal(call: GraphCall, caller: Caller): EmulatorResponse {
    const refused = this.check(caller, 'servicePrincipal.create');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const appId = call.body.appId;
    if (typeof appId !== 'string')
      return badRequest("Property 'appId' is required when creating a service principal.");
    if (this.state.servicePrincipalByAppId(appId)) {
      return odataError(
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        `The service principal cannot be created, updated, or restored because the service principal name ${appId} is already in use.`,
      );
    }
    return this.createServicePrincipal(call.body, caller, appId);
  }

  private upsertServicePrincipal(call: GraphCall, caller: Caller, appId: string): EmulatorResponse {
    const refused = this.check(caller, 'servicePrincipal.create');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const upsert = /(^|[,;\s])create-if-missing($|[,;\s])/i.test(call.headers.prefer ?? '');
    const sp = this.state.servicePrincipalByAppId(appId);
    if (!sp) return upsert ? this.createServicePrincipal(call.body, caller, appId) : notFound(appId);
    if (!upsert && !this.visible(sp.createdAt)) return notFound(appId);
    const app = this.state.applicationByAppId(appId);
    if (!mayWrite(caller.roles, app?.owners ?? [], caller.servicePrincipalId)) return denied();
    for (const name of Object.keys(call.body)) {
      if (name !== 'displayName' && name !== 'appId' && !name.startsWith('@odata.')) {
        return badRequest(
          `Property '${name}' is not modelled by the emulator's servicePrincipal (writable: displayName).`,
        );
      }
    }
    if (typeof call.body.displayName === 'string') sp.displayName = call.body.displayName;
    return ok(204);
  }

  /**
   * `PATCH /servicePrincipals/{id}`: `accountEnabled` false disables the app (Entra then issues it no token,
   * AADSTS7000112 in entra.ts); Graph v1.0 serviceprincipal-update, 204 No Content. Application.ReadWrite.OwnedBy
   * covers service principals the caller owns (the owners of their app here), else Application.ReadWrite.All.
   */
  private patchServicePrincipal(
    call: GraphCall,
    caller: Caller,
    sp: ServicePrincipal | undefined,
    key: string,
  ): EmulatorResponse {
    const refused = this.check(caller, 'servicePrincipal.create');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    if (!sp || !this.visible(sp.createdAt)) return notFound(key);
    const app = this.state.applicationByAppId(sp.appId);
    if (!mayWrite(caller.roles, app?.owners ?? [], caller.servicePrincipalId)) return denied();
    for (const name of Object.keys(call.body)) {
      if (name !== 'displayName' && name !== 'accountEnabled' && !name.startsWith('@odata.'))
        return badRequest(
          `Property '${name}' is not modelled by the emulator's servicePrincipal (writable: displayName, accountEnabled).`,
        );
    }
    if ('accountEnabled' in call.body && typeof call.body.accountEnabled !== 'boolean')
      return badRequest(
        "Invalid value specified for property 'accountEnabled' of resource 'ServicePrincipal'.",
      );
    if (typeof call.body.displayName === 'string') sp.displayName = call.body.displayName;
    if (typeof call.body.accountEnabled === 'boolean') sp.accountEnabled = call.body.accountEnabled;
    return ok(204);
  }

  private createServicePrincipal(
    body: Record<string, unknown>,
    caller: Caller,
    appId: string,
  ): EmulatorResponse {
    const app = this.state.applicationByAppId(appId);
    // Right after an app is created, the replica that creates the service principal may not know it yet.
    if (!app || !this.visible(app.createdAt)) {
      const message = `The appId '${appId}' of the service principal does not reference a valid application object.`;
      return withDetails(badRequest(message), [
        { code: 'NoBackingApplicationObject', message, target: 'appId' },
      ]);
    }
    if (!mayWrite(caller.roles, app.owners, caller.servicePrincipalId)) return denied();
    const displayName = typeof body.displayName === 'string' ? body.displayName : app.displayName;
    const sp = this.state.addServicePrincipal(appId, displayName, {});
    return ok(201, {
      '@odata.context': odataContext('servicePrincipals', undefined, true),
      ...servicePrincipalJson(sp, this.state),
    });
  }

  // ---- app role assignments ----------------------------------------------------------------------

  private listAppRoleAssignments(
    call: GraphCall,
    caller: Caller,
    sp: ServicePrincipal | undefined,
    key: string,
    side: 'principal' | 'resource',
  ): EmulatorResponse {
    const refused = this.check(caller, 'appRoleAssignment.read');
    if (refused) return refused;
    if (call.query.has('$filter')) {
      return odataError(
        400,
        'Request_UnsupportedQuery',
        'The emulator does not support $filter on app role assignments.',
      );
    }
    if (!sp || !this.visible(sp.createdAt)) return notFound(key);
    const value = this.state.appRoleAssignments
      .filter(
        (a) =>
          (side === 'principal' ? a.principalId : a.resourceId) === sp.id &&
          this.visible(a.createdAt) &&
          this.state.listed(a.createdAt),
      )
      .map(appRoleAssignmentJson);
    const context =
      side === 'principal'
        ? `${GRAPH_METADATA}#servicePrincipals('${sp.id}')/appRoleAssignments`
        : `${GRAPH_METADATA}#servicePrincipals('${sp.id}')/appRoleAssignedTo`;
    return ok(200, { '@odata.context': context, value });
  }

  private grantAppRole(
    call: GraphCall,
    caller: Caller,
    resource: ServicePrincipal | undefined,
    key: string,
  ): EmulatorResponse {
    const refused = this.check(caller, 'appRoleAssignment.grant');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    if (!resource || !this.visible(resource.createdAt)) return notFound(key);
    const { principalId, resourceId, appRoleId } = call.body;
    if (typeof principalId !== 'string' || !GUID.test(principalId)) {
      return badRequest(
        "Invalid value specified for property 'principalId' of resource 'AppRoleAssignment'.",
      );
    }
    if (typeof appRoleId !== 'string' || !GUID.test(appRoleId)) {
      return badRequest("Invalid value specified for property 'appRoleId' of resource 'AppRoleAssignment'.");
    }
    if (resourceId !== resource.id) {
      return badRequest("Property 'resourceId' must be the id of the service principal in the request URL.");
    }
    const principal = this.state.servicePrincipals.get(principalId);
    if (!principal || !this.visible(principal.createdAt)) return notFound(principalId);
    if (!resource.appRoles.some((r) => r.id === appRoleId && r.isEnabled)) {
      return badRequest(`Permission being assigned was not found on application '${resource.appId}'.`);
    }
    const duplicate = this.state.appRoleAssignments.some(
      (a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId === appRoleId,
    );
    if (duplicate) return badRequest('Permission being assigned already exists on the object');
    const assignment = this.state.addAppRoleAssignment(principal, resource, appRoleId);
    return ok(201, {
      '@odata.context': `${GRAPH_METADATA}#servicePrincipals('${resource.id}')/appRoleAssignedTo/$entity`,
      ...appRoleAssignmentJson(assignment),
    });
  }

  // ---- directory role assignments ----------------------------------------------------------------

  private listRoleAssignments(call: GraphCall, caller: Caller): EmulatorResponse {
    const refused = this.check(caller, 'roleAssignment.read');
    if (refused) return refused;
    const filter = call.query.get('$filter');
    let principalId: string | undefined;
    if (filter !== null) {
      const m = filter.trim().match(/^principalId\s+eq\s+'([^']*)'$/);
      if (!m) {
        const property = filter.trim().split(/\s/)[0];
        return odataError(
          400,
          'Request_UnsupportedQuery',
          `Unsupported or invalid query filter clause specified for property '${property}' of resource 'unifiedRoleAssignment'.`,
        );
      }
      principalId = m[1];
    }
    const value = this.state.roleAssignments
      .filter(
        (a) =>
          (principalId === undefined || a.principalId === principalId) &&
          this.visible(a.createdAt) &&
          this.state.listed(a.createdAt),
      )
      .map(roleAssignmentJson);
    return ok(200, { '@odata.context': `${GRAPH_METADATA}#roleManagement/directory/roleAssignments`, value });
  }

  private assignRole(call: GraphCall, caller: Caller): EmulatorResponse {
    const refused = this.check(caller, 'roleAssignment.create');
    if (refused) return refused;
    if (!isObject(call.body)) return odataError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const { principalId, roleDefinitionId, directoryScopeId } = call.body;
    const type = call.body['@odata.type'];
    if (type !== undefined && type !== '#microsoft.graph.unifiedRoleAssignment') {
      return badRequest(`Invalid @odata.type '${String(type)}' for a role assignment.`);
    }
    if (typeof principalId !== 'string' || typeof roleDefinitionId !== 'string') {
      return badRequest('Properties principalId and roleDefinitionId are required.');
    }
    if (directoryScopeId !== '/') {
      // Graph also takes administrative-unit and app scopes; the action only ever assigns tenant-wide.
      return badRequest("The emulator supports only directoryScopeId '/' (tenant-wide).");
    }
    if (!Object.values(DIRECTORY_ROLES).includes(roleDefinitionId)) return notFound(roleDefinitionId);
    const principal = this.state.servicePrincipals.get(principalId);
    if (!principal || !this.visible(principal.createdAt)) return notFound(principalId);
    const duplicate = this.state.roleAssignments.some(
      (a) =>
        a.principalId === principalId &&
        a.roleDefinitionId === roleDefinitionId &&
        a.directoryScopeId === '/',
    );
    if (duplicate) {
      return badRequest(
        'A conflicting object with one or more of the specified property values is present in the directory.',
      );
    }
    const assignment = this.state.addRoleAssignment(principalId, roleDefinitionId);
    return ok(201, {
      '@odata.context': `${GRAPH_METADATA}#roleManagement/directory/roleAssignments/$entity`,
      ...roleAssignmentJson(assignment),
    });
  }

  // ---- organization ------------------------------------------------------------------------------

  private getOrganization(call: GraphCall, caller: Caller): EmulatorResponse {
    const refused = this.check(caller, 'organization.read');
    if (refused) return refused;
    const select = parseSelect(call.query);
    const projected = project(organizationJson(this.state.organization), select);
    if ('unknown' in projected) return unknownProperty(projected.unknown, 'organization');
    return ok(200, {
      '@odata.context': odataContext('organization', select, false),
      value: [projected.body],
    });
  }
}

function parseRequiredResourceAccess(value: unknown): RequiredResourceAccess[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const result: RequiredResourceAccess[] = [];
  for (const item of value as unknown[]) {
    if (!isObject(item) || typeof item.resourceAppId !== 'string' || !GUID.test(item.resourceAppId))
      return undefined;
    if (!Array.isArray(item.resourceAccess)) return undefined;
    const resourceAccess: { id: string; type: string }[] = [];
    for (const a of item.resourceAccess as unknown[]) {
      if (
        !isObject(a) ||
        typeof a.id !== 'string' ||
        !GUID.test(a.id) ||
        (a.type !== 'Role' && a.type !== 'Scope')
      ) {
        return undefined;
      }
      resourceAccess.push({ id: a.id, type: a.type });
    }
    result.push({ resourceAppId: item.resourceAppId, resourceAccess });
  }
  return result;
}
