/**
 * GCC High and DoD: Exchange.ManageAsApp of Microsoft Exchange Online Protection, requested and consented
 * next to Office 365 Exchange Online's (sources in src/cloud.ts). Only when Exchange.ManageAsApp is among
 * the requested permissions: that is the one app-only PowerShell needs.
 */
import { EXCHANGE_ONLINE_PROTECTION, PROTECTION_PERMISSION } from '../cloud.js';
import type { ObservedState } from '../observe/observe.js';

export interface ProtectionGrant {
  resourceAppId: string;
  /** object id of the resource's service principal */
  resourceId: string;
  resource: string;
  permission: string;
  appRoleId: string;
}

/** The grant the cloud needs of the protection resource, if any. */
export function protectionGrant(permissions: string[], observed: ObservedState): ProtectionGrant | undefined {
  const sp = observed.protection;
  if (!sp || !permissions.some((p) => p.toLowerCase() === PROTECTION_PERMISSION.toLowerCase()))
    return undefined;
  const role = sp.appRoles.find(
    (r) =>
      r.value === PROTECTION_PERMISSION &&
      r.allowedMemberTypes.includes('Application') &&
      r.isEnabled !== false,
  );
  if (!role) return undefined;
  return {
    resourceAppId: sp.appId,
    resourceId: sp.id,
    resource: sp.displayName || EXCHANGE_ONLINE_PROTECTION.name,
    permission: PROTECTION_PERMISSION,
    appRoleId: role.id,
  };
}

/** Why the protection grant is missing when the cloud wants it. */
export function protectionNotes(permissions: string[], observed: ObservedState): string[] {
  if (observed.protection === undefined) return [];
  const wanted = permissions.some((p) => p.toLowerCase() === PROTECTION_PERMISSION.toLowerCase());
  if (!wanted || protectionGrant(permissions, observed)) return [];
  const { appId, name } = EXCHANGE_ONLINE_PROTECTION;
  const why = observed.protection
    ? `its service principal offers no ${PROTECTION_PERMISSION} application permission`
    : `its service principal (appId ${appId}) does not exist in this tenant`;
  return [
    `Microsoft's app-only guide has GCC High and DoD apps request ${PROTECTION_PERMISSION} of ${name}, but ${why}. ` +
      `exo-cba requested only Office 365 Exchange Online's ${PROTECTION_PERMISSION}; Security & Compliance PowerShell ` +
      `(Connect-IPPSSession) may refuse the app until an admin adds ${name} → ${PROTECTION_PERMISSION} and grants consent.`,
  ];
}
