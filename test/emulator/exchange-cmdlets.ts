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
import { DIRECTORY_ROLES, type TenantState } from './state.js';

export const VIEW_ONLY_CONFIGURATION_ROLES: string[] = [
  'Global Administrator',
  'Exchange Administrator',
  'Helpdesk Administrator',
  'Compliance Administrator',
  'Global Reader',
].map((name) => DIRECTORY_ROLES[name]);

export interface Cmdlet {
  /** directory role ids that may run it (undefined: every role Exchange supports for app-only) */
  roles?: string[];
  run(state: TenantState, organizationGuid: string): Record<string, unknown>[];
}

export const CMDLETS: Record<string, Cmdlet> = {
  'Get-OrganizationConfig': {
    roles: VIEW_ONLY_CONFIGURATION_ROLES,
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
};

/** The cmdlet's canonical name and definition (PowerShell names are case-insensitive). */
export function findCmdlet(name: string): [string, Cmdlet] | undefined {
  return Object.entries(CMDLETS).find(([cmdlet]) => cmdlet.toLowerCase() === name.toLowerCase());
}

export function mayRun(cmdlet: Cmdlet, heldRoles: readonly string[]): boolean {
  return !cmdlet.roles || cmdlet.roles.some((r) => heldRoles.includes(r));
}

/** The names of the cmdlets a caller holding `heldRoles` may run, as EXOModuleFile's `exportedCmdlets`. */
export function exportedCmdlets(heldRoles: readonly string[]): string[] {
  return Object.entries(CMDLETS)
    .filter(([, cmdlet]) => mayRun(cmdlet, heldRoles))
    .map(([name]) => name);
}
