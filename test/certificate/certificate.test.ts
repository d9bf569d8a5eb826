import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import forge from 'node-forge';
import {
  generateCertificate,
  keyCredentialDates,
  openPfx,
  thumbprintsOfDer,
  type IssuedCertificate,
} from '../../src/certificate/certificate.js';
import { InputError } from '../../src/action/errors.js';
import { itWith, OPENSSL } from '../support/system-tools.js';

const itWithOpenssl = itWith(OPENSSL);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exo-cba-cert-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Run the openssl CLI; the PFX password travels in the environment, never on a command line. */
function openssl(args: string[], password?: string): string {
  return execFileSync('openssl', args, {
    encoding: 'utf8',
    env: { ...process.env, PFX_PASSWORD: password ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
/** For subcommands that report on stderr, such as pkcs12 -info. */
function opensslReport(args: string[], password: string): string {
  const result = spawnSync('openssl', args, {
    encoding: 'utf8',
    env: { ...process.env, PFX_PASSWORD: password },
  });
  expect(result.status).toBe(0);
  return `${result.stdout}${result.stderr}`;
}
function opensslStatus(args: string[]): number | null {
  return spawnSync('openssl', args, { stdio: 'ignore' }).status;
}
function file(name: string, content?: string | Buffer): string {
  const path = join(dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
}
function pfxFile(name: string): string {
  return readFileSync(file(name)).toString('base64');
}
function fingerprint(pem: string, digest: 'sha1' | 'sha256'): string {
  const out = openssl(['x509', '-noout', '-fingerprint', `-${digest}`, '-in', file(`fp-${digest}.pem`, pem)]);
  return out.split('=')[1].trim().replace(/:/g, '');
}
/** openssl req -x509 with a fresh key: the kinds of files users bring. */
function opensslSelfSigned(
  name: string,
  keyArgs: string[] = ['-newkey', 'rsa:2048'],
): { cert: string; key: string } {
  const cert = file(`${name}.crt.pem`);
  const key = file(`${name}.key.pem`);
  openssl([
    'req',
    '-x509',
    ...keyArgs,
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-subj',
    `/CN=${name}`,
    '-days',
    '30',
  ]);
  return { cert, key };
}
function expectInputError(
  action: () => unknown,
  input: string,
  pattern: RegExp,
  secrets: string[],
): InputError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  const error = caught as InputError;
  expect(error.input).toBe(input);
  expect(error.message).toMatch(pattern);
  for (const secret of secrets.filter((s) => s.length > 0)) {
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(secret.slice(0, 24));
  }
  return error;
}

const NOW = new Date('2030-01-15T12:34:56.789Z');

describe.each([2048, 3072, 4096] as const)('generateCertificate with a %i-bit key', (keySize) => {
  let issued: IssuedCertificate;
  let pfxPath: string;
  let extracted: string;

  beforeAll(async () => {
    issued = await generateCertificate({
      subject: 'CN=Exchange Online Automation, O=Contoso',
      validityDays: 365,
      keySize,
      now: NOW,
      friendlyName: 'exo-cba test',
    });
    pfxPath = file(`generated-${keySize}.pfx`, Buffer.from(issued.pfxBase64, 'base64'));
    // OpenSSL 3 without -legacy: fails unless the PFX uses modern algorithms throughout.
    if (OPENSSL.available)
      extracted = openssl(
        ['pkcs12', '-in', pfxPath, '-passin', 'env:PFX_PASSWORD', '-nodes'],
        issued.password,
      );
  });

  itWithOpenssl('opens with OpenSSL 3 without -legacy, AES-256 and a SHA-256 MAC', () => {
    expect(opensslStatus(['pkcs12', '-in', pfxPath, '-passin', 'pass:wrong-password', '-noout'])).not.toBe(0);
    const info = opensslReport(
      ['pkcs12', '-in', pfxPath, '-passin', 'env:PFX_PASSWORD', '-info', '-noout'],
      issued.password,
    );
    expect(info).toMatch(/MAC: sha256/);
    expect(info).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration \d+, PRF hmacWithSHA256/);
    expect(info).not.toMatch(/RC2|3DES|TripleDES/i);
    const names = openssl(
      ['pkcs12', '-in', pfxPath, '-passin', 'env:PFX_PASSWORD', '-nokeys'],
      issued.password,
    );
    expect(names).toContain('friendlyName: exo-cba test');
  });

  itWithOpenssl('has thumbprints equal to what OpenSSL computes', () => {
    const certPem = extracted.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)![0];
    expect(issued.thumbprintSha1).toBe(fingerprint(certPem, 'sha1'));
    expect(issued.thumbprintSha256).toBe(fingerprint(certPem, 'sha256'));
    expect(issued.thumbprintSha1).toMatch(/^[0-9A-F]{40}$/);
    expect(issued.thumbprintSha256).toMatch(/^[0-9A-F]{64}$/);
    expect(thumbprintsOfDer(issued.certificateDerBase64)).toEqual({
      sha1: issued.thumbprintSha1,
      sha256: issued.thumbprintSha256,
    });
  });

  itWithOpenssl('holds the private key of its certificate', () => {
    const certPath = file(`extracted-${keySize}.pem`, extracted);
    const certModulus = openssl(['x509', '-noout', '-modulus', '-in', certPath]);
    const keyModulus = openssl(['rsa', '-noout', '-modulus', '-in', certPath]);
    expect(certModulus).toMatch(/^Modulus=[0-9A-F]+/);
    expect(certModulus).toBe(keyModulus);
    // The PEM key handed to msal-node is the same key.
    const pemModulus = openssl([
      'rsa',
      '-noout',
      '-modulus',
      '-in',
      file(`key-${keySize}.pem`, issued.privateKeyPem),
    ]);
    expect(pemModulus).toBe(certModulus);
    expect(issued.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(
      new X509Certificate(issued.certificatePem).checkPrivateKey(createPrivateKey(issued.privateKeyPem)),
    ).toBe(true);
  });

  it("loads into Node's TLS stack with its password", () => {
    const pfx = Buffer.from(issued.pfxBase64, 'base64');
    expect(() => createSecureContext({ pfx, passphrase: issued.password })).not.toThrow();
    expect(() => createSecureContext({ pfx, passphrase: 'not-the-password' })).toThrow();
  });

  itWithOpenssl('is a self-signed SHA-256 client certificate of the requested key size and validity', () => {
    const x509 = new X509Certificate(issued.certificatePem);
    expect(x509.subject).toBe('CN=Exchange Online Automation\nO=Contoso');
    expect(x509.issuer).toBe(x509.subject);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails?.modulusLength).toBe(keySize);
    expect(issued.keySize).toBe(keySize);
    expect(issued.subject).toBe('CN=Exchange Online Automation, O=Contoso');

    expect(issued.notBefore.toISOString()).toBe('2030-01-15T12:29:56.000Z');
    expect(issued.notAfter.toISOString()).toBe('2031-01-15T12:29:56.000Z');
    expect(new Date(x509.validFrom).getTime()).toBe(issued.notBefore.getTime());
    expect(new Date(x509.validTo).getTime()).toBe(issued.notAfter.getTime());

    // Random positive 16-byte serial.
    expect(x509.serialNumber).toMatch(/^[0-7][0-9A-F]{31}$/);
    expect(x509.serialNumber.slice(0, 2)).not.toBe('00');

    const text = openssl([
      'x509',
      '-noout',
      '-text',
      '-in',
      file(`text-${keySize}.pem`, issued.certificatePem),
    ]);
    expect(text).toMatch(/Signature Algorithm: sha256WithRSAEncryption/);
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment\n/);
    expect(text).toMatch(/X509v3 Extended Key Usage:\s+TLS Web Client Authentication\n/);
    expect(text).toMatch(/X509v3 Subject Key Identifier:\s+[0-9A-F:]{59}/);
  });

  it('is published as one line of base64 with a long URL-safe password', () => {
    expect(issued.pfxBase64).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(issued.certificateDerBase64).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(issued.password.length).toBeGreaterThanOrEqual(32);
    expect(issued.password).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('opens again with openPfx to the same certificate and key', () => {
    const opened = openPfx(issued.pfxBase64, issued.password);
    expect(opened).toEqual(issued);
  });
});

describe('generateCertificate', () => {
  it('draws a new key, serial and password every time', async () => {
    const options = { subject: 'CN=Twice', validityDays: 30, keySize: 2048 as const, now: new Date() };
    const [a, b] = await Promise.all([generateCertificate(options), generateCertificate(options)]);
    expect(a.password).not.toBe(b.password);
    expect(a.thumbprintSha1).not.toBe(b.thumbprintSha1);
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
    expect(new X509Certificate(a.certificatePem).serialNumber).not.toBe(
      new X509Certificate(b.certificatePem).serialNumber,
    );
  });

  it('starts five minutes before now, in whole seconds, and accepts 1 and 730 days', async () => {
    const now = new Date();
    const short = await generateCertificate({ subject: 'CN=Short', validityDays: 1, keySize: 2048, now });
    expect(short.notBefore.getTime()).toBe(Math.floor((now.getTime() - 5 * 60_000) / 1000) * 1000);
    expect(short.notAfter.getTime() - short.notBefore.getTime()).toBe(24 * 3600_000);
    const long = await generateCertificate({ subject: 'CN=Long', validityDays: 730, keySize: 2048, now });
    expect(long.notAfter.getTime() - long.notBefore.getTime()).toBe(730 * 24 * 3600_000);
  });

  it('writes a UTF-8 subject', async () => {
    const issued = await generateCertificate({
      subject: 'CN=Automatisierung Zürich, O=Contoso\\, Inc.',
      validityDays: 30,
      keySize: 2048,
      now: new Date(),
    });
    expect(new X509Certificate(issued.certificatePem).subject).toBe(
      'CN=Automatisierung Zürich\nO=Contoso\\, Inc.',
    );
  });

  it.each([
    [{ validityDays: 0 }, /1 to 730/],
    [{ validityDays: 731 }, /1 to 730/],
    [{ validityDays: 1.5 }, /whole number/],
    [{ keySize: 1024 }, /2048, 3072 or 4096/],
    [{ subject: 'Exchange Online Automation' }, /NAME=value/],
  ])('rejects %j', async (override, message) => {
    const options = { subject: 'CN=x', validityDays: 30, keySize: 2048, now: new Date(), ...override };
    await expect(generateCertificate(options as Parameters<typeof generateCertificate>[0])).rejects.toThrow(
      message,
    );
  });
});

describe('keyCredentialDates', () => {
  it('sends the certificate validity at second precision, as Graph returns it', async () => {
    const issued = await generateCertificate({
      subject: 'CN=Dates',
      validityDays: 90,
      keySize: 2048,
      now: NOW,
    });
    const dates = keyCredentialDates(issued);
    expect(dates).toEqual({ startDateTime: '2030-01-15T12:29:56Z', endDateTime: '2030-04-15T12:29:56Z' });
    // Graph echoes these strings; parsed back they are the certificate's own dates.
    expect(new Date(dates.startDateTime).getTime()).toBe(issued.notBefore.getTime());
    expect(new Date(dates.endDateTime).getTime()).toBe(issued.notAfter.getTime());
  });

  it('rounds inwards so the credential never outlives the certificate', () => {
    const dates = keyCredentialDates({
      notBefore: new Date('2030-01-01T00:00:00.200Z'),
      notAfter: new Date('2030-06-01T23:59:59.999Z'),
    });
    expect(dates).toEqual({ startDateTime: '2030-01-01T00:00:01Z', endDateTime: '2030-06-01T23:59:59Z' });
  });

  it('refuses an empty validity period', () => {
    const instant = new Date('2030-01-01T00:00:00Z');
    expect(() => keyCredentialDates({ notBefore: instant, notAfter: instant })).toThrow(/issue a new one/);
  });
});

describe('openPfx', () => {
  const password = 'Pfx-Password-1234567890-abcdefghij';

  itWithOpenssl('opens the default PKCS#12 of OpenSSL 3 (AES-256-CBC, PBKDF2, SHA-256 MAC)', () => {
    const { cert, key } = opensslSelfSigned('openssl-default');
    openssl(
      [
        'pkcs12',
        '-export',
        '-in',
        cert,
        '-inkey',
        key,
        '-out',
        file('default.pfx'),
        '-passout',
        'env:PFX_PASSWORD',
      ],
      password,
    );
    expect(
      opensslReport(
        ['pkcs12', '-in', file('default.pfx'), '-passin', 'env:PFX_PASSWORD', '-info', '-noout'],
        password,
      ),
    ).toMatch(/MAC: sha256/);

    const opened = openPfx(pfxFile('default.pfx'), password);
    const pem = readFileSync(cert, 'utf8');
    expect(opened.thumbprintSha1).toBe(fingerprint(pem, 'sha1'));
    expect(opened.thumbprintSha256).toBe(fingerprint(pem, 'sha256'));
    expect(openssl(['rsa', '-noout', '-modulus', '-in', file('opened-key.pem', opened.privateKeyPem)])).toBe(
      openssl(['rsa', '-noout', '-modulus', '-in', key]),
    );
    expect(opened.subject).toBe('CN=openssl-default');
    expect(opened.keySize).toBe(2048);
    expect(opened.password).toBe(password);
    expect(opened.notAfter.getTime()).toBe(new Date(new X509Certificate(pem).validTo).getTime());
  });

  itWithOpenssl('opens a PFX protected by a non-ASCII password', () => {
    const { cert, key } = opensslSelfSigned('unicode-password');
    const unicode = 'Pässwörd-für-Zürich-€-0123456789';
    openssl(
      [
        'pkcs12',
        '-export',
        '-in',
        cert,
        '-inkey',
        key,
        '-out',
        file('unicode.pfx'),
        '-passout',
        'env:PFX_PASSWORD',
      ],
      unicode,
    );
    expect(openPfx(pfxFile('unicode.pfx'), unicode).thumbprintSha1).toBe(
      fingerprint(readFileSync(cert, 'utf8'), 'sha1'),
    );
  });

  itWithOpenssl('opens the legacy algorithms .NET and Windows export (3DES keys, SHA-1 MAC)', () => {
    const { cert, key } = opensslSelfSigned('windows-style');
    const out = file('3des.pfx');
    openssl(
      [
        'pkcs12',
        '-export',
        '-keypbe',
        'PBE-SHA1-3DES',
        '-certpbe',
        'PBE-SHA1-3DES',
        '-macalg',
        'sha1',
      ].concat(['-in', cert, '-inkey', key, '-out', out, '-passout', 'env:PFX_PASSWORD']),
      password,
    );
    expect(openPfx(pfxFile('3des.pfx'), password).thumbprintSha1).toBe(
      fingerprint(readFileSync(cert, 'utf8'), 'sha1'),
    );
  });

  const legacyProvider =
    OPENSSL.available && opensslStatus(['list', '-providers', '-provider', 'legacy']) === 0;
  (legacyProvider ? it : it.skip)('opens an OpenSSL -legacy PFX (RC2-40 certificates, 3DES key)', () => {
    const { cert, key } = opensslSelfSigned('legacy');
    openssl(
      [
        'pkcs12',
        '-export',
        '-legacy',
        '-in',
        cert,
        '-inkey',
        key,
        '-out',
        file('legacy.pfx'),
        '-passout',
        'env:PFX_PASSWORD',
      ],
      password,
    );
    expect(
      opensslReport(
        ['pkcs12', '-legacy', '-in', file('legacy.pfx'), '-passin', 'env:PFX_PASSWORD', '-info', '-noout'],
        password,
      ),
    ).toMatch(/RC2/);
    expect(openPfx(pfxFile('legacy.pfx'), password).thumbprintSha1).toBe(
      fingerprint(readFileSync(cert, 'utf8'), 'sha1'),
    );
  });

  itWithOpenssl('picks the certificate that belongs to the key when the PFX carries a chain', () => {
    const ca = opensslSelfSigned('chain-ca');
    const leafKey = file('leaf.key.pem');
    const leafCsr = file('leaf.csr');
    const leafCert = file('leaf.crt.pem');
    openssl([
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      leafKey,
      '-out',
      leafCsr,
      '-subj',
      '/CN=leaf',
    ]);
    openssl([
      'x509',
      '-req',
      '-in',
      leafCsr,
      '-CA',
      ca.cert,
      '-CAkey',
      ca.key,
      '-CAcreateserial',
      '-out',
      leafCert,
      '-days',
      '30',
    ]);
    openssl(
      [
        'pkcs12',
        '-export',
        '-in',
        leafCert,
        '-inkey',
        leafKey,
        '-certfile',
        ca.cert,
        '-out',
        file('chain.pfx'),
        '-passout',
        'env:PFX_PASSWORD',
      ],
      password,
    );
    const opened = openPfx(pfxFile('chain.pfx'), password);
    expect(opened.subject).toBe('CN=leaf');
    expect(opened.thumbprintSha1).toBe(fingerprint(readFileSync(leafCert, 'utf8'), 'sha1'));
  });

  it('accepts base64 pasted over several lines with surrounding whitespace', async () => {
    const issued = await generateCertificate({
      subject: 'CN=Pasted',
      validityDays: 30,
      keySize: 2048,
      now: new Date(),
    });
    const wrapped = `  \n${issued.pfxBase64.match(/.{1,64}/g)!.join('\r\n')}\n\n `;
    expect(openPfx(wrapped, issued.password).thumbprintSha1).toBe(issued.thumbprintSha1);
    expect(openPfx(wrapped, issued.password).pfxBase64).toBe(issued.pfxBase64);
  });

  describe('refuses, naming the input and the fix, never echoing a secret', () => {
    let issued: IssuedCertificate;
    beforeAll(async () => {
      issued = await generateCertificate({
        subject: 'CN=Errors',
        validityDays: 30,
        keySize: 2048,
        now: new Date(),
      });
    });

    it('a wrong password', () => {
      const wrong = 'Wrong-Password-abcdefghijklmnopqrstuvwxyz';
      const error = expectInputError(
        () => openPfx(issued.pfxBase64, wrong),
        'certificate-password',
        /wrong password/,
        [wrong, issued.password, issued.pfxBase64],
      );
      expect(error.message).toMatch(/EXO_CERTIFICATE_PASSWORD/);
    });

    it('an empty password for a protected PFX', () => {
      expectInputError(() => openPfx(issued.pfxBase64, ''), 'certificate-password', /input is empty/, [
        issued.pfxBase64,
      ]);
    });

    it('malformed base64', () => {
      expectInputError(
        () => openPfx('this is *not* base64!', issued.password),
        'certificate',
        /not valid base64/,
        [issued.password],
      );
      expectInputError(() => openPfx('QUJDRA=x', issued.password), 'certificate', /not valid base64/, [
        issued.password,
      ]);
    });

    it('an empty value', () => {
      expectInputError(() => openPfx(' \n ', issued.password), 'certificate', /is empty/, [issued.password]);
    });

    it('a PEM certificate instead of a PFX', () => {
      expectInputError(() => openPfx(issued.certificatePem, issued.password), 'certificate', /PEM/, [
        issued.password,
      ]);
    });

    it('base64 of something that is not a PFX', () => {
      expectInputError(
        () => openPfx(issued.certificateDerBase64, issued.password),
        'certificate',
        /not a PKCS#12/,
        [issued.password],
      );
      expectInputError(
        () => openPfx(randomBytes(512).toString('base64'), issued.password),
        'certificate',
        /PKCS#12/,
        [issued.password],
      );
    });

    it('a damaged PFX', () => {
      const der = Buffer.from(issued.pfxBase64, 'base64');
      const damaged = Buffer.concat([der.subarray(0, der.length - 200), randomBytes(200)]).toString('base64');
      // Damage can surface as a broken structure or as a failed MAC check; either way it is an input error.
      let caught: unknown;
      try {
        openPfx(damaged, issued.password);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect(['certificate', 'certificate-password']).toContain((caught as InputError).input);
      expect((caught as InputError).message).not.toContain(issued.password);
      expect((caught as InputError).message).not.toContain(damaged.slice(0, 24));
    });

    itWithOpenssl('a PFX without a private key', () => {
      const { cert } = opensslSelfSigned('nokey');
      openssl(
        [
          'pkcs12',
          '-export',
          '-nokeys',
          '-in',
          cert,
          '-out',
          file('nokey.pfx'),
          '-passout',
          'env:PFX_PASSWORD',
        ],
        password,
      );
      expectInputError(() => openPfx(pfxFile('nokey.pfx'), password), 'certificate', /no private key/, [
        password,
      ]);
    });

    itWithOpenssl('a PFX without a certificate', () => {
      const { key } = opensslSelfSigned('nocert');
      openssl(
        [
          'pkcs12',
          '-export',
          '-nocerts',
          '-inkey',
          key,
          '-out',
          file('nocert.pfx'),
          '-passout',
          'env:PFX_PASSWORD',
        ],
        password,
      );
      expectInputError(() => openPfx(pfxFile('nocert.pfx'), password), 'certificate', /no certificate/, [
        password,
      ]);
    });

    it('a key that does not belong to the certificate', async () => {
      const other = await generateCertificate({
        subject: 'CN=Other',
        validityDays: 30,
        keySize: 2048,
        now: new Date(),
      });
      const mismatched = forge.pkcs12.toPkcs12Asn1(
        forge.pki.privateKeyFromPem(other.privateKeyPem),
        [forge.pki.certificateFromPem(issued.certificatePem)],
        password,
        { algorithm: 'aes256' },
      );
      const base64 = Buffer.from(forge.asn1.toDer(mismatched).getBytes(), 'binary').toString('base64');
      expectInputError(() => openPfx(base64, password), 'certificate', /does not belong/, [password, base64]);
    });

    itWithOpenssl('a non-RSA key', () => {
      const { cert, key } = opensslSelfSigned('ec', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
      openssl(
        [
          'pkcs12',
          '-export',
          '-in',
          cert,
          '-inkey',
          key,
          '-out',
          file('ec.pfx'),
          '-passout',
          'env:PFX_PASSWORD',
        ],
        password,
      );
      expectInputError(() => openPfx(pfxFile('ec.pfx'), password), 'certificate', /EC.*RSA key/, [password]);
    });
  });
});

describe('thumbprintsOfDer', () => {
  itWithOpenssl('hashes the DER bytes, upper-case without separators', () => {
    const { cert } = opensslSelfSigned('thumbprint');
    const pem = readFileSync(cert, 'utf8');
    const der = new X509Certificate(pem).raw;
    expect(thumbprintsOfDer(der.toString('base64'))).toEqual({
      sha1: fingerprint(pem, 'sha1'),
      sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    });
  });
});
