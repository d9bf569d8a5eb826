/**
 * Which Graph application permissions (the token's `roles`) each emulated call needs, as data.
 *
 * Sources: the "Permissions" tables of the Graph v1.0 API pages (application-get, application-upsert,
 * application-update, serviceprincipal-get, serviceprincipal-upsert / post-serviceprincipals,
 * serviceprincipal-list-approleassignments, serviceprincipal-post-approleassignedto,
 * rbacapplication-list-roleassignments, rbacapplication-post-roleassignments, organization-get), plus
 * what users found where the tables are known to be wrong:
 * - appRoleAssignedTo POST: the docs ask for "AppRoleAssignment.ReadWrite.All and Application.Read.All";
 *   AppRoleAssignment.ReadWrite.All alone answers 403 (microsoftgraph/microsoft-graph-docs#12833, #11378).
 *   We accept any permission that can read service principals as the second half, OwnedBy included
 *   (the get-servicePrincipal table lists it) — an assumption, see `ownedByReadsAll`.
 * - Application.ReadWrite.OwnedBy reads every application and service principal (the get tables list it
 *   as a higher privilege; listing all apps with it is reported to work), but writes only objects whose
 *   owners include the caller: a write to another app is 403 Authorization_RequestDenied
 *   (microsoftgraph/microsoft-graph-docs#11114), not 404.
 * - Listing a service principal's appRoleAssignments works with OwnedBy (microsoftgraph/microsoft-graph-docs#10462)
 *   and with AppRoleAssignment.ReadWrite.All (higher privilege in the current table).
 *
 * - Deletes (application-delete, serviceprincipal-delete-approleassignedto, unifiedroleassignment-delete,
 *   federatedidentitycredential-delete): OwnedBy (as owner) or All for apps and their federated
 *   credentials, AppRoleAssignment.ReadWrite.All for consents, RoleManagement.ReadWrite.Directory for roles.
 * - Federated identity credentials (application-list/post-federatedidentitycredentials): read with
 *   Application.Read.All (or OwnedBy / All), write with OwnedBy (owner) or All.
 * - App management policies: tenantappmanagementpolicy-get lists Policy.Read.All (least),
 *   Policy.Read.ApplicationConfiguration and Policy.ReadWrite.ApplicationConfiguration; an app's assigned
 *   policies (appmanagementpolicy-list-appliesto) need Application.Read.All AND Policy.Read.All — the same
 *   pair is assumed for `GET /applications/{id}/appManagementPolicies` (inference).
 *
 * A requirement is an AND of alternatives: every inner list must be satisfied by at least one role.
 */
export type GraphOperation =
  | 'application.read'
  | 'application.create'
  | 'application.update'
  | 'servicePrincipal.read'
  | 'servicePrincipal.create'
  | 'appRoleAssignment.read'
  | 'appRoleAssignment.grant'
  | 'roleAssignment.read'
  | 'roleAssignment.create'
  | 'organization.read'
  | 'appRoleAssignment.delete'
  | 'roleAssignment.delete'
  | 'policy.read'
  | 'appPolicies.read';

const READ_POLICIES = [
  'Policy.Read.All',
  'Policy.Read.ApplicationConfiguration',
  'Policy.ReadWrite.ApplicationConfiguration',
];

const READ_SERVICE_PRINCIPALS = [
  'Application.Read.All',
  'Application.ReadWrite.OwnedBy',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

export const GRAPH_PERMISSIONS: Record<GraphOperation, string[][]> = {
  'application.read': [
    ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
  ],
  'application.create': [['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All']],
  'application.update': [['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All']],
  'servicePrincipal.read': [READ_SERVICE_PRINCIPALS],
  'servicePrincipal.create': [
    ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.ReadWrite.All'],
  ],
  'appRoleAssignment.read': [
    [
      'Application.Read.All',
      'Application.ReadWrite.OwnedBy',
      'Application.ReadWrite.All',
      'AppRoleAssignment.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
    ],
  ],
  'appRoleAssignment.grant': [['AppRoleAssignment.ReadWrite.All'], READ_SERVICE_PRINCIPALS],
  'roleAssignment.read': [
    [
      'RoleManagement.Read.Directory',
      'RoleManagement.Read.All',
      'Directory.Read.All',
      'RoleManagement.ReadWrite.Directory',
      'Directory.ReadWrite.All',
    ],
  ],
  'roleAssignment.create': [['RoleManagement.ReadWrite.Directory']],
  'appRoleAssignment.delete': [['AppRoleAssignment.ReadWrite.All']],
  'roleAssignment.delete': [['RoleManagement.ReadWrite.Directory']],
  'policy.read': [READ_POLICIES],
  'appPolicies.read': [
    ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
    READ_POLICIES,
  ],
  'organization.read': [
    ['Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All'],
  ],
};

/** Permissions that write every app and service principal, not only owned ones. */
const WRITE_ALL = ['Application.ReadWrite.All', 'Directory.ReadWrite.All'];

export function permitted(roles: readonly string[], operation: GraphOperation): boolean {
  return GRAPH_PERMISSIONS[operation].every((alternatives) => alternatives.some((r) => roles.includes(r)));
}

/** Whether the caller may write this object: with only Application.ReadWrite.OwnedBy, it must own it. */
export function mayWrite(
  roles: readonly string[],
  owners: readonly string[],
  callerId: string | undefined,
): boolean {
  if (WRITE_ALL.some((r) => roles.includes(r))) return true;
  return (
    roles.includes('Application.ReadWrite.OwnedBy') && callerId !== undefined && owners.includes(callerId)
  );
}
