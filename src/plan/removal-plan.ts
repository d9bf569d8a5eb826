/**
 * The removal plan (the remove entry): a pure function from (settings, observed tenant and secrets) to
 * ordered stages of deletions that take away what exo-cba created for the managed app, and the list of
 * what it leaves alone because exo-cba did not create it.
 *
 * - exo-cba's own app (tagged `exo-cba` when it created it) is deleted (soft delete), after its directory roles
 *   and consent are taken away; its keys and federated credentials go with it.
 * - An adopted app (no tag) is never deleted: it is stripped of exo-cba's keys (any lineage), the
 *   federated credentials exo-cba added (`exo-cba…`), the directory roles in `roles` and the consent in
 *   `permissions`.
 * - The prefix's GitHub secrets in the secret scope are deleted last.
 */
import { EXCHANGE_SUPPORTED_ROLES } from '../cloud.js';
import { EXO_CBA_TAG } from '../graph/applications.js';
import type { FederatedCredential } from '../graph/schemas.js';
import type { RemoveSettings } from '../inputs/settings.js';
import type { ObservedState } from '../observe/observe.js';
import { SECRET_KEYS, secretName } from '../secrets/names.js';
import type { KeyRemoval } from './keys.js';
import { roleGroupsTagged } from './exchange-rbac.js';
import { resolvePermissions } from './plan.js';

/** The name of every federated credential exo-cba adds starts with this. */
export const MANAGED_CREDENTIAL_PREFIX = 'exo-cba';

export interface RemovalObserved extends Pick<
  ObservedState,
  | 'app'
  | 'servicePrincipal'
  | 'exchange'
  | 'appRoleAssignments'
  | 'roleAssignments'
  | 'existingSecrets'
  | 'legacySecrets'
> {
  federatedCredentials: FederatedCredential[];
}

export type RemovalSettings = Pick<RemoveSettings, 'roles' | 'permissions'> & { secretPrefix?: string };

export type RemovalStep =
  | { kind: 'remove-federated-credential'; id: string; name: string }
  | { kind: 'remove-role'; assignmentId: string; role: string }
  | { kind: 'revoke-permission'; assignmentId: string; permission: string }
  | { kind: 'remove-keys'; keys: KeyRemoval[] }
  | { kind: 'delete-app'; objectId: string; appId: string; displayName: string; foreignKeys: number }
  | { kind: 'delete-secrets'; names: string[] }
  | { kind: 'leave-role-group'; group: string; servicePrincipalId: string }
  | { kind: 'unregister-exchange-service-principal'; servicePrincipalId: string };

export interface RemovalPlan {
  stages: RemovalStep[][];
  /** what exo-cba did not create (or was not asked to take away) and leaves as it is */
  kept: string[];
}

function roleName(templateId: string, settings: RemovalSettings): string {
  return (
    settings.roles.find((r) => r.templateId === templateId)?.name ??
    Object.entries(EXCHANGE_SUPPORTED_ROLES).find(([, id]) => id === templateId)?.[0] ??
    templateId
  );
}

/** Directory roles in `roles` and the consent in `permissions` are taken away; the rest is listed as kept. */
function accessSteps(settings: RemovalSettings, observed: RemovalObserved, kept: string[]): RemovalStep[] {
  const steps: RemovalStep[] = [];
  const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
  for (const a of observed.roleAssignments) {
    const role = roleName(a.roleDefinitionId, settings);
    if (wantedRoles.has(a.roleDefinitionId) && a.directoryScopeId === '/')
      steps.push({ kind: 'remove-role', assignmentId: a.id, role });
    else kept.push(`directory role ${role} (scope ${a.directoryScopeId}): not in 'roles'`);
  }
  const permissions = resolvePermissions(settings.permissions, observed.exchange);
  for (const a of observed.appRoleAssignments) {
    const wanted = permissions.find((p) => p.appRoleId === a.appRoleId);
    if (a.resourceId === observed.exchange.id && wanted)
      steps.push({ kind: 'revoke-permission', assignmentId: a.id, permission: wanted.permission });
    else kept.push(`permission ${a.appRoleId} of resource ${a.resourceId}: not in 'permissions'`);
  }
  return steps;
}

