/**
 * Native key derivation for node-forge. forge derives PKCS#12 keys and PBKDF2 with a forge digest in pure
 * JavaScript: ~60 ms per PFX, paid on every run that opens the `certificate` input. These drop-in
 * replacements compute the same bytes with Node's native hashes. They are swapped in only for the duration
 * of one synchronous forge call, so no other user of forge sees them.
 */
import { createHash, pbkdf2Sync } from 'node:crypto';
import * as nodeCrypto from 'node:crypto';
import forge from 'node-forge';

type ForgeDigest = { algorithm: string; blockLength: number; digestLength: number };
type ForgeBytes = string | forge.util.ByteStringBuffer;

/** Runs one synchronous forge call with forge's PBKDF2 and PKCS#12 KDF replaced by native ones. */
export function withNativeKdfs<T>(action: () => T): T {
  const pkcs5 = forge.pkcs5 as unknown as { pbkdf2: unknown };
  const pkcs12 = forge.pkcs12 as unknown as { generateKey: unknown };
  const pbe = (forge.pki as unknown as { pbe: { generatePkcs12Key: unknown } }).pbe;
  const saved = [pkcs5.pbkdf2, pkcs12.generateKey, pbe.generatePkcs12Key] as const;
  const jsPbkdf2 = saved[0] as (...args: unknown[]) => string;
  pkcs5.pbkdf2 = (password: string, salt: string, iterations: number, length: number, md?: unknown) => {
    const algorithm = nativeAlgorithm(md);
    if (algorithm === undefined) return jsPbkdf2(password, salt, iterations, length, md);
    // PBES2 passwords are UTF-8 (RFC 8018, OpenSSL, Windows); forge would drop the high byte.
    return pbkdf2Sync(
      Buffer.from(password, 'utf8'),
      Buffer.from(salt, 'binary'),
      iterations,
      length,
      algorithm,
    ).toString('binary');
  };
  pkcs12.generateKey = pbe.generatePkcs12Key = (
    password: string | null | undefined,
    salt: ForgeBytes,
    id: number,
    iterations: number,
    length: number,
    md?: ForgeDigest,
  ) => forge.util.createBuffer(pkcs12Kdf(password, salt, id, iterations, length, md));
  try {
    return action();
  } finally {
    [pkcs5.pbkdf2, pkcs12.generateKey, pbe.generatePkcs12Key] = saved;
  }
}

function nativeAlgorithm(md: unknown): string | undefined {
  if (md === undefined || md === null) return 'sha1';
  const name = typeof md === 'string' ? md : (md as Partial<ForgeDigest>).algorithm;
  return name !== undefined && ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5'].includes(name)
    ? name
    : undefined;
}

/**
 * One-shot `crypto.hash` (Node 20.12+; read from the namespace so older Node still loads this module): about
 * twice as fast as createHash in the KDF's 2048-round loop.
 */
const digestOnce: (algorithm: string, data: Buffer) => Buffer =
  typeof nodeCrypto.hash === 'function'
    ? (algorithm, data) => nodeCrypto.hash(algorithm, data, 'buffer')
    : (algorithm, data) => createHash(algorithm).update(data).digest();

/** RFC 7292 Appendix B.2 key derivation (as forge's generatePkcs12Key), returning a binary string. */
export function pkcs12Kdf(
  password: string | null | undefined,
  salt: ForgeBytes,
  id: number,
  iterations: number,
  length: number,
  md?: ForgeDigest,
): string {
  if (!(iterations >= 1)) throw new Error('PKCS#12 key derivation iteration count must be >= 1.');
  const algorithm = nativeAlgorithm(md) ?? 'sha1';
  const u = md?.digestLength ?? 20;
  const v = md?.blockLength ?? 64;

  // Password as BMPString (UTF-16BE) with a terminating NUL; an absent password is empty.
  const pass = Buffer.alloc(password === null || password === undefined ? 0 : (password.length + 1) * 2);
  for (let i = 0; password && i < password.length; i++) pass.writeUInt16BE(password.charCodeAt(i), i * 2);
  const saltBytes = Buffer.from(typeof salt === 'string' ? salt : salt.bytes(), 'binary');

  const I = Buffer.concat([
    repeatTo(saltBytes, v * Math.ceil(saltBytes.length / v)),
    repeatTo(pass, v * Math.ceil(pass.length / v)),
  ]);
  const D = Buffer.alloc(v, id);

  const blocks: Buffer[] = [];
  for (let produced = 0; produced < length; produced += u) {
    let A: Buffer = createHash(algorithm).update(D).update(I).digest();
    for (let round = 1; round < iterations; round++) A = digestOnce(algorithm, A);
    blocks.push(A);
    // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I.
    const B = repeatTo(A, v);
    for (let offset = 0; offset < I.length; offset += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[offset + k]! + B[k]! + carry;
        I[offset + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length).toString('binary');
}

function repeatTo(source: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = source[i % source.length]!;
  return out;
}
