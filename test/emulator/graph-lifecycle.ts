/**
 * Listing applications and taking things away: `GET /applications`, `DELETE /applications/{id}` (soft
 * delete), `DELETE /servicePrincipals/{id}/appRoleAssignedTo/{id}` (and `/appRoleAssignments/{id}`),
 * `DELETE /roleManagement/directory/roleAssignments/{id}`.
 *
 * Sources (Graph v1.0 docs application-list, application-delete, serviceprincipal-delete-approleassignedto,
 * serviceprincipal-delete-approleassignments, unifiedroleassignment-delete): every delete answers 204;
 * a deleted application "is moved to a temporary container and can be restored within 30 days", so it
 * leaves the listing and every lookup. Deleting what is gone answers 404 Request_ResourceNotFound (the
 * directory-object form; the exact body per endpoint is UNVERIFIED). Permissions: graph-permissions.ts.
 */
import {
  addressApplication,
  denied,
  LITERAL,
  methodNotAllowed,
  notFound,
  ok,
  unquote,
  type Caller,
  type GraphCall,
} from './graph-http.js';
import { mayWrite, permitted } from './graph-permissions.js';
import { applicationJson, odataContext } from './graph-shapes.js';
import { odataError } from './odata.js';
import type { Application, TenantState } from './state.js';
import type { EmulatorContext, EmulatorResponse } from './types.js';

const ASSIGNMENT = new RegExp(
  `^/servicePrincipals(?:/([^/()]+)|\\(appId=${LITERAL}\\))/(appRoleAssignedTo|appRoleAssignments)/([^/]+)$`,
  'i',
);
const ROLE_ASSIGNMENT = /^\/roleManagement\/directory\/roleAssignments\/([^/]+)$/i;
const FILTER = /^(appId|uniqueName|displayName)\s+eq\s+'((?:[^']|'')*)'$/i;

function listApplications(state: TenantState, call: GraphCall, caller: Caller): EmulatorResponse {
  // No self-read here: an app-only token without roles cannot list applications (issue #15879 is about
  // reading the app's own object by id).
  if (!permitted(caller.roles, 'application.read')) return denied();
  let keep: (a: Application) => boolean = () => true;
  const filter = call.query.get('$filter');
  if (filter !== null) {
    const m = FILTER.exec(filter.trim());
    if (!m) {
      return odataError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${filter.trim().split(/\s/)[0]}' of resource 'Application'.`,
      );
    }
    const property = m[1].toLowerCase();
    const value = unquote(m[2]);
    keep = (a) =>
      (property === 'appid' ? a.appId : property === 'uniquename' ? a.uniqueName : a.displayName) === value;
  }
  const value = [...state.applications.values()]
    .filter((a) => state.replicated(a.createdAt, state.replication.objectMs) && keep(a))
    .map((a) => applicationJson(a, state, false));
  return ok(200, { '@odata.context': odataContext('applications', undefined, false), value });
}

function deleteApplication(state: TenantState, path: string, caller: Caller): EmulatorResponse | undefined {
  const addressed = addressApplication(state, path);
  if (!addressed || addressed.rest !== '') return undefined;
  if (!permitted(caller.roles, 'application.update')) return denied();
  const { app, key } = addressed;
  if (!app || !state.replicated(app.createdAt, state.replication.objectMs)) return notFound(key);
  if (!mayWrite(caller.roles, app.owners, caller.servicePrincipalId)) return denied();
  state.deleteApplication(app);
  return ok(204);
}

function deleteAppRoleAssignment(state: TenantState, m: RegExpExecArray, caller: Caller): EmulatorResponse {
  if (!permitted(caller.roles, 'appRoleAssignment.delete')) return denied();
  const key = m[1] ?? unquote(m[2]);
  const sp = m[1] ? state.servicePrincipals.get(m[1]) : state.servicePrincipalByAppId(key);
  if (!sp || !state.replicated(sp.createdAt, state.replication.objectMs)) return notFound(key);
  const side = m[3].toLowerCase() === 'approleassignedto' ? 'resourceId' : 'principalId';
  const index = state.appRoleAssignments.findIndex((a) => a.id === m[4] && a[side] === sp.id);
  if (index < 0) return notFound(m[4]);
  state.appRoleAssignments.splice(index, 1);
  return ok(204);
}

function deleteRoleAssignment(state: TenantState, id: string, caller: Caller): EmulatorResponse {
  if (!permitted(caller.roles, 'roleAssignment.delete')) return denied();
  const index = state.roleAssignments.findIndex((a) => a.id === id);
  if (index < 0) return notFound(id);
  state.roleAssignments.splice(index, 1);
  return ok(204);
}

export function routeLifecycle(
  ctx: EmulatorContext,
  call: GraphCall,
  caller: Caller,
): EmulatorResponse | undefined {
  const { state } = ctx;
  if (/^\/applications$/i.test(call.path)) {
    // POST /applications is not modelled: exo-cba creates apps by upsert.
    return call.method === 'GET' ? listApplications(state, call, caller) : methodNotAllowed();
  }
  if (call.method !== 'DELETE') return undefined;
  const assignment = ASSIGNMENT.exec(call.path);
  if (assignment) return deleteAppRoleAssignment(state, assignment, caller);
  const role = ROLE_ASSIGNMENT.exec(call.path);
  if (role) return deleteRoleAssignment(state, role[1], caller);
  return deleteApplication(state, call.path, caller);
}
