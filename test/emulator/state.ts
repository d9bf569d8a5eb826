/**
 * The emulated tenant: directory objects as Graph returns them, plus the bookkeeping the emulator needs
 * to play replication (when each object, key, consent and role assignment became visible).
 * Everything a test wants to arrange or inspect goes through this state.
 */
import { randomUUID } from 'node:crypto';
import { BUILT_IN_ROLE_GROUPS, type ExchangeServicePrincipal } from './exchange-rbac.js';
import {
  DIRECTORY_ROLES,
  EOP_APP_ID,
  EOP_APP_ROLES,
  EXCHANGE_APP_ID,
  EXCHANGE_APP_ROLES,
  GITHUB_OIDC_ISSUER,
  GRAPH_APP_ID,
  GRAPH_APP_ROLES,
  type AppManagementPolicyConfig,
  type Application,
  type AppRoleAssignment,
  type Organization,
  type ReplicationDelays,
  type RoleAssignment,
  type ServicePrincipal,
} from './directory.js';

export * from './directory.js';

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

/** The tenant default app management policy's id (Graph docs sample of `defaultAppManagementPolicy`). */
export const DEFAULT_APP_MANAGEMENT_POLICY_ID = '00000000-0000-0000-0000-000000000000';

export class TenantState {
  readonly tenantId: string;
  readonly initialDomain: string;
  readonly applications = new Map<string, Application>();
  readonly servicePrincipals = new Map<string, ServicePrincipal>();
  readonly appRoleAssignments: AppRoleAssignment[] = [];
  readonly roleAssignments: RoleAssignment[] = [];
  readonly organization: Organization;
  replication: ReplicationDelays = {
    objectMs: 0,
    keyMs: 0,
    consentMs: 0,
    roleMs: 0,
    listLagMs: 0,
    ficMs: 0,
    exchangeSpMs: 0,
  };
  /** soft-deleted applications and their service principals (`DELETE /applications/{id}`), by object id */
  readonly deletedApplications = new Map<string, Application>();
  readonly deletedServicePrincipals = new Map<string, ServicePrincipal>();
  /**
   * Lets an app read its own application object and service principal with a token that has no Graph
   * permission: observed by users, undocumented (microsoft-graph-docs #15879, #15880). Off by default.
   */
  selfRead = false;
  /**
   * What the token endpoint answers for a federated credential that has not replicated yet (`ficMs`): Microsoft
   * names AADSTS70021 (workload-identity-federation-considerations.md), but whether a new subject of an app that
   * already trusts its issuer answers that or 700213, as a subject never trusted does, is not public. Both play.
   */
  ficPropagationCode: 70021 | 700213 = 70021;
  /**
   * Which object id a proof of possession's `iss` must name (graph-key-actions.ts `validProof`): the application
   * the call is made on (removeKey's wording, and what an app rolling its own keys sends either way), or the
   * application making the call (addKey's wording) — for the provisioning app the two differ.
   */
  proofIssuer: 'application' | 'caller' = 'application';
  /** whether addKey keeps the `displayName` of the key it adds (not documented); false stores null */
  addKeyKeepsDisplayName = true;
  /** writes to one application closer together than this are refused with 409 (graph.ts `concurrentWrite`); 0: off */
  appWriteSpacingMs = 0;
  /** whether Graph v1.0 lists a flexible credential's `claimsMatchingExpression` (undocumented; both play) */
  v1ListsClaimsExpression = true;
  /** Exchange's front door answers InvokeCommand and EXOModuleFile with a 302 to a regional host */
  exchangeRegionalRedirect = false;
  /** the regional host refuses a request without the affinity cookie the front door set (exchange-region.ts) */
  exchangeRequiresAffinityCookie = false;
  /** service principals registered in Exchange (New-ServicePrincipal), by Entra service principal object id */
  readonly exchangeServicePrincipals = new Map<string, ExchangeServicePrincipal>();
  /** Exchange role groups and their service principal members (object ids) */
  readonly roleGroups = new Map<string, Set<string>>(BUILT_IN_ROLE_GROUPS.map((g) => [g, new Set<string>()]));
  /** Add-RoleGroupMember of a member already there succeeds silently instead of MemberAlreadyExistsException */
  roleGroupMemberAddedTwiceIsSilent = false;
  /** the port in the redirect's `Location` (default 446, like the real one; set the emulator's port for clients that do not map it) */
  exchangeRegionalLocationPort: number | undefined;
  /** the tenant default app management policy's certificate rule (undefined: policy disabled, the default) */
  defaultAppManagementPolicy: AppManagementPolicyConfig | undefined;
  /** app management policies assigned to single applications, by application object id */
  readonly appManagementPolicies = new Map<string, AppManagementPolicyConfig & { id: string }>();
  /** the provisioning app (the one the action signs in as) */
  readonly provisioningApp: Application;
  readonly provisioningServicePrincipal: ServicePrincipal;
  readonly graphServicePrincipal: ServicePrincipal;
  readonly exchangeServicePrincipal: ServicePrincipal;
  readonly eopServicePrincipal: ServicePrincipal;

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
    // Present in every cloud here; ScubaGear assumes it exists in GCC High/DoD (unverified for every tenant).
    this.eopServicePrincipal = this.addServicePrincipal(
      EOP_APP_ID,
      'Microsoft Exchange Online Protection',
      EOP_APP_ROLES,
      -1,
    );
    this.provisioningApp = this.addApplication({ displayName: 'exo-cba provisioning', createdAt: -1 });
    this.provisioningApp.federatedIdentityCredentials.push({
      id: randomUUID(),
      name: 'github-main',
      issuer: GITHUB_OIDC_ISSUER,
      subject: `repo:${options.repository ?? 'contoso/exchange-automation'}:ref:refs/heads/main`,
      audiences: ['api://AzureADTokenExchange'],
      description: null,
      createdAt: -1,
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
      tags: [],
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

  /**
   * Makes the provisioning app an Exchange administrator, as scripts/bootstrap.sh --exchange-role-groups does: the
   * admin consent for Exchange.ManageAsApp and the Exchange Administrator role, so it may run the role group cmdlets.
   */
  makeProvisioningAppExchangeAdmin(): void {
    const manageAsApp = this.exchangeServicePrincipal.appRoles.find(
      (r) => r.value === 'Exchange.ManageAsApp',
    )!;
    this.addAppRoleAssignment(
      this.provisioningServicePrincipal,
      this.exchangeServicePrincipal,
      manageAsApp.id,
      -1,
    );
    this.addRoleAssignment(
      this.provisioningServicePrincipal.id,
      DIRECTORY_ROLES['Exchange Administrator'],
      -1,
    );
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
      for (const fic of app.federatedIdentityCredentials) {
        if (fic.createdAt !== undefined && fic.createdAt >= 0) fic.createdAt -= ms;
      }
    }
    this.servicePrincipals.forEach(age);
    this.appRoleAssignments.forEach(age);
    this.roleAssignments.forEach(age);
  }

  /** Whether something created at `createdAt` has replicated, given a delay. */
  replicated(createdAt: number, delayMs: number, now = Date.now()): boolean {
    return createdAt < 0 || now - createdAt >= delayMs;
  }

  /** Whether an assignment created at `createdAt` shows in list endpoints yet (`listLagMs`). */
  listed(createdAt: number, now = Date.now()): boolean {
    return this.replicated(createdAt, this.replication.listLagMs ?? 0, now);
  }

  /**
   * Soft-deletes an application (Graph moves it to deleted items for 30 days): it leaves every lookup,
   * and its service principal in this tenant goes with it (commonly seen; not documented per endpoint).
   */
  deleteApplication(app: Application): void {
    this.applications.delete(app.id);
    this.deletedApplications.set(app.id, app);
    const sp = this.servicePrincipalByAppId(app.appId);
    if (sp) {
      this.servicePrincipals.delete(sp.id);
      this.deletedServicePrincipals.set(sp.id, sp);
    }
    this.appManagementPolicies.delete(app.id);
  }

  /** Enables (or, with undefined, disables) the tenant default app management policy's certificate rule. */
  setAppManagementPolicy(config: AppManagementPolicyConfig | undefined): void {
    this.defaultAppManagementPolicy = config;
  }

  /** Assigns a policy of its own to one application (it then overrides the tenant default), or removes it. */
  assignAppManagementPolicy(appObjectId: string, config: AppManagementPolicyConfig | undefined): void {
    if (config) this.appManagementPolicies.set(appObjectId, { id: randomUUID(), ...config });
    else this.appManagementPolicies.delete(appObjectId);
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
