/**
 * The proof of possession that `addKey` and `removeKey` demand: a JWT signed with the private key of one
 * of the application's currently valid certificates. Claims as Microsoft Graph documents them
 * ("Generate proof of possession tokens for rolling keys", learn.microsoft.com/graph/application-rollkey-prooftoken):
 * `aud` 00000002-0000-0000-c000-000000000000, `iss` the application's object ID (not its client ID),
 * `nbf`/`exp` at most 10 minutes apart, base64url segments without `=` padding (else Graph answers
 * 401 Authentication_MissingOrMalformed). The header follows Microsoft.IdentityModel's
 * X509SigningCredentials, which Microsoft's own sample uses: RS256 with `x5t` and `kid`; whether Graph
 * needs them to find the key is not documented.
 */
import { createHash, createSign } from 'node:crypto';

export const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';
/** Graph's limit for the proof's life; ours starts a minute early for clocks running behind. */
const PROOF_LIFETIME_SECONDS = 600;
const CLOCK_ALLOWANCE_SECONDS = 60;

export interface ProofSigner {
  /** base64 DER of the certificate whose key signs */
  certificateDerBase64: string;
  privateKeyPem: string;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function proofOfPossession(appObjectId: string, signer: ProofSigner, now = Date.now()): string {
  const der = Buffer.from(signer.certificateDerBase64, 'base64');
  const sha1 = createHash('sha1').update(der).digest();
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    x5t: sha1.toString('base64url'),
    kid: sha1.toString('hex').toUpperCase(),
  };
  const nbf = Math.floor(now / 1000) - CLOCK_ALLOWANCE_SECONDS;
  const claims = { aud: PROOF_AUDIENCE, iss: appObjectId, nbf, iat: nbf, exp: nbf + PROOF_LIFETIME_SECONDS };
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(signer.privateKeyPem);
  return `${signingInput}.${signature.toString('base64url')}`;
}
