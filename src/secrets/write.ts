/**
 * Writing secrets: seal each value for the scope's public key and PUT them in two waves, so that whatever fails
 * or crashes in between, the published certificate opens with the published password:
 *   1. the identity secrets and CERTIFICATE_PASSWORD — the password only on a destination's first publication
 *      (or when it replaces a hand-made one): a rotation keeps it, so it writes CERTIFICATE alone;
 *   2. CERTIFICATE. A first publication stopped in between leaves a password and no certificate, and the next
 *      run issues a certificate for that password.
 * A value refused with 422 (the key rotated since it was read) is resealed for a freshly read key, once.
 * Any failure throws, naming what was and was not written: a partial write is never a success, and nothing of
 * a later wave is written after a failure. Each written secret says whether GitHub created it (201) or
 * updated it (204).
 */
import { SECRET_KEYS, secretName, type SecretKey, type SecretValues } from './names.js';
import { unfinishedWriteMessage } from './messages.js';
import {
  writeSecret,
  type PublicKey,
  type PublicKeyCache,
  type SecretsApi,
  type WriteOutcome,
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
  result: PromiseSettledResult<WriteOutcome>;
}

/** A secret written, and whether GitHub created it or replaced one. */
export interface WrittenSecret {
  key: SecretKey;
  name: string;
  outcome: WriteOutcome;
}

/** Writes the given secrets; returns them in write order. */
export async function writeSecrets(
  api: SecretsApi,
  key: PublicKeyCache,
  values: Partial<SecretValues>,
): Promise<WrittenSecret[]> {
  const entries: Entry[] = SECRET_KEYS.filter((k) => values[k] !== undefined).map((k) => ({
    key: k,
    name: secretName(api.target.prefix, k),
    value: values[k]!,
  }));
  if (entries.length === 0) return [];
  const [seal] = await Promise.all([loadSeal(), key.current()]);
  const written: WrittenSecret[] = [];
  for (const wave of WAVES) {
    const batch = entries.filter((e) => wave.includes(e.key));
    if (batch.length === 0) continue;
    // the key is cached: a wave that re-read it after a 422 hands the fresh one to the next
    written.push(...(await writeWave(api, key, seal, await key.current(), batch, written)));
  }
  api.log.info(`Secrets: wrote ${written.map((w) => w.name).join(', ')} to ${describeTarget(api.target)}`);
  return written;
}

const WAVES: readonly (readonly SecretKey[])[] = [
  ['APP_ID', 'APP_OBJECT_ID', 'TENANT_ID', 'ORGANIZATION', 'CERTIFICATE_PASSWORD'],
  ['CERTIFICATE'],
];

/** One wave of concurrent PUTs; throws naming everything written so far when any of them fails. */
async function writeWave(
  api: SecretsApi,
  key: PublicKeyCache,
  seal: Seal,
  first: PublicKey,
  entries: Entry[],
  before: WrittenSecret[],
): Promise<WrittenSecret[]> {
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

  const written = outcomes.flatMap((o) =>
    o.result.status === 'fulfilled' ? [{ key: o.key, name: o.name, outcome: o.result.value }] : [],
  );
  const failed = outcomes.filter((o) => o.result.status === 'rejected');
  if (failed.length > 0)
    throw unfinished(
      failed,
      [...before, ...written].map((w) => w.name),
    );
  return written;
}

/** Concurrent PUTs: a first publication writes five secrets at once, far below GitHub's secondary limits. */
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
