/**
 * Reads what exists in the tenant, in as few sequential round trips as the dependencies allow:
 * [app, Exchange SP, organization, existing secrets] → [app's SP] → [consents, role assignments].
 */
import type { ExchangeRbacState } from './exchange-rbac.js';
import { ActionError } from '../action/errors.js';
import type { GraphClient } from '../graph/client.js';
import {
  getApplicationByAppId,
  getApplicationByUniqueName,
  getKeyCredentials,
  type Application,
} from '../graph/applications.js';
import { listAppRoleAssignments, type AppRoleAssignment } from '../graph/app-role-assignments.js';
import { readAppPolicy, readDefaultPolicy, type KeyLifetimeLimit } from '../graph/app-policies.js';
import { getInitialDomain } from '../graph/organization.js';
import { listFederatedCredentials, type FederatedCredential } from '../graph/federated-credentials.js';
import { listRoleAssignments, type RoleAssignment } from '../graph/role-assignments.js';
import {
  getExchangeServicePrincipal,
  getServicePrincipalByAppId,
  type ServicePrincipal,
} from '../graph/service-principals.js';
import { observeKey, type ObservedKey } from '../keys/key.js';
import type { SecretsInventory } from '../secrets/inventory.js';

/** The certificate lifetime limits of the tenant's app management policies. */
export interface ObservedPolicies {
  tenant?: KeyLifetimeLimit;
  /** null: the app has a policy of its own without a certificate rule */
  app?: KeyLifetimeLimit | null;
}

export interface ObservedState {
  app?: ObservedApp;
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
  /** secrets an earlier version wrote (the bootstrap deletes them) */
  legacySecrets?: string[];
  /** when the certificate secret was last written: keys created after it were never published */
  certificateWrittenAt?: Date;
  /** the app's federated credentials, read when the run trusts consumer jobs (access-token: true) */
  federatedCredentials?: FederatedCredential[];
  /** the app's service principal in Exchange's RBAC, read when role groups matter (exchange-role-groups) */
  exchangeRbac?: ExchangeRbacState;
}

export type ObservedApp = Omit<Application, 'keyCredentials'> & { keyCredentials: ObservedKey[] };

export interface ObserveOptions {
  appUniqueName: string;
  appId?: string;
  /** the tenant's `.onmicrosoft.com` domain when the inputs give it; else it is read from Graph, if needed */
  organization?: string;
  /** a removal does not need the domain: it is not read */
  organizationNeeded?: boolean;
  /** a removal finds the app gone once an earlier removal took it: no error then */
  appMayBeGone?: boolean;
  /** the cloud's protection resource (src/cloud.ts), read with the Exchange one */
  protectionAppId?: string;
  /** the provisioning app holds Policy.Read.All: read the app management policies */
  readPolicies?: boolean;
  listSecrets?: () => Promise<SecretsInventory>;
  /** read the app's federated credentials too (access-token: true), in the first round */
  federatedCredentials?: boolean;
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
    options.organization || options.organizationNeeded === false
      ? (options.organization ?? '')
      : getInitialDomain(graph),
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
  if (options.appId && !app && !options.appMayBeGone) {
    throw new ActionError(
      `No application with client ID ${options.appId} is visible to the provisioning app. Check the 'app-id' input; to manage ` +
        'an app it did not create, the provisioning app needs Application.ReadWrite.All (OwnedBy only sees its own apps). ' +
        'Leave app-id empty to let exo-cba create and manage its own app.',
    );
  }
  const [servicePrincipal, appPolicy] = await Promise.all([
    !app
      ? undefined
      : knownServicePrincipal
        ? settled(knownServicePrincipal)
        : getServicePrincipalByAppId(graph, app.appId),
    app && options.readPolicies ? readAppPolicy(graph, app.id) : undefined,
  ]);
  // the last round reads the keys again: the plan decides from the freshest list, and a run that changes
  // nothing has then looked at its certificate's key last
  const [appRoleAssignments, roleAssignments, keys] = await Promise.all([
    servicePrincipal ? listAppRoleAssignments(graph, servicePrincipal.id) : [],
    servicePrincipal ? listRoleAssignments(graph, servicePrincipal.id) : [],
    app && servicePrincipal ? getKeyCredentials(graph, app.id) : app?.keyCredentials,
  ]);
  return {
    app: app && keys && { ...app, keyCredentials: keys.map(observeKey) },
    servicePrincipal,
    exchange,
    ...(protection !== undefined ? { protection } : {}),
    ...(options.readPolicies ? { policies: { tenant: tenantPolicy, app: appPolicy } } : {}),
    appRoleAssignments,
    roleAssignments,
    organization,
    existingSecrets: secrets?.names,
    legacySecrets: secrets?.legacy,
    certificateWrittenAt: secrets?.certificateWrittenAt,
    federatedCredentials,
  };
}