function appSteps(
  settings: RemovalSettings,
  app: NonNullable<RemovalObserved['app']>,
  observed: RemovalObserved,
  kept: string[],
): RemovalStep[] {
  const foreignKeys = app.keyCredentials.filter((k) => !k.managed);
  const managedCredentials = observed.federatedCredentials.filter((f) =>
    f.name.startsWith(MANAGED_CREDENTIAL_PREFIX),
  );
  if (app.tags.includes(EXO_CBA_TAG)) {
    // exo-cba created this app: deleting it takes its keys and federated credentials along
    return [
      {
        kind: 'delete-app',
        objectId: app.id,
        appId: app.appId,
        displayName: app.displayName,
        foreignKeys: foreignKeys.length,
      },
    ];
  }
  kept.push(
    `the app ${app.displayName} (${app.appId}) itself: exo-cba did not create it, so it is never deleted`,
  );
  for (const key of foreignKeys)
    kept.push(`key ${key.thumbprint || key.keyId} ('${key.displayName ?? ''}'): not written by exo-cba`);
  for (const f of observed.federatedCredentials)
    if (!managedCredentials.includes(f)) kept.push(`federated credential ${f.name}: not added by exo-cba`);
  const steps: RemovalStep[] = managedCredentials.map((f) => ({
    kind: 'remove-federated-credential',
    id: f.id,
    name: f.name,
  }));
  const keys = app.keyCredentials
    .filter((k) => k.managed)
    .map((k): KeyRemoval => ({ keyId: k.keyId, thumbprint: k.thumbprint, reason: 'superseded' }));
  if (keys.length) steps.push({ kind: 'remove-keys', keys });
  return steps;
}

/**
 * The Exchange side exo-cba gave the app (exchange-role-groups): the role groups it recorded on the app (tags),
 * then the service principal's registration in Exchange. A group someone else gave the app is never recorded, so
 * never left.
 */
function exchangeSteps(observed: RemovalObserved): RemovalStep[] {
  const sp = observed.servicePrincipal;
  const groups = roleGroupsTagged(observed.app?.tags ?? []);
  if (!sp || !groups.length) return [];
  return [
    ...groups.map((group): RemovalStep => ({ kind: 'leave-role-group', group, servicePrincipalId: sp.id })),
    { kind: 'unregister-exchange-service-principal', servicePrincipalId: sp.id },
  ];
}

export function planRemoval(settings: RemovalSettings, observed: RemovalObserved): RemovalPlan {
  const kept: string[] = [];
  const access: RemovalStep[] = [];
  const app: RemovalStep[] = [];
  if (observed.app) {
    access.push(...accessSteps(settings, observed, kept));
    // memberships go with the roles; the registration once they are gone
    const exchange = exchangeSteps(observed);
    access.push(...exchange.filter((s) => s.kind === 'leave-role-group'));
    app.push(...exchange.filter((s) => s.kind !== 'leave-role-group'));
    const steps = appSteps(settings, observed.app, observed, kept);
    // federated credentials go with the roles; keys and the app itself once the access is taken away
    access.push(...steps.filter((s) => s.kind === 'remove-federated-credential'));
    app.push(...steps.filter((s) => s.kind !== 'remove-federated-credential'));
  }
  const secrets: RemovalStep[] = [];
  if (observed.existingSecrets && settings.secretPrefix !== undefined) {
    const existing = new Set([...observed.existingSecrets].map((n) => n.toUpperCase()));
    const names = [
      ...SECRET_KEYS.map((k) => secretName(settings.secretPrefix ?? '', k)).filter((n) => existing.has(n)),
      ...(observed.legacySecrets ?? []),
    ];
    if (names.length) secrets.push({ kind: 'delete-secrets', names });
  }
  return { stages: [access, app, secrets].filter((s) => s.length > 0), kept };
}

export function describeRemovalStep(step: RemovalStep): string {
  switch (step.kind) {
    case 'remove-federated-credential':
      return `remove federated credential ${step.name}`;
    case 'remove-role':
      return `remove directory role ${step.role}`;
    case 'revoke-permission':
      return `revoke admin consent for Office 365 Exchange Online ${step.permission}`;
    case 'remove-keys':
      return `remove exo-cba certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')}`;
    case 'delete-app':
      return (
        `delete app '${step.displayName}' (${step.appId}; soft delete, restorable for 30 days) with its keys and federated credentials` +
        (step.foreignKeys ? ` (${step.foreignKeys} key(s) not written by exo-cba go with it)` : '')
      );
    case 'leave-role-group':
      return `take the app out of Exchange role group ${step.group}`;
    case 'unregister-exchange-service-principal':
      return "remove the app's service principal from Exchange Online (Remove-ServicePrincipal)";
    case 'delete-secrets':
      return `delete GitHub secrets ${step.names.join(', ')}`;
  }
}

export function describeRemoval(plan: RemovalPlan): string[] {
  if (!plan.stages.length) return ['nothing to remove: exo-cba left nothing here'];
  return plan.stages.flatMap((stage, i) =>
    stage.map(
      (step, j) =>
        `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeRemovalStep(step)}`,
    ),
  );
}
