/**
 * Entra app management policies: the certificate lifetime a tenant allows. Read only when the provisioning app
 * holds Policy.Read.All (optional): the tenant default (`GET /policies/defaultAppManagementPolicy`, with
 * `applicationRestrictions`) and the policy assigned to the app (`GET /applications/{id}/appManagementPolicies`,
 * with `restrictions`), which "adopts this policy over the tenant-wide" default. Sources: Graph docs
 * tenantappmanagementpolicy-get, appmanagementpolicy-list-appliesto, keyCredentialConfiguration.
 */
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { policiesSchema, policySchema, type KeyRestriction, type Policy } from './schemas.js';

export const POLICY_READ = 'Policy.Read.All';

/** The longest certificate lifetime a policy allows, and which policy says so. */
export interface KeyLifetimeLimit {
  policy: string;
  policyId: string;
  /** ISO 8601 duration as the policy states it, e.g. P90D */
  maxLifetime: string;
  maxDays: number;
  /** the rule applies to apps created after this (epoch ms) */
  appliesAfter: number;
}

export function readDefaultPolicy(graph: GraphClient): Promise<KeyLifetimeLimit | undefined> {
  return graph
    .get('/policies/defaultAppManagementPolicy', { permission: POLICY_READ, schema: policySchema })
    .then((p) => limitOf(p, p.applicationRestrictions));
}

/** The app's own policy: undefined when none is assigned ("Only one policy object can be assigned"). */
export async function readAppPolicy(
  graph: GraphClient,
  appObjectId: string,
): Promise<KeyLifetimeLimit | null | undefined> {
  // Graph documents Application.Read.All next to Policy.Read.All for it: without it, the default decides
  let policies: Policy[];
  try {
    policies = await graph.get(`/applications/${appObjectId}/appManagementPolicies`, {
      permission: `${POLICY_READ} (with Application.Read.All)`,
      schema: policiesSchema,
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) return undefined;
    throw error;
  }
  const own = policies[0];
  // an assigned policy without a certificate rule overrides the default with "no limit"
  return own ? (limitOf(own, own.restrictions) ?? null) : undefined;
}

function limitOf(policy: Policy, rules: KeyRestriction[] | undefined): KeyLifetimeLimit | undefined {
  if (policy.isEnabled === false) return undefined;
  // `state` is absent in older payloads: treat absent as enabled
  const rule = rules?.find((r) => r.restrictionType === 'asymmetricKeyLifetime' && r.state !== 'disabled');
  const maxDays = rule?.maxLifetime ? durationDays(rule.maxLifetime) : undefined;
  if (!rule?.maxLifetime || maxDays === undefined) return undefined;
  return {
    policy: policy.displayName ?? policy.id,
    policyId: policy.id,
    maxLifetime: rule.maxLifetime,
    maxDays,
    appliesAfter: Date.parse(rule.restrictForAppsCreatedAfterDateTime ?? '') || 0,
  };
}

const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Whole days in an ISO 8601 duration, rounded down (a year as 365 days, a month as 30: the safe side). */
export function durationDays(iso: string): number | undefined {
  const m = DURATION.exec(iso);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const hours = (y * 365 + mo * 30 + w * 7 + d) * 24 + h + mi / 60 + s / 3600;
  return Math.floor(hours / 24);
}
