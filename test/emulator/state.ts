/**
 * The emulated tenant: directory objects as Graph returns them, plus the bookkeeping the emulator needs
 * to play replication (when each object, key, consent and role assignment became visible).
 * Everything a test wants to arrange or inspect goes through this state.
 */
import { randomUUID } from 'node:crypto';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** Microsoft Graph application permissions (app role IDs as in every commercial tenant). */
export const GRAPH_APP_ROLES: Record<string, string> = {
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'Application.ReadWrite.All': '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'Application.ReadWrite.OwnedBy': '18a4783c-866b-4cc7-a460-3d5e5662c884',
  'AppRoleAssignment.ReadWrite.All': '06b708a9-e830-4db3-a914-8e69da51d44f',
  'RoleManagement.ReadWrite.Directory': '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
  'RoleManagement.Read.Directory': '483bed4a-2ad3-4361-a73b-c83ccdbdc53c',
  'Directory.Read.All': '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
  'Organization.Read.All': '498476ce-e0fe-48b0-b801-37ba7e2685c6',
};

/**
 * The Graph application permissions a provisioning app has after docs/setup.md (any of its paths, and
 * scripts/bootstrap.sh): the emulator's default tenant is exactly what a user's first run meets.
 */
export const SETUP_PERMISSIONS = [
  'Application.ReadWrite.OwnedBy',
  'AppRoleAssignment.ReadWrite.All',
  'RoleManagement.ReadWrite.Directory',
  'Application.Read.All',
  'Organization.Read.All',
] as const;

/** Office 365 Exchange Online application permissions (a subset of its appRoles). */
export const EXCHANGE_APP_ROLES: Record<string, string> = {
  'Exchange.ManageAsApp': 'dc50a0fb-09a3-484d-be87-e023b12c6440',
  full_access_as_app: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  'Mail.Read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'Mailbox.Migration': 'ecf62c3f-d7b6-4ae6-a2e2-cb1a4d8c8e5e',
};

/** Built-in directory roles (template ID = role definition ID for built-in roles). */
export const DIRECTORY_ROLES: Record<string, string> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'Exchange Recipient Administrator': '31392ffb-586c-42d1-9346-e59415a2cc4e',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Compliance Administrator': '17315797-102d-40b4-93e0-432062caca18',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
};

export interface AppRole {
  id: string;
  value: string;
  displayName: string;
  description: string;
  allowedMemberTypes: string[];
  isEnabled: boolean;
  origin: string;
}

/** A key credential as stored; `key` is returned by Graph only when `$select`ed. */
export interface StoredKeyCredential {
  keyId: string;
  type: string;
  usage: string;
  displayName: string | null;
  customKeyIdentifier: string | null;
  startDateTime: string;
  endDateTime: string;
  key: string; // base64 DER
  /** emulator bookkeeping: when the key was written (replication of new keys) */
  addedAt: number;
}

export interface FederatedIdentityCredential {
  id: string;
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: { id: string; type: string }[];
}

export interface Application {
  id: string;
  appId: string;
  uniqueName: string | null;
  displayName: string;
  createdDateTime: string;
  signInAudience: string;
  requiredResourceAccess: RequiredResourceAccess[];
  keyCredentials: StoredKeyCredential[];
  federatedIdentityCredentials: FederatedIdentityCredential[];
  /** object IDs of the service principals that own the app (Application.ReadWrite.OwnedBy) */
  owners: string[];
  createdAt: number;
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appRoles: AppRole[];
  servicePrincipalType: string;
  accountEnabled: boolean;
  appOwnerOrganizationId: string;
  createdAt: number;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  principalType: string;
  principalDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
  createdDateTime: string;
  createdAt: number;
}

export interface RoleAssignment {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  createdAt: number;
}

export interface Organization {
  id: string;
  displayName: string;
  verifiedDomains: {
    name: string;
    isInitial: boolean;
    isDefault: boolean;
    type: string;
    capabilities: string;
  }[];
}

/** How long new things take to become visible where the real services make users wait. */
export interface ReplicationDelays {
  /** a new app or service principal: reads by ID and references to it fail before this */
  objectMs: number;
  /** a new key credential: the token endpoint refuses assertions signed with it before this */
  keyMs: number;
  /** a new app role assignment (admin consent): tokens lack the role before this */
  consentMs: number;
  /** a new directory role assignment: Exchange refuses the app before this */
  roleMs: number;
}

