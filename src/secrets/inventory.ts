/**
 * Which of exo-cba's secrets exist and are current, from the scope's secret list.
 */
import type { Logger } from '../action/log.js';
import { SECRET_KEYS, secretName, type SecretKey } from './names.js';
import type { SecretMetadata } from './operations.js';

export interface SecretsInventory {
  /** exo-cba's secrets (prefixed names) that exist and are current */
  names: Set<string>;
  /** when {prefix}CERTIFICATE was last written (GitHub's updated_at), if it exists */
  certificateWrittenAt?: Date;
}

/** Writes of one run are seconds apart; a thumbprint older than this was left by a failed run. */
const SAME_RUN_MS = 60_000;

export function inventoryOf(
  listed: SecretMetadata[],
  prefix: string,
  context: { log: Logger; where: string },
): SecretsInventory {
  const ours = new Set(SECRET_KEYS.map((k) => secretName(prefix, k)));
  const found = new Set(listed.map((s) => s.name).filter((n) => ours.has(n)));
  const updated = (key: SecretKey) =>
    listed.find((s) => s.name === secretName(prefix, key))?.updatedAt ?? NaN;
  // a run that failed between writing EXO_CERTIFICATE and EXO_CERTIFICATE_THUMBPRINT left the
  // thumbprint behind; count it as missing so the next run writes it
  const thumbprint = secretName(prefix, 'CERTIFICATE_THUMBPRINT');
  if (updated('CERTIFICATE_THUMBPRINT') < updated('CERTIFICATE') - SAME_RUN_MS) {
    context.log.info(
      `${thumbprint} is older than ${secretName(prefix, 'CERTIFICATE')}: it will be written again.`,
    );
    found.delete(thumbprint);
  }
  context.log.debug(`Secrets: ${found.size} of ${ours.size} exist in ${context.where}`);
  const written = updated('CERTIFICATE');
  return { names: found, certificateWrittenAt: Number.isNaN(written) ? undefined : new Date(written) };
}
