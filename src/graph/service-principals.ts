/** Graph `servicePrincipal` objects: the managed app's, and Exchange Online's (whose appRoles name the permissions). */
import { EXCHANGE_APP_ID } from '../cloud.js';
import { odataString, type GraphClient } from './client.js';
import { servicePrincipalSchema, type AppRole, type ServicePrincipal } from './schemas.js';

export type { AppRole, ServicePrincipal };

const READ = 'Application.ReadWrite.OwnedBy (or Application.Read.All)';
const SELECT = '$select=id,appId,displayName,accountEnabled,appRoles';

export function getServicePrincipalByAppId(
  graph: GraphClient,
  appId: string,
): Promise<ServicePrincipal | undefined> {
  return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${SELECT}`, {
    permission: READ,
    allowNotFound: true,
    schema: servicePrincipalSchema,
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
      schema: servicePrincipalSchema,
    },
  );
  if (created?.id) return created;
  // 204: it existed already; read it (it may still be replicating)
  return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${SELECT}`, {
    permission: READ,
    afterCreate: true,
    schema: servicePrincipalSchema,
  });
}

/**
 * Enables or disables the service principal (`accountEnabled`): disabled, Entra issues no token to the app from
 * that moment, whatever its credential (Graph v1.0 serviceprincipal-update; Entra "disable user sign-in for an
 * application": "prevents all tokens from being issued for that application"). 204 No Content.
 */
export async function setServicePrincipalEnabled(
  graph: GraphClient,
  id: string,
  enabled: boolean,
): Promise<void> {
  await graph.patch(
    `/servicePrincipals/${id}`,
    { accountEnabled: enabled },
    {
      permission:
        'Application.ReadWrite.OwnedBy (as owner of the service principal) or Application.ReadWrite.All',
    },
  );
}
