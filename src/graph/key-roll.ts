/**
 * Atomic key changes: `POST /applications/{id}/addKey` and `removeKey` add or remove one key without
 * rewriting the list, so parallel runs cannot drop each other's keys (a `keyCredentials` PATCH replaces the
 * whole list). Both need a proof of possession signed by a currently valid key of the app; "an application
 * does not need any specific permission to roll its own keys" (Graph v1.0: application-addkey,
 * application-removekey). Another caller needs Application.ReadWrite.OwnedBy as owner, or .All.
 * An app with no valid certificate cannot use them: its first key and recovery go through the PATCH.
 */
import type { GraphClient } from './client.js';
import { keyCredentialSchema, type KeyCredential } from './schemas.js';

const ROLL_PERMISSION =
  'none when the app rolls its own keys; Application.ReadWrite.OwnedBy (as owner) or Application.ReadWrite.All otherwise';

export interface NewKey {
  /** base64 DER of the new certificate (public) */
  key: string;
  displayName: string;
}

export async function addKey(
  graph: GraphClient,
  appObjectId: string,
  newKey: NewKey,
  proof: string,
  afterCreate = false,
): Promise<KeyCredential | undefined> {
  // 200 with the new keyCredential (application-addkey); its displayName is not documented to be kept
  return graph.post(
    `/applications/${appObjectId}/addKey`,
    {
      keyCredential: {
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        key: newKey.key,
        displayName: newKey.displayName,
      },
      passwordCredential: null,
      proof,
    },
    { permission: ROLL_PERMISSION, afterCreate, schema: keyCredentialSchema },
  );
}

export async function removeKey(
  graph: GraphClient,
  appObjectId: string,
  keyId: string,
  proof: string,
): Promise<void> {
  await graph.post(
    `/applications/${appObjectId}/removeKey`,
    { keyId, proof },
    { permission: ROLL_PERMISSION },
  );
}
