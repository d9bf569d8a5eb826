/**
 * The app's key credentials, changed safely.
 *
 * With a proof key (the certificate input, registered and valid) keys are added and removed one by one with
 * `addKey`/`removeKey`: atomic, so parallel runs cannot drop each other's keys.
 *
 * Without one — the first key, or recovery once every key has expired — only `PATCH /applications/{id}`
 * can write, and it replaces the whole list: every change starts from a fresh read, is read back, and a
 * key a concurrent PATCH dropped is put back.
 */
import {
  generateCertificate,
  keyCredentialDates,
  type IssuedCertificate,
  type NewCertificateOptions,
} from '../certificate/certificate.js';
import { proofOfPossession } from '../certificate/proof.js';
import { maskCertificate } from '../action/mask.js';
import { ActionError } from '../action/errors.js';
import { awaitedLater, type Logger } from '../action/log.js';
import type { GraphClient } from '../graph/client.js';
import { getKeyCredentials, updateApplication, type KeyCredential } from '../graph/applications.js';
import { GraphError } from '../graph/errors.js';
import { addKey, removeKey } from '../graph/key-roll.js';
import { observeKey, type ObservedKey } from '../observe/observe.js';
import { managedKeyName, type Lineage } from '../plan/lineage.js';
import type { KeyRemoval } from '../plan/plan.js';

/** How many times a key lost to a concurrent PATCH is put back before the run gives up. */
const READD_ATTEMPTS = 4;

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

export function newKey(certificate: IssuedCertificate, lineage: Lineage): Record<string, unknown> {
  return {
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managedKeyName(certificate.thumbprintSha1, lineage),
    key: certificate.certificateDerBase64,
    ...keyCredentialDates(certificate),
  };
}

export const CONCURRENCY_HINT =
  'Another run changed the app’s certificates at the same time. Nothing was published; rerun the job, and put exo-cba ' +
  'runs for one app in a `concurrency:` group so they cannot overlap.';

/** Where the app's keys are written and how: the app, the run's lineage, and the proof key if there is one. */
export interface KeyWriter {
  graph: GraphClient;
  appObjectId: string;
  lineage: Lineage;
  /** the registered, valid certificate that signs addKey/removeKey proofs; none: PATCH */
  signer?: IssuedCertificate;
  log: Logger;
}

function proof(writer: KeyWriter): string {
  if (!writer.signer) throw new ActionError('internal: no proof key');
  return proofOfPossession(writer.appObjectId, writer.signer);
}

/** Graph refuses a keyCredentials PATCH that keeps (by keyId) a key a concurrent PATCH removed meanwhile. */
const keptKeyVanished = (error: unknown) =>
  error instanceof GraphError && error.status === 400 && error.code === 'KeyCredentialsInvalidValue';

/**
 * PATCHes `build(current)`, `current` being `first` (a read already taken) or a fresh read; when a key the
 * body keeps was removed by a concurrent PATCH since that read, Graph refuses it: read again and retry.
 */
async function patchKeys(
  writer: KeyWriter,
  build: (current: ObservedKey[]) => Record<string, unknown>[],
  { first, afterCreate }: { first?: ObservedKey[]; afterCreate: boolean },
): Promise<void> {
  let current = first;
  for (let attempt = 1; ; attempt++) {
    current ??= (await getKeyCredentials(writer.graph, writer.appObjectId, afterCreate)).map(observeKey);
    try {
      await updateApplication(
        writer.graph,
        writer.appObjectId,
        { keyCredentials: build(current) },
        afterCreate,
      );
      return;
    } catch (error) {
      if (!keptKeyVanished(error) || attempt > READD_ATTEMPTS) throw error;
      current = undefined;
    }
  }
}

/**
 * PATCH path: after adding, the new key must be on the app; a concurrent PATCH (based on a read from before
 * ours) may have dropped it: put it back from a fresh read, keeping whatever that run added.
 */
export async function keepRegistered(
  writer: KeyWriter,
  issued: IssuedCertificate,
  afterCreate: boolean,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const current = (await getKeyCredentials(writer.graph, writer.appObjectId, afterCreate)).map(observeKey);
    if (current.some((k) => k.thumbprint === issued.thumbprintSha1)) return;
    if (attempt > READD_ATTEMPTS)
      throw new ActionError(
        `The new certificate ${issued.thumbprintSha1} keeps disappearing from the app. ${CONCURRENCY_HINT}`,
      );
    writer.log.warning(droppedWarning(issued));
    await patchKeys(writer, (keys) => [...keys.map(keep), newKey(issued, writer.lineage)], {
      first: current,
      afterCreate,
    });
  }
}

