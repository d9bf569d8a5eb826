/**
 * Exchange Online's RBAC for service principals, as Microsoft's app-only guide documents it ("Assign custom
 * Exchange Online role groups to the application using service principals", app-only-auth-powershell-v2.md):
 * `New-ServicePrincipal -AppId -ObjectId [-DisplayName]` registers an Entra service principal in Exchange (its
 * ObjectId is the *service principal's* object id: New-ServicePrincipal.md "The Object ID property from Enterprise
 * applications"), and `Add-RoleGroupMember -Identity <group> -Member <sp>` gives it a role group's roles.
 *
 * What the emulator plays, with the sources of each answer (research of 2026-12; Exchange publishes none of the
 * error texts, so these follow public clients):
 * - Exchange learns of a new Entra service principal after a delay (`replication.exchangeSpMs`): before that,
 *   New-ServicePrincipal fails as for an object Entra does not have ("Exchange prevents the creation of an invalid
 *   pointer", learn.microsoft.com application-rbac).
 * - A second New-ServicePrincipal: 400 `ADObjectAlreadyExistsException` "The object '…' already exists." (go-exoscc
 *   invoke_test.go's captured body; CIPP matches "already exist").
 * - An unknown object: 404 `ManagementObjectNotFoundException` "The operation couldn't be performed because object
 *   '…' couldn't be found." (go-exoscc's notFoundBody; CIPP Set-CIPPCopyGroupMembers.ps1).
 * - A member added twice: 400 `MemberAlreadyExistsException` (CIPP Get-NormalizedError.ps1), or, with
 *   `state.roleGroupMemberAddedTwiceIsSilent`, a silent success: which one Exchange gives is not public.
 * - Cmdlet errors come in the OData envelope whose `details[].message` is itself JSON (go-exoscc invoke.go).
 */
import type { EmulatorResponse } from './types.js';
import type { TenantState } from './state.js';

/** A service principal registered in Exchange (New-ServicePrincipal). */
export interface ExchangeServicePrincipal {
  appId: string;
  /** the Entra service principal's object id */
  objectId: string;
  displayName: string;
}

/** Exchange's built-in role groups (permissions-exo.md), all of which the emulator lets a service principal join. */
export const BUILT_IN_ROLE_GROUPS = [
  'Organization Management',
  'View-Only Organization Management',
  'Recipient Management',
  'Hygiene Management',
  'Compliance Management',
  'Records Management',
  'Help Desk',
  'Discovery Management',
];

/** A cmdlet error as the admin API answers it: the real text in `details[].message`, itself JSON. */
export function cmdletError(
  status: number,
  code: string,
  message: string,
  typeName: string,
): EmulatorResponse {
  return {
    status,
    body: {
      error: {
        code,
        message: 'Error executing cmdlet',
        details: [
          {
            code: 'Client',
            target: '',
            message: JSON.stringify({
              Message: message,
              TypeName: typeName,
              StackTrace: null,
              InnerError: null,
            }),
          },
        ],
        innererror: { message, type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException' },
      },
    },
  };
}

const notFound = (identity: string) =>
  cmdletError(
    404,
    'NotFound',
    `The operation couldn't be performed because object '${identity}' couldn't be found.`,
    'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
  );

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The registered service principal an identity names: ObjectId, AppId or DisplayName (Get-ServicePrincipal.md). */
function findServicePrincipal(state: TenantState, identity: string): ExchangeServicePrincipal | undefined {
  const key = identity.toLowerCase();
  return [...state.exchangeServicePrincipals.values()].find(
    (sp) => sp.objectId === key || sp.appId === key || sp.displayName.toLowerCase() === key,
  );
}

function roleGroup(state: TenantState, identity: string): [string, Set<string>] | undefined {
  return [...state.roleGroups.entries()].find(([name]) => name.toLowerCase() === identity.toLowerCase());
}

function servicePrincipalJson(sp: ExchangeServicePrincipal): Record<string, unknown> {
  return {
    Identity: sp.objectId,
    ObjectId: sp.objectId,
    AppId: sp.appId,
    DisplayName: sp.displayName,
    Name: sp.objectId,
  };
}

type Params = Record<string, unknown>;

export function newServicePrincipal(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const appId = text(p.AppId).toLowerCase();
  const objectId = text(p.ObjectId ?? p.ServiceId).toLowerCase();
  const entra = state.servicePrincipals.get(objectId);
  // Exchange checks the pointer against Entra, which it learns of a new service principal from after a while
  if (
    !entra ||
    entra.appId !== appId ||
    !state.replicated(entra.createdAt, state.replication.exchangeSpMs ?? 0)
  )
    return notFound(objectId);
  const existing = [...state.exchangeServicePrincipals.values()].find(
    (sp) => sp.objectId === objectId || sp.appId === appId,
  );
  if (existing)
    return cmdletError(
      400,
      'BadRequest',
      `The object '${existing.displayName}' already exists.`,
      'Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException',
    );
  const sp = { appId, objectId, displayName: text(p.DisplayName) || objectId };
  state.exchangeServicePrincipals.set(objectId, sp);
  return [servicePrincipalJson(sp)];
}

export function getServicePrincipal(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const identity = text(p.Identity);
  if (!identity) return [...state.exchangeServicePrincipals.values()].map(servicePrincipalJson);
  const sp = findServicePrincipal(state, identity);
  return sp ? [servicePrincipalJson(sp)] : notFound(identity);
}

export function removeServicePrincipal(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const identity = text(p.Identity);
  const sp = findServicePrincipal(state, identity);
  if (!sp) return notFound(identity);
  state.exchangeServicePrincipals.delete(sp.objectId);
  for (const members of state.roleGroups.values()) members.delete(sp.objectId);
  return [];
}

export function addRoleGroupMember(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const group = roleGroup(state, text(p.Identity));
  if (!group) return notFound(text(p.Identity));
  const sp = findServicePrincipal(state, text(p.Member));
  if (!sp) return notFound(text(p.Member));
  if (group[1].has(sp.objectId)) {
    if (state.roleGroupMemberAddedTwiceIsSilent) return [];
    return cmdletError(
      400,
      'BadRequest',
      `The recipient "${sp.displayName}" is already a member of the group "${group[0]}".`,
      'Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException',
    );
  }
  group[1].add(sp.objectId);
  return [];
}

export function removeRoleGroupMember(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const group = roleGroup(state, text(p.Identity));
  if (!group) return notFound(text(p.Identity));
  const sp = findServicePrincipal(state, text(p.Member));
  if (!sp || !group[1].has(sp.objectId))
    return cmdletError(
      400,
      'BadRequest',
      `The recipient "${text(p.Member)}" isn't a member of the group "${group[0]}".`,
      'Microsoft.Exchange.Management.Tasks.MemberNotFoundException',
    );
  group[1].delete(sp.objectId);
  return [];
}

export function getRoleGroupMember(
  state: TenantState,
  p: Params,
): Record<string, unknown>[] | EmulatorResponse {
  const group = roleGroup(state, text(p.Identity));
  if (!group) return notFound(text(p.Identity));
  return [...group[1]].map((id) => {
    const sp = state.exchangeServicePrincipals.get(id);
    return { Identity: id, Name: sp?.displayName ?? id, RecipientType: 'ServicePrincipal', ObjectId: id };
  });
}

/** The role groups a registered service principal is a member of. */
export function roleGroupsOf(state: TenantState, objectId: string): string[] {
  if (!state.exchangeServicePrincipals.has(objectId)) return [];
  return [...state.roleGroups.entries()].filter(([, members]) => members.has(objectId)).map(([name]) => name);
}
