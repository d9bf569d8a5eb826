/**
 * `PATCH /applications/{id}` with `keyCredentials`: the list in the body replaces the app's whole
 * collection. An element that names an existing `keyId` without `key` keeps that key as it is; an
 * element with `key` (base64 DER of an X.509 certificate) adds a key; anything the body omits is removed.
 *
 * Error codes seen from Graph: `KeyCredentialsInvalidEndDate` "Key credential end date is invalid."
 * (end date past the certificate's notAfter, even by milliseconds), `KeyCredentialsInvalidValue` (an
 * element without a usable certificate), "Existing credential with KeyId '…' must be sent back with null
 * value." (`KeyValueMustBeNull`), and the usage message of microsoftgraph/msgraph-sdk-java#1823. The
 * start-date, duplicate-keyId and invalid-value messages are modelled on those; Graph's exact wording
 * for them was not found.
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { odataError } from './odata.js';
import type { StoredKeyCredential } from './state.js';
import type { EmulatorResponse } from './types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function invalid(code: string, message: string, target: string, detail: string): EmulatorResponse {
  const response = odataError(400, code, message);
  const error = (response.body as { error: Record<string, unknown> }).error;
  error.details = [{ code: detail, message, target }];
  return response;
}

const invalidValue = () =>
  invalid(
    'KeyCredentialsInvalidValue',
    'Key credential value is invalid.',
    'keyCredentials.key',
    'InvalidKeyValue',
  );

function parseDate(value: unknown): Date | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return 'invalid';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? 'invalid' : date;
}

export function newKey(el: Record<string, unknown>, now: number): StoredKeyCredential | EmulatorResponse {
  if (typeof el.key !== 'string' || !BASE64.test(el.key)) return invalidValue();
  const der = Buffer.from(el.key, 'base64');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return invalidValue();
  }
  if (el.type !== 'AsymmetricX509Cert') {
    return invalid(
      'KeyCredentialsInvalidType',
      `The value for the property "type" in one of your credentials is invalid. Acceptable values are AsymmetricX509Cert, X509CertAndPassword.`,
      'keyCredentials.type',
      'InvalidKeyType',
    );
  }
  if (el.usage !== 'Verify') {
    // Sign needs a private key (X509CertAndPassword); an app's public certificate is always Verify.
    return invalid(
      'KeyCredentialsInvalidUsage',
      'The value for the property "usage" in one of your credentials is invalid. Acceptable values are Sign, Verify.',
      'keyCredentials.usage',
      'InvalidKeyUsage',
    );
  }
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  const start = parseDate(el.startDateTime) ?? notBefore;
  const end = parseDate(el.endDateTime) ?? notAfter;
  if (start === 'invalid' || start < notBefore) {
    return invalid(
      'KeyCredentialsInvalidStartDate',
      'Key credential start date is invalid.',
      'keyCredentials.startDateTime',
      'InvalidKeyStartDate',
    );
  }
  if (end === 'invalid' || end > notAfter || end <= start) {
    return invalid(
      'KeyCredentialsInvalidEndDate',
      'Key credential end date is invalid.',
      'keyCredentials.endDateTime',
      'InvalidKeyEndDate',
    );
  }
  const keyId = el.keyId ?? randomUUID();
  if (typeof keyId !== 'string' || !GUID.test(keyId)) {
    return odataError(
      400,
      'Request_BadRequest',
      `Invalid value specified for property 'keyId' of resource 'KeyCredential'.`,
    );
  }
  const custom = el.customKeyIdentifier;
  return {
    keyId: keyId.toLowerCase(),
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    displayName: typeof el.displayName === 'string' ? el.displayName.slice(0, 90) : null,
    // Graph defaults customKeyIdentifier to the certificate's SHA-1 thumbprint (Edm.Binary: base64).
    customKeyIdentifier:
      typeof custom === 'string' ? custom : createHash('sha1').update(der).digest('base64'),
    startDateTime: start.toISOString(),
    endDateTime: end.toISOString(),
    key: der.toString('base64'),
    addedAt: now,
  };
}

/** The app's new key collection for a PATCH body's `keyCredentials`, or Graph's 400. */
export function replaceKeyCredentials(
  current: readonly StoredKeyCredential[],
  input: unknown,
  now = Date.now(),
): { keys: StoredKeyCredential[] } | { error: EmulatorResponse } {
  if (!Array.isArray(input)) {
    return { error: odataError(400, 'BadRequest', "The property 'keyCredentials' must be a collection.") };
  }
  const keys: StoredKeyCredential[] = [];
  for (const el of input as unknown[]) {
    if (typeof el !== 'object' || el === null) return { error: invalidValue() };
    const item = el as Record<string, unknown>;
    const keyId = typeof item.keyId === 'string' ? item.keyId.toLowerCase() : undefined;
    const existing = keyId ? current.find((k) => k.keyId.toLowerCase() === keyId) : undefined;
    const hasKey = item.key !== undefined && item.key !== null;
    if (existing) {
      if (hasKey && item.key !== existing.key) {
        return {
          error: invalid(
            'Request_BadRequest',
            `Existing credential with KeyId '${existing.keyId}' must be sent back with null value.`,
            'keyCredentials',
            'KeyValueMustBeNull',
          ),
        };
      }
      keys.push(existing);
      continue;
    }
    if (!hasKey) return { error: invalidValue() };
    const created = newKey(item, now);
    if ('status' in created) return { error: created };
    keys.push(created);
  }
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k.keyId)) {
      return {
        error: odataError(
          400,
          'Request_BadRequest',
          `The keyCredentials collection contains the keyId '${k.keyId}' more than once. Each key credential must have a unique keyId.`,
        ),
      };
    }
    seen.add(k.keyId);
  }
  return { keys };
}
