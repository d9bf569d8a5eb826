/**
 * The plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps in
 * one stage do not depend on each other and run concurrently; stages run in order. The order encodes the
 * rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */
import { audienceNotes } from './app-audience.js';
import { assertKeyLifetime } from './key-lifetime.js';
import { protectionGrant, protectionNotes } from './protection.js';
import { CLOCK_SKEW_MS, MIN_PASSWORD_LENGTH } from '../certificate/limits.js';
import { EXCHANGE_APP_ID, EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { secretsToWrite, type SecretKey } from '../secrets/names.js';
import { InputError } from '../action/errors.js';
import type { RequiredResourceAccess } from '../graph/applications.js';
import type { RoleRequest } from '../inputs/app.js';
import type { Settings } from '../inputs/inputs.js';
import type { VerifyMode } from '../inputs/verification.js';
import type { ObservedKey, ObservedState } from '../observe/observe.js';

const DAY = 86_400_000;

export type RotationReason =
  'new-app' | 'no-certificate-input' | 'not-registered' | 'expiring' | 'expired' | 'forced';

export type CertificateDecision =
  | { action: 'reuse'; thumbprint: string; expiresOn: Date }
  | { action: 'rotate'; reason: RotationReason; replaces?: string };

export interface KeyRemoval {
  keyId: string;
  thumbprint: string;
  reason: 'expired' | 'superseded' | 'orphaned';
}

export type Step =
  | {
      kind: 'create-app';
      uniqueName: string;
      displayName: string;
      requiredResourceAccess: RequiredResourceAccess[];
      permissions: string[];
    }
  | { kind: 'update-app-permissions'; requiredResourceAccess: RequiredResourceAccess[]; adds: string[] }
  | { kind: 'rename-app'; from: string; displayName: string }
  | { kind: 'create-service-principal' }
  | {
      kind: 'add-certificate';
      reason: RotationReason;
      subject: string;
      validityDays: number;
      keySize: number;
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
  | { kind: 'verify-certificate'; mode: Exclude<VerifyMode, 'none'> }
  | { kind: 'publish-secrets'; names: SecretWrite[] }
  | { kind: 'remove-certificates'; keys: KeyRemoval[] };

export interface Plan {
  stages: Step[][];
  certificate: CertificateDecision;
  /** the tenant changes (verification is due) */
  tenantChanges: boolean;
  /** what exo-cba leaves as it is but the user should know (it never removes access it did not just grant) */
  notes: string[];
}

export type PlanSettings = Pick<
  Settings,
  | 'appName'
  | 'appUniqueName'
  | 'appId'
  | 'permissions'
  | 'roles'
  | 'certificate'
  | 'certificateSubject'
  | 'certificateValidityDays'
  | 'rotateBeforeDays'
  | 'keySize'
  | 'forceRotate'
  | 'verify'
  | 'verifyTimeoutSeconds'
> & { secretPrefix?: string };

/** One GitHub secret to write: its full name, which value it holds, and why. */
export interface SecretWrite {
  name: string;
  value: SecretKey;
  reason: 'missing' | 'changed';
}

/**
 * A rotation keeps the published password (when it is strong enough), so the two secrets can never
 * disagree: a run that fails between writing EXO_CERTIFICATE and EXO_CERTIFICATE_PASSWORD would otherwise
 * leave a pair that opens nothing, and every later run would stop at the input check.
 */
export function reusablePassword(input?: { password: string }): string | undefined {
  return input && input.password.length >= MIN_PASSWORD_LENGTH ? input.password : undefined;
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

function keyExpiry(key: ObservedKey): number {
  return Date.parse(key.endDateTime);
}

/** Reuse or rotate: depends only on the inputs, the app's keys and the time. */
export function decideCertificate(
  settings: PlanSettings,
  keys: ObservedKey[],
  appExists: boolean,
  now: Date,
): CertificateDecision {
  const input = settings.certificate;
  const registered = input ? keys.find((k) => k.thumbprint === input.thumbprintSha1) : undefined;
  if (!appExists) return { action: 'rotate', reason: 'new-app' };
  if (settings.forceRotate) return { action: 'rotate', reason: 'forced', replaces: registered?.thumbprint };
  if (!input) return { action: 'rotate', reason: 'no-certificate-input' };
  if (!registered) return { action: 'rotate', reason: 'not-registered' };
  const expiresOn = Math.min(input.notAfter.getTime(), keyExpiry(registered));
  // an expired key is no use to anyone: it is removed, not kept as the replaced one
  if (expiresOn <= now.getTime()) return { action: 'rotate', reason: 'expired' };
  if (expiresOn - now.getTime() <= settings.rotateBeforeDays * DAY) {
    return { action: 'rotate', reason: 'expiring', replaces: registered.thumbprint };
  }
  return { action: 'reuse', thumbprint: registered.thumbprint, expiresOn: new Date(expiresOn) };
}

/** GitHub's clock and ours may differ; a key this close to the last secret write may have been published by it. */
const PUBLISH_MARGIN_MS = 2 * 60_000;

/**
 * A key created after the certificate secret was last written was never published: its run crashed or
 * failed before publishing (a run still in flight re-checks its key before and after publishing).
 * Keys start CLOCK_SKEW_MS before they are created.
 */
function neverPublished(start: number, publishedAt?: Date): boolean {
  return publishedAt !== undefined && start + CLOCK_SKEW_MS > publishedAt.getTime() + PUBLISH_MARGIN_MS;
}

/**
 * exo-cba keys to remove, so the app keeps the current key and the one it replaced (for jobs already
 * queued with the old secret). The replaced key is the `certificate` input when this run rotates away from
 * it (it was the published secret until now), else the newest valid exo-cba key older than the current one.
 * Removed: expired keys and keys older than the replaced one. Keys newer than the replaced one that are not
 * current were never published by a finished run: a crashed run's leftovers, or a concurrent run's key not
 * published yet, so they are removed once older than `graceMs`, or at once when the secrets show they were
 * created after the last publication.
 */
export function keysToRemove(
  keys: ObservedKey[],
  current: { thumbprint?: string; start: number; replaces?: string },
  graceMs: number,
  now: Date,
  /** when the certificate secret was last written, if secrets are in use */
  publishedAt?: Date,
): KeyRemoval[] {
  const managed = keys.filter((k) => k.managed && k.thumbprint !== current.thumbprint);
  const valid = managed.filter((k) => keyExpiry(k) > now.getTime());
  const replaced = current.replaces ? valid.find((k) => k.thumbprint === current.replaces) : undefined;
  // newest first; keys issued in the same second rank by position (exo-cba appends new keys at the end)
  const newestFirst = valid
    .map((k, i) => ({ k, i }))
    .sort((a, b) => Date.parse(b.k.startDateTime) - Date.parse(a.k.startDateTime) || b.i - a.i)
    .map(({ k }) => k);
  const previous = replaced ?? newestFirst.find((k) => Date.parse(k.startDateTime) <= current.start);
  const cutoff = previous ? Date.parse(previous.startDateTime) : current.start;
  const removals: KeyRemoval[] = [];
  for (const key of managed) {
    if (key === previous) continue;
    const start = Date.parse(key.startDateTime);
    if (keyExpiry(key) <= now.getTime())
      removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'expired' });
    // older than the replaced key; one issued in the same second is older only if it comes before it
    else if (start < cutoff || (start === cutoff && previous && keys.indexOf(key) < keys.indexOf(previous)))
      removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'superseded' });
    else if (now.getTime() - start > graceMs || neverPublished(start, publishedAt))
      removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'orphaned' });
  }
  return removals;
}

