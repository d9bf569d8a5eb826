/**
 * The app's key credentials, changed safely: `PATCH /applications/{id}` replaces the whole list, so every
 * change starts from a fresh read and is checked by reading back, and a key a concurrent run dropped is
 * put back.
 */
import {
  generateCertificate,
  keyCredentialDates,
  type IssuedCertificate,
  type NewCertificateOptions,
} from '../certificate/certificate.js';
import { maskCertificate } from '../action/mask.js';
import { ActionError } from '../action/errors.js';
import { awaitedLater, type Logger } from '../action/log.js';
import type { GraphClient } from '../graph/client.js';
import { getKeyCredentials, updateApplication, type KeyCredential } from '../graph/applications.js';
import { observeKey, type ObservedKey } from '../observe/observe.js';
import { MANAGED_KEY_PREFIX } from '../plan/lineage.js';
import type { KeyRemoval } from '../plan/plan.js';

/** The body element of a key credential to keep in a keyCredentials PATCH: as Graph returned it, without `key`. */
export function keep(key: KeyCredential): Record<string, unknown> {
  return {
    keyId: key.keyId,
    type: key.type,
    usage: key.usage,
    displayName: key.displayName,
    customKeyIdentifier: key.customKeyIdentifier,
    startDateTime: key.startDateTime,
    endDateTime: key.endDateTime,
  };
}

export function newKey(certificate: IssuedCertificate): Record<string, unknown> {
  return {
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: `${MANAGED_KEY_PREFIX}${certificate.thumbprintSha1}`,
    key: certificate.certificateDerBase64,
    ...keyCredentialDates(certificate),
  };
}

export const CONCURRENCY_HINT =
  'Another run changed the app’s certificates at the same time. Nothing was published; rerun the job, and put exo-cba ' +
  'runs for one app in a `concurrency:` group so they cannot overlap.';

/** After adding: the new key must be on the app, and every key the PATCH was based on must still be there. */
export async function checkAdded(
  graph: GraphClient,
  appObjectId: string,
  issued: IssuedCertificate,
  base: ObservedKey[],
  appCreated: boolean,
): Promise<void> {
  const after = (await getKeyCredentials(graph, appObjectId, appCreated)).map(observeKey);
  if (!after.some((k) => k.thumbprint === issued.thumbprintSha1)) {
    throw new ActionError(
      `The new certificate ${issued.thumbprintSha1} is not on the app after adding it. ${CONCURRENCY_HINT}`,
    );
  }
  const missing = base.filter((k) => !after.some((a) => a.keyId === k.keyId));
  if (missing.length) {
    throw new ActionError(
      `Key(s) ${missing.map((k) => k.thumbprint || k.keyId).join(', ')} disappeared from the app while exo-cba added its certificate. ${CONCURRENCY_HINT}`,
    );
  }
}

/**
 * Removes exo-cba keys, based on a fresh read so nothing added meanwhile is dropped; never the current one.
 * With `issued` (the certificate this run added and published) the same read does `ensureRegistered`'s job:
 * when a concurrent change dropped that key, the PATCH puts it back.
 */
export async function removeKeys(
  graph: GraphClient,
  appObjectId: string,
  removals: KeyRemoval[],
  { protect, issued, log }: { protect?: string; issued?: IssuedCertificate; log: Logger },
): Promise<KeyRemoval[]> {
  const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
  const doomed = removals.filter(
    (r) => r.thumbprint !== protect && current.some((k) => k.keyId === r.keyId && k.managed),
  );
  const dropped = issued && !current.some((k) => k.thumbprint === issued.thumbprintSha1) ? issued : undefined;
  if (!doomed.length && !dropped) return [];
  if (dropped) log.warning(droppedWarning(dropped));
  const kept = current.filter((k) => !doomed.some((d) => d.keyId === k.keyId));
  await updateApplication(graph, appObjectId, {
    keyCredentials: [...kept.map(keep), ...(dropped ? [newKey(dropped)] : [])],
  });
  return doomed;
}

function droppedWarning(certificate: IssuedCertificate): string {
  return (
    `Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change after exo-cba published it; ` +
    'registering it again. Put exo-cba runs for one app in a `concurrency:` group.'
  );
}

export async function isRegistered(
  graph: GraphClient,
  appObjectId: string,
  certificate: IssuedCertificate,
): Promise<boolean> {
  const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
  return current.some((k) => k.thumbprint === certificate.thumbprintSha1);
}

/**
 * After publishing: the published key must still be registered. A concurrent run's PATCH (Graph replaces
 * the whole list) can drop it; put it back so every published certificate keeps working.
 */
export async function ensureRegistered(
  graph: GraphClient,
  appObjectId: string,
  certificate: IssuedCertificate,
  log: Logger,
): Promise<void> {
  const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
  if (current.some((k) => k.thumbprint === certificate.thumbprintSha1)) return;
  log.warning(droppedWarning(certificate));
  await updateApplication(graph, appObjectId, {
    keyCredentials: [...current.map(keep), newKey(certificate)],
  });
}

export interface AddedCertificate {
  issued: IssuedCertificate;
  /** the read-back: resolves when the new key and every kept key are on the app, rejects otherwise */
  check: Promise<void>;
}

/**
 * Issues a certificate and adds its key to the app, keeping every key of `base` (a read from at most a
 * round trip ago: PATCH replaces the whole list). The read-back check is returned unawaited so it can
 * overlap the next step; it must settle before the certificate is published.
 */
export async function addCertificate(options: {
  graph: GraphClient;
  appObjectId: string;
  /**
   * The keys to keep: none for an app created in this run, else read right before the PATCH, once the
   * certificate is built (the key is usually generated ahead, so this costs no wait), so the PATCH is
   * never based on a read older than one round trip.
   */
  base: 'none' | 'read';
  certificate: NewCertificateOptions;
  /** the app was created in this run: retry Entra's replication errors */
  afterCreate: boolean;
}): Promise<AddedCertificate> {
  const { graph, appObjectId, afterCreate } = options;
  const issued = await generateCertificate(options.certificate);
  maskCertificate(issued);
  const base = options.base === 'read' ? (await getKeyCredentials(graph, appObjectId)).map(observeKey) : [];
  await updateApplication(
    graph,
    appObjectId,
    { keyCredentials: [...base.map(keep), newKey(issued)] },
    afterCreate,
  );
  // the caller awaits it before publishing
  const check = awaitedLater(checkAdded(graph, appObjectId, issued, base, afterCreate));
  return { issued, check };
}
