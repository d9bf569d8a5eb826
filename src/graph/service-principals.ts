/** Graph `servicePrincipal` objects: the managed app's, and Exchange Online's (whose appRoles name the permissions). */
import { EXCHANGE_APP_ID } from '../cloud.js';
import { odataString, type GraphClient } from './client.js';
import { servicePrincipalShape } from './shapes.js';

export interface AppRole {
  id: string;
  value: string | null;
  allowedMemberTypes: string[];
  isEnabled: boolean;
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appRoles: AppRole[];
}

const READ = 'Application.ReadWrite.OwnedBy (or Application.Read.All)';
const SELECT = '$select=id,appId,displayName,appRoles';

export function getServicePrincipalByAppId(
  graph: GraphClient,
  appId: string,
): Promise<ServicePrincipal | undefined> {
  return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${SELECT}`, {
    permission: READ,
    allowNotFound: true,
    shape: servicePrincipalShape,
  });
}

export async function getExchangeServicePrincipal(graph: GraphClient): Promise<ServicePrincipal | undefined> {
  return getServicePrincipalByAppId(graph, EXCHANGE_APP_ID);
}

/** Creates the service principal of an app (or finds it, when a concurrent run made it first). */
export async function upsertServicePrincipal(graph: GraphClient, appId: string): Promise<ServicePrincipal> {
  const created = await graph.patch(
    `/servicePrincipals(appId=${odataString(appId)})`,
    {},
    {
      permission: 'Application.ReadWrite.OwnedBy',
      headers: { prefer: 'create-if-missing' },
      afterCreate: true,
      shape: servicePrincipalShape,
    },
  );
  if (created?.id) return created;
  // 204: it existed already; read it (it may still be replicating)
  return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${SELECT}`, {
    permission: READ,
    afterCreate: true,
    shape: servicePrincipalShape,
  });
}
