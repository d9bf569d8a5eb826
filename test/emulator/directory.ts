/**
 * The directory's vocabulary: well-known app IDs, app role and directory role IDs, and the shapes of the
 * objects the emulated tenant stores (state.ts keeps them).
 */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
/**
 * Microsoft Exchange Online Protection: the resource whose `Exchange.ManageAsApp` Security & Compliance
 * PowerShell needs, and the one Microsoft's app-only guide tells GCC High and DoD to consent
 * (office-docs-powershell `app-only-auth-powershell-v2.md`, PR #13783 "in all environments").
 */
export const EOP_APP_ID = '00000007-0000-0ff1-ce00-000000000000';
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
  'Policy.Read.All': '246dd0d5-5bd0-4def-940b-0421030a5b68',
};

/** Office 365 Exchange Online application permissions (a subset of its appRoles). */
export const EXCHANGE_APP_ROLES: Record<string, string> = {
  'Exchange.ManageAsApp': 'dc50a0fb-09a3-484d-be87-e023b12c6440',
  full_access_as_app: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  'Mail.Read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'Mailbox.Migration': 'ecf62c3f-d7b6-4ae6-a2e2-cb1a4d8c8e5e',
};

/** Microsoft Exchange Online Protection's app role (the app-only guide's `requiredResourceAccess` note). */
export const EOP_APP_ROLES: Record<string, string> = {
  'Exchange.ManageAsApp': '455e5cd2-84e8-4751-8344-5672145dfa17',
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
  /** null for a flexible credential, which matches `claimsMatchingExpression` instead */
  subject: string | null;
  /**
   * A flexible credential's claims expression (entra-docs workload-identities-flexible-federated-identity-
   * credentials.md): `claims['sub'] matches 'pattern'` (`*`, `?` wildcards) or `claims['sub'] eq 'value'`,
   * joined by `and`; `languageVersion` is always 1.
   */
  claimsMatchingExpression?: { value: string; languageVersion: number } | null;
  audiences: string[];
  description?: string | null;
  /** emulator bookkeeping: when it was written (replication to the token endpoint, `ficMs`) */
  createdAt?: number;
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
  /** Graph's `tags`: "custom strings that can be used to categorize and identify the application" */
  tags: string[];
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
  /**
   * an app role assignment or directory role assignment that exists is missing from the list
   * endpoints for this long (duplicate POSTs are refused all the same); default 0
   */
  listLagMs?: number;
  /** a new federated identity credential: the token endpoint answers AADSTS70021 before this; default 0 */
  ficMs?: number;
  /** a new service principal: Exchange's New-ServicePrincipal does not find it before this; default 0 */
  exchangeSpMs?: number;
}

/**
 * An app management policy's certificate rule (`keyCredentials` restriction `asymmetricKeyLifetime`),
 * as the tenant default (`/policies/defaultAppManagementPolicy`) or a policy assigned to one app.
 */
export interface AppManagementPolicyConfig {
  /** ISO 8601 duration, e.g. `P180D` */
  maxCertificateLifetime: string;
  /** the rule applies to apps created after this (default 2015-01-01T00:00:00Z, i.e. all) */
  restrictForAppsCreatedAfterDateTime?: string;
  /** `disabled` keeps the rule but does not enforce it */
  state?: 'enabled' | 'disabled';
}
