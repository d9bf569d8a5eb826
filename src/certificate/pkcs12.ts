/**
 * The PKCS#12 (PFX) container, written and read with node-forge (Node cannot do either) and native key
 * derivation. Reading failures become InputErrors naming the input and the fix, never the password or the PFX.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { InputError } from '../action/errors.js';
import { withUtf8Pbkdf2 } from './utf8-pbkdf2.js';

// OpenSSL 3 writes 2048 iterations too. The password is 256 random bits, so stretching adds nothing.
const PBE_ITERATIONS = 2048;
const SALT_BYTES = 16;
/** RFC 7292 B.3: the ID byte that derives a MAC key */
const MAC_KEY_ID = 3;

/** The bags of an opened PFX that exo-cba looks at. */
export interface PfxBags {
  keyBags: forge.pkcs12.Bag[];
  certBags: forge.pkcs12.Bag[];
}

/**
 * AES-256-CBC + PBKDF2-HMAC-SHA256 for the key, HMAC-SHA256 MAC: what OpenSSL 3 writes by default,
 * readable without `-legacy` and by .NET/Windows 10 1709+. forge only writes SHA-1 MACs, so the MAC
 * is added here. Returns the PFX in base64.
 */
export function buildPfx(
  key: forge.pki.rsa.PrivateKey,
  cert: forge.pki.Certificate,
  password: string,
  friendlyName?: string,
): string {
  const options: Record<string, unknown> = {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    count: PBE_ITERATIONS,
    saltSize: SALT_BYTES,
    useMac: false,
    generateLocalKeyId: true,
  };
  if (friendlyName !== undefined) options.friendlyName = friendlyName;
  const pfxAsn1 = withUtf8Pbkdf2(() => forge.pkcs12.toPkcs12Asn1(key, [cert], password, options));

  // PFX ::= SEQUENCE { version, authSafe ContentInfo { contentType, [0] OCTET STRING }, macData }
  const authSafe = (pfxAsn1.value as forge.asn1.Asn1[])[1];
  const content = (authSafe.value as forge.asn1.Asn1[])[1];
  const safeBytes = (content.value as forge.asn1.Asn1[])[0].value as string;
  (pfxAsn1.value as forge.asn1.Asn1[]).push(sha256MacData(safeBytes, password));
  return Buffer.from(forge.asn1.toDer(pfxAsn1).getBytes(), 'binary').toString('base64');
}

/** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER } with HMAC-SHA256. */
function sha256MacData(safeBytes: string, password: string): forge.asn1.Asn1 {
  const salt = forge.random.getBytesSync(SALT_BYTES);
  const macKey = forge.pkcs12
    .generateKey(
      password,
      forge.util.createBuffer(salt),
      MAC_KEY_ID,
      PBE_ITERATIONS,
      32,
      forge.md.sha256.create(),
    )
    .getBytes();
  const hmac = forge.hmac.create();
  hmac.start(forge.md.sha256.create(), macKey);
  hmac.update(safeBytes);
  const { asn1 } = forge;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OID,
          false,
          asn1.oidToDer(forge.pki.oids.sha256).getBytes(),
        ),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
      ]),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, hmac.digest().getBytes()),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, salt),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(PBE_ITERATIONS).getBytes()),
  ]);
}

/** Opens a PFX (DER) with its password and returns its private-key and certificate bags. */
export function readPfx(der: Buffer, password: string): PfxBags {
  const pfx = withUtf8Pbkdf2(() => decryptPfx(der, password));
  const bags = pfx.safeContents.flatMap((contents) => contents.safeBags);
  return {
    keyBags: bags.filter(
      (bag) => bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag,
    ),
    certBags: bags.filter((bag) => bag.type === forge.pki.oids.certBag),
  };
}

