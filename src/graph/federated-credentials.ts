/**
 * Federated identity credentials of the managed app: the trust that lets GitHub Actions jobs sign in as
 * it with their OIDC token (token mode). Graph v1.0 docs application-list-federatedidentitycredentials and
 * federatedidentitycredential-upsert: `PATCH …/federatedIdentityCredentials(name='…')` with
 * `Prefer: create-if-missing` creates (201) or updates (204) by name, so a rerun converges.
 */
import { odataString, type GraphClient } from './client.js';
import { APP_PERMISSION } from './applications.js';
import { GraphError } from './errors.js';
import {
  federatedCredentialSchema,
  federatedCredentialsSchema,
  type FederatedCredential,
} from './schemas.js';

export type { FederatedCredential };

/** Entra's limit per application (Entra docs, federated credential configuration considerations). */
export const MAX_FEDERATED_CREDENTIALS = 20;

/**
 * The app's credentials, addressed like the app itself (`appId` or `uniqueName`, so they can be read in the
 * same round as the app); undefined when there is no such app.
 */
export async function listFederatedCredentials(
  graph: GraphClient,
  app: { appId: string } | { uniqueName: string },
): Promise<FederatedCredential[] | undefined> {
  const address =
    'appId' in app ? `appId=${odataString(app.appId)}` : `uniqueName=${odataString(app.uniqueName)}`;
  return graph.get(`/applications(${address})/federatedIdentityCredentials`, {
    permission: APP_PERMISSION,
    allowNotFound: true,
    schema: federatedCredentialsSchema,
  });
}

export interface FederatedCredentialWrite {
  name: string;
  issuer: string;
  subject: string;
  audience: string;
  description: string;
}

/** Creates the credential if the app has none of this name, else sets its issuer, subject and audience. */
export async function upsertFederatedCredential(
  graph: GraphClient,
  appObjectId: string,
  credential: FederatedCredentialWrite,
  afterCreate: boolean,
): Promise<'created' | 'updated'> {
  // `name` is the key in the URL and immutable: the body leaves it out (the update doc's example sends it)
  const created = await graph.patch(
    `/applications/${appObjectId}/federatedIdentityCredentials(name=${odataString(credential.name)})`,
    {
      issuer: credential.issuer,
      subject: credential.subject,
      audiences: [credential.audience],
      description: credential.description,
    },
    {
      permission: APP_PERMISSION,
      headers: { prefer: 'create-if-missing' },
      afterCreate,
      // 201 with the new credential when it was created; 204 without a body when it existed
      schema: federatedCredentialSchema,
    },
  );
  return created ? 'created' : 'updated';
}

/** Graph's 400 for a credential beyond the limit (its wording is not public: matched loosely). */
export function isLimitError(error: unknown): boolean {
  return (
    error instanceof GraphError &&
    error.status === 400 &&
    /at most|maximum|limit|exceed/i.test(error.graphMessage) &&
    /federated/i.test(error.graphMessage)
  );
}

/** Graph's 400 for an issuer and subject another credential of the app already holds. */
export function isDuplicateSubjectError(error: unknown): boolean {
  return (
    error instanceof GraphError &&
    error.status === 400 &&
    (error.code === 'InvalidFederatedIdentityCredentialValue' ||
      /issuer and subject/i.test(error.graphMessage))
  );
}

/** Deletes one federated credential by its id (removal); 'gone' when it was deleted already. */
export function deleteFederatedCredential(
  graph: GraphClient,
  appObjectId: string,
  id: string,
): Promise<'deleted' | 'gone'> {
  return graph.delete(`/applications/${appObjectId}/federatedIdentityCredentials/${id}`, {
    permission: APP_PERMISSION,
  });
}
