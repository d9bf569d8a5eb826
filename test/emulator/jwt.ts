/** Minimal RS256 JWTs for the emulator's GitHub OIDC issuer and Entra token service. */
import { createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';

export type JwtClaims = Record<string, unknown>;
export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: JwtClaims;
  signingInput: string;
  signature: Buffer;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function signJwt(
  claims: JwtClaims,
  privateKey: KeyObject | string,
  header: Record<string, unknown> = {},
): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', ...header }));
  const body = b64url(JSON.stringify(claims));
  const signer = createSign('RSA-SHA256');
  signer.update(`${head}.${body}`);
  return `${head}.${body}.${signer.sign(privateKey).toString('base64url')}`;
}

/** Parses without verifying; undefined when it is not a JWT at all. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')),
      claims: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')),
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2], 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** Verifies an RS256 (or PS256, which msal-node uses for certificate assertions) signature. */
export function verifyJwtSignature(jwt: DecodedJwt, publicKey: KeyObject | string): boolean {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const alg = jwt.header.alg;
  if (alg === 'RS256') {
    const verifier = createVerify('RSA-SHA256');
    verifier.update(jwt.signingInput);
    return verifier.verify(key, jwt.signature);
  }
  if (alg === 'PS256') {
    const verifier = createVerify('RSA-SHA256');
    verifier.update(jwt.signingInput);
    return verifier.verify({ key, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 }, jwt.signature);
  }
  return false;
}
