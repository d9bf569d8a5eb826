/**
 * An app's key credential as the run sees it: its thumbprint, whether exo-cba wrote it and for which lineage;
 * and the bodies a keyCredentials PATCH sends.
 */
import { createHash } from 'node:crypto';
import { keyCredentialDates, type IssuedCertificate } from '../certificate/certificate.js';
import type { KeyCredential } from '../graph/schemas.js';
import { lineageFromCertificate, managedKeyName, parseManagedKeyName, type Lineage } from './lineage.js';

export interface ObservedKey extends KeyCredential {
  /** SHA-1 thumbprint, 40 upper-case hex (from the DER, else from customKeyIdentifier) */
  thumbprint: string;
  /** written by exo-cba (displayName `exo-cba <thumbprint> [<lineage>]`); others are never touched */
  managed: boolean;
  /** the lineage tag of an exo-cba key; none on keys written before lineages existed */
  lineage?: string;
}

/** A key the run decided to remove, and why. */
export interface KeyRemoval {
  keyId: string;
  thumbprint: string;
  reason: 'expired' | 'superseded' | 'orphaned';
}

export function observeKey(key: KeyCredential): ObservedKey {
  let thumbprint = '';
  if (key.key)
    thumbprint = createHash('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
  else if (key.customKeyIdentifier)
    thumbprint = Buffer.from(key.customKeyIdentifier, 'base64').toString('hex').toUpperCase();
  const named = parseManagedKeyName(key.displayName);
  // Graph may not keep the displayName addKey was given: exo-cba's certificates carry their lineage too
  const marked =
    !named.managed && key.key ? lineageFromCertificate(Buffer.from(key.key, 'base64')) : undefined;
  return { ...key, thumbprint, ...(marked ? { managed: true, lineage: marked } : named) };
}

/** A key to keep in a keyCredentials PATCH: as Graph returned it, without `key` (Graph keeps it by keyId). */
export function keptKey(key: KeyCredential): Record<string, unknown> {
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

/** A new key in a keyCredentials PATCH: the certificate's DER, named for its lineage. */
export function newKey(certificate: IssuedCertificate, lineage: Lineage): Record<string, unknown> {
  return {
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: managedKeyName(certificate.thumbprintSha1, lineage),
    key: certificate.certificateDerBase64,
    ...keyCredentialDates(certificate),
  };
}
