/**
 * The bootstrap's plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps
 * in one stage do not depend on each other (writes to the app itself still go one at a time); stages run in
 * order. The order encodes the rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */
import { planAccess, ROLE_TAG, type AccessStep } from './exchange-rbac.js';
import { audienceNotes } from './app-audience.js';
import { assertKeyLifetime } from './key-lifetime.js';
import {
  decideCertificate,
  lineageRemovals,
  proofKey,
  reusablePassword,
  type CertificateDecision,
  type KeyRemoval,
  type KeySettings,
  type RotationReason,
} from './keys.js';
import { protectionGrant, protectionNotes } from './protection.js';
import { certificateSubjectFor } from './subject.js';
import { EXCHANGE_APP_ID, EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { secretName, secretsToWrite, type SecretKey } from '../secrets/names.js';
import { ActionError, InputError } from '../action/errors.js';
import type { RequiredResourceAccess } from '../graph/schemas.js';
import type { RoleRequest } from '../inputs/app.js';
import type { BootstrapSettings } from '../inputs/settings.js';
import type { VerifyMode } from '../inputs/verification.js';
import type { ObservedState } from '../observe/observe.js';
import { planFederatedCredentials, type AddFederatedCredential, type TokenTrust } from './federated-trust.js';

export type { CertificateDecision, KeyRemoval, RotationReason };

export type Step =
  | {
      kind: 'create-app';
      uniqueName: string;
      displayName: string;
      requiredResourceAccess: RequiredResourceAccess[];
      permissions: string[];
      /** the access exo-cba gives it, recorded from the start (exchange-rbac.ts) */
      tags: string[];
    }
  | { kind: 'update-app-permissions'; requiredResourceAccess: RequiredResourceAccess[]; adds: string[] }
  | { kind: 'rename-app'; from: string; displayName: string }
  | { kind: 'create-service-principal' }
  | {
      kind: 'add-certificate';
      reason: RotationReason;
      subject: string;
      validityDays: number;
      keySize: 2048 | 3072 | 4096;
      replaces?: string;
    }
  | {
      kind: 'grant-permission';
      permission: string;
      appRoleId: string;
      /** another resource than Office 365 Exchange Online (GCC High / DoD: Exchange Online Protection) */
      resourceId?: string;
      resource?: string;
    }
  | { kind: 'assign-role'; role: RoleRequest }
  | AddFederatedCredential
  | { kind: 'verify-certificate'; mode: Exclude<VerifyMode, 'none'> }
  | AccessStep
  | { kind: 'enable-service-principal' }
  | { kind: 'publish-secrets'; names: SecretWrite[] }
  | { kind: 'delete-secrets'; names: string[]; reason: string }
  | { kind: 'remove-certificates'; keys: KeyRemoval[] };

export interface Plan {
  stages: Step[][];
  certificate: CertificateDecision;
  /** the certificate input's thumbprint when it signs addKey/removeKey proofs; none: keyCredentials PATCH */
  signer?: string;
  /** the tenant changes (verification is due) */
  tenantChanges: boolean;
  /** what exo-cba leaves as it is but the user should know (it never removes access it did not just grant) */
  notes: string[];
}

/** What the bootstrap's plan decides from: its inputs, the run's lineage and the secret prefix in use. */
export type PlanSettings = Pick<
  BootstrapSettings,
  | 'appName'
  | 'appUniqueName'
  | 'appId'
  | 'permissions'
  | 'roles'
  | 'certificateSubject'
  | 'certificateSubjectDefaulted'
  | 'certificateValidityDays'
  | 'keySize'
  | 'verify'
  | 'exchangeRoleGroups'
  | 'enableApp'
> &
  KeySettings & {
    secretPrefix?: string;
    /** access-token: true — the consumer jobs' OIDC subjects the managed app must trust */
    trust?: TokenTrust;
  };

/** What a plan knows of the destination's secrets: exo-cba's that exist, and those an earlier version left. */
export interface ObservedSecrets {
  existingSecrets?: Set<string>;
  legacySecrets?: string[];
}

/**
 * The secrets a run writes, and the leftovers of earlier versions it deletes. The published password stays for
 * the life of a destination, so that a rotation writes the certificate alone and the pair can never split: a
 * run that would have to replace it because it was not given it stops here, before any change.
 */
export function secretSteps(
  observed: ObservedSecrets,
  settings: Pick<KeySettings, 'certificate' | 'publishedPassword'> & { secretPrefix?: string },
  change: { certificateChanged: boolean; identityChanged: boolean },
): Step[] {
  const existing = observed.existingSecrets;
  const prefix = settings.secretPrefix;
  if (!existing || prefix === undefined) return [];
  const passwordChanged = !reusablePassword(settings);
  const password = secretName(prefix, 'CERTIFICATE_PASSWORD');
  const passwordGiven = Boolean(settings.certificate) || settings.publishedPassword !== undefined;
  if (change.certificateChanged && passwordChanged && existing.has(password) && !passwordGiven)
    throw new InputError(
      'certificate-password',
      `is empty, but secret ${password} exists: a new certificate keeps the published password, so that a rotation ` +
        `writes ${secretName(prefix, 'CERTIFICATE')} alone and the two secrets can never disagree. Pass ` +
        `certificate: \${{ secrets.${secretName(prefix, 'CERTIFICATE')} }} and certificate-password: ` +
        `\${{ secrets.${password} }} (examples/bootstrap.yml), or delete the secret ${password} to start a new pair. ` +
        'Nothing was changed.',
    );
  const { writes } = secretsToWrite({ existing, prefix, passwordChanged, ...change });
  const names = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
  const steps: Step[] = names.length ? [{ kind: 'publish-secrets', names }] : [];
  if (observed.legacySecrets?.length)
    steps.push({
      kind: 'delete-secrets',
      names: observed.legacySecrets,
      reason: 'an earlier version wrote it; the thumbprint is derived from the certificate',
    });
  return steps;
}

/** One GitHub secret to write: its full name, which value it holds, and why. */

export interface SecretWrite {
  name: string;
  value: SecretKey;
  reason: 'missing' | 'changed';
}

/** Maps permission names to the Exchange service principal's app role IDs; unknown names are input errors. */
export function resolvePermissions(
  permissions: string[],
  exchange: ObservedState['exchange'],
): { permission: string; appRoleId: string }[] {
  return permissions.map((name) => {
    const role = exchange.appRoles.find(
      (r) =>
        r.value?.toLowerCase() === name.toLowerCase() &&
        r.allowedMemberTypes.includes('Application') &&
        r.isEnabled !== false,
    );
    if (!role?.value) {
      const known = exchange.appRoles
        .filter((r) => r.allowedMemberTypes.includes('Application') && r.value)
        .map((r) => r.value);
      throw new InputError(
        'permissions',
        `'${name}' is not an application permission of Office 365 Exchange Online. Use one of: ${known.join(', ')}.`,
      );
    }
    return { permission: role.value, appRoleId: role.id };
  });
}

/** requiredResourceAccess with every wanted role of a resource added, keeping everything else as it is. */
function withResourceRoles(
  current: RequiredResourceAccess[],
  appRoleIds: string[],
  resourceAppId = EXCHANGE_APP_ID,
): { value: RequiredResourceAccess[]; adds: string[] } {
  const value = current.map((r) => ({ ...r, resourceAccess: [...r.resourceAccess] }));
  let exchange = value.find((r) => r.resourceAppId === resourceAppId);
  if (!exchange) {
    exchange = { resourceAppId, resourceAccess: [] };
    value.push(exchange);
  }
  const adds: string[] = [];
  for (const id of appRoleIds) {
    if (!exchange.resourceAccess.some((a) => a.id === id && a.type === 'Role')) {
      exchange.resourceAccess.push({ id, type: 'Role' });
      adds.push(id);
    }
  }
  return { value, adds };
}

export function plan(settings: PlanSettings, observed: ObservedState, now: Date): Plan {
  const permissions = resolvePermissions(settings.permissions, observed.exchange);
  const app = observed.app;
  const keys = app?.keyCredentials ?? [];
  const stages: Step[][] = [[], [], [], [], [], [], [], []];
  const [createStage, appStage, grantStage, rbacStage, verifyStage, publishStage, cleanupStage, finalStage] =
    stages;
  if (observed.servicePrincipal?.accountEnabled === false) {
    // revoked: only an explicit input enables it again, never a plain (scheduled) bootstrap
    if (!settings.enableApp) throw new ActionError(disabledMessage(app?.appId ?? settings.appId ?? ''));
    appStage.push({ kind: 'enable-service-principal' });
  }

  const protection = protectionGrant(settings.permissions, observed);
  const exchangeAccess = withResourceRoles(
    app?.requiredResourceAccess ?? [],
    permissions.map((p) => p.appRoleId),
  );
  const protectionAccess = protection
    ? withResourceRoles(exchangeAccess.value, [protection.appRoleId], protection.resourceAppId)
    : { value: exchangeAccess.value, adds: [] };
  const access = { value: protectionAccess.value, adds: [...exchangeAccess.adds, ...protectionAccess.adds] };
  const protectionLabel = protection && `${protection.permission} of ${protection.resource}`;
  if (!app) {
    createStage.push({
      kind: 'create-app',
      uniqueName: settings.appUniqueName,
      displayName: settings.appName,
      requiredResourceAccess: access.value,
      permissions: [...permissions.map((p) => p.permission), ...(protectionLabel ? [protectionLabel] : [])],
      tags: [],
    });
  } else if (access.adds.length) {
    appStage.push({
      kind: 'update-app-permissions',
      requiredResourceAccess: access.value,
      adds: [
        ...permissions.filter((p) => exchangeAccess.adds.includes(p.appRoleId)).map((p) => p.permission),
        ...(protectionLabel && protectionAccess.adds.length ? [protectionLabel] : []),
      ],
    });
  }
  // exo-cba's own app (found by its unique name) follows app-name; an adopted one (app-id) keeps its name
  if (app && !settings.appId && app.displayName !== settings.appName) {
    appStage.push({ kind: 'rename-app', from: app.displayName, displayName: settings.appName });
  }
  if (!observed.servicePrincipal) appStage.push({ kind: 'create-service-principal' });

  const certificate = decideCertificate(settings, keys, Boolean(app), now);
  if (certificate.action === 'rotate') {
    const created = app?.createdDateTime ? Date.parse(app.createdDateTime) : undefined;
    assertKeyLifetime(settings.certificateValidityDays, observed.policies, created, now);
    appStage.push({
      kind: 'add-certificate',
      reason: certificate.reason,
      subject: certificateSubjectFor(settings, settings.appId ? app?.displayName : undefined),
      validityDays: settings.certificateValidityDays,
      keySize: settings.keySize,
      replaces: certificate.replaces,
    });
  }

  const granted = new Set(
    observed.appRoleAssignments.filter((a) => a.resourceId === observed.exchange.id).map((a) => a.appRoleId),
  );
  for (const p of permissions) {
    if (!granted.has(p.appRoleId))
      grantStage.push({ kind: 'grant-permission', permission: p.permission, appRoleId: p.appRoleId });
  }
  const assigned = new Set(
    observed.roleAssignments.filter((a) => a.directoryScopeId === '/').map((a) => a.roleDefinitionId),
  );
  const protectionGranted = observed.appRoleAssignments.some(
    (a) => protection && a.resourceId === protection.resourceId && a.appRoleId === protection.appRoleId,
  );
  if (protection && !protectionGranted) {
    const { permission, appRoleId, resourceId, resource } = protection;
    grantStage.push({ kind: 'grant-permission', permission, appRoleId, resourceId, resource });
  }
  for (const role of settings.roles) {
    if (!assigned.has(role.templateId)) grantStage.push({ kind: 'assign-role', role });
  }
  const groups = planAccess(
    { roleGroups: settings.exchangeRoleGroups, roles: settings.roles },
    {
      tags: app?.tags ?? [],
      roleAssignments: observed.roleAssignments.filter((a) => a.directoryScopeId === '/'),
      exchangeRbac: observed.exchangeRbac,
    },
    roleNameOf,
  );
  // a new app is created with its tags; an existing one gets them in a write of their own
  const create = createStage.find((s) => s.kind === 'create-app');
  if (create) create.tags = groups.before.flatMap((s) => (s.kind === 'tag-app' ? s.tags : []));
  else appStage.push(...groups.before);
  grantStage.push(...groups.register);
  rbacStage.push(...groups.add);
  cleanupStage.push(...groups.remove);
  finalStage.push(...groups.after);

  const tenantChanges = stages.some((stage) => stage.length > 0);
  if (tenantChanges && settings.verify !== 'none')
    verifyStage.push({ kind: 'verify-certificate', mode: settings.verify });
  // trust for token mode: written with the app, but no reason to verify the certificate again
  const trust =
    settings.trust && planFederatedCredentials(settings.trust, observed.federatedCredentials ?? []);
  if (trust) appStage.push(...trust.steps);

  publishStage.push(
    ...secretSteps(observed, settings, {
      certificateChanged: certificate.action === 'rotate',
      identityChanged: !app,
    }),
  );

  const removals = lineageRemovals(settings, certificate, keys, now, observed.certificateWrittenAt);
  if (removals.length) cleanupStage.push({ kind: 'remove-certificates', keys: removals });

  return {
    stages: stages.filter((s) => s.length > 0),
    certificate,
    signer: proofKey(settings, keys, now),
    tenantChanges,
    notes: [
      ...leftoverAccess(
        settings,
        observed,
        permissions.map((p) => p.appRoleId),
      ),
      ...(trust?.notes ?? []),
      ...groups.notes,
      ...audienceNotes(Boolean(settings.appId), app),
      ...protectionNotes(settings.permissions, observed),
    ],
  };
}

/**
 * Directory roles and Exchange permissions the app holds beyond the inputs, e.g. Exchange Administrator
 * left after `roles` was narrowed. exo-cba does not take access away; it says what is left.
 */
function leftoverAccess(settings: PlanSettings, observed: ObservedState, wantedRoleIds: string[]): string[] {
  const notes: string[] = [];
  const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
  // the roles exo-cba assigned itself are taken away by the plan; these are someone else's
  const assignedByExoCba = new Set(
    (observed.app?.tags ?? []).filter((t) => t.startsWith(ROLE_TAG)).map((t) => t.slice(ROLE_TAG.length)),
  );
  for (const assignment of observed.roleAssignments) {
    const name = Object.entries(EXCHANGE_SUPPORTED_ROLES).find(
      ([, id]) => id === assignment.roleDefinitionId,
    )?.[0];
    if (
      name &&
      !wantedRoles.has(assignment.roleDefinitionId) &&
      !assignedByExoCba.has(assignment.roleDefinitionId)
    ) {
      notes.push(
        `The app also holds the directory role ${name}, which is not in 'roles' and which exo-cba did not assign: ` +
          'it is left as it is. If it is no longer needed, remove it in the Entra admin center (Roles and administrators).',
      );
    }
  }
  const extra = observed.appRoleAssignments.filter(
    (a) => a.resourceId === observed.exchange.id && !wantedRoleIds.includes(a.appRoleId),
  );
  for (const assignment of extra) {
    const value =
      observed.exchange.appRoles.find((r) => r.id === assignment.appRoleId)?.value ?? assignment.appRoleId;
    notes.push(
      `The app also holds the Exchange permission ${value}, which is not in 'permissions'. exo-cba does not revoke ` +
        "consent: if it is no longer needed, remove it under the app's API permissions in the Entra admin center.",
    );
  }
  return notes;
}

/** A directory role's name, from its template ID. */
function roleNameOf(templateId: string): string {
  return Object.entries(EXCHANGE_SUPPORTED_ROLES).find(([, id]) => id === templateId)?.[0] ?? templateId;
}

/** The bootstrap found the app's service principal disabled: the revoke entry, or an admin, disabled it. */
function disabledMessage(appId: string): string {
  return (
    `App ${appId} is disabled (its service principal's "Enabled for users to sign-in" is off: exo-cba's revoke entry, ` +
    'or an admin, disabled it), so Entra issues it no token. A bootstrap does not enable it on its own: once the ' +
    'leak is dealt with, run the bootstrap once with enable-app: true and force-rotate: true (a new certificate ' +
    'replaces the leaked one). Nothing was changed.'
  );
}

export { describePlan, describeStep } from './describe.js';
