/**
 * What a self-rotating app can learn about itself without any Graph permission:
 * - its keys, if Graph lets an app read its own application object (users report it does — microsoftgraph
 *   /microsoft-graph-docs issues 15879 and 15880 — but Microsoft does not document it, so a refusal is expected
 *   and handled: the object ID then comes from the `app-object-id` input the bootstrap published, and old keys
 *   are left for a run that can read them);
 * - its consent and directory roles, from its own Exchange token (`roles`, `wids`), before any write.
 */
import { ActionError } from '../action/errors.js';
import type { Logger } from '../action/log.js';
import type { AppSession } from '../auth/sign-in.js';
import { getApplicationByAppId } from '../graph/applications.js';
import type { GraphClient } from '../graph/client.js';
import { GraphError } from '../graph/errors.js';
import { observeKey, type ObservedKey } from '../keys/key.js';
import type { SecretsInventory } from '../secrets/inventory.js';

export interface SelfObservation {
  app: { id: string; appId: string; displayName: string };
  /** the app's keys as Graph lists them; undefined when the app may not read itself */
  keys?: ObservedKey[];
  servicePrincipalId?: string;
  existingSecrets?: Set<string>;
  legacySecrets?: string[];
  certificateWrittenAt?: Date;
}

export async function observeSelf(
  graph: GraphClient,
  session: AppSession,
  options: {
    appId: string;
    appObjectId?: string;
    listSecrets?: () => Promise<SecretsInventory>;
    log: Logger;
  },
): Promise<SelfObservation> {
  const [app, secrets] = await Promise.all([
    readOwnApplication(graph, options.appId),
    options.listSecrets?.(),
  ]);
  const id = app?.id ?? options.appObjectId;
  if (!id) {
    throw new ActionError(
      `App ${options.appId} may not read its own application object here, so its object ID is unknown (the proof of ` +
        'possession names it). Pass app-object-id: ${{ secrets.EXO_APP_OBJECT_ID }} (the bootstrap run writes it, and ' +
        "outputs it as 'app-object-id'). Nothing was changed.",
    );
  }
  if (!app)
    options.log.info(
      'The app may not read its own application object: its old keys stay until they expire or a bootstrap run removes them.',
    );
  return {
    app: { id, appId: options.appId, displayName: app?.displayName ?? '' },
    keys: app?.keyCredentials.map(observeKey),
    servicePrincipalId: session.servicePrincipalId,
    existingSecrets: secrets?.names,
    legacySecrets: secrets?.legacy,
    certificateWrittenAt: secrets?.certificateWrittenAt,
  };
}

async function readOwnApplication(graph: GraphClient, appId: string) {
  try {
    return await getApplicationByAppId(graph, appId);
  } catch (error) {
    // an app-only token without roles: Graph refuses, as documented for every caller without a permission
    if (error instanceof GraphError && error.status === 403) return undefined;
    throw error;
  }
}
