/**
 * Writing secrets: seal each value for the scope's public key and PUT them in three waves, so that
 * whatever fails or crashes in between, the next run finds a pair that opens or repairs it:
 *   1. CERTIFICATE_PASSWORD (with the identity secrets): a rotation keeps exo-cba's password, so this wave
 *      writes it only on the first publication or when it replaces a hand-made one; a run stopped after it
 *      leaves a new password beside the old certificate, and the next run (bootstrap with secrets) issues a
 *      certificate for that password;
 *   2. CERTIFICATE;
 *   3. CERTIFICATE_THUMBPRINT, only once the certificate is written; the old one is deleted before wave 2,
 *      so it never names a certificate the certificate secret does not hold (a run stopped in between
 *      leaves it missing, and the next run writes it).
 * A value refused with 422 (the key rotated since it was read) is resealed for a freshly read key, once.
 * Any failure throws, naming what was and was not written: a partial write is never a success, and
 * nothing of a later wave is written after a failure.
 */
import { SECRET_KEYS, secretName, type SecretKey, type SecretValues } from './names.js';
import { unfinishedWriteMessage } from './messages.js';
import {
  deleteSecret,
  writeSecret,
  type PublicKey,
  type PublicKeyCache,
  type SecretsApi,
} from './operations.js';
import { loadSeal, type Seal } from './seal.js';
import { SecretsError } from './secrets-error.js';
import { describeTarget } from './target.js';

interface Entry {
  key: SecretKey;
  name: string;
  value: string;
}

interface Outcome extends Entry {
  result: PromiseSettledResult<void>;
}

/** Writes the given secrets; returns their names in write order. */
export async function writeSecrets(
  api: SecretsApi,
  key: PublicKeyCache,
  values: Partial<SecretValues>,
  /** the thumbprint secret was listed (false: there is none to delete; undefined: not known) */
  known: { thumbprintListed?: boolean } = {},
): Promise<string[]> {
  const entries: Entry[] = SECRET_KEYS.filter((k) => values[k] !== undefined).map((k) => ({
    key: k,
    name: secretName(api.target.prefix, k),
    value: values[k]!,
  }));
  if (entries.length === 0) return [];
  // a new certificate: the old thumbprint is deleted before it, so that until the third wave writes the new
  // one it names no certificate at all, never one EXO_CERTIFICATE does not hold
  const replacing =
    values.CERTIFICATE !== undefined &&
    values.CERTIFICATE_THUMBPRINT !== undefined &&
    known.thumbprintListed !== false;
  const [seal] = await Promise.all([loadSeal(), key.current()]);
  const written: string[] = [];
  for (const [i, wave] of WAVES.entries()) {
    // before the certificate, once the first wave went through (a GitHub that refuses writes changes nothing)
    if (i === 1 && replacing)
      await deleteSecret(api, secretName(api.target.prefix, 'CERTIFICATE_THUMBPRINT'));
    const batch = entries.filter((e) => wave.includes(e.key));
    if (batch.length === 0) continue;
    // the key is cached: a wave that re-read it after a 422 hands the fresh one to the next
    written.push(...(await writeWave(api, key, seal, await key.current(), batch, written)));
  }
  api.log.info(`Secrets: wrote ${written.join(', ')} to ${describeTarget(api.target)}`);
  return written;
}

const WAVES: readonly (readonly SecretKey[])[] = [
  ['APP_ID', 'APP_OBJECT_ID', 'TENANT_ID', 'ORGANIZATION', 'CERTIFICATE_PASSWORD'],
  ['CERTIFICATE'],
  ['CERTIFICATE_THUMBPRINT'],
];

/** One wave of concurrent PUTs; throws naming everything written so far when any of them fails. */
async function writeWave(
  api: SecretsApi,
  key: PublicKeyCache,
  seal: Seal,
  first: PublicKey,
  entries: Entry[],
  before: string[],
): Promise<string[]> {
  let outcomes = await attempt(api, seal, entries, first);
  const stale = outcomes.filter(
    (o) => o.result.status === 'rejected' && (o.result.reason as SecretsError).status === 422,
  );
  if (stale.length > 0) {
    api.log.info(
      `Secrets: GitHub refused the sealed value for ${stale.map((s) => s.name).join(', ')} (422); reading the public key again`,
    );
    key.forget();
    const retried = await attempt(api, seal, stale, await key.current());
    outcomes = outcomes.map((o) => retried.find((r) => r.name === o.name) ?? o);
  }

  const written = outcomes.filter((o) => o.result.status === 'fulfilled').map((o) => o.name);
  const failed = outcomes.filter((o) => o.result.status === 'rejected');
  if (failed.length > 0) throw unfinished(failed, [...before, ...written]);
  return written;
}

/**
 * Concurrent PUTs: a rotation writes three secrets, and a round trip each would slow the run.
 * Six small writes stay far below GitHub's secondary limits.
 */
async function attempt(api: SecretsApi, seal: Seal, batch: Entry[], key: PublicKey): Promise<Outcome[]> {
  const results = await Promise.allSettled(
    batch.map((e) => writeSecret(api, e.name, seal(e.value, key.key), key.key_id)),
  );
  return batch.map((e, i) => ({ ...e, result: results[i] }));
}

function unfinished(failed: Outcome[], written: string[]): SecretsError {
  const firstError = (failed[0].result as PromiseRejectedResult).reason as SecretsError;
  const message = unfinishedWriteMessage({
    firstMessage: firstError.message,
    alsoFailed: failed.slice(1).map((f) => f.name),
    written,
  });
  return new SecretsError(message, {
    status: firstError.status,
    secret: firstError.secret,
    cause: firstError,
  });
}
