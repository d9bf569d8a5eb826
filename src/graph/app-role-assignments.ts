/** App role assignments: the admin consent of the Exchange permissions to the managed app's service principal. */
import type { GraphClient } from './client.js';
import { appRoleAssignmentsShape } from './shapes.js';

/** Microsoft documents both for the grant; reading assignments needs only an application read permission. */
export const CONSENT_PERMISSION = 'AppRoleAssignment.ReadWrite.All (with Application.Read.All)';
const READ_PERMISSION = 'Application.Read.All (or AppRoleAssignment.ReadWrite.All)';

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  resourceId: string;
}

export async function listAppRoleAssignments(
  graph: GraphClient,
  servicePrincipalId: string,
): Promise<AppRoleAssignment[]> {
  return graph.get(`/servicePrincipals/${servicePrincipalId}/appRoleAssignments`, {
    permission: READ_PERMISSION,
    shape: appRoleAssignmentsShape,
  });
}

/** Grants an app role of `resourceId` to `principalId` (admin consent for an application permission). */
export async function grantAppRole(
  graph: GraphClient,
  assignment: { principalId: string; resourceId: string; appRoleId: string },
  afterCreate: boolean,
): Promise<void> {
  await graph.post(`/servicePrincipals/${assignment.resourceId}/appRoleAssignedTo`, assignment, {
    permission: CONSENT_PERMISSION,
    afterCreate,
    // a repeat after a reset answers "already exists", which counts as done
    idempotent: true,
  });
}
