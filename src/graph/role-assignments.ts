/** Directory role assignments (Exchange Administrator or a narrower role) of the managed app's service principal. */
import { odataString, type GraphClient } from './client.js';
import { roleAssignmentsShape } from './shapes.js';

export const ROLE_PERMISSION = 'RoleManagement.ReadWrite.Directory';

export interface RoleAssignment {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
}

export async function listRoleAssignments(
  graph: GraphClient,
  principalId: string,
): Promise<RoleAssignment[]> {
  const filter = encodeURIComponent(`principalId eq ${odataString(principalId)}`);
  return graph.get(`/roleManagement/directory/roleAssignments?$filter=${filter}`, {
    permission: ROLE_PERMISSION,
    shape: roleAssignmentsShape,
  });
}

export async function assignDirectoryRole(
  graph: GraphClient,
  principalId: string,
  roleDefinitionId: string,
  afterCreate: boolean,
): Promise<void> {
  await graph.post(
    '/roleManagement/directory/roleAssignments',
    {
      '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
      principalId,
      roleDefinitionId,
      directoryScopeId: '/',
    },
    // a repeat after a reset answers "already exists", which counts as done
    { permission: ROLE_PERMISSION, afterCreate, idempotent: true },
  );
}
