/**
 * Certificates exo-cba holds the private key of: issue a new self-signed one, open the PFX a user
 * passes back in, and derive what Graph and the outputs need (thumbprints, keyCredential dates).
 *
 * Keys come from Node's native crypto (fast, and never forge's JS keygen); node-forge only builds
 * the X.509 structure and the PKCS#12 container, which Node cannot do. Loading this module loads
 * node-forge: import it only where a certificate is issued or opened.
 */
import { createHash, createPrivateKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { ActionError, InputError } from '../action/errors.js';
import {
  CLOCK_SKEW_MS,
  MAX_VALIDITY_DAYS,
  MIN_PASSWORD_LENGTH,
  MIN_VALIDITY_DAYS,
  type KeySize,
} from './limits.js';
import { buildPfx, derOfCertBag, keyObjectOfBag, readPfx } from './pkcs12.js';
import { assertKeySize, generateRsaKey } from './rsa-key.js';
import { parseSubject } from './subject.js';
import { selfSignedCertificate } from './x509.js';

/** Everything about a certificate we hold the private key of. */
export interface IssuedCertificate {
  /** PKCS#12, base64 on one line. */
  pfxBase64: string;
  password: string;
  /** DER certificate, base64: `keyCredential.key`. */
  certificateDerBase64: string;
  certificatePem: string;
  /** PKCS#8 PEM, for msal-node's clientCertificate. */
  privateKeyPem: string;
  /** SHA-1 over the DER certificate, 40 upper-case hex. */
  thumbprintSha1: string;
  /** SHA-256 over the DER certificate, 64 upper-case hex. */
  thumbprintSha256: string;
  /** e.g. "CN=Exchange Online Automation". */
  subject: string;
  notBefore: Date;
  notAfter: Date;
  keySize: number;
}

export interface NewCertificateOptions {
  subject: string;
  validityDays: number;
  keySize: KeySize;
  now: Date;
  friendlyName?: string;
  /** reuse this password (at least 32 characters) instead of making a new one */
  password?: string;
  /** marks the certificate as exo-cba's, for its lineage (a subjectAltName URI, keys/lineage.ts) */
  mark?: string;
  /** a key generated ahead of time (`generateRsaKey` with the same key size), so generating it overlaps network waits */
  privateKeyPem?: Promise<string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Issue a self-signed RSA certificate and its AES-256 PFX. */
export async function generateCertificate(options: NewCertificateOptions): Promise<IssuedCertificate> {
  const subject = parseSubject(options.subject);
  assertKeySize(options.keySize);
  const days = options.validityDays;
  if (!Number.isInteger(days) || days < MIN_VALIDITY_DAYS || days > MAX_VALIDITY_DAYS) {
    throw new Error(
      `Certificate validity of ${days} days is out of range: use a whole number from ${MIN_VALIDITY_DAYS} to ${MAX_VALIDITY_DAYS}.`,
    );
  }
  if (Number.isNaN(options.now.getTime())) throw new Error('generateCertificate: `now` is not a valid date.');

  const privateKeyPem = await (options.privateKeyPem ?? generateRsaKey(options.keySize));
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyDetails?.modulusLength !== options.keySize) {
    throw new Error(`generateCertificate: the pre-generated key is not RSA ${options.keySize}.`);
  }
  const forgeKey = forge.pki.privateKeyFromPem(privateKeyPem);

  // X.509 times have second precision; truncating here keeps every later comparison exact.
  const notBefore = new Date(Math.floor((options.now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + days * DAY_MS);
  const { cert, der } = selfSignedCertificate(privateKey, forgeKey, {
    subject,
    notBefore,
    notAfter,
    mark: options.mark,
  });

  const password =
    options.password && options.password.length >= MIN_PASSWORD_LENGTH
      ? options.password
      : randomBytes(32).toString('base64url');
  const pfxBase64 = buildPfx(forgeKey, cert, password, options.friendlyName);
  return describe(der, privateKey, pfxBase64, password);
}

/**
 * Open the `certificate` input (base64 PFX) with `certificate-password`. Every failure is an
 * InputError naming the input and the fix; no message carries the password or the PFX.
 */
/** The weakest RSA key a given certificate may have. */
const MIN_INPUT_KEY_BITS = 2048;

export function openPfx(pfxBase64: string, password: string): IssuedCertificate {
  const der = decodeBase64Input(pfxBase64);
  const { keyBags, certBags } = readPfx(der, password);

  if (keyBags.length === 0) {
    throw new InputError(
      'certificate',
      'the PFX holds no private key. Export the certificate together with its private key (PKCS#12 / .pfx with "export private key"), or leave the input empty to issue a new certificate.',
    );
  }
  if (keyBags.length > 1) {
    throw new InputError(
      'certificate',
      `the PFX holds ${keyBags.length} private keys; exo-cba needs exactly one. Export only the certificate used for Exchange Online.`,
    );
  }
  if (certBags.length === 0) {
    throw new InputError(
      'certificate',
      'the PFX holds a private key but no certificate. Export the certificate together with its private key.',
    );
  }

  const privateKey = keyObjectOfBag(keyBags[0]);
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new InputError(
      'certificate',
      `the private key is ${privateKey.asymmetricKeyType?.toUpperCase() ?? 'not RSA'}, but Entra ID certificate credentials for Exchange Online need an RSA key. Issue an RSA certificate, or leave the input empty to let exo-cba issue one.`,
    );
  }

  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_INPUT_KEY_BITS) {
    throw new InputError(
      'certificate',
      `the private key is RSA ${bits}, which is too weak: exo-cba accepts RSA keys of ${MIN_INPUT_KEY_BITS} bits or more (Entra ID requires at least 2048). Issue a stronger certificate, or leave the input empty to let exo-cba issue one.`,
    );
  }

  // A PFX may carry a chain: the certificate we want is the one whose public key matches the key.
  const certificates = certBags.map(derOfCertBag).map((certDer) => ({ certDer, x509: parseX509(certDer) }));
  const paired = certificates.find(({ x509 }) => x509 !== undefined && x509.checkPrivateKey(privateKey));
  if (paired === undefined) {
    throw new InputError(
      'certificate',
      'the private key in the PFX does not belong to any certificate in it. Export the certificate together with its own private key.',
    );
  }
  return describe(paired.certDer, privateKey, der.toString('base64'), password);
}

/**
 * startDateTime/endDateTime to send with a new keyCredential. Graph refuses a credential whose
 * dates reach outside the certificate's validity ("Key credential end date is invalid") and keeps
 * seconds only, so both are rounded inwards to whole seconds and formatted as Graph returns them.
 * A tenant's app management policy may cap the lifetime further (error
 * CredentialInvalidLifetimeAsPerAppPolicy); that is the tenant's rule, not the certificate's.
 */
export function keyCredentialDates(cert: Pick<IssuedCertificate, 'notBefore' | 'notAfter'>): {
  startDateTime: string;
  endDateTime: string;
} {
  const start = Math.ceil(cert.notBefore.getTime() / 1000) * 1000;
  const end = Math.floor(cert.notAfter.getTime() / 1000) * 1000;
  if (!(end > start)) {
    throw new ActionError(
      'The certificate has no validity period left to register in Entra ID: issue a new one.',
    );
  }
  return { startDateTime: isoSeconds(new Date(start)), endDateTime: isoSeconds(new Date(end)) };
}

/** SHA-1 and SHA-256 thumbprints of a base64 DER certificate, upper-case hex without separators. */
export function thumbprintsOfDer(derBase64: string): { sha1: string; sha256: string } {
  const der = Buffer.from(derBase64, 'base64');
  return {
    sha1: createHash('sha1').update(der).digest('hex').toUpperCase(),
    sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
  };
}

function decodeBase64Input(input: string): Buffer {
  // People paste multi-line base64 (certutil -encode, PEM-style wrapping); base64url is accepted too.
  const compact = input.replace(/\s+/g, '');
  if (compact === '') {
    throw new InputError(
      'certificate',
      'is empty. Pass the base64 PFX (e.g. ${{ secrets.EXO_CERTIFICATE }}), or leave the input out to issue a new certificate.',
    );
  }
  if (compact.startsWith('-----BEGIN')) {
    throw new InputError(
      'certificate',
      'is PEM text, not a base64 PFX. Convert it: openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx, then base64 -w0 cert.pfx.',
    );
  }
  const standard = compact.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard) || standard.replace(/=+$/, '').length % 4 === 1) {
    throw new InputError(
      'certificate',
      'is not valid base64. Pass the PFX file base64-encoded, e.g. base64 -w0 cert.pfx (Linux) or [Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx")) (PowerShell).',
    );
  }
  return Buffer.from(standard, 'base64');
}

function parseX509(der: Buffer): X509Certificate | undefined {
  try {
    return new X509Certificate(der);
  } catch {
    return undefined;
  }
}

function describe(
  certDer: Buffer,
  privateKey: KeyObject,
  pfxBase64: string,
  password: string,
): IssuedCertificate {
  const x509 = new X509Certificate(certDer);
  const derBase64 = certDer.toString('base64');
  const thumbprints = thumbprintsOfDer(derBase64);
  return {
    pfxBase64,
    password,
    certificateDerBase64: derBase64,
    certificatePem: x509.toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    thumbprintSha1: thumbprints.sha1,
    thumbprintSha256: thumbprints.sha256,
    subject: x509.subject.split('\n').join(', '),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    keySize: privateKey.asymmetricKeyDetails?.modulusLength ?? 0,
  };
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
