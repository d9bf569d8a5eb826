/** Directory role assignments (Exchange Administrator or a narrower role) of the managed app's service principal. */
import { odataString, type GraphClient } from './client.js';
import { isDuplicate } from './errors.js';
import { roleAssignmentsSchema, type RoleAssignment } from './schemas.js';

export type { RoleAssignment };

export const ROLE_PERMISSION = 'RoleManagement.ReadWrite.Directory';

export async function listRoleAssignments(
  graph: GraphClient,
  principalId: string,
): Promise<RoleAssignment[]> {
  const filter = encodeURIComponent(`principalId eq ${odataString(principalId)}`);
  return graph.get(`/roleManagement/directory/roleAssignments?$filter=${filter}`, {
    permission: ROLE_PERMISSION,
    schema: roleAssignmentsSchema,
  });
}

/**
 * Graph's answer to a duplicate role assignment (same principal, role and scope): it exists already.
 * 400 Request_BadRequest with this text, as public clients quote it (e.g. dod-ccpo/atat, Terraform users).
 */
const ALREADY_ASSIGNED =
  /A conflicting object with one or more of the specified property values is present in the directory/i;

/** Assigns a directory role tenant-wide; 'already' when Graph says the assignment exists. */
export async function assignDirectoryRole(
  graph: GraphClient,
  principalId: string,
  roleDefinitionId: string,
  afterCreate: boolean,
): Promise<'assigned' | 'already'> {
  try {
    await postRoleAssignment(graph, principalId, roleDefinitionId, afterCreate);
    return 'assigned';
  } catch (error) {
    if (isDuplicate(error, ALREADY_ASSIGNED)) return 'already';
    throw error;
  }
}

async function postRoleAssignment(
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

/** Removes one directory role assignment; 'gone' when it was removed already. */
export function removeDirectoryRole(graph: GraphClient, assignmentId: string): Promise<'deleted' | 'gone'> {
  return graph.delete(`/roleManagement/directory/roleAssignments/${encodeURIComponent(assignmentId)}`, {
    permission: ROLE_PERMISSION,
  });
}