export class TenantState {
  readonly tenantId: string;
  readonly initialDomain: string;
  readonly applications = new Map<string, Application>();
  readonly servicePrincipals = new Map<string, ServicePrincipal>();
  readonly appRoleAssignments: AppRoleAssignment[] = [];
  readonly roleAssignments: RoleAssignment[] = [];
  readonly organization: Organization;
  replication: ReplicationDelays = { objectMs: 0, keyMs: 0, consentMs: 0, roleMs: 0 };
  /** the provisioning app (the one the action signs in as) */
  readonly provisioningApp: Application;
  readonly provisioningServicePrincipal: ServicePrincipal;
  readonly graphServicePrincipal: ServicePrincipal;
  readonly exchangeServicePrincipal: ServicePrincipal;

  constructor(options: { tenantId?: string; initialDomain?: string; repository?: string } = {}) {
    this.tenantId = options.tenantId ?? randomUUID();
    this.initialDomain = options.initialDomain ?? 'contoso.onmicrosoft.com';
    this.organization = {
      id: this.tenantId,
      displayName: 'Contoso',
      verifiedDomains: [
        {
          name: 'contoso.com',
          isInitial: false,
          isDefault: true,
          type: 'Managed',
          capabilities: 'Email, OfficeCommunicationsOnline',
        },
        {
          name: this.initialDomain,
          isInitial: true,
          isDefault: false,
          type: 'Managed',
          capabilities: 'Email, OfficeCommunicationsOnline',
        },
      ],
    };
    this.graphServicePrincipal = this.addServicePrincipal(
      GRAPH_APP_ID,
      'Microsoft Graph',
      GRAPH_APP_ROLES,
      -1,
    );
    this.exchangeServicePrincipal = this.addServicePrincipal(
      EXCHANGE_APP_ID,
      'Office 365 Exchange Online',
      EXCHANGE_APP_ROLES,
      -1,
    );
    this.provisioningApp = this.addApplication({ displayName: 'exo-cba provisioning', createdAt: -1 });
    this.provisioningApp.federatedIdentityCredentials.push({
      id: randomUUID(),
      name: 'github-main',
      issuer: GITHUB_OIDC_ISSUER,
      subject: `repo:${options.repository ?? 'contoso/exchange-automation'}:ref:refs/heads/main`,
      audiences: ['api://AzureADTokenExchange'],
    });
    this.provisioningServicePrincipal = this.addServicePrincipal(
      this.provisioningApp.appId,
      'exo-cba provisioning',
      {},
      -1,
    );
    for (const permission of SETUP_PERMISSIONS) this.grantGraphPermission(permission);
  }

  addApplication(init: Partial<Application> & { displayName: string }): Application {
    const app: Application = {
      id: randomUUID(),
      appId: randomUUID(),
      uniqueName: null,
      createdDateTime: new Date().toISOString(),
      signInAudience: 'AzureADMyOrg',
      requiredResourceAccess: [],
      keyCredentials: [],
      federatedIdentityCredentials: [],
      owners: [],
      createdAt: Date.now(),
      ...init,
    };
    this.applications.set(app.id, app);
    return app;
  }

  addServicePrincipal(
    appId: string,
    displayName: string,
    roles: Record<string, string>,
    createdAt = Date.now(),
  ): ServicePrincipal {
    const sp: ServicePrincipal = {
      id: randomUUID(),
      appId,
      displayName,
      appRoles: Object.entries(roles).map(([value, id]) => ({
        id,
        value,
        displayName: value,
        description: value,
        allowedMemberTypes: ['Application'],
        isEnabled: true,
        origin: 'Application',
      })),
      servicePrincipalType: 'Application',
      accountEnabled: true,
      appOwnerOrganizationId: this.tenantId,
      createdAt,
    };
    this.servicePrincipals.set(sp.id, sp);
    return sp;
  }

  /** Grants (with admin consent) a Graph application permission to the provisioning app. */
  grantGraphPermission(permission: string): void {
    const appRoleId = GRAPH_APP_ROLES[permission];
    if (!appRoleId) throw new Error(`unknown Graph permission ${permission}`);
    this.addAppRoleAssignment(this.provisioningServicePrincipal, this.graphServicePrincipal, appRoleId, -1);
  }

