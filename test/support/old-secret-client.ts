/**
 * A job that holds a published secret (base64 PFX + password) and signs in with it, as
 * `Connect-ExchangeOnline -CertificateFilePath` does: msal-node's ConfidentialClientApplication with
 * `clientCertificate`, against the emulator's Entra ID, for an Exchange Online token.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import { readFileSync } from 'node:fs';
import { msalAuthority } from '../../src/auth/token-client.js';
import { openPfx } from '../../src/certificate/certificate.js';
import { HttpClient } from '../../src/http/client.js';
import { createMsalNetworkClient } from '../../src/http/msal-network.js';
import type { Emulator } from '../emulator/index.js';

export type SignInResult = { ok: true; roles: string[] } | { ok: false; error: string };

const quiet = { debug: () => undefined, info: () => undefined };

/** Signs in as `appId` with the certificate in `pfxBase64`; never throws, so tests can assert either way. */
export async function signInWithSecret(
  emulator: Emulator,
  appId: string,
  secret: { certificate: string; password: string },
): Promise<SignInResult> {
  const certificate = openPfx(secret.certificate, secret.password);
  const http = new HttpClient({ ca: readFileSync(emulator.caFile, 'utf8'), log: quiet, maxAttempts: 1 });
  try {
    const { tokenEndpoint: _unused, ...auth } = msalAuthority({
      authorityHost: emulator.urls.entra,
      tenantId: emulator.state.tenantId,
    });
    const client = new ConfidentialClientApplication({
      auth: {
        ...auth,
        clientId: appId,
        clientCertificate: {
          thumbprintSha256: certificate.thumbprintSha256,
          privateKey: certificate.privateKeyPem,
        },
      },
      system: { networkClient: createMsalNetworkClient(http), disableInternalRetries: true },
    });
    const result = await client.acquireTokenByClientCredential({
      scopes: ['https://outlook.office365.com/.default'],
      skipCache: true,
    });
    if (!result?.accessToken) return { ok: false, error: 'no access token' };
    const claims = JSON.parse(Buffer.from(result.accessToken.split('.')[1], 'base64url').toString()) as {
      roles?: string[];
    };
    return { ok: true, roles: claims.roles ?? [] };
  } catch (error) {
    const e = error as { errorMessage?: string; message?: string };
    return { ok: false, error: e.errorMessage ?? e.message ?? String(error) };
  } finally {
    http.close();
  }
}
