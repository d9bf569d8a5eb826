/**
 * Which of exo-cba's secrets exist, from the scope's secret list.
 */
import type { Logger } from '../action/log.js';
import { LEGACY_KEYS, SECRET_KEYS, secretName } from './names.js';
import type { SecretMetadata } from './operations.js';

export interface SecretsInventory {
  /** exo-cba's secrets (prefixed names) that exist */
  names: Set<string>;
  /** secrets an earlier version wrote that exo-cba no longer keeps (the bootstrap deletes them) */
  legacy: string[];
  /** when {prefix}CERTIFICATE was last written (GitHub's updated_at), if it exists */
  certificateWrittenAt?: Date;
}

export function inventoryOf(
  listed: SecretMetadata[],
  prefix: string,
  context: { log: Logger; where: string },
): SecretsInventory {
  const listedNames = new Set(listed.map((s) => s.name));
  const names = new Set(SECRET_KEYS.map((k) => secretName(prefix, k)).filter((n) => listedNames.has(n)));
  const legacy = LEGACY_KEYS.map((k) => secretName(prefix, k)).filter((n) => listedNames.has(n));
  context.log.debug(`Secrets: ${names.size} of ${SECRET_KEYS.length} exist in ${context.where}`);
  const written = listed.find((s) => s.name === secretName(prefix, 'CERTIFICATE'))?.updatedAt;
  return { names, legacy, certificateWrittenAt: written === undefined ? undefined : new Date(written) };
}