/**
 * Removes keys of the run's lineage. With a proof key, one `removeKey` each (a key already gone is fine);
 * else one PATCH based on a fresh read, so nothing added meanwhile is dropped, which also puts back
 * `issued` (this run's published certificate) if a concurrent PATCH dropped it.
 */
export async function removeKeys(
  writer: KeyWriter,
  removals: KeyRemoval[],
  { protect, issued }: { protect?: string; issued?: IssuedCertificate },
): Promise<KeyRemoval[]> {
  const doomed = removals.filter((r) => r.thumbprint !== protect);
  if (writer.signer) {
    await Promise.all(doomed.map((r) => removeKey(writer.graph, writer.appObjectId, r.keyId, proof(writer))));
    return doomed;
  }
  const current = (await getKeyCredentials(writer.graph, writer.appObjectId)).map(observeKey);
  const present = doomed.filter((r) => current.some((k) => k.keyId === r.keyId && k.managed));
  const dropped = issued && !current.some((k) => k.thumbprint === issued.thumbprintSha1) ? issued : undefined;
  if (!present.length && !dropped) return [];
  if (dropped) writer.log.warning(droppedWarning(dropped));
  const kept = current.filter((k) => !present.some((d) => d.keyId === k.keyId));
  await updateApplication(writer.graph, writer.appObjectId, {
    keyCredentials: [...kept.map(keep), ...(dropped ? [newKey(dropped, writer.lineage)] : [])],
  });
  return present;
}

function droppedWarning(certificate: IssuedCertificate): string {
  return (
    `Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change; registering it again. ` +
    'Put exo-cba runs for one app in a `concurrency:` group.'
  );
}

/**
 * After publishing: the published key must still be registered. A concurrent run's PATCH (the first key of
 * a run without a proof key) can drop even a key added with addKey: put it back the same way it was added.
 */
export async function ensureRegistered(writer: KeyWriter, certificate: IssuedCertificate): Promise<void> {
  if (!writer.signer) return keepRegistered(writer, certificate, false);
  const current = (await getKeyCredentials(writer.graph, writer.appObjectId)).map(observeKey);
  if (current.some((k) => k.thumbprint === certificate.thumbprintSha1)) return;
  writer.log.warning(droppedWarning(certificate));
  await addKey(
    writer.graph,
    writer.appObjectId,
    {
      key: certificate.certificateDerBase64,
      displayName: managedKeyName(certificate.thumbprintSha1, writer.lineage),
    },
    proof(writer),
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

export interface AddedCertificate {
  issued: IssuedCertificate;
  /** the read-back (PATCH path): resolves once the new key is on the app, putting it back if it was dropped */
  check: Promise<void>;
  /** how the key was added, for the log */
  via: 'addKey' | 'PATCH';
}

/**
 * Issues a certificate and adds its key to the app: with `addKey` when a proof key is known, else with a
 * PATCH keeping every key of `base` (none for an app created in this run, else a read taken once the
 * certificate is built, so the PATCH is never based on a read older than one round trip). The PATCH's
 * read-back is returned unawaited so it overlaps the next step; it settles before anything is published.
 */
export async function addCertificate(
  writer: KeyWriter,
  options: { base: 'none' | 'read'; certificate: NewCertificateOptions; afterCreate: boolean },
): Promise<AddedCertificate> {
  const { graph, appObjectId } = writer;
  const issued = await generateCertificate(options.certificate);
  maskCertificate(issued);
  const key = newKey(issued, writer.lineage);
  if (writer.signer) {
    await addKey(
      graph,
      appObjectId,
      { key: issued.certificateDerBase64, displayName: String(key.displayName) },
      proof(writer),
      options.afterCreate,
    );
    return { issued, check: Promise.resolve(), via: 'addKey' };
  }
  const base = options.base === 'read' ? (await getKeyCredentials(graph, appObjectId)).map(observeKey) : [];
  await patchKeys(writer, (keys) => [...keys.map(keep), key], {
    first: base,
    afterCreate: options.afterCreate,
  });
  const check = awaitedLater(keepRegistered(writer, issued, options.afterCreate));
  return { issued, check, via: 'PATCH' };
}

export type { ObservedKey };
