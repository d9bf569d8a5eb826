/**
 * The plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps in
 * one stage do not depend on each other and run concurrently; stages run in order. The order encodes the
 * rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */
import { audienceNotes } from './app-audience.js';
import { assertKeyLifetime } from './key-lifetime.js';
import { protectionGrant, protectionNotes } from './protection.js';
import { certificateSubjectFor } from './subject.js';
import { MIN_PASSWORD_LENGTH } from '../certificate/limits.js';
import { EXCHANGE_APP_ID, EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { secretsToWrite, type SecretKey } from '../secrets/names.js';
import { InputError } from '../action/errors.js';
import type { RequiredResourceAccess } from '../graph/applications.js';
import type { RoleRequest } from '../inputs/app.js';
import type { Settings } from '../inputs/inputs.js';
import type { VerifyMode } from '../inputs/verification.js';
import type { ObservedKey, ObservedState } from '../observe/observe.js';
import type { Lineage } from './lineage.js';
import { planFederatedCredentials, type AddFederatedCredential, type TokenTrust } from './federated-trust.js';

const DAY = 86_400_000;

export type RotationReason =
  | 'new-app'
  | 'no-certificate-input'
  | 'unreadable-input'
  | 'not-registered'
  | 'expiring'
  | 'expired'
  | 'forced';

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
      /** the registered, valid certificate input that signs `addKey`'s proof; none: PATCH (first key, recovery) */
      signWith?: string;
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
  | { kind: 'publish-secrets'; names: SecretWrite[] }
  | {
      kind: 'remove-certificates';
      keys: KeyRemoval[];
      /** the registered, valid certificate input that signs `removeKey`'s proofs; none: PATCH */
      signWith?: string;
    };

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
  | 'certificateSubjectDefaulted'
  | 'certificateValidityDays'
  | 'rotateBeforeDays'
  | 'keySize'
  | 'forceRotate'
  | 'verify'
  | 'verifyTimeoutSeconds'
  | 'certificateUnreadable'
  | 'publishedPassword'
> & {
  secretPrefix?: string;
  lineage: Lineage;
  /** access-token: true — the consumer jobs' OIDC subjects the managed app must trust */
  trust?: TokenTrust;
};

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
export function reusablePassword(settings: {
  certificate?: { password: string };
  publishedPassword?: string;
}): string | undefined {
  const input = settings.certificate;
  if (input) return input.password.length >= MIN_PASSWORD_LENGTH ? input.password : undefined;
  // no usable certificate input, but exo-cba's published password: keep it, so a pair split by a crash heals
  return settings.publishedPassword;
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

/**
 * The key that signs `addKey`/`removeKey` proofs: the certificate input, while it is registered on the app
 * and valid. Graph refuses these actions to an app without a valid certificate; then only a PATCH of
 * `keyCredentials` (the provisioning app's) can add or remove keys.
 */
export function proofKey(
  settings: Pick<PlanSettings, 'certificate'>,
  keys: ObservedKey[],
  now: Date,
): string | undefined {
  const input = settings.certificate;
  const key = input && keys.find((k) => k.thumbprint === input.thumbprintSha1);
  if (!input || !key) return undefined;
  const at = now.getTime();
  const valid = Date.parse(key.startDateTime) <= at && keyExpiry(key) > at && input.notAfter.getTime() > at;
  return valid ? key.thumbprint : undefined;
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
  if (!input)
    return {
      action: 'rotate',
      reason: settings.certificateUnreadable ? 'unreadable-input' : 'no-certificate-input',
    };
  if (!registered) return { action: 'rotate', reason: 'not-registered' };
  const expiresOn = Math.min(input.notAfter.getTime(), keyExpiry(registered));
  // an expired key is no use to anyone: it is removed, not kept as the replaced one
  if (expiresOn <= now.getTime()) return { action: 'rotate', reason: 'expired' };
  if (expiresOn - now.getTime() <= settings.rotateBeforeDays * DAY) {
    return { action: 'rotate', reason: 'expiring', replaces: registered.thumbprint };
  }
  return { action: 'reuse', thumbprint: registered.thumbprint, expiresOn: new Date(expiresOn) };
}

/** What a run knows about its own lineage's keys when it prunes. */
export interface PruneContext {
  /** the run's lineage id (the tag in its keys' displayName) */
  lineage: string;
  /** a new key is added in this run: only then are superseded and orphaned keys pruned */
  rotating: boolean;
  /** the key this run leaves published: the reused input (reuse) or none yet (rotation: the new key) */
  current?: string;
  /** the published key this rotation replaces (the certificate input): kept until it expires */
  replaces?: string;
  /** the certificate input's thumbprint: a key written before lineages existed is adopted by it */
  inputThumbprint?: string;
  /** a key this young may belong to a run still in flight, or to jobs holding an older secret */
  graceMs: number;
  now: Date;
  /** when the lineage's certificate secret was last written (secrets in use) */
  publishedAt?: Date;
}

/** GitHub's clock and ours may differ; a key this close to the last secret write may have been published by it. */
const PUBLISH_MARGIN_MS = 2 * 60_000;

/**
 * Keys of the run's own lineage to remove; keys of other lineages and foreign keys are never removed.
 *
 * - Every run removes its lineage's expired keys (and expired keys written before lineages existed).
 * - Only a rotating run removes more, and only keys older than the grace period (a younger key may belong
 *   to a parallel run not finished yet, or to jobs that started with the secret it replaced): keys older
 *   than the one this rotation replaces (superseded once that one was published), and keys newer than it
 *   that are not current (a crashed run's never-published key, or a parallel run's superseded one).
 * - Any run removes a key it can prove was never published: created after the lineage's certificate
 *   secret was last written, and older than the grace period (its run ended without publishing it).
 * - The replaced key stays until it expires, for jobs already queued with the old secret; so once the
 *   grace period is over a lineage holds at most two keys: the current one and the one it replaced.
 */
export function keysToRemove(keys: ObservedKey[], context: PruneContext): KeyRemoval[] {
  const now = context.now.getTime();
  const expired = (k: ObservedKey) => keyExpiry(k) <= now;
  const ours = keys.filter(
    (k) =>
      k.managed &&
      k.thumbprint !== context.current &&
      (k.lineage === context.lineage ||
        (k.lineage === undefined && k.thumbprint === context.inputThumbprint)),
  );
  const removals: KeyRemoval[] = [];
  const remove = (key: ObservedKey, reason: KeyRemoval['reason']) =>
    removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason });
  const old = (k: ObservedKey) => now - Date.parse(k.startDateTime) > context.graceMs;
  const neverPublished = (k: ObservedKey) =>
    context.publishedAt !== undefined &&
    Date.parse(k.startDateTime) > context.publishedAt.getTime() + PUBLISH_MARGIN_MS &&
    old(k);
  for (const key of keys) {
    const legacyExpired = key.managed && key.lineage === undefined && !ours.includes(key) && expired(key);
    if ((ours.includes(key) && expired(key)) || legacyExpired) remove(key, 'expired');
    else if (ours.includes(key) && neverPublished(key)) remove(key, 'orphaned');
  }
  if (!context.rotating) return removals;

  const valid = ours.filter((k) => !expired(k) && !neverPublished(k));
  // newest first; keys issued in the same second rank by position (keys are appended at the end)
  const newestFirst = valid
    .map((k, i) => ({ k, i }))
    .sort((a, b) => Date.parse(b.k.startDateTime) - Date.parse(a.k.startDateTime) || b.i - a.i)
    .map(({ k }) => k);
  const previous = valid.find((k) => k.thumbprint === context.replaces) ?? newestFirst[0];
  if (!previous) return removals;
  const previousStart = Date.parse(previous.startDateTime);
  const older = (k: ObservedKey) => {
    const start = Date.parse(k.startDateTime);
    // one issued in the same second is older only if it comes before it
    return start < previousStart || (start === previousStart && keys.indexOf(k) < keys.indexOf(previous));
  };
  for (const key of valid) {
    if (key === previous) continue;
    if (older(key)) {
      if (now - previousStart > context.graceMs) remove(key, 'superseded');
    } else if (old(key)) remove(key, 'orphaned');
  }
  return removals;
}

