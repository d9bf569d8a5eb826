/**
 * Entra app management policies: the tenant default (`GET /policies/defaultAppManagementPolicy`), the
 * policy assigned to one app (`GET /applications/{id}/appManagementPolicies`), and their certificate
 * lifetime rule, enforced when a key is added (PATCH keyCredentials or addKey).
 *
 * Sources: Graph docs tenantappmanagementpolicy-get (shape, Policy.Read.All), appmanagementpolicy
 * resources (`restrictions` on custom policies, "Only one policy object can be assigned to an
 * application", it "adopts this policy over the tenant-wide" default), keyCredentialConfiguration
 * (`asymmetricKeyLifetime`, `maxLifetime`, `restrictForAppsCreatedAfterDateTime`, `state`).
 * The refusal, 400 `CredentialInvalidLifetimeAsPerAppPolicy` "Credential lifetime exceeds the max value
 * allowed as per assigned policy '…'.", is what Graph answers for password credentials (Teams Toolkit's
 * aadAppClient.ts, Azure CLI output); that certificates get the same answer is UNVERIFIED.
 */
import {
  addressApplication,
  denied,
  methodNotAllowed,
  notFound,
  ok,
  type Caller,
  type GraphCall,
} from './graph-http.js';
import { permitted } from './graph-permissions.js';
import { GRAPH_METADATA } from './graph-shapes.js';
import { odataError } from './odata.js';
import {
  DEFAULT_APP_MANAGEMENT_POLICY_ID,
  type AppManagementPolicyConfig,
  type Application,
  type StoredKeyCredential,
  type TenantState,
} from './state.js';
import type { EmulatorContext, EmulatorResponse } from './types.js';

const DEFAULT_RESTRICT_AFTER = '2015-01-01T00:00:00Z';
const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO 8601 duration in ms (years as 365 days and months as 30: the emulator's approximation). */
export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m) throw new Error(`not an ISO 8601 duration: ${iso}`);
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const days = y * 365 + mo * 30 + w * 7 + d;
  return ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000;
}

function keyRestriction(config: AppManagementPolicyConfig): Record<string, unknown> {
  return {
    restrictionType: 'asymmetricKeyLifetime',
    state: config.state ?? 'enabled',
    maxLifetime: config.maxCertificateLifetime,
    restrictForAppsCreatedAfterDateTime: config.restrictForAppsCreatedAfterDateTime ?? DEFAULT_RESTRICT_AFTER,
  };
}

/** The policy that governs an app: its own if one is assigned, else the tenant default (if enabled). */
function effectivePolicy(
  state: TenantState,
  app: Application,
): { id: string; config: AppManagementPolicyConfig } | undefined {
  const own = state.appManagementPolicies.get(app.id);
  if (own) return { id: own.id, config: own };
  const tenant = state.defaultAppManagementPolicy;
  return tenant ? { id: DEFAULT_APP_MANAGEMENT_POLICY_ID, config: tenant } : undefined;
}

/** Graph's 400 when a new key's lifetime breaks the policy that governs the app, else undefined. */
export function checkKeyLifetime(
  state: TenantState,
  app: Application,
  key: StoredKeyCredential,
): EmulatorResponse | undefined {
  const policy = effectivePolicy(state, app);
  if (!policy || policy.config.state === 'disabled') return undefined;
  const after = Date.parse(policy.config.restrictForAppsCreatedAfterDateTime ?? DEFAULT_RESTRICT_AFTER);
  if (Date.parse(app.createdDateTime) <= after) return undefined;
  const lifetime = Date.parse(key.endDateTime) - Date.parse(key.startDateTime);
  if (lifetime <= durationMs(policy.config.maxCertificateLifetime)) return undefined;
  return odataError(
    400,
    'CredentialInvalidLifetimeAsPerAppPolicy',
    `Credential lifetime exceeds the max value allowed as per assigned policy '${policy.id}'.`,
  );
}

function defaultPolicyJson(state: TenantState): Record<string, unknown> {
  const config = state.defaultAppManagementPolicy;
  return {
    '@odata.context': `${GRAPH_METADATA}#policies/defaultAppManagementPolicy/$entity`,
    id: DEFAULT_APP_MANAGEMENT_POLICY_ID,
    displayName: 'Default app management tenant policy',
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals. To apply policy to targeted resources, create a new policy under appManagementPolicies collection.',
    // "a single object that always exists and is disabled by default"
    isEnabled: config !== undefined,
    applicationRestrictions: {
      passwordCredentials: [],
      keyCredentials: config ? [keyRestriction(config)] : [],
    },
    servicePrincipalRestrictions: { passwordCredentials: [], keyCredentials: [] },
  };
}

export function routePolicies(
  ctx: EmulatorContext,
  call: GraphCall,
  caller: Caller,
): EmulatorResponse | undefined {
  const { state } = ctx;
  if (/^\/policies\/defaultAppManagementPolicy$/i.test(call.path)) {
    if (call.method !== 'GET') return methodNotAllowed();
    if (!permitted(caller.roles, 'policy.read')) return denied();
    return ok(200, defaultPolicyJson(state));
  }
  const addressed = addressApplication(state, call.path);
  if (!addressed || !/^\/appManagementPolicies$/i.test(addressed.rest)) return undefined;
  if (call.method !== 'GET') return methodNotAllowed();
  if (!permitted(caller.roles, 'appPolicies.read')) return denied();
  const { app, key } = addressed;
  if (!app || !state.replicated(app.createdAt, state.replication.objectMs)) return notFound(key);
  const own = state.appManagementPolicies.get(app.id);
  const value = own
    ? [
        {
          id: own.id,
          displayName: 'Credential management policy',
          description: 'Assigned by the emulator test',
          isEnabled: true,
          restrictions: { passwordCredentials: [], keyCredentials: [keyRestriction(own)] },
        },
      ]
    : [];
  return ok(200, { '@odata.context': `${GRAPH_METADATA}#policies/appManagementPolicies`, value });
}
