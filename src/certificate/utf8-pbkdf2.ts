/**
 * PBES2 passwords are UTF-8 (RFC 8018, as OpenSSL and Windows write them), but node-forge's PBKDF2 takes a
 * JavaScript string as bytes and drops the high byte of every character beyond Latin-1: a PFX whose password
 * holds such a character would not open. For the duration of one synchronous forge call, its PBKDF2 is given the
 * password's UTF-8 bytes (Node's pbkdf2, same result for ASCII); nothing else of forge changes, and no other user
 * of forge sees it.
 */
import { pbkdf2Sync } from 'node:crypto';
import forge from 'node-forge';

const DIGESTS = new Set(['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5']);

export function withUtf8Pbkdf2<T>(action: () => T): T {
  const pkcs5 = forge.pkcs5 as unknown as { pbkdf2: (...args: unknown[]) => string };
  const forgePbkdf2 = pkcs5.pbkdf2;
  pkcs5.pbkdf2 = (password: unknown, salt: unknown, iterations: unknown, length: unknown, md?: unknown) => {
    const name =
      md === undefined || md === null
        ? 'sha1'
        : typeof md === 'string'
          ? md
          : (md as { algorithm?: string }).algorithm;
    if (typeof password !== 'string' || typeof salt !== 'string' || !name || !DIGESTS.has(name))
      return forgePbkdf2(password, salt, iterations, length, md);
    const bytes = pbkdf2Sync(
      Buffer.from(password, 'utf8'),
      Buffer.from(salt, 'binary'),
      Number(iterations),
      Number(length),
      name,
    );
    return bytes.toString('binary');
  };
  try {
    return action();
  } finally {
    pkcs5.pbkdf2 = forgePbkdf2;
  }
}