/** The keys of this run's lineage to remove, once the certificate decision is known (both plans). */
export function lineageRemovals(
  settings: Pick<PlanSettings, 'lineage' | 'certificate' | 'verifyTimeoutSeconds'>,
  certificate: CertificateDecision,
  keys: ObservedKey[],
  now: Date,
  publishedAt: Date | undefined,
): KeyRemoval[] {
  return keysToRemove(keys, {
    lineage: settings.lineage.id,
    rotating: certificate.action === 'rotate',
    current: certificate.action === 'reuse' ? certificate.thumbprint : undefined,
    replaces: certificate.action === 'rotate' ? certificate.replaces : undefined,
    inputThumbprint: settings.certificate?.thumbprintSha1,
    // a key this young may belong to a run in flight or to jobs holding the secret it replaced
    graceMs: (settings.verifyTimeoutSeconds + 15 * 60) * 1000,
    now,
    publishedAt,
  });
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
      subject: certificateSubjectFor(settings, settings.appId ? app?.displayName : undefined),
      validityDays: settings.certificateValidityDays,
      keySize: settings.keySize,
      replaces: certificate.replaces,
      signWith: proofKey(settings, keys, now),
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
  // trust for token mode: written with the app, but no reason to verify the certificate again
  const trust =
    settings.trust && planFederatedCredentials(settings.trust, observed.federatedCredentials ?? []);
  if (trust) appStage.push(...trust.steps);

  if (observed.existingSecrets && settings.secretPrefix !== undefined) {
    const { writes } = secretsToWrite({
      existing: observed.existingSecrets,
      prefix: settings.secretPrefix,
      certificateChanged: certificate.action === 'rotate',
      passwordChanged: !reusablePassword(settings),
      identityChanged: !app,
    });
    const names: SecretWrite[] = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
    if (names.length) publishStage.push({ kind: 'publish-secrets', names });
  }

  const removals = lineageRemovals(settings, certificate, keys, now, observed.certificateWrittenAt);
  if (removals.length)
    cleanupStage.push({
      kind: 'remove-certificates',
      keys: removals,
      signWith: proofKey(settings, keys, now),
    });

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
      ...(trust?.notes ?? []),
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
  'unreadable-input': 'the certificate input does not open with its password',
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
    case 'add-federated-credential':
      return (
        `${step.reason === 'missing' ? 'add' : 'update'} federated credential ${step.name}: jobs with subject ` +
        `${step.subject} (issuer ${step.issuer}, audience ${step.audience}) may sign in as the app`
      );
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
