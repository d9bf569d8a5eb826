/**
 * The token check: signs in as the managed app with the new certificate (fresh from Entra, never msal's
 * cache) and checks that the Exchange token's `roles` carry the permissions.
 */
import { certificateCredential } from '../auth/sign-in.js';
import {
  aadstsCode,
  claimList,
  createTokenClient,
  entraText,
  type AccessToken,
} from '../auth/token-client.js';
import { signInRefusal } from './messages.js';
import type { VerifyOptions, Waiting } from './types.js';

/**
 * Entra ID errors that mean "not replicated yet" right after a change; any other refusal (wrong tenant,
 * disabled app, …) will not go away by waiting.
 * - 700016 app not found: reference-error-codes.md (MicrosoftDocs/entra-docs); that a just-created app
 *   answers it until it replicates is an inference from Microsoft's eventual-consistency guidance.
 * - 700027 "The key was not found" / "certificate … is not registered on application": Entra's texts quoted
 *   in Microsoft's troubleshooting docs and MSAL issues; a new key answers it until it replicates.
 * - 7000229 "missing service principal in the tenant": public texts only (UNVERIFIED in the reference).
 * Not 7000215: it is "Invalid client secret is provided" (reference-error-codes.md), never a certificate's.
 */
export const KEY_NOT_FOUND = 700027;

export const REPLICATION_AADSTS = new Set([700016, 700027, 7000229]);

/** An Exchange token carrying the permissions, or what has not propagated yet; throws on a lasting refusal. */
export type TokenCheck = () => Promise<{ token: AccessToken } | Waiting>;

export function tokenCheck(options: VerifyOptions, deadline: number): TokenCheck {
  const client = createTokenClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    clientId: options.appId,
    credential: certificateCredential(options.certificate),
    http: options.http,
    // bounds each token request's own retries (throttling), like the waits between attempts
    deadline,
  });

  return async () => {
    let token: AccessToken;
    try {
      token = await client.acquire(options.exchangeResource, true);
    } catch (error) {
      const code = aadstsCode(error);
      if (code === undefined || !REPLICATION_AADSTS.has(code)) throw signInRefusal(options, error, code);
      return { done: false, stage: 'key', code, text: entraText(error), cause: error };
    }
    const granted = claimList(token, 'roles');
    const missing = options.permissions.filter((p) => !granted.includes(p));
    if (missing.length) return { done: false, stage: 'consent', missing, granted };
    return { token };
  };
}
