/**
 * Directory objects as Graph v1.0 returns them: the default property set (real names, nulls where the
 * emulator keeps nothing), `$select`, and `@odata.context`. Shapes follow the docs samples; the tests
 * check every name against Graph's CSDL.
 */
import type {
  Application,
  AppRole,
  AppRoleAssignment,
  Organization,
  RoleAssignment,
  ServicePrincipal,
  StoredKeyCredential,
  TenantState,
} from './state.js';

export const GRAPH_METADATA = 'https://graph.microsoft.com/v1.0/$metadata';

type Json = Record<string, unknown>;

/** `key` is the certificate itself: Graph returns it only when keyCredentials is `$select`ed on one object. */
export function keyCredentialJson(k: StoredKeyCredential, withKey: boolean): Json {
  return {
    customKeyIdentifier: k.customKeyIdentifier,
    displayName: k.displayName,
    endDateTime: k.endDateTime,
    key: withKey ? k.key : null,
    keyId: k.keyId,
    startDateTime: k.startDateTime,
    type: k.type,
    usage: k.usage,
  };
}

const informationalUrl = () => ({
  logoUrl: null,
  marketingUrl: null,
  privacyStatementUrl: null,
  supportUrl: null,
  termsOfServiceUrl: null,
});

export function applicationJson(app: Application, state: TenantState, withKeys: boolean): Json {
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    applicationTemplateId: null,
    disabledByMicrosoftStatus: null,
    createdDateTime: app.createdDateTime,
    displayName: app.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: null,
    nativeAuthenticationApisEnabled: null,
    notes: null,
    publisherDomain: state.initialDomain,
    serviceManagementReference: null,
    signInAudience: app.signInAudience,
    tags: [...app.tags],
    tokenEncryptionKeyId: null,
    uniqueName: app.uniqueName,
    samlMetadataUrl: null,
    defaultRedirectUri: null,
    certification: null,
    optionalClaims: null,
    servicePrincipalLockConfiguration: null,
    requestSignatureVerification: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: [],
      preAuthorizedApplications: [],
    },
    appRoles: [],
    info: informationalUrl(),
    keyCredentials: app.keyCredentials.map((k) => keyCredentialJson(k, withKeys)),
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: [],
    publicClient: { redirectUris: [] },
    requiredResourceAccess: app.requiredResourceAccess.map((r) => ({
      resourceAppId: r.resourceAppId,
      resourceAccess: r.resourceAccess.map((a) => ({ id: a.id, type: a.type })),
    })),
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
    },
    spa: { redirectUris: [] },
  };
}

export function appRoleJson(r: AppRole): Json {
  return {
    allowedMemberTypes: r.allowedMemberTypes,
    description: r.description,
    displayName: r.displayName,
    id: r.id,
    isEnabled: r.isEnabled,
    origin: r.origin,
    value: r.value,
  };
}

export function servicePrincipalJson(sp: ServicePrincipal, state: TenantState): Json {
  const app = state.applicationByAppId(sp.appId);
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: sp.accountEnabled,
    alternativeNames: [],
    appDisplayName: app?.displayName ?? sp.displayName,
    appDescription: null,
    appId: sp.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: sp.appOwnerOrganizationId,
    appRoleAssignmentRequired: false,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: sp.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [],
    samlSingleSignOnSettings: null,
    servicePrincipalNames: [sp.appId],
    servicePrincipalType: sp.servicePrincipalType,
    signInAudience: app?.signInAudience ?? 'AzureADMultipleOrgs',
    tags: [],
    tokenEncryptionKeyId: null,
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    addIns: [],
    appRoles: sp.appRoles.map(appRoleJson),
    info: informationalUrl(),
    keyCredentials: [],
    oauth2PermissionScopes: [],
    passwordCredentials: [],
    resourceSpecificApplicationPermissions: [],
  };
}

export function appRoleAssignmentJson(a: AppRoleAssignment): Json {
  return {
    id: a.id,
    deletedDateTime: null,
    appRoleId: a.appRoleId,
    createdDateTime: a.createdDateTime,
    principalDisplayName: a.principalDisplayName,
    principalId: a.principalId,
    principalType: a.principalType,
    resourceDisplayName: a.resourceDisplayName,
    resourceId: a.resourceId,
  };
}

export function roleAssignmentJson(a: RoleAssignment): Json {
  return {
    id: a.id,
    principalId: a.principalId,
    directoryScopeId: a.directoryScopeId,
    roleDefinitionId: a.roleDefinitionId,
  };
}

export function organizationJson(org: Organization): Json {
  return {
    id: org.id,
    deletedDateTime: null,
    businessPhones: [],
    city: null,
    country: null,
    countryLetterCode: 'US',
    createdDateTime: '2015-01-01T00:00:00Z',
    displayName: org.displayName,
    marketingNotificationEmails: [],
    mobileDeviceManagementAuthority: 'unknown',
    onPremisesLastSyncDateTime: null,
    onPremisesSyncEnabled: null,
    postalCode: null,
    preferredLanguage: 'en',
    securityComplianceNotificationMails: [],
    securityComplianceNotificationPhones: [],
    state: null,
    street: null,
    technicalNotificationMails: [],
    tenantType: 'AAD',
    assignedPlans: [],
    privacyProfile: null,
    provisionedPlans: [],
    verifiedDomains: org.verifiedDomains.map((d) => ({
      capabilities: d.capabilities,
      isDefault: d.isDefault,
      isInitial: d.isInitial,
      name: d.name,
      type: d.type,
    })),
  };
}

/** A parsed `$select`: the names as the client wrote them, or undefined for the default property set. */
export type Select = string[] | undefined;

export function parseSelect(query: URLSearchParams): Select {
  const raw = query.get('$select');
  if (raw === null) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether `$select` names a property (Graph matches property names case-insensitively). */
export function selects(select: Select, name: string): boolean {
  return select !== undefined && select.some((s) => s.toLowerCase() === name.toLowerCase());
}

/**
 * Applies `$select` to a full property bag: returns the projected object, or the name of the first
 * property the type does not have (Graph answers 400 for it).
 */
export function project(full: Json, select: Select): { body: Json } | { unknown: string } {
  if (!select) return { body: full };
  const names = Object.keys(full);
  const body: Json = {};
  for (const wanted of select) {
    const name = names.find((n) => n.toLowerCase() === wanted.toLowerCase());
    if (!name) return { unknown: wanted };
    body[name] = full[name];
  }
  return { body };
}

/** `@odata.context` for an entity set or one entity, with the `$select` list as Graph echoes it. */
export function odataContext(entitySet: string, select: Select, entity: boolean): string {
  const projection = select ? `(${select.join(',')})` : '';
  return `${GRAPH_METADATA}#${entitySet}${projection}${entity ? '/$entity' : ''}`;
}
