/**
 * Helpers for the emulator's own tests: raw HTTPS calls, certificates, and tokens from the emulator's
 * Entra (federated with GitHub OIDC, or with a certificate assertion), without the action's code.
 */
import { createHash, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import forge from 'node-forge';
import { signJwt } from './jwt.js';
import type { Emulator } from './index.js';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

export function send(
  emulator: Emulator,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Reply> {
  const ca = readFileSync(emulator.caFile, 'utf8');
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const h = {
    ...headers,
    ...(payload !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers: h, ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const replyHeaders: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) replyHeaders[k] = String(v);
        resolve({
          status: res.statusCode ?? 0,
          headers: replyHeaders,
          body: text ? JSON.parse(text) : undefined,
        });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export interface TestCertificate {
  /** base64 DER, as keyCredentials take it */
  key: string;
  privateKey: KeyObject;
  sha1: Buffer;
  sha256: Buffer;
}

/** A self-signed certificate valid from 5 minutes ago for `days` days, with its own key. */
export function testCertificate(days = 30): TestCertificate {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  cert.serialNumber = `01${randomUUID().replace(/-/g, '')}`;
  cert.validity.notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 300_000);
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + days * 86_400_000);
  cert.setSubject([{ shortName: 'CN', value: 'exo-cba emulator test' }]);
  cert.setIssuer([{ shortName: 'CN', value: 'exo-cba emulator test' }]);
  cert.sign(forgeKey, forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return {
    key: der.toString('base64'),
    privateKey,
    sha1: createHash('sha1').update(der).digest(),
    sha256: createHash('sha256').update(der).digest(),
  };
}

const tokenUrl = (emulator: Emulator) =>
  `${emulator.urls.entra}/${emulator.state.tenantId}/oauth2/v2.0/token`;

async function requestToken(emulator: Emulator, form: Record<string, string>): Promise<Reply> {
  return send(
    emulator,
    'POST',
    tokenUrl(emulator),
    { 'content-type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      ...form,
    }).toString(),
  );
}

/** A token (or Entra's refusal) for `clientId` with the runner's GitHub OIDC token as client assertion. */
export async function federatedToken(emulator: Emulator, clientId: string, resource: string): Promise<Reply> {
  const oidc = await send(
    emulator,
    'GET',
    `${emulator.urls.oidc}/_apis/token?api-version=2.0&audience=api://AzureADTokenExchange`,
    { authorization: `Bearer ${emulator.oidc.requestToken}` },
  );
  return requestToken(emulator, {
    client_id: clientId,
    scope: `${resource}/.default`,
    client_assertion: oidc.body.value,
  });
}

/** A token (or Entra's refusal) for `clientId` with a client assertion signed by `cert`. */
export async function certificateToken(
  emulator: Emulator,
  clientId: string,
  cert: TestCertificate,
  resource: string,
): Promise<Reply> {
  const now = Math.floor(Date.now() / 1000);
  const assertion = signJwt(
    { aud: tokenUrl(emulator), iss: clientId, sub: clientId, jti: randomUUID(), nbf: now, exp: now + 600 },
    cert.privateKey,
    { 'x5t#S256': cert.sha256.toString('base64url') },
  );
  return requestToken(emulator, {
    client_id: clientId,
    scope: `${resource}/.default`,
    client_assertion: assertion,
  });
}

/** The proof JWT addKey/removeKey take, signed by `cert` (header as Microsoft.IdentityModel writes it). */
export function proofOfPossession(
  appObjectId: string,
  cert: TestCertificate,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
): string {
  const nbf = Math.floor(Date.now() / 1000) - 5;
  return signJwt(
    {
      aud: '00000002-0000-0000-c000-000000000000',
      iss: appObjectId,
      nbf,
      exp: nbf + 600,
      iat: nbf,
      ...claims,
    },
    cert.privateKey,
    { x5t: cert.sha1.toString('base64url'), kid: cert.sha1.toString('hex').toUpperCase(), ...header },
  );
}
