/**
 * The cmdlets the emulated Exchange runs, and which directory roles may run each.
 *
 * `Get-OrganizationConfig` needs the management role "View-Only Configuration" (Microsoft365DSC's
 * EXOOrganizationConfig settings; Maester's least-privilege recipe). Role groups that include it
 * (OfficeDocs-Exchange permissions-exo.md @bc3e21e1): Organization Management (Global Administrator,
 * Exchange Administrator), View-Only Organization Management (Helpdesk Administrator), Compliance
 * Management (Compliance Administrator, an inference). Global Reader is counted in because Microsoft365DSC
 * names it the read role for EXOOrganizationConfig (UNVERIFIED); Exchange Recipient Administrator,
 * Security Administrator and Security Reader are counted out (Recipient Management lacks it; the Security
 * roles are UNVERIFIED). A role without it gets "User is not allowed to call Get-OrganizationConfig":
 * 401 as observed in 2021 (office-docs-powershell#7970); a 2026 client's fixture shows 403, so the
 * status is UNVERIFIED.
 *
 * The module's connect call (EXOModuleFile) lists only the cmdlets the caller may run (an inference
 * from office-docs-powershell#7022: cmdlets "not recognized" after an app-only connect with a narrow role).
 */
import {
  addRoleGroupMember,
  getRoleGroupMember,
  getServicePrincipal,
  newServicePrincipal,
  removeRoleGroupMember,
  removeServicePrincipal,
} from './exchange-rbac.js';
import { DIRECTORY_ROLES, type TenantState } from './state.js';
import type { EmulatorResponse } from './types.js';

export const VIEW_ONLY_CONFIGURATION_ROLES: string[] = [
  'Global Administrator',
  'Exchange Administrator',
  'Helpdesk Administrator',
  'Compliance Administrator',
  'Global Reader',
].map((name) => DIRECTORY_ROLES[name]);

/** What a caller holds in Exchange: directory roles from its token, role groups it is a member of. */
export interface Held {
  roles: readonly string[];
  groups: readonly string[];
}

export interface Cmdlet {
  /** directory role ids that may run it (undefined with `groups` undefined: any role or group) */
  roles?: string[];
  /** role groups whose members may run it */
  groups?: string[];
  run(
    state: TenantState,
    organizationGuid: string,
    parameters: Record<string, unknown>,
  ): Record<string, unknown>[] | EmulatorResponse;
}

/** Exchange Administrator and Global Administrator hold Organization Management, which holds Role Management. */
const ORGANIZATION_MANAGEMENT_ROLES = ['Exchange Administrator', 'Global Administrator'].map(
  (name) => DIRECTORY_ROLES[name],
);
const rbacAdmin = { roles: ORGANIZATION_MANAGEMENT_ROLES, groups: ['Organization Management'] };

export const CMDLETS: Record<string, Cmdlet> = {
  'Get-OrganizationConfig': {
    roles: VIEW_ONLY_CONFIGURATION_ROLES,
    groups: [
      'Organization Management',
      'View-Only Organization Management',
      'Compliance Management',
      'Hygiene Management',
    ],
    run: (state, guid) => [
      {
        Name: state.initialDomain,
        DisplayName: state.organization.displayName,
        Identity: state.initialDomain,
        Id: state.initialDomain,
        Guid: guid,
        ExchangeObjectId: guid,
        IsDehydrated: false,
        OAuth2ClientProfileEnabled: true,
        IsValid: true,
        ObjectState: 'Unchanged',
      },
    ],
  },
  'Get-AcceptedDomain': {
    run: (state) =>
      state.organization.verifiedDomains.map((d) => ({
        Name: d.name,
        DomainName: d.name,
        Identity: d.name,
        DomainType: 'Authoritative',
        Default: d.isDefault,
        InitialDomain: d.isInitial,
      })),
  },
  // Recipient Management's kind of cmdlet (Mail Recipients role): what a job with that role group runs
  'Get-Mailbox': {
    roles: Object.values(DIRECTORY_ROLES),
    groups: [
      'Organization Management',
      'View-Only Organization Management',
      'Recipient Management',
      'Help Desk',
    ],
    run: (state) => [{ Name: 'admin', PrimarySmtpAddress: `admin@${state.initialDomain}` }],
  },
  // RBAC for service principals (exchange-rbac.ts): Role Management, which Organization Management holds
  'New-ServicePrincipal': { ...rbacAdmin, run: (state, _guid, p) => newServicePrincipal(state, p) },
  'Get-ServicePrincipal': { ...rbacAdmin, run: (state, _guid, p) => getServicePrincipal(state, p) },
  'Remove-ServicePrincipal': { ...rbacAdmin, run: (state, _guid, p) => removeServicePrincipal(state, p) },
  'Add-RoleGroupMember': { ...rbacAdmin, run: (state, _guid, p) => addRoleGroupMember(state, p) },
  'Remove-RoleGroupMember': { ...rbacAdmin, run: (state, _guid, p) => removeRoleGroupMember(state, p) },
  'Get-RoleGroupMember': { ...rbacAdmin, run: (state, _guid, p) => getRoleGroupMember(state, p) },
};

/** The cmdlet's canonical name and definition (PowerShell names are case-insensitive). */
export function findCmdlet(name: string): [string, Cmdlet] | undefined {
  return Object.entries(CMDLETS).find(([cmdlet]) => cmdlet.toLowerCase() === name.toLowerCase());
}

export function mayRun(cmdlet: Cmdlet, held: Held): boolean {
  if (!cmdlet.roles && !cmdlet.groups) return true;
  return (
    (cmdlet.roles ?? []).some((r) => held.roles.includes(r)) ||
    (cmdlet.groups ?? []).some((g) => held.groups.includes(g))
  );
}

/** The names of the cmdlets a caller may run, as EXOModuleFile's `exportedCmdlets`. */
export function exportedCmdlets(held: Held): string[] {
  return Object.entries(CMDLETS)
    .filter(([, cmdlet]) => mayRun(cmdlet, held))
    .map(([name]) => name);
}