export function plan(settings: PlanSettings, observed: ObservedState, now: Date): Plan {
  const permissions = resolvePermissions(settings.permissions, observed.exchange);
  const app = observed.app;
  const keys = app?.keyCredentials ?? [];
  const stages: Step[][] = [[], [], [], [], [], []];
  const [createStage, appStage, grantStage, verifyStage, publishStage, cleanupStage] = stages;

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
      subject: settings.certificateSubject,
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

  const tenantChanges = stages.some((stage) => stage.length > 0);
  if (tenantChanges && settings.verify !== 'none')
    verifyStage.push({ kind: 'verify-certificate', mode: settings.verify });

  if (observed.existingSecrets && settings.secretPrefix !== undefined) {
    const { writes } = secretsToWrite({
      existing: observed.existingSecrets,
      prefix: settings.secretPrefix,
      certificateChanged: certificate.action === 'rotate',
      passwordChanged: !reusablePassword(settings.certificate),
      identityChanged: !app,
    });
    const names: SecretWrite[] = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
    if (names.length) publishStage.push({ kind: 'publish-secrets', names });
  }

  // the current key after this run: the input (reuse) or the one about to be added (start ≈ now)
  const current =
    certificate.action === 'reuse'
      ? {
          thumbprint: certificate.thumbprint,
          start: Date.parse(keys.find((k) => k.thumbprint === certificate.thumbprint)!.startDateTime),
        }
      : { thumbprint: undefined, start: now.getTime(), replaces: certificate.replaces };
  const graceMs = (settings.verifyTimeoutSeconds + 15 * 60) * 1000;
  // Only a rotating run removes never-published keys at once: rotations share a `concurrency:` group,
  // while jobs that merely use the certificate may run beside a rotation that has not published yet.
  const publishedAt = certificate.action === 'rotate' ? observed.certificateWrittenAt : undefined;
  const removals = keysToRemove(keys, current, graceMs, now, publishedAt);
  if (removals.length) cleanupStage.push({ kind: 'remove-certificates', keys: removals });

  return {
    stages: stages.filter((s) => s.length > 0),
    certificate,
    tenantChanges,
    notes: [
      ...leftoverAccess(
        settings,
        observed,
        permissions.map((p) => p.appRoleId),
      ),
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
  for (const assignment of observed.roleAssignments) {
    const name = Object.entries(EXCHANGE_SUPPORTED_ROLES).find(
      ([, id]) => id === assignment.roleDefinitionId,
    )?.[0];
    if (name && !wantedRoles.has(assignment.roleDefinitionId)) {
      notes.push(
        `The app also holds the directory role ${name}, which is not in 'roles'. exo-cba does not remove role ` +
          'assignments: if it is no longer needed, remove it in the Entra admin center (Roles and administrators).',
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

const ROTATION_TEXT: Record<RotationReason, string> = {
  'new-app': 'the app is new',
  'no-certificate-input': 'no certificate input was given',
  'not-registered': 'the input certificate is not registered on the app',
  expiring: 'the input certificate expires soon',
  expired: 'the input certificate has expired',
  forced: 'force-rotate is true',
};

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'create-app':
      return `create app '${step.displayName}' (unique name ${step.uniqueName}) requesting ${step.permissions.join(', ')}`;
    case 'update-app-permissions':
      return `add required permission(s) ${step.adds.join(', ')} to the app`;
    case 'rename-app':
      return `rename the app from '${step.from}' to '${step.displayName}'`;
    case 'create-service-principal':
      return 'create the service principal of the app';
    case 'add-certificate':
      return (
        `add a new certificate (${step.subject}, RSA ${step.keySize}, ${step.validityDays} days) because ${ROTATION_TEXT[step.reason]}` +
        (step.replaces ? `; ${step.replaces} stays registered` : '')
      );
    case 'grant-permission':
      return `grant admin consent for ${step.resource ?? 'Office 365 Exchange Online'} ${step.permission}`;
    case 'assign-role':
      return `assign directory role ${step.role.name} (${step.role.templateId})`;
    case 'verify-certificate':
      return step.mode === 'exchange'
        ? 'wait until Exchange Online accepts the certificate and role'
        : 'wait until Entra ID issues an Exchange token with the permissions';
    case 'publish-secrets':
      return `write GitHub secrets ${step.names.map((n) => `${n.name} (${n.reason})`).join(', ')}`;
    case 'remove-certificates':
      return `remove exo-cba certificate(s) ${step.keys.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`;
  }
}

export function describePlan(p: Plan): string[] {
  if (!p.stages.length) return ['nothing to change'];
  return p.stages.flatMap((stage, i) =>
    stage.map(
      (step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeStep(step)}`,
    ),
  );
}
