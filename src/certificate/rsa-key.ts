/**
 * RSA keys from Node's native crypto: fast, off the event loop, and never node-forge's JavaScript keygen.
 * Loads no node-forge, so a run can start generating a key before the certificate code is needed.
 */
import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { isKeySize, type KeySize } from './limits.js';

const generateKeyPairAsync = promisify(generateKeyPair);

/** Throws unless `keySize` is one exo-cba issues certificates with. */
export function assertKeySize(keySize: number): asserts keySize is KeySize {
  if (!isKeySize(keySize)) throw new Error(`Key size ${keySize} is not supported: use 2048, 3072 or 4096.`);
}

/** A new RSA private key (PKCS#8 PEM), generated on libuv's thread pool: the event loop stays free meanwhile. */
export async function generateRsaKey(keySize: number): Promise<string> {
  assertKeySize(keySize);
  const { privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: keySize,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return privateKey;
}
