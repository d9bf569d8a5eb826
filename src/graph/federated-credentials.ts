/** Federated identity credentials of the managed app: the GitHub OIDC subjects allowed to sign in as it. */
import type { GraphClient } from './client.js';

const PERMISSION = 'Application.ReadWrite.OwnedBy (or Application.ReadWrite.All for an app it does not own)';

export interface FederatedCredential {
  id: string;
  name: string;
  issuer: string;
  subject: string | null;
}

export async function listFederatedCredentials(
  graph: GraphClient,
  appObjectId: string,
): Promise<FederatedCredential[]> {
  const page = await graph.get<{ value: FederatedCredential[] }>(
    `/applications/${appObjectId}/federatedIdentityCredentials`,
    { permission: PERMISSION },
  );
  return page?.value ?? [];
}

/** Deletes one federated credential by its id; 'gone' when it was deleted already. */
export function deleteFederatedCredential(
  graph: GraphClient,
  appObjectId: string,
  id: string,
): Promise<'deleted' | 'gone'> {
  return graph.delete(`/applications/${appObjectId}/federatedIdentityCredentials/${id}`, {
    permission: PERMISSION,
  });
}
