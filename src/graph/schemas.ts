/**
 * Every Graph answer the planner or a write relies on, declared once: the schema is the check and its type
 * (`z.infer`). A field missing or of the wrong type fails the run, never reads as an empty list: an empty
 * keyCredentials list would make a rotation drop every other key.
 */
import { z } from 'zod';

/** Graph omits or nulls optional fields. */
const optionalText = z.string().nullish();

export const keyCredentialSchema = z.object({
  keyId: z.string(),
  type: z.string(),
  usage: z.string(),
  displayName: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  customKeyIdentifier: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  startDateTime: z.string(),
  endDateTime: z.string(),
  /** base64 DER; present only when keyCredentials is `$select`ed */
  key: optionalText,
});
export type KeyCredential = z.infer<typeof keyCredentialSchema>;

/** `{ keyCredentials: [...] }` of `$select=keyCredentials`. */
export const keyCredentialsSchema = z
  .object({ keyCredentials: z.array(keyCredentialSchema) })
  .transform((app) => app.keyCredentials);

export const requiredResourceAccessSchema = z.object({
  resourceAppId: z.string(),
  resourceAccess: z.array(z.object({ id: z.string(), type: z.string() })),
});
export type RequiredResourceAccess = z.infer<typeof requiredResourceAccessSchema>;

export const applicationSchema = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string(),
  uniqueName: optionalText,
  /** who may sign in: `AzureADMyOrg` is this tenant only; the others make the app multi-tenant */
  signInAudience: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  /** when the app was created: app management policies apply to apps created after a date */
  createdDateTime: optionalText,
  /** exo-cba tags the apps it creates (a removal deletes only those) */
  tags: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  requiredResourceAccess: z.array(requiredResourceAccessSchema),
  keyCredentials: z.array(keyCredentialSchema),
});
export type Application = z.infer<typeof applicationSchema>;

export const appRoleSchema = z.object({
  id: z.string(),
  value: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  allowedMemberTypes: z.array(z.string()),
  isEnabled: z.boolean(),
});
export type AppRole = z.infer<typeof appRoleSchema>;

export const servicePrincipalSchema = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string(),
  /** false once the app was revoked: Entra issues it no token */
  accountEnabled: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
  appRoles: z.array(appRoleSchema),
});
export type ServicePrincipal = z.infer<typeof servicePrincipalSchema>;

const page = <T extends z.ZodType>(item: T) => z.object({ value: z.array(item) }).transform((p) => p.value);

export const appRoleAssignmentsSchema = page(
  z.object({ id: z.string(), appRoleId: z.string(), principalId: z.string(), resourceId: z.string() }),
);
export type AppRoleAssignment = z.infer<typeof appRoleAssignmentsSchema>[number];

export const roleAssignmentsSchema = page(
  z.object({
    id: z.string(),
    principalId: z.string(),
    roleDefinitionId: z.string(),
    directoryScopeId: z.string(),
  }),
);
export type RoleAssignment = z.infer<typeof roleAssignmentsSchema>[number];

/** The verified domains of the organization (one item in `value`). */
export const organizationDomainsSchema = page(
  z.object({ verifiedDomains: z.array(z.object({ name: z.string(), isInitial: z.boolean() })) }),
)
  .refine((organizations) => organizations.length > 0, 'it lists no organization')
  .transform((organizations) => organizations[0].verifiedDomains);

/**
 * A federated identity credential of the managed app (token mode's trust). A flexible one (entra-docs
 * workload-identities-flexible-federated-identity-credentials.md, Graph beta federatedIdentityCredential) has
 * `subject: null` and a `claimsMatchingExpression` instead; what Graph v1.0 lists for it is not documented (the
 * subject null, with or without the expression), so both are read, counted toward the 20, and never touched.
 */
export const federatedCredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  subject: z.string().nullish(),
  claimsMatchingExpression: z.object({ value: z.string() }).nullish(),
  audiences: z.array(z.string()),
  description: optionalText,
});
export type FederatedCredential = z.infer<typeof federatedCredentialSchema>;
export const federatedCredentialsSchema = page(federatedCredentialSchema);

const keyRestrictionSchema = z.object({
  restrictionType: optionalText,
  state: optionalText,
  maxLifetime: optionalText,
  restrictForAppsCreatedAfterDateTime: optionalText,
});
export type KeyRestriction = z.infer<typeof keyRestrictionSchema>;

const restrictionsSchema = z
  .object({ keyCredentials: z.array(keyRestrictionSchema).nullish() })
  .nullish()
  .transform((r) => r?.keyCredentials ?? undefined);

/** An app management policy: a limit is decided from it, so a body not understood is an error, never "no limit". */
export const policySchema = z.object({
  id: z.string(),
  displayName: optionalText,
  isEnabled: z.boolean().nullish(),
  applicationRestrictions: restrictionsSchema,
  restrictions: restrictionsSchema,
});
export type Policy = z.infer<typeof policySchema>;
export const policiesSchema = page(policySchema);
