/**
 * The verify callback apply calls after adding a certificate. The verification module loads only when
 * the plan verifies: it starts loading here, while apply's first requests are in flight.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { IssuedCertificate } from '../certificate/certificate.js';
import { awaitedLater, type Logger } from '../action/log.js';
import type { HttpClient } from '../http/client.js';
import type { Settings } from '../inputs/inputs.js';
import type { Plan } from '../plan/plan.js';
import type { VerificationResult, VerifyMode } from './types.js';

export type Verify = (
  certificate: IssuedCertificate,
  appId: string,
  mode: VerifyMode,
  /** aborted when the new key turned out to be gone: stop waiting between attempts */
  signal?: AbortSignal,
  /** Entra answered "key not found": check the key is still on the app (throws when it cannot be kept) */
  onKeyNotFound?: () => Promise<void>,
) => Promise<VerificationResult>;

/** The run's facts verification needs: where to sign in, what to expect in the token, how long to wait. */
export interface VerifierContext {
  settings: Pick<Settings, 'authorityHost' | 'exchangeEndpoint' | 'cloud' | 'roles' | 'verifyTimeoutSeconds'>;
  /** the tenant's .onmicrosoft.com domain */
  organization: string;
  /** the Exchange permissions (app role values) the token must carry */
  permissions: string[];
  tenantId: string;
  http: HttpClient;
  log: Logger;
}

export function createVerifier(
  plan: Plan,
  { settings, organization, permissions, tenantId, http, log }: VerifierContext,
): Verify {
  const planned = plan.stages.flat().some((s) => s.kind === 'verify-certificate');
  const loading = planned ? awaitedLater(import('./verify.js')) : undefined;
  return async (certificate, appId, mode, signal, onKeyNotFound) => {
    if (!loading) throw new Error('internal: verification was not planned');
    const { verifyCertificate } = await loading;
    return verifyCertificate({
      // an aborted signal (the new key turned out to be gone) ends the wait between attempts: the run fails anyway
      sleep: (ms) => delay(ms, undefined, { signal }),
      mode,
      tenantId,
      authorityHost: settings.authorityHost,
      appId,
      organization,
      exchangeEndpoint: settings.exchangeEndpoint,
      exchangeResource: settings.cloud.exchangeResource,
      permissions,
      roles: settings.roles,
      certificate,
      timeoutSeconds: settings.verifyTimeoutSeconds,
      http,
      log,
      onKeyNotFound,
    });
  };
}