  /** Takes a Graph permission away from the provisioning app (tests of 403 handling). */
  revokeGraphPermission(permission: string): void {
    const appRoleId = GRAPH_APP_ROLES[permission];
    for (let i = this.appRoleAssignments.length - 1; i >= 0; i--) {
      const a = this.appRoleAssignments[i];
      if (a.principalId === this.provisioningServicePrincipal.id && a.appRoleId === appRoleId) {
        this.appRoleAssignments.splice(i, 1);
      }
    }
  }

  addAppRoleAssignment(
    principal: ServicePrincipal,
    resource: ServicePrincipal,
    appRoleId: string,
    createdAt = Date.now(),
  ): AppRoleAssignment {
    const assignment: AppRoleAssignment = {
      id: randomUUID().replace(/-/g, '').slice(0, 22) + 'AA', // Graph's IDs here are opaque base64-ish strings
      appRoleId,
      principalId: principal.id,
      principalType: 'ServicePrincipal',
      principalDisplayName: principal.displayName,
      resourceId: resource.id,
      resourceDisplayName: resource.displayName,
      createdDateTime: new Date().toISOString(),
      createdAt,
    };
    this.appRoleAssignments.push(assignment);
    return assignment;
  }

  addRoleAssignment(principalId: string, roleDefinitionId: string, createdAt = Date.now()): RoleAssignment {
    const assignment: RoleAssignment = {
      id: randomUUID().replace(/-/g, ''),
      principalId,
      roleDefinitionId,
      directoryScopeId: '/',
      createdAt,
    };
    this.roleAssignments.push(assignment);
    return assignment;
  }

  /**
   * Lets `ms` of replication time pass at once (tests that wait without waiting): every object, key and
   * assignment becomes `ms` older, whichever service or helper later compares its age with `Date.now()`.
   */
  elapse(ms: number): void {
    const age = <T extends { createdAt: number }>(o: T) => {
      if (o.createdAt >= 0) o.createdAt -= ms;
    };
    for (const app of this.applications.values()) {
      age(app);
      for (const key of app.keyCredentials) if (key.addedAt >= 0) key.addedAt -= ms;
    }
    this.servicePrincipals.forEach(age);
    this.appRoleAssignments.forEach(age);
    this.roleAssignments.forEach(age);
  }

  /** Whether something created at `createdAt` has replicated, given a delay. */
  replicated(createdAt: number, delayMs: number, now = Date.now()): boolean {
    return createdAt < 0 || now - createdAt >= delayMs;
  }

  applicationByAppId(appId: string): Application | undefined {
    return [...this.applications.values()].find((a) => a.appId === appId);
  }

  applicationByUniqueName(uniqueName: string): Application | undefined {
    return [...this.applications.values()].find((a) => a.uniqueName === uniqueName);
  }

  servicePrincipalByAppId(appId: string): ServicePrincipal | undefined {
    return [...this.servicePrincipals.values()].find((s) => s.appId === appId);
  }

  /** The app the token endpoint and the tests call "the managed app": the one that is not the provisioning app. */
  managedApplications(): Application[] {
    return [...this.applications.values()].filter((a) => a.id !== this.provisioningApp.id);
  }

  /** App roles (values) granted to an app on a resource, replicated as of now. */
  grantedRoles(principal: ServicePrincipal, resource: ServicePrincipal, now = Date.now()): string[] {
    return this.appRoleAssignments
      .filter((a) => a.principalId === principal.id && a.resourceId === resource.id)
      .filter((a) => this.replicated(a.createdAt, this.replication.consentMs, now))
      .map((a) => resource.appRoles.find((r) => r.id === a.appRoleId)?.value)
      .filter((v): v is string => Boolean(v));
  }

  /** Directory role template IDs of a principal, replicated as of now. */
  directoryRoles(principalId: string, now = Date.now()): string[] {
    return this.roleAssignments
      .filter(
        (a) => a.principalId === principalId && this.replicated(a.createdAt, this.replication.roleMs, now),
      )
      .map((a) => a.roleDefinitionId);
  }
}
