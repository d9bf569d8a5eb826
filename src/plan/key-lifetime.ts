/**
 * Refuses, before any write, a certificate lifetime the tenant's app management policy would reject
 * (Graph answers `CredentialInvalidLifetimeAsPerAppPolicy`): the effective rule is the app's own policy if
 * one is assigned, else the tenant default; it applies to apps created after its
 * `restrictForAppsCreatedAfterDateTime` (Graph docs keyCredentialConfiguration).
 */
import { InputError } from '../action/errors.js';
import type { ObservedPolicies } from '../observe/observe.js';

export function assertKeyLifetime(
  validityDays: number,
  policies: ObservedPolicies | undefined,
  /** epoch ms the app was created; undefined for an app this run creates */
  appCreated: number | undefined,
  now: Date,
): void {
  if (!policies) return;
  const limit = policies.app === undefined ? policies.tenant : (policies.app ?? undefined);
  if (!limit || (appCreated ?? now.getTime()) <= limit.appliesAfter) return;
  if (validityDays <= limit.maxDays) return;
  throw new InputError(
    'certificate-validity-days',
    `is ${validityDays}, but the app management policy '${limit.policy}' (id ${limit.policyId}) allows certificates ` +
      `of at most ${limit.maxLifetime} (${limit.maxDays} days). Set certificate-validity-days to ${limit.maxDays} or ` +
      'less; nothing was changed.',
  );
}
