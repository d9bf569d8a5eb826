/**
 * A key exo-cba added stays recognisable as its own, with its lineage, even when Graph does not keep the
 * displayName it was given (addKey does not document that it does): the certificate carries the mark.
 */
import { X509Certificate } from 'node:crypto';
import { generateCertificate } from '../../src/certificate/certificate.js';
import { observeKey } from '../../src/keys/key.js';
import { certificateMark, lineageFromCertificate, lineageOf } from '../../src/keys/lineage.js';

const lineage = lineageOf({
  kind: 'secrets',
  scope: 'repository',
  repository: 'contoso/ops',
  prefix: 'EXO_',
});

async function issued(mark?: string) {
  return generateCertificate({
    subject: 'CN=Exchange Online Automation',
    validityDays: 30,
    keySize: 2048,
    now: new Date(),
    ...(mark ? { mark } : {}),
  });
}

const asKey = (der: string, displayName: string | null) => ({
  keyId: '7d3c5e1a-0000-4000-8000-000000000001',
  type: 'AsymmetricX509Cert',
  usage: 'Verify',
  displayName,
  customKeyIdentifier: null,
  startDateTime: new Date().toISOString(),
  endDateTime: new Date(Date.now() + 86_400_000).toISOString(),
  key: der,
});

test('a marked certificate is a valid X.509 certificate whose mark names its lineage', async () => {
  const cert = await issued(certificateMark(lineage));
  const der = Buffer.from(cert.certificateDerBase64, 'base64');
  expect(new X509Certificate(der).subject).toBe('CN=Exchange Online Automation');
  expect(lineageFromCertificate(der)).toBe(lineage.id);
});

test('a key whose displayName Graph dropped is still exo-cba’s, of its lineage; an unmarked one is foreign', async () => {
  const marked = await issued(certificateMark(lineage));
  expect(observeKey(asKey(marked.certificateDerBase64, null))).toMatchObject({
    managed: true,
    lineage: lineage.id,
    thumbprint: marked.thumbprintSha1,
  });
  const plain = await issued();
  expect(lineageFromCertificate(Buffer.from(plain.certificateDerBase64, 'base64'))).toBeUndefined();
  expect(observeKey(asKey(plain.certificateDerBase64, 'Uploaded by an admin'))).toMatchObject({
    managed: false,
  });
});
