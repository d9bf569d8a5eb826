/**
 * Reads what exists in the tenant, in as few sequential round trips as the dependencies allow:
 * [app, Exchange SP, organization, existing secrets] → [app's SP] → [consents, role assignments].
 */
import { createHash } from 'node:crypto';
import { parseManagedKeyName } from '../plan/lineage.js';
import type { SecretsInventory } from '../secrets/inventory.js';
import { ActionError } from '../action/errors.js';
import type { GraphClient } from '../graph/client.js';
import {
  getApplicationByAppId,
  getApplicationByUniqueName,
  type Application,
  type KeyCredential,
} from '../graph/applications.js';
import { listAppRoleAssignments, type AppRoleAssignment } from '../graph/app-role-assignments.js';
import { readAppPolicy, readDefaultPolicy, type KeyLifetimeLimit } from '../graph/app-policies.js';
import { getInitialDomain } from '../graph/organization.js';
import { listFederatedCredentials, type FederatedCredential } from '../graph/federated-credentials.js';
import type { ObservedPolicies } from '../plan/key-lifetime.js';
import { listRoleAssignments, type RoleAssignment } from '../graph/role-assignments.js';
import {
  getExchangeServicePrincipal,
  getServicePrincipalByAppId,
  type ServicePrincipal,
} from '../graph/service-principals.js';

/** A key credential with what the plan needs to know about it. */
export interface ObservedKey extends KeyCredential {
  /** SHA-1 thumbprint, 40 upper-case hex (from the DER, else from customKeyIdentifier) */
  thumbprint: string;
  /** written by exo-cba (displayName `exo-cba <thumbprint> [<lineage>]`); others are never touched */
  managed: boolean;
  /** the lineage tag of an exo-cba key; none on keys written before lineages existed */
  lineage?: string;
}

export interface ObservedState {
  app?: Omit<Application, 'keyCredentials'> & { keyCredentials: ObservedKey[] };
  servicePrincipal?: ServicePrincipal;
  exchange: ServicePrincipal;
  /** GCC High / DoD: Exchange Online Protection's service principal (null: absent; undefined: not needed) */
  protection?: ServicePrincipal | null;
  appRoleAssignments: AppRoleAssignment[];
  roleAssignments: RoleAssignment[];
  organization: string;
  /** certificate lifetime limits of app management policies (read only with Policy.Read.All) */
  policies?: ObservedPolicies;
  /** names of the GitHub secrets that exist (undefined: no secrets configured) */
  existingSecrets?: Set<string>;
  /** when the certificate secret was last written: keys created after it were never published */
  certificateWrittenAt?: Date;
  /** the app's federated credentials, read when the run trusts consumer jobs (access-token: true) */
  federatedCredentials?: FederatedCredential[];
}

export function observeKey(key: KeyCredential): ObservedKey {
  let thumbprint = '';
  if (key.key)
    thumbprint = createHash('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
  else if (key.customKeyIdentifier)
    thumbprint = Buffer.from(key.customKeyIdentifier, 'base64').toString('hex').toUpperCase();
  return { ...key, thumbprint, ...parseManagedKeyName(key.displayName) };
}

/** What the first observe round read: enough to decide a rotation. */
export interface FirstRound {
  app: ObservedState['app'];
  exchange: ServicePrincipal;
  /** the tenant default app management policy's certificate limit, when policies are read */
  tenantPolicy?: KeyLifetimeLimit;
}

export interface ObserveOptions {
  appUniqueName: string;
  appId?: string;
  organization?: string;
  /** the cloud's protection resource (src/cloud.ts), read with the Exchange one */
  protectionAppId?: string;
  /** the provisioning app holds Policy.Read.All: read the app management policies */
  readPolicies?: boolean;
  listSecrets?: () => Promise<SecretsInventory>;
  /** read the app's federated credentials too (access-token: true), in the first round */
  federatedCredentials?: boolean;
  /**
   * Called once the first round (the app with its keys, the Exchange service principal, the secrets) is
   * read and checked, while the rest is still being read: a certain rotation starts from here.
   */
  onFirstRound?: (first: FirstRound) => void;
}

function settled<T>(result: { found?: T; error?: unknown }): T | undefined {
  if ('error' in result) throw result.error;
  return result.found;
}

export async function observe(graph: GraphClient, options: ObserveOptions): Promise<ObservedState> {
  // With the app-id input the app's service principal does not wait for the app: one round trip fewer.
  const [
    app,
    exchange,
    organization,
    secrets,
    knownServicePrincipal,
    protection,
    tenantPolicy,
    federatedCredentials,
  ] = await Promise.all([
    options.appId
      ? getApplicationByAppId(graph, options.appId)
      : getApplicationByUniqueName(graph, options.appUniqueName),
    getExchangeServicePrincipal(graph),
    options.organization ? Promise.resolve(options.organization) : getInitialDomain(graph),
    options.listSecrets?.(),
    // settled, not thrown: when the app itself is missing, that is the error to report
    options.appId
      ? getServicePrincipalByAppId(graph, options.appId).then(
          (found) => ({ found }),
          (error: unknown) => ({ error }),
        )
      : undefined,
    options.protectionAppId
      ? getServicePrincipalByAppId(graph, options.protectionAppId).then((sp) => sp ?? null)
      : undefined,
    options.readPolicies ? readDefaultPolicy(graph) : undefined,
    options.federatedCredentials
      ? listFederatedCredentials(
          graph,
          options.appId ? { appId: options.appId } : { uniqueName: options.appUniqueName },
        )
      : undefined,
  ]);
  if (!exchange) {
    throw new ActionError(
      'The Office 365 Exchange Online service principal (appId 00000002-0000-0ff1-ce00-000000000000) does not exist in this ' +
        'tenant. Exchange Online must be licensed and provisioned in the tenant before app-only access can be set up.',
    );
  }
  if (options.appId && !app) {
    throw new ActionError(
      `No application with client ID ${options.appId} is visible to the provisioning app. Check the 'app-id' input; to manage ` +
        'an app it did not create, the provisioning app needs Application.ReadWrite.All (OwnedBy only sees its own apps). ' +
        'Leave app-id empty to let exo-cba create and manage its own app.',
    );
  }
  const observedApp = app
    ? { ...app, keyCredentials: (app.keyCredentials ?? []).map(observeKey) }
    : undefined;
  options.onFirstRound?.({ app: observedApp, exchange, tenantPolicy });
  const [servicePrincipal, appPolicy] = await Promise.all([
    !app
      ? undefined
      : knownServicePrincipal
        ? settled(knownServicePrincipal)
        : getServicePrincipalByAppId(graph, app.appId),
    app && options.readPolicies ? readAppPolicy(graph, app.id) : undefined,
  ]);
  const [appRoleAssignments, roleAssignments] = servicePrincipal
    ? await Promise.all([
        listAppRoleAssignments(graph, servicePrincipal.id),
        listRoleAssignments(graph, servicePrincipal.id),
      ])
    : [[], []];
  return {
    app: observedApp,
    servicePrincipal,
    exchange,
    ...(protection !== undefined ? { protection } : {}),
    ...(options.readPolicies ? { policies: { tenant: tenantPolicy, app: appPolicy } } : {}),
    appRoleAssignments,
    roleAssignments,
    organization,
    existingSecrets: secrets?.names,
    certificateWrittenAt: secrets?.certificateWrittenAt,
    federatedCredentials,
  };
}
