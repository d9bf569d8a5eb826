/** Graph `application` objects: the managed app registration. */
import { odataString, type GraphClient } from './client.js';
import {
  applicationSchema,
  keyCredentialsSchema,
  type Application,
  type KeyCredential,
  type RequiredResourceAccess,
} from './schemas.js';

export type { Application, KeyCredential, RequiredResourceAccess };

export const APP_PERMISSION =
  'Application.ReadWrite.OwnedBy (or Application.ReadWrite.All for an app it does not own)';

const SELECT =
  '$select=id,appId,displayName,uniqueName,signInAudience,createdDateTime,tags,requiredResourceAccess,keyCredentials';

/**
 * exo-cba's app is single-tenant. Graph's own upsert sample answers `AzureADandPersonalMicrosoftAccount` for a
 * body without it (microsoft-graph-docs-contrib application-upsert.md), while the application resource page now
 * says `AzureADMyOrg` is the default: which one the service applies today is UNVERIFIED, so it is always sent.
 */
export const SINGLE_TENANT = 'AzureADMyOrg';

/**
 * The tag (Graph application `tags`: "custom strings that can be used to categorize and identify the
 * application") exo-cba gives the apps it creates: a removal deletes only those, and strips an adopted one.
 */
export const EXO_CBA_TAG = 'exo-cba';

export function getApplicationByUniqueName(
  graph: GraphClient,
  uniqueName: string,
): Promise<Application | undefined> {
  return graph.get(`/applications(uniqueName=${odataString(uniqueName)})?${SELECT}`, {
    permission: APP_PERMISSION,
    allowNotFound: true,
    schema: applicationSchema,
  });
}

export function getApplicationByAppId(graph: GraphClient, appId: string): Promise<Application | undefined> {
  return graph.get(`/applications(appId=${odataString(appId)})?${SELECT}`, {
    permission: APP_PERMISSION,
    allowNotFound: true,
    schema: applicationSchema,
  });
}

/** Creates the app if no app has this unique name (race-free: the unique name is the key), else updates it. */
export async function upsertApplication(
  graph: GraphClient,
  uniqueName: string,
  body: { displayName: string; requiredResourceAccess: RequiredResourceAccess[]; tags: string[] },
): Promise<Application | undefined> {
  return graph.patch(
    `/applications(uniqueName=${odataString(uniqueName)})`,
    // only an app observed missing is upserted: the tags of an app that exists are not replaced
    { ...body, signInAudience: SINGLE_TENANT, tags: [EXO_CBA_TAG, ...body.tags] },
    {
      permission: 'Application.ReadWrite.OwnedBy',
      headers: { prefer: 'create-if-missing' },
      schema: applicationSchema,
    },
  );
}

/** The key credentials, with their `key` values (Graph returns keys only on `$select`). */
export async function getKeyCredentials(
  graph: GraphClient,
  id: string,
  afterCreate = false,
): Promise<KeyCredential[]> {
  return graph.get(`/applications/${id}?$select=keyCredentials`, {
    permission: APP_PERMISSION,
    afterCreate,
    schema: keyCredentialsSchema,
  });
}

export async function updateApplication(
  graph: GraphClient,
  id: string,
  body: {
    displayName?: string;
    requiredResourceAccess?: RequiredResourceAccess[];
    keyCredentials?: unknown[];
    tags?: string[];
  },
  afterCreate = false,
): Promise<void> {
  await graph.patch(`/applications/${id}`, body, { permission: APP_PERMISSION, afterCreate });
}

/**
 * Soft delete: the app (and Entra removes its service principal with it) moves to the deleted items for
 * 30 days, where an administrator can restore it (POST /directory/deletedItems/{id}/restore); after that
 * Entra deletes it for good. 'gone' when it was deleted already.
 */
export function deleteApplication(graph: GraphClient, id: string): Promise<'deleted' | 'gone'> {
  return graph.delete(`/applications/${id}`, { permission: 'Application.ReadWrite.OwnedBy' });
}
