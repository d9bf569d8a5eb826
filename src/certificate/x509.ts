/**
 * The X.509 structure of a self-signed certificate, laid out by node-forge and signed by Node: forge's RSA
 * is pure JavaScript (~20 ms for 2048 bits, blocking the event loop while requests are in flight).
 */
import { randomBytes, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { subjectValueTag } from './subject.js';

export interface SelfSignedFields {
  /** as `parseSubject` returns them; used as subject and issuer */
  subject: { shortName: string; value: string }[];
  notBefore: Date;
  notAfter: Date;
  /** a URI naming the certificate as exo-cba's, in its subjectAltName (keys/lineage.ts `certificateMark`) */
  mark?: string;
}

/** A client-authentication certificate for `key`, self-signed with it; returns its DER bytes and forge's form. */
export function selfSignedCertificate(
  key: KeyObject,
  forgeKey: forge.pki.rsa.PrivateKey,
  fields: SelfSignedFields,
): { cert: forge.pki.Certificate; der: Buffer } {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = fields.notBefore;
  cert.validity.notAfter = fields.notAfter;
  const forgeAttributes = fields.subject.map(toForgeAttribute);
  cert.setSubject(forgeAttributes);
  cert.setIssuer(forgeAttributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
    { name: 'subjectKeyIdentifier' },
    // a key exo-cba added stays recognisable from its certificate even if Graph drops the displayName addKey was
    // given (Graph does not document that it keeps it): a non-critical subjectAltName URI (RFC 5280 4.2.1.6)
    ...(fields.mark ? [{ name: 'subjectAltName', altNames: [{ type: 6, value: fields.mark }] }] : []),
  ]);
  signNatively(cert, key);
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { cert, der };
}

/**
 * sha256WithRSAEncryption over the certificate, computed by Node. forge still lays out the TBSCertificate
 * and hands its DER to `update`; the PKCS#1 v1.5 signature is the same bytes either way.
 */
function signNatively(cert: forge.pki.Certificate, key: KeyObject): void {
  const tbs = {
    algorithm: 'sha256', // forge derives the signature algorithm OID from this
    der: '',
    update(bytes: string) {
      this.der += bytes;
    },
  };
  const signer = { sign: () => sign('sha256', Buffer.from(tbs.der, 'binary'), key).toString('binary') };
  cert.sign(signer as unknown as forge.pki.rsa.PrivateKey, tbs as unknown as forge.md.MessageDigest);
}

/** Positive 128-bit serial: 16 random bytes, high bit cleared, and never a leading zero byte (DER). */
function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0] & 0x7f || 0x01;
  return bytes.toString('hex');
}

function toForgeAttribute(attribute: { shortName: string; value: string }): forge.pki.CertificateField {
  return {
    shortName: attribute.shortName,
    value: attribute.value,
    valueTagClass: subjectValueTag(attribute.shortName),
  };
}
