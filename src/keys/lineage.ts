/**
 * Key lineage: every key exo-cba adds belongs to the destination that publishes its certificate — a
 * GitHub secret destination (scope, repository / environment / organization, prefix), or, for runs that
 * write no secrets, the step outputs of one repository's jobs. The lineage is written into the key's
 * `displayName` (`exo-cba <thumbprint> <lineage>`), so a run can tell its own keys from the keys another
 * environment, repository or a person published on the same app, and prunes only its own.
 *
 * Keys written before lineages existed (`exo-cba <thumbprint>`) carry none: such a key is adopted by the
 * lineage whose certificate input it is; once expired it serves nobody and any run may remove it.
 */
import { createHash } from 'node:crypto';

export const MANAGED_KEY_PREFIX = 'exo-cba ';

/** Graph keeps a key credential's displayName short; ours stays well below any limit (59 characters). */
const LINEAGE_ID_LENGTH = 10;

export type LineageDestination =
  | {
      kind: 'secrets';
      scope: 'repository' | 'environment' | 'organization';
      repository: string;
      environment?: string;
      organization?: string;
      prefix: string;
    }
  | { kind: 'outputs'; repository: string };

export interface Lineage {
  /** short hash of the destination, the tag in the key's displayName */
  id: string;
  /** what a person reads in the log: where the lineage's certificate is published */
  label: string;
}

function destinationText(destination: LineageDestination): string {
  if (destination.kind === 'outputs') return `step outputs of ${destination.repository}`;
  const where =
    destination.scope === 'organization'
      ? `organization ${destination.organization}`
      : destination.scope === 'environment'
        ? `environment ${destination.environment} of ${destination.repository}`
        : `repository ${destination.repository}`;
  return `${destination.prefix}* secrets of ${where}`;
}

/** GitHub names (owners, repositories, secrets) are case-insensitive: so is the lineage. */
export function lineageOf(destination: LineageDestination): Lineage {
  const label = destinationText(destination);
  const id = createHash('sha256').update(label.toLowerCase()).digest('hex').slice(0, LINEAGE_ID_LENGTH);
  return { id, label };
}

/** The URI exo-cba writes into its certificates' subjectAltName: its lineage, readable from the certificate. */
export function certificateMark(lineage: Lineage): string {
  return `${MARK_URI}${lineage.id}`;
}

const MARK_URI = 'urn:exo-cba:lineage:';

/** The lineage a certificate's DER names in exo-cba's mark, for a key whose displayName Graph did not keep. */
export function lineageFromCertificate(der: Buffer): string | undefined {
  return new RegExp(`${MARK_URI}([0-9a-f]{${LINEAGE_ID_LENGTH}})`).exec(der.toString('latin1'))?.[1];
}

export function managedKeyName(thumbprint: string, lineage: Lineage): string {
  return `${MANAGED_KEY_PREFIX}${thumbprint} ${lineage.id}`;
}

/** `exo-cba <thumbprint> [<lineage>]`: written by exo-cba; anything else is foreign and never touched. */
export function parseManagedKeyName(displayName: string | undefined | null): {
  managed: boolean;
  lineage?: string;
} {
  const match = /^exo-cba ([0-9A-F]{40})(?: ([0-9a-f]{6,64}))?$/.exec(displayName ?? '');
  if (!match) return { managed: false };
  return match[2] ? { managed: true, lineage: match[2] } : { managed: true };
}

/** The lineage of a run: its secret destination, or the step outputs of the repository it runs in. */
export function lineageOfRun(
  secrets: { target: Omit<Extract<LineageDestination, { kind: 'secrets' }>, 'kind'> } | undefined,
  env: NodeJS.ProcessEnv,
): Lineage {
  return lineageOf(
    secrets
      ? { kind: 'secrets', ...secrets.target }
      : { kind: 'outputs', repository: env.GITHUB_REPOSITORY || 'this repository' },
  );
}
