/**
 * Entra app management policies: the certificate lifetime a tenant allows. Read only when the provisioning app
 * holds Policy.Read.All (optional): the tenant default (`GET /policies/defaultAppManagementPolicy`, with
 * `applicationRestrictions`) and the policy assigned to the app (`GET /applications/{id}/appManagementPolicies`,
 * with `restrictions`), which "adopts this policy over the tenant-wide" default. Sources: Graph docs
 * tenantappmanagementpolicy-get, appmanagementpolicy-list-appliesto, keyCredentialConfiguration.
 */
import { list, object, optionalString, string, type Shape } from '../http/shape.js';
import { ShapeError } from '../http/unexpected.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';

export const POLICY_READ = 'Policy.Read.All';

interface KeyRestriction {
  restrictionType?: string;
  state?: string;
  maxLifetime?: string | null;
  restrictForAppsCreatedAfterDateTime?: string | null;
}
interface PolicyBody {
  id: string;
  displayName?: string;
  isEnabled?: boolean;
  applicationRestrictions?: { keyCredentials?: KeyRestriction[] } | null;
  restrictions?: { keyCredentials?: KeyRestriction[] } | null;
}

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

/** A policy as read: a limit is decided from it, so a body not understood is an error, never "no limit". */
function policy(value: unknown, what: string): PolicyBody {
  const body = object(value, what);
  if (body.isEnabled !== undefined && typeof body.isEnabled !== 'boolean')
    throw new ShapeError(`${what} has an 'isEnabled' that is not a boolean`);
  return {
    id: string(body, 'id', what),
    displayName: optionalString(body, 'displayName', what) ?? undefined,
    isEnabled: body.isEnabled,
    applicationRestrictions: restrictions(body.applicationRestrictions, `${what} applicationRestrictions`),
    restrictions: restrictions(body.restrictions, `${what} restrictions`),
  };
}

function restrictions(value: unknown, what: string): PolicyBody['restrictions'] {
  if (value === undefined || value === null) return null;
  const { keyCredentials } = object(value, what);
  if (keyCredentials === undefined || keyCredentials === null) return {};
  if (!Array.isArray(keyCredentials))
    throw new ShapeError(`${what} has a 'keyCredentials' that is not an array`);
  return { keyCredentials: keyCredentials.map((rule, i) => keyRestriction(rule, `${what} rule #${i + 1}`)) };
}

function keyRestriction(value: unknown, what: string): KeyRestriction {
  const rule = object(value, what);
  return {
    restrictionType: optionalString(rule, 'restrictionType', what) ?? undefined,
    state: optionalString(rule, 'state', what) ?? undefined,
    maxLifetime: optionalString(rule, 'maxLifetime', what),
    restrictForAppsCreatedAfterDateTime: optionalString(rule, 'restrictForAppsCreatedAfterDateTime', what),
  };
}

const policyShape: Shape<PolicyBody> = (body) => policy(body, 'the policy');
const policiesShape: Shape<PolicyBody[]> = list('value', policy, 'policy');

export function readDefaultPolicy(graph: GraphClient): Promise<KeyLifetimeLimit | undefined> {
  return graph
    .get('/policies/defaultAppManagementPolicy', { permission: POLICY_READ, shape: policyShape })
    .then((p) => limitOf(p, p.applicationRestrictions?.keyCredentials));
}

/** The app's own policy: undefined when none is assigned ("Only one policy object can be assigned"). */
export async function readAppPolicy(
  graph: GraphClient,
  appObjectId: string,
): Promise<KeyLifetimeLimit | null | undefined> {
  // Graph documents Application.Read.All next to Policy.Read.All for it: without it, the default decides
  let policies: PolicyBody[];
  try {
    policies = await graph.get(`/applications/${appObjectId}/appManagementPolicies`, {
      permission: `${POLICY_READ} (with Application.Read.All)`,
      shape: policiesShape,
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) return undefined;
    throw error;
  }
  const own = policies[0];
  // an assigned policy without a certificate rule overrides the default with "no limit"
  return own ? (limitOf(own, own.restrictions?.keyCredentials) ?? null) : undefined;
}

function limitOf(policy: PolicyBody, rules: KeyRestriction[] | undefined): KeyLifetimeLimit | undefined {
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