function decryptPfx(der: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  const declared = declaredDerLength(der);
  if (declared !== undefined && declared > der.length) throw truncatedPfx(declared, der.length);
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), false);
  } catch {
    throw notPfx();
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    throw pfxReadError(error instanceof Error ? error.message : '', password);
  }
}

/**
 * The size a DER SEQUENCE says it has (header included), or undefined when `der` does not start with
 * one. A PFX cut short (a secret truncated when copied) otherwise fails its MAC check and would read
 * as a wrong password.
 */
function declaredDerLength(der: Buffer): number | undefined {
  if (der.length < 2 || der[0] !== 0x30) return undefined;
  const first = der[1];
  if (first < 0x80) return 2 + first;
  const octets = first & 0x7f;
  if (octets === 0 || octets > 4 || der.length < 2 + octets) return undefined;
  let length = 0;
  for (let i = 0; i < octets; i++) length = length * 256 + der[2 + i];
  return 2 + octets + length;
}

function truncatedPfx(declared: number, actual: number): InputError {
  return new InputError(
    'certificate',
    `is cut short: the PFX says it is ${declared} bytes long but only ${actual} arrived. The secret was truncated when it was copied or written; pass the whole base64 of the .pfx file (e.g. \${{ secrets.EXO_CERTIFICATE }} as written by exo-cba).`,
  );
}

function notPfx(): InputError {
  return new InputError(
    'certificate',
    'decodes from base64 but is not a PKCS#12 (PFX) file. Pass the base64 of the .pfx/.p12 file itself, not of a .cer/.pem certificate or of another secret.',
  );
}

/** Turns forge's message for a PFX it could not open into what the user should do. */
function pfxReadError(forgeMessage: string, password: string): InputError {
  if (/MAC could not be verified|wrong password|Invalid password|Failed to decrypt/i.test(forgeMessage)) {
    return new InputError(
      'certificate-password',
      `does not open the PFX in 'certificate' (wrong password${password === '' ? '; the input is empty' : ''}). Pass the password the PFX was exported with, e.g. \${{ secrets.EXO_CERTIFICATE_PASSWORD }}, and make sure both secrets come from the same run.`,
    );
  }
  if (/not an PKCS#12 PFX|AuthenticatedSafe|password integrity mode/i.test(forgeMessage)) return notPfx();
  if (
    /Unsupported OID|unsupported MAC|Unknown hash|Unsupported PRF|Cannot read encrypted PBE/i.test(
      forgeMessage,
    )
  ) {
    return new InputError(
      'certificate',
      'is a PFX encrypted with an algorithm exo-cba cannot read. Re-export it with AES-256 (openssl pkcs12 -export, or Export-PfxCertificate -CryptoAlgorithmOption AES256_SHA256).',
    );
  }
  return new InputError(
    'certificate',
    "could not be read as a PKCS#12 (PFX) file: it is damaged or 'certificate-password' is wrong. Pass the secrets exo-cba published, or leave 'certificate' empty to issue a new certificate.",
  );
}

/** The private key of a key bag as a Node KeyObject, whatever its type. */
export function keyObjectOfBag(bag: forge.pkcs12.Bag): KeyObject {
  // forge decodes RSA keys; for other key types it leaves the PrivateKeyInfo as ASN.1.
  const info = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))
    : (bag.asn1 as forge.asn1.Asn1 | undefined);
  if (info === undefined) {
    throw new InputError(
      'certificate',
      "the private key in the PFX could not be read. Check 'certificate-password' and re-export the certificate with its private key.",
    );
  }
  try {
    return createPrivateKey({
      key: Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    throw new InputError(
      'certificate',
      'the private key in the PFX is in a format exo-cba cannot read. Re-export it as an RSA key in a PFX.',
    );
  }
}

/** The DER bytes of a certificate bag, exactly as they were signed. */
export function derOfCertBag(bag: forge.pkcs12.Bag): Buffer {
  // forge keeps the signed TBSCertificate it parsed, so re-encoding yields the original DER.
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
