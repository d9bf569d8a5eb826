/** App role assignments: the admin consent of the Exchange permissions to the managed app's service principal. */
import type { GraphClient } from './client.js';
import { isDuplicate } from './errors.js';
import { appRoleAssignmentsSchema, type AppRoleAssignment } from './schemas.js';

export type { AppRoleAssignment };

/** Microsoft documents both for the grant; reading assignments needs only an application read permission. */
export const CONSENT_PERMISSION = 'AppRoleAssignment.ReadWrite.All (with Application.Read.All)';
const READ_PERMISSION = 'Application.Read.All (or AppRoleAssignment.ReadWrite.All)';

export async function listAppRoleAssignments(
  graph: GraphClient,
  servicePrincipalId: string,
): Promise<AppRoleAssignment[]> {
  return graph.get(`/servicePrincipals/${servicePrincipalId}/appRoleAssignments`, {
    permission: READ_PERMISSION,
    schema: appRoleAssignmentsSchema,
  });
}

/**
 * Graph's answer to a duplicate grant: the consent exists (a concurrent run, a list read from a lagging
 * replica, or a retried POST that was applied). Seen in public clients that special-case it, e.g.
 * microsoftgraph/msgraph-sdk-powershell and many admin scripts: 400 Request_BadRequest with this text.
 */
const ALREADY_GRANTED = /Permission being assigned already exists on the object/i;

/**
 * Grants an app role of `resourceId` to `principalId` (admin consent for an application permission).
 * 'already' when Graph says the assignment exists: the state is as wanted.
 */
export async function grantAppRole(
  graph: GraphClient,
  assignment: { principalId: string; resourceId: string; appRoleId: string },
  afterCreate: boolean,
): Promise<'granted' | 'already'> {
  try {
    await graph.post(`/servicePrincipals/${assignment.resourceId}/appRoleAssignedTo`, assignment, {
      permission: CONSENT_PERMISSION,
      afterCreate,
      // a repeat after a reset answers "already exists", which counts as done
      idempotent: true,
    });
    return 'granted';
  } catch (error) {
    if (isDuplicate(error, ALREADY_GRANTED)) return 'already';
    throw error;
  }
}

/** Revokes one admin consent (an app role assignment) of `resourceId`; 'gone' when it was revoked already. */
export function revokeAppRole(
  graph: GraphClient,
  resourceId: string,
  assignmentId: string,
): Promise<'deleted' | 'gone'> {
  return graph.delete(`/servicePrincipals/${resourceId}/appRoleAssignedTo/${assignmentId}`, {
    permission: 'AppRoleAssignment.ReadWrite.All',
  });
}
